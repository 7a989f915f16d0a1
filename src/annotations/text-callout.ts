/**
 * The callout of a free text annotation: a line from `start` (where it points)
 * through an optional `knee` to `end` (at the text box), with a cap at `start`
 * like a line annotation's. Everything is in page points. The geometry only,
 * without a DOM, shared with the PDF writer; the viewer draws it with
 * `text-callout-drawing.ts`.
 */
import type { Point, Rect, TextCallout } from '../model/index.js';

/** The line's vertices, in order from the pointed-at spot to the text box. */
export function calloutVertices(callout: TextCallout): Point[] {
  return callout.knee ? [callout.start, callout.knee, callout.end] : [callout.start, callout.end];
}

/** The rectangle of the text box: the bbox inset by `innerRectInset`, never negative in size. */
export function innerRect(bbox: Rect, callout: TextCallout | undefined): Rect {
  const [left, top, width, height] = bbox;
  if (!callout) return [left, top, width, height];
  const [l, t, r, b] = callout.innerRectInset.map((inset) => (Number.isFinite(inset) ? inset : 0)) as [number, number, number, number];
  return [left + l, top + t, Math.max(0, width - l - r), Math.max(0, height - t - b)];
}
