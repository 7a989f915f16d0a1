/**
 * What `polygon` and `polyline` share: each click adds a point, the next
 * edge follows the pointer (Shift: at a multiple of 45°), a double-click (whose
 * first press places the last point) or Enter finishes, Backspace
 * removes the last point, Escape drops the shape. With no shape in progress,
 * Enter places a default one at the centre of the visible part of the
 * current page.
 *
 * As with the other shape tools (drag-shape-tool.ts), the tool stays active
 * after a shape is finished and the new shape is selected; each shape is one
 * `annotations-changed` and one undo step.
 */
import type { AnnotationInput, Point } from '../model/index.js';
import { handleSelectionKey } from './selection-commands.js';
import { drawPreview } from './shape-preview.js';
import { placedBox, roundPoint, snap45 } from './shape-geometry.js';
import { createSelected, placeAtVisibleCenter } from './visible-center.js';
import type { Tool, ToolContext, ToolPageFrame } from './tool.js';

/** Points closer than this many CSS pixels are one (the two clicks of a double-click). */
const SAME_POINT = 4;

export interface PointPathShape {
  readonly id: string;
  readonly label: string;
  readonly icon: string;
  /** Fewest points of a finished shape. */
  readonly minPoints: number;
  record(pageIndex: number, points: readonly Point[]): AnnotationInput;
}

/** A default shape centred at `center` (Enter): a peak over two feet in a 100 × 60 pt box as shown. */
function placedPoints(center: Point, page: ToolPageFrame): Point[] {
  const [left, top, width, height] = placedBox(center, 100, 60, page);
  return [
    [left, top + height],
    [left + width / 2, top],
    [left + width, top + height],
  ];
}

export function createPointPathTool(shape: PointPathShape): Tool {
  let path: { pageIndex: number; points: Point[]; hover?: Point } | undefined;

  const preview = (context: ToolContext) => {
    if (!path) return context.clearOverlay();
    const points = path.hover ? [...path.points, path.hover] : path.points;
    if (points.length) drawPreview(context, shape.id, shape.record(path.pageIndex, points));
  };

  /** The pointer's point; with Shift, on a 45° line from the last point. */
  const next = (point: Point, shift: boolean): Point => {
    const last = path?.points[path.points.length - 1];
    return roundPoint(shift && last ? snap45(last, point) : point);
  };

  const distinct = (points: readonly Point[], scale: number): Point[] => {
    const reach = SAME_POINT / Math.max(scale, 1e-6);
    return points.filter((point, i) => i === 0 || Math.hypot(point[0] - points[i - 1]![0], point[1] - points[i - 1]![1]) >= reach);
  };

  const finish = (context: ToolContext) => {
    const done = path;
    path = undefined;
    context.clearOverlay();
    if (!done) return;
    const points = distinct(done.points, context.scale);
    if (points.length < shape.minPoints) return;
    createSelected(context, shape.record(done.pageIndex, points));
  };

  return {
    id: shape.id,
    label: shape.label,
    icon: shape.icon,
    cursor: 'crosshair',
    edits: true,
    pointerDown(pointer, context) {
      if (path && path.pageIndex !== pointer.pageIndex) finish(context);
      path ??= { pageIndex: pointer.pageIndex, points: [] };
      path.points.push(next(pointer.point, pointer.shiftKey));
      path.hover = undefined;
      preview(context);
    },
    pointerMove(pointer, context) {
      if (!path) return;
      path.hover = next(pointer.point, pointer.shiftKey);
      preview(context);
    },
    pointerHover(pointer, context) {
      if (!path || pointer.pageIndex !== path.pageIndex) return;
      path.hover = next(pointer.point, pointer.shiftKey);
      preview(context);
    },
    doubleClick(_pointer, context) {
      // A dblclick follows its own two presses, and each added a point: the
      // second press is the gesture's "finish", not a corner. Touch and pen
      // double-taps land a few pixels apart, so the nearness filter alone
      // would keep it as an extra vertex.
      path?.points.pop();
      finish(context);
    },
    // The shape outlives a press: a tool change or pointercancel ends the press, not the shape.
    cancel(context) {
      preview(context);
    },
    deactivate(context) {
      path = undefined;
      context.clearOverlay();
    },
    keyDown(event, context) {
      if (event.ctrlKey || event.metaKey || event.altKey) return path ? false : handleSelectionKey(event, context);
      if (path) {
        if (event.key === 'Enter') finish(context);
        else if (event.key === 'Escape') {
          path = undefined;
          context.clearOverlay();
        } else if (event.key === 'Backspace') {
          path.points.pop();
          if (!path.points.length) path = undefined;
          preview(context);
        } else return false;
        return true;
      }
      if (event.key === 'Enter') return placeAtVisibleCenter(context, (pageIndex, center, page) => shape.record(pageIndex, placedPoints(center, page)));
      return handleSelectionKey(event, context);
    },
  };
}
