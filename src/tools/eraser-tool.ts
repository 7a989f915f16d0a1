/**
 * `eraser`: a drag rubs out the parts of ink drawings (ink and highlighter,
 * nothing else) it passes over, as Nutrient's and paper's erasers do: a
 * stroke the eraser crosses splits into the part before and the part after,
 * a stroke rubbed out entirely goes, and an ink annotation with no stroke
 * left is deleted. The geometry is src/model/ink-erasing.ts.
 *
 * While dragging, the eraser's swath is drawn; on release everything it
 * touched changes in one edit: one undo step, one `annotations-changed`.
 * A finger erases as the mouse does; two fingers scroll (tool-controller.ts).
 */
import { isAnnotationOfType, type InkAnnotation, type Point } from '../model/index.js';
import { eraseStrokes } from '../model/ink-erasing.js';
import { inkBounds } from './shape-geometry.js';
import type { PagePointer, Tool, ToolContext } from './tool.js';

/** The eraser's radius in CSS pixels, whatever the zoom. */
export const ERASER_RADIUS = 10;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Flags that keep an annotation from being erased: not shown, or locked against changes. */
const UNERASABLE = new Set(['hidden', 'invisible', 'noView', 'locked']);

interface Erasing {
  readonly pageIndex: number;
  /** The eraser's centre line in page points. */
  readonly path: Point[];
  readonly swath: SVGPathElement | undefined;
  data: string;
}

/**
 * Whether the boxes around `strokes` and around `path` come within `reach`
 * of each other: a cheap test before the exact one. (From the points, not
 * the bbox, which imported records may carry stale.)
 */
function near(strokes: readonly (readonly Point[])[], path: readonly Point[], reach: number): boolean {
  const [a, b] = [boxOf(strokes.flat()), boxOf(path)];
  return a[0] - reach <= b[2] && b[0] - reach <= a[2] && a[1] - reach <= b[3] && b[1] - reach <= a[3];
}

/** [minX, minY, maxX, maxY] of `points`. */
function boxOf(points: readonly Point[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

export function createEraserTool(): Tool {
  let erasing: Erasing | undefined;

  const radiusInPoints = (context: ToolContext) => ERASER_RADIUS / Math.max(context.scale, 1e-6);

  const follow = (pointer: PagePointer) => {
    if (!erasing) return;
    let data = '';
    for (const point of pointer.points) {
      const last = erasing.path[erasing.path.length - 1];
      if (last && last[0] === point[0] && last[1] === point[1]) continue;
      erasing.path.push([point[0], point[1]]);
      data += `${last ? 'L' : 'M'}${point[0]} ${point[1]}`;
    }
    if (!data) return;
    erasing.data += data;
    // A zero-length segment with round caps: a lone press shows as a disc.
    erasing.swath?.setAttribute('d', `${erasing.data}l0 0`);
  };

  /** The ink on the page as the eraser left it: updated strokes, or deletions. */
  const commit = (context: ToolContext, done: Erasing) => {
    const radius = radiusInPoints(context);
    const changes: Array<{ annotation: InkAnnotation; lines: NonNullable<ReturnType<typeof eraseStrokes>> }> = [];
    for (const annotation of context.annotationsOn(done.pageIndex)) {
      if (!isAnnotationOfType(annotation, 'pspdfkit/ink') || annotation.flags?.some((flag) => UNERASABLE.has(flag))) continue;
      // What the swath covers goes: the stroke's centre line is cut half its width further out.
      const reach = radius + annotation.lineWidth / 2;
      if (!near(annotation.lines.points, done.path, reach)) continue;
      const lines = eraseStrokes(annotation.lines, done.path, reach);
      if (lines) changes.push({ annotation, lines });
    }
    if (!changes.length) return;
    const deleted = new Set<string>();
    context.edit((store) => {
      for (const { annotation, lines } of changes) {
        if (!lines.points.length) {
          store.deleteAnnotation(annotation.id);
          deleted.add(annotation.id);
        } else {
          store.updateAnnotation({ ...annotation, lines, bbox: inkBounds(lines.points, annotation.lineWidth) });
        }
      }
    });
    if (deleted.size) context.select(context.selection.filter((id) => !deleted.has(id)));
  };

  return {
    id: 'eraser',
    label: 'Eraser',
    icon: 'M8 20h12M4 15l9-9 6 6-8 8H8z',
    cursor: 'cell',
    edits: true,
    pointerDown(pointer, context) {
      const overlay = context.overlay(pointer.pageIndex);
      let swath: SVGPathElement | undefined;
      if (overlay) {
        swath = overlay.ownerDocument.createElementNS(SVG_NS, 'path');
        swath.setAttribute('class', 'eraser-path');
        swath.setAttribute('fill', 'none');
        swath.setAttribute('stroke', 'rgba(120, 120, 120, 0.35)');
        swath.setAttribute('stroke-width', String(2 * radiusInPoints(context)));
        swath.setAttribute('stroke-linecap', 'round');
        swath.setAttribute('stroke-linejoin', 'round');
        overlay.append(swath);
      }
      erasing = { pageIndex: pointer.pageIndex, path: [], swath, data: '' };
      follow(pointer);
      return true;
    },
    pointerMove(pointer) {
      follow(pointer);
    },
    pointerUp(pointer, context) {
      follow(pointer);
      const done = erasing;
      erasing = undefined;
      if (!done) return;
      try {
        commit(context, done);
      } finally {
        done.swath?.remove();
      }
    },
    cancel() {
      erasing?.swath?.remove();
      erasing = undefined;
    },
  };
}
