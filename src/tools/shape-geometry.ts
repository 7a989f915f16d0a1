/**
 * Geometry the drawing tools share, DOM-free: boxes from drags (Shift makes
 * them square), 45° snapping, default-size placement, and bboxes that hold
 * everything a shape draws (stroke, miter joins, line caps), because the
 * bbox is what selection, hit tests and other readers of the JSON trust.
 */
import { capPath } from '../annotations/line-caps.js';
import type { LineCaps, Point, Rect } from '../model/index.js';

/** The precision of coordinates the tools write, in points. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function roundPoint([x, y]: Point): Point {
  return [round(x), round(y)];
}

/** The box spanned by a drag; with `square`, the largest square inside it that keeps the start corner. */
export function dragBox([x1, y1]: Point, [x2, y2]: Point, square: boolean): Rect {
  let dx = x2 - x1;
  let dy = y2 - y1;
  if (square) {
    const side = Math.max(Math.abs(dx), Math.abs(dy));
    dx = Math.sign(dx || 1) * side;
    dy = Math.sign(dy || 1) * side;
  }
  return [round(Math.min(x1, x1 + dx)), round(Math.min(y1, y1 + dy)), round(Math.abs(dx)), round(Math.abs(dy))];
}

/** `end` moved onto the nearest multiple of 45° around `start`, keeping its distance. */
export function snap45(start: Point, end: Point): Point {
  const dx = end[0] - start[0];
  const dy = end[1] - start[1];
  const length = Math.hypot(dx, dy);
  const angle = Math.round(Math.atan2(dy, dx) / (Math.PI / 4)) * (Math.PI / 4);
  return [start[0] + length * Math.cos(angle), start[1] + length * Math.sin(angle)];
}

/**
 * A `width` × `height` box (as the page is shown, so a default rectangle
 * looks landscape on a rotated page too) centred at `center`, moved inside
 * the page where it fits.
 */
export function placedBox(center: Point, width: number, height: number, page: { width: number; height: number; rotation: number }): Rect {
  const [w, h] = page.rotation % 180 ? [height, width] : [width, height];
  const clamp = (value: number, size: number, limit: number) => (size >= limit ? value : Math.min(Math.max(value, 0), limit - size));
  return [round(clamp(center[0] - w / 2, w, page.width)), round(clamp(center[1] - h / 2, h, page.height)), w, h];
}

function bounds(points: readonly Point[], margin: number): Rect {
  const xs = points.map((point) => point[0]);
  const ys = points.map((point) => point[1]);
  const left = Math.min(...xs) - margin;
  const top = Math.min(...ys) - margin;
  const right = Math.max(...xs) + margin;
  const bottom = Math.max(...ys) + margin;
  // Outward rounding, so rounding never cuts into the stroke.
  const l = Math.floor(left * 100) / 100;
  const t = Math.floor(top * 100) / 100;
  return [l, t, round(Math.ceil(right * 100) / 100 - l), round(Math.ceil(bottom * 100) / 100 - t)];
}

/** Bbox of an ink drawing: its smoothed curves stay within the samples' hull, the round caps reach half a line further. */
export function inkBounds(segments: readonly (readonly Point[])[], lineWidth: number): Rect {
  return bounds(segments.flat(), lineWidth / 2);
}

/** SVG's default miter limit, which the shapes draw with: sharper joins are bevelled. */
const MITER_LIMIT = 10;

/** How far a mitered join at `vertex` reaches beyond it, in half stroke widths. */
function miterReach(previous: Point, vertex: Point, next: Point): number {
  const a: Point = [previous[0] - vertex[0], previous[1] - vertex[1]];
  const b: Point = [next[0] - vertex[0], next[1] - vertex[1]];
  const la = Math.hypot(...a);
  const lb = Math.hypot(...b);
  if (!la || !lb) return 1;
  const cos = Math.min(1, Math.max(-1, (a[0] * b[0] + a[1] * b[1]) / (la * lb)));
  const ratio = 1 / Math.sin(Math.acos(cos) / 2);
  return ratio > MITER_LIMIT ? 1 : ratio;
}

function joinsReach(points: readonly Point[], closed: boolean): number {
  let reach = 1;
  const n = points.length;
  for (let i = 0; i < n; i++) {
    if (!closed && (i === 0 || i === n - 1)) continue;
    reach = Math.max(reach, miterReach(points[(i - 1 + n) % n]!, points[i]!, points[(i + 1) % n]!));
  }
  return reach;
}

/** Bbox of a polygon: its vertices widened by the stroke, miter joins included. */
export function polygonBounds(points: readonly Point[], strokeWidth: number): Rect {
  return bounds(points, (strokeWidth / 2) * joinsReach(points, true));
}

/** Bbox of a line or polyline: the path with its joins, plus the outlines of its caps. */
export function openPathBounds(points: readonly Point[], lineCaps: LineCaps | undefined, strokeWidth: number): Rect {
  const { caps } = capPath(points, lineCaps, strokeWidth);
  const outline = [...points, ...caps.flatMap((cap) => cap.outline)];
  // Cap outlines are stroked too, and their corners are mitered: a full stroke width covers an arrow's tip.
  const margin = (strokeWidth / 2) * Math.max(joinsReach(points, false), caps.length ? 2 : 1);
  return bounds(outline, margin);
}
