/**
 * Shared geometry for the four text markups (highlight, underline,
 * strikeout, squiggly): what each marks on one rect of `rects`, in page
 * points. Numbers in, numbers out, without a DOM: the viewer draws these
 * into one SVG over the bbox (`markup-kind.ts`), the PDF writer into the
 * appearance stream.
 */
import type { Point, Rect } from '../model/index.js';
import { inRect } from './hit-geometry.js';

/** Rects are required, but an empty list would draw nothing; the bbox is the best guess at the marked area then. */
export function markupRects(annotation: { rects?: readonly Rect[]; bbox: Rect }): readonly Rect[] {
  return annotation.rects && annotation.rects.length > 0 ? annotation.rects : [annotation.bbox];
}

/** Markups are hit anywhere inside a rect, not only on the ink: a thin underline would otherwise be nearly unclickable. */
export function hitsMarkup(annotation: { rects?: readonly Rect[]; bbox: Rect }, point: Point, tolerance: number): boolean {
  return markupRects(annotation).some((rect) => inRect(point, rect, tolerance));
}

/** Line thickness for underline, strikeout and squiggly: follows the text size (the rect height) but stays visible. */
export function markThickness(rect: Rect): number {
  return Math.max(0.5, Math.abs(rect[3]) * 0.07);
}

/** An underline's bar: just inside the rect's bottom, so it never reaches into the next line of text. */
export function underlineBar(rect: Rect): Rect {
  return bar(rect, rect[3] - markThickness(rect) / 2);
}

/** A strikeout's bar: through the middle of the rect. */
export function strikeoutBar(rect: Rect): Rect {
  return bar(rect, rect[3] / 2);
}

/** A horizontal bar of the mark thickness across `rect`, its centre `centreFromTop` points below the rect's top. */
function bar(rect: Rect, centreFromTop: number): Rect {
  const [left, top, width] = rect;
  const thickness = markThickness(rect);
  return [left, top + centreFromTop - thickness / 2, width, thickness];
}

/**
 * The zig-zag of a squiggly: vertices alternate between a low line (just
 * inside the rect's bottom) and a high line, `amplitude` above it, every
 * `amplitude` points along x, starting low at the rect's left edge.
 */
export function squigglePoints(rect: Rect): Point[] {
  const [left, top, width, height] = rect;
  const thickness = markThickness(rect);
  const amplitude = Math.max(1.5, Math.abs(height) * 0.15);
  const low = top + height - thickness / 2;
  const high = low - amplitude;
  const step = amplitude;
  const right = left + Math.max(0, width);
  const points: Point[] = [];
  let i = 0;
  for (let x = left; x < right; x = left + ++i * step) points.push([x, i % 2 === 0 ? low : high]);
  // End exactly at the right edge, part-way along the last segment.
  const last = points[points.length - 1];
  if (last && last[0] < right) {
    const nextY = i % 2 === 0 ? low : high;
    const t = (right - last[0]) / step;
    points.push([right, last[1] + (nextY - last[1]) * t]);
  }
  return points;
}
