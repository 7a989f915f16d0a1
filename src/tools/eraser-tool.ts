/**
 * `eraser`: a drag removes every ink annotation (ink and highlighter
 * drawings, nothing else) the pointer passes over, within the eraser's
 * radius. While dragging, the eraser's path is drawn; on release everything
 * it touched goes in one edit: one undo step, one `annotations-changed`.
 * A finger on a touch screen is left to scroll, as with the ink tools.
 */
import { inkKind } from '../annotations/ink.js';
import { isAnnotationOfType, type Point } from '../model/index.js';
import type { PagePointer, Tool, ToolContext } from './tool.js';

/** The eraser's radius in CSS pixels, whatever the zoom. */
export const ERASER_RADIUS = 8;

const SVG_NS = 'http://www.w3.org/2000/svg';

export function createEraserTool(): Tool {
  let erasing: { pageIndex: number; last: Point | undefined; marked: Set<string>; path: SVGPathElement | undefined; data: string } | undefined;

  const touch = (context: ToolContext, point: Point) => {
    if (!erasing) return;
    const radius = ERASER_RADIUS / Math.max(context.scale, 1e-6);
    for (const annotation of context.annotationsOn(erasing.pageIndex)) {
      if (erasing.marked.has(annotation.id) || !isAnnotationOfType(annotation, 'pspdfkit/ink')) continue;
      if (annotation.flags?.some((flag) => flag === 'hidden' || flag === 'invisible' || flag === 'noView' || flag === 'locked')) continue;
      if (inkKind.hitTest(annotation, point, radius)) erasing.marked.add(annotation.id);
    }
  };

  /** Tests the path from the last point to each new one in steps of half the radius, so a fast flick misses nothing. */
  const follow = (context: ToolContext, pointer: PagePointer) => {
    if (!erasing) return;
    const step = ERASER_RADIUS / 2 / Math.max(context.scale, 1e-6);
    for (const point of pointer.points) {
      const from = erasing.last ?? point;
      const count = Math.max(1, Math.ceil(Math.hypot(point[0] - from[0], point[1] - from[1]) / step));
      for (let i = 1; i <= count; i++) touch(context, [from[0] + ((point[0] - from[0]) * i) / count, from[1] + ((point[1] - from[1]) * i) / count]);
      erasing.data += `${erasing.last ? 'L' : 'M'}${point[0]} ${point[1]}`;
      erasing.last = point;
    }
    erasing.path?.setAttribute('d', `${erasing.data}l0 0`);
  };

  return {
    id: 'eraser',
    label: 'Eraser',
    icon: 'M8 20h12M4 15l9-9 6 6-8 8H8z',
    cursor: 'cell',
    edits: true,
    pointerDown(pointer, context) {
      if (pointer.pointerType === 'touch') return false;
      const overlay = context.overlay(pointer.pageIndex);
      let path: SVGPathElement | undefined;
      if (overlay) {
        path = overlay.ownerDocument.createElementNS(SVG_NS, 'path');
        path.setAttribute('class', 'eraser-path');
        path.setAttribute('fill', 'none');
        path.setAttribute('stroke', 'rgba(120, 120, 120, 0.35)');
        path.setAttribute('stroke-width', String((2 * ERASER_RADIUS) / Math.max(context.scale, 1e-6)));
        path.setAttribute('stroke-linecap', 'round');
        path.setAttribute('stroke-linejoin', 'round');
        overlay.append(path);
      }
      erasing = { pageIndex: pointer.pageIndex, last: undefined, marked: new Set(), path, data: '' };
      follow(context, pointer);
      return true;
    },
    pointerMove(pointer, context) {
      follow(context, pointer);
    },
    pointerUp(pointer, context) {
      follow(context, pointer);
      const done = erasing;
      erasing = undefined;
      done?.path?.remove();
      if (!done?.marked.size) return;
      context.edit((store) => {
        for (const id of done.marked) store.deleteAnnotation(id);
      });
      context.select(context.selection.filter((id) => !done.marked.has(id)));
    },
    cancel() {
      erasing?.path?.remove();
      erasing = undefined;
    },
  };
}
