/**
 * `select`, the default tool: click selects (Shift or Ctrl/⌘ adds and
 * removes), a drag on an empty part of the page draws a marquee, a drag on
 * a selected annotation moves the selection, handles resize (Shift keeps
 * the ratio) or move a line's points. A press on text is left to the
 * browser so text can still be selected and copied. Keys: see
 * selection-commands.ts.
 *
 * While dragging, the drawing itself follows the pointer (a CSS translation
 * of its element) and the change is committed once, on release: one undo step.
 */
import type { Annotation, Point, Rect } from '../model/index.js';
import { movePoint, rectMap, transformAnnotation, translation } from '../model/transform-annotation.js';
import { handleSelectionKey } from './selection-commands.js';
import { drawMarquee, drawSelection, handleAt, isResizable, type Handle } from './selection-frame.js';
import { previewTranslation, clearPreview } from './drag-preview.js';
import type { PagePointer, Tool, ToolContext } from './tool.js';
import { editExistingText } from './text-editor.js';
import { textAt } from './text-tool.js';

/** Below this many CSS pixels a press is a click, not a drag. */
const DRAG_THRESHOLD = 3;

type Drag =
  | { readonly kind: 'move'; readonly pageIndex: number; readonly start: Point; readonly items: readonly Annotation[]; delta: Point; moved: boolean }
  | { readonly kind: 'resize'; readonly start: Point; readonly annotation: Annotation; readonly handle: Handle; to: Rect | Point; moved: boolean }
  | { readonly kind: 'marquee'; readonly pageIndex: number; readonly start: Point; readonly additive: boolean; rect: Rect };

function rectFrom([x1, y1]: Point, [x2, y2]: Point): Rect {
  return [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)];
}

function intersects([l1, t1, w1, h1]: Rect, [l2, t2, w2, h2]: Rect): boolean {
  return l1 <= l2 + w2 && l2 <= l1 + w1 && t1 <= t2 + h2 && t2 <= t1 + h1;
}

/** The bbox after dragging handle `handle` to `point` (Shift keeps the ratio). */
function resizedBox(bbox: Rect, handle: Extract<Handle, { kind: 'box' }>, [px, py]: Point, keepRatio: boolean): Rect {
  const [left, top, width, height] = bbox;
  let x1 = left;
  let y1 = top;
  let x2 = left + width;
  let y2 = top + height;
  if (handle.x < 0) x1 = Math.min(px, x2 - 1);
  if (handle.x > 0) x2 = Math.max(px, x1 + 1);
  if (handle.y < 0) y1 = Math.min(py, y2 - 1);
  if (handle.y > 0) y2 = Math.max(py, y1 + 1);
  if (keepRatio && width > 0 && height > 0 && handle.x !== 0 && handle.y !== 0) {
    const ratio = width / height;
    const w = x2 - x1;
    const h = y2 - y1;
    if (w / h > ratio) {
      const nh = w / ratio;
      if (handle.y < 0) y1 = y2 - nh;
      else y2 = y1 + nh;
    } else {
      const nw = h * ratio;
      if (handle.x < 0) x1 = x2 - nw;
      else x2 = x1 + nw;
    }
  }
  return [x1, y1, x2 - x1, y2 - y1];
}

function isOnText(target: Element | null): boolean {
  return target !== null && target.closest('.textLayer') !== null && target.tagName === 'SPAN';
}

/** The handle of the one selected annotation under the pointer, when it may be resized. */
function resizeHandleAt(pointer: PagePointer, context: ToolContext): { annotation: Annotation; handle: Handle } | undefined {
  if (context.readonly || context.selection.length !== 1) return undefined;
  const annotation = context.getAnnotation(context.selection[0]!);
  if (!annotation || annotation.pageIndex !== pointer.pageIndex || !isResizable(annotation)) return undefined;
  const handle = handleAt(annotation, pointer.point, context.scale, pointer.pointerType);
  return handle && { annotation, handle };
}

/**
 * Whether a press at `pointer` takes hold of the selection: a handle of the
 * selected annotation (resize), or the drawing of a selected one (move).
 * Other tools hand such presses to a select tool (tool-controller.ts), and a
 * finger with this tool moves the selection instead of scrolling the pages.
 */
export function grabsSelection(pointer: PagePointer, context: ToolContext): boolean {
  if (context.readonly || !context.selection.length) return false;
  if (resizeHandleAt(pointer, context)) return true;
  if (pointer.shiftKey || pointer.primaryModifier) return false;
  const hit = context.hitTest(pointer.pageIndex, pointer.point);
  return hit !== undefined && context.selection.includes(hit.id);
}

export function createSelectTool(): Tool {
  let drag: Drag | undefined;

  const redraw = (context: ToolContext, bboxes?: ReadonlyMap<string, Rect>) => {
    context.clearOverlay();
    drawSelection(context, { handles: drag === undefined, bboxes });
  };

  const finish = (context: ToolContext) => {
    if (drag?.kind === 'move') for (const item of drag.items) clearPreview(context, item);
    drag = undefined;
    redraw(context);
  };

  return {
    id: 'select',
    label: 'Select',
    icon: 'M5 3l14 8-6 1.5L10 19z',
    edits: false,
    refresh(context) {
      if (!drag) redraw(context);
    },
    deactivate(context) {
      finish(context);
      context.clearOverlay();
    },
    pointerDown(pointer, context) {
      const { pageIndex, point } = pointer;
      const resize = resizeHandleAt(pointer, context);
      if (resize) {
        drag = { kind: 'resize', start: point, annotation: resize.annotation, handle: resize.handle, to: resize.annotation.bbox, moved: false };
        return true;
      }
      const hit = context.hitTest(pageIndex, point);
      // A click on a link follows it (annotation-interactions.ts); Alt/Option+click, a marquee or the keys select it.
      if (hit?.type === 'pspdfkit/link' && !pointer.altKey && !context.selection.includes(hit.id)) return false;
      const additive = pointer.shiftKey || pointer.primaryModifier;
      if (hit) {
        if (additive) {
          const ids = context.selection.includes(hit.id) ? context.selection.filter((id) => id !== hit.id) : [...context.selection, hit.id];
          context.select(ids);
          return true;
        }
        if (!context.selection.includes(hit.id)) context.select([hit.id]);
        if (context.readonly) return true;
        const items = context.selection
          .map((id) => context.getAnnotation(id))
          .filter((a): a is Annotation => a !== undefined && a.pageIndex === pageIndex);
        drag = { kind: 'move', pageIndex, start: point, items, delta: [0, 0], moved: false };
        return true;
      }
      if (!additive) context.select([]);
      // Text stays selectable: a press on a word is the browser's.
      if (isOnText(pointer.target) && !additive) return false;
      drag = { kind: 'marquee', pageIndex, start: point, additive, rect: [point[0], point[1], 0, 0] };
      return true;
    },
    pointerMove(pointer, context) {
      if (!drag) return;
      const [x, y] = pointer.point;
      const [sx, sy] = drag.start;
      const far = Math.hypot(x - sx, y - sy) * context.scale >= DRAG_THRESHOLD;
      if (drag.kind === 'marquee') {
        drag.rect = rectFrom(drag.start, pointer.point);
        context.clearOverlay();
        drawSelection(context, { handles: false });
        const group = context.overlay(drag.pageIndex);
        if (group) drawMarquee(group, drag.rect);
        return;
      }
      if (!drag.moved && !far) return;
      drag.moved = true;
      if (drag.kind === 'move') {
        let dx = x - sx;
        let dy = y - sy;
        if (pointer.shiftKey) {
          if (Math.abs(dx) > Math.abs(dy)) dy = 0;
          else dx = 0;
        }
        drag.delta = [dx, dy];
        const bboxes = new Map<string, Rect>();
        for (const item of drag.items) {
          previewTranslation(context, item, dx, dy);
          const [left, top, width, height] = item.bbox;
          bboxes.set(item.id, [left + dx, top + dy, width, height]);
        }
        redraw(context, bboxes);
        return;
      }
      const { annotation, handle } = drag;
      // The handle follows the pointer's movement, not the pointer itself: a
      // press anywhere within its reach (large for a finger) does not make it jump.
      const target: Point = [handle.at[0] + x - sx, handle.at[1] + y - sy];
      if (handle.kind === 'box') {
        drag.to = resizedBox(annotation.bbox, handle, target, pointer.shiftKey);
        redraw(context, new Map([[annotation.id, drag.to]]));
      } else {
        drag.to = target;
        const preview = movePoint(annotation, handle.key, target);
        redraw(context, new Map([[annotation.id, preview.bbox]]));
        const group = context.overlay(annotation.pageIndex);
        const points = 'points' in preview ? (preview.points as Point[]) : [(preview as { startPoint: Point }).startPoint, (preview as { endPoint: Point }).endPoint];
        if (group) {
          const line = group.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'polyline');
          line.setAttribute('class', 'selection-frame');
          line.setAttribute('points', points.map((p) => p.join(',')).join(' '));
          group.append(line);
        }
      }
    },
    pointerUp(_pointer: PagePointer, context) {
      const current = drag;
      if (!current) return;
      if (current.kind === 'marquee') {
        drag = undefined;
        const { rect } = current;
        if (rect[2] > 0 || rect[3] > 0) {
          const inside = context.annotationsOn(current.pageIndex).filter((a) => intersects(a.bbox, rect)).map((a) => a.id);
          context.select(current.additive ? [...context.selection, ...inside] : inside);
        }
        redraw(context);
        return;
      }
      if (!current.moved) {
        finish(context);
        return;
      }
      try {
        if (current.kind === 'move') {
          const [dx, dy] = current.delta;
          const map = translation(dx, dy);
          context.edit((store) => {
            for (const item of current.items) store.updateAnnotation(transformAnnotation(item, map), { source: 'user' });
          });
        } else {
          const { annotation, handle, to } = current;
          const next =
            handle.kind === 'box' ? transformAnnotation(annotation, rectMap(annotation.bbox, to as Rect)) : movePoint(annotation, handle.key, to as Point);
          context.edit((store) => store.updateAnnotation(next, { source: 'user' }));
        }
      } finally {
        finish(context);
      }
    },
    cancel(context) {
      finish(context);
    },
    doubleClick(pointer, context) {
      const text = textAt(pointer, context);
      if (text && !context.readonly) editExistingText(context, text);
    },
    keyDown(event, context) {
      if (drag) return false;
      return handleSelectionKey(event, context);
    },
  };
}
