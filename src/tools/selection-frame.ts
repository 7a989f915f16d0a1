/**
 * The selection as drawn over the pages: a frame around each selected
 * annotation and, when exactly one is selected and may be edited, handles:
 * eight on its bbox, or one per point for lines, polylines and polygons.
 * Handles keep their screen size at every zoom. A handle is drawn small but
 * answers to a larger square around it: at least 24 × 24 CSS pixels (WCAG
 * 2.5.8, target size), more for a finger.
 */
import type { Annotation, Point, Rect } from '../model/index.js';
import type { ToolContext } from './tool.js';

/** Side of a drawn handle in CSS pixels. */
const HANDLE_SIZE = 10;
/** Half the side of the square a handle answers to, in CSS pixels, by pointer type. */
const HANDLE_REACH: Readonly<Record<string, number>> = { mouse: 12, pen: 14, touch: 22 };
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A bbox handle: which sides it moves (-1 left/top, 1 right/bottom, 0 neither). */
export interface BoxHandle {
  readonly kind: 'box';
  readonly x: -1 | 0 | 1;
  readonly y: -1 | 0 | 1;
  readonly at: Point;
}

/** A handle on one of a line's or polyline's points. */
export interface PointHandle {
  readonly kind: 'point';
  /** `startPoint`, `endPoint`, or the index into `points`. */
  readonly key: 'startPoint' | 'endPoint' | number;
  readonly at: Point;
}

export type Handle = BoxHandle | PointHandle;

const BOX_HANDLES: readonly (readonly [-1 | 0 | 1, -1 | 0 | 1])[] = [
  [-1, -1], [0, -1], [1, -1], [1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0],
];

/** The handles of `annotation`. */
export function handlesOf(annotation: Annotation): Handle[] {
  const record = annotation as unknown as Readonly<Record<string, unknown>>;
  if (annotation.type === 'pspdfkit/shape/line') {
    return [
      { kind: 'point', key: 'startPoint', at: record['startPoint'] as Point },
      { kind: 'point', key: 'endPoint', at: record['endPoint'] as Point },
    ];
  }
  if (annotation.type === 'pspdfkit/shape/polyline' || annotation.type === 'pspdfkit/shape/polygon') {
    return (record['points'] as Point[]).map((at, key) => ({ kind: 'point', key, at }));
  }
  const [left, top, width, height] = annotation.bbox;
  return BOX_HANDLES.map(([x, y]) => ({ kind: 'box', x, y, at: [left + ((x + 1) / 2) * width, top + ((y + 1) / 2) * height] }));
}

/** Whether annotations of this type can be resized (notes and comment markers keep their icon size). */
export function isResizable(annotation: Annotation): boolean {
  return annotation.type !== 'pspdfkit/note' && annotation.type !== 'pspdfkit/comment-marker';
}

/**
 * The handle of `annotation` under `point`, if any: the nearest one whose
 * reach covers it. Inside a small annotation the handles would cover it all,
 * so there they answer only close to their drawn square and the rest of the
 * annotation can still be grabbed to move it.
 */
export function handleAt(annotation: Annotation, point: Point, scale: number, pointerType = 'mouse'): Handle | undefined {
  const [left, top, width, height] = annotation.bbox;
  const [px, py] = point;
  let reach = (HANDLE_REACH[pointerType] ?? HANDLE_REACH['mouse']!) / scale;
  const inside = px > left && px < left + width && py > top && py < top + height;
  if (inside) reach = Math.min(reach, Math.max((HANDLE_SIZE / 2 + 2) / scale, Math.min(width, height) / 4));
  let best: Handle | undefined;
  let bestDistance = Infinity;
  for (const handle of handlesOf(annotation)) {
    const distance = Math.max(Math.abs(handle.at[0] - px), Math.abs(handle.at[1] - py));
    if (distance <= reach && distance < bestDistance) {
      best = handle;
      bestDistance = distance;
    }
  }
  return best;
}

function rectElement(group: SVGGElement, [left, top, width, height]: Rect, className: string): SVGRectElement {
  const rect = group.ownerDocument.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('class', className);
  rect.setAttribute('x', String(left));
  rect.setAttribute('y', String(top));
  rect.setAttribute('width', String(Math.max(width, 0)));
  rect.setAttribute('height', String(Math.max(height, 0)));
  group.append(rect);
  return rect;
}

/** A dashed marquee rectangle in page points. */
export function drawMarquee(group: SVGGElement, rect: Rect): void {
  rectElement(group, rect, 'marquee');
}

/** Draws frames (and handles) for the selection; `bboxes` overrides the bbox of annotations being changed. */
export function drawSelection(context: ToolContext, options: { handles: boolean; bboxes?: ReadonlyMap<string, Rect> } = { handles: true }): void {
  const selected = context.selection.map((id) => context.getAnnotation(id)).filter((a): a is Annotation => a !== undefined);
  const single = selected.length === 1 && options.handles && !context.readonly;
  for (const annotation of selected) {
    const group = context.overlay(annotation.pageIndex);
    if (!group) continue;
    const bbox = options.bboxes?.get(annotation.id) ?? annotation.bbox;
    const frame = rectElement(group, bbox, 'selection-frame');
    frame.setAttribute('data-selected-id', annotation.id);
    if (!single || !isResizable(annotation)) continue;
    const side = HANDLE_SIZE / context.scale;
    for (const handle of handlesOf(annotation)) {
      const [x, y] = handle.at;
      rectElement(group, [x - side / 2, y - side / 2, side, side], 'selection-handle');
    }
  }
}
