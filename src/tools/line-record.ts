/** The record `line` and `arrow` create: a line from `start` to `end` whose bbox holds its stroke and caps. */
import { lineKind } from '../annotations/line.js';
import type { AnnotationInput, LineCaps, Point } from '../model/index.js';
import { openPathBounds, placedBox, roundPoint, snap45 } from './shape-geometry.js';
import type { ToolPageFrame } from './tool.js';

/** How long a placed line is, in points, as the page is shown. */
const PLACED_LENGTH = 100;

export function lineRecord(pageIndex: number, start: Point, end: Point, lineCaps: LineCaps | undefined): AnnotationInput {
  const startPoint = roundPoint(start);
  const endPoint = roundPoint(end);
  const strokeWidth = lineKind.defaults.strokeWidth ?? 1;
  return {
    ...lineKind.defaults,
    type: 'pspdfkit/shape/line',
    pageIndex,
    startPoint,
    endPoint,
    ...(lineCaps ? { lineCaps } : {}),
    bbox: openPathBounds([startPoint, endPoint], lineCaps, strokeWidth),
  };
}

/** A drag from `start` to `end`; Shift snaps the direction to a multiple of 45°. */
export function draggedLine(pageIndex: number, start: Point, end: Point, shift: boolean, lineCaps?: LineCaps): AnnotationInput {
  return lineRecord(pageIndex, start, shift ? snap45(start, end) : end, lineCaps);
}

/** A line running left to right as the page is shown, centred at `center`. */
export function placedLine(pageIndex: number, center: Point, page: ToolPageFrame, lineCaps?: LineCaps): AnnotationInput {
  const [left, top, width, height] = placedBox(center, PLACED_LENGTH, 0, page);
  const ends: Record<number, [Point, Point]> = {
    0: [[left, top], [left + width, top]],
    // Shown x runs along -y on a page turned 90°, along +y on one turned 270°.
    90: [[left, top + height], [left, top]],
    180: [[left + width, top], [left, top]],
    270: [[left, top], [left, top + height]],
  };
  const [start, end] = ends[page.rotation] ?? ends[0]!;
  return lineRecord(pageIndex, start, end, lineCaps);
}
