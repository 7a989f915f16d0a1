/**
 * Line endings (PDF /LE) for lines and polylines. Each cap is built in a
 * local frame — origin at the line's end, x pointing away from the line —
 * and sized from the stroke width the way PDF viewers size them, so a thick
 * line gets a proportionally large arrow and a hairline still gets a
 * visible one.
 *
 * Numbers in, numbers and path data out, without a DOM: the PDF writer
 * draws the same caps into appearance streams (the SVG element is
 * `line-cap-element.ts`).
 */
import type { LineCap, LineCaps, Point } from '../model/index.js';
import { inPolygon, nearPath } from './hit-geometry.js';
import { circleData, polylineData } from './path-data.js';

/** Half the cap size per point of stroke width (so an arrow is 6× the stroke width long). */
const SIZE_PER_WIDTH = 3;
/** Half the cap size of hairlines and thin lines. */
const MIN_HALF_SIZE = 3;
/** Arrow wings open 30° each side of the line, as in Acrobat. */
const ARROW_SLOPE = Math.tan(Math.PI / 6);
/** The slash leans 60° from the line. */
const SLASH_ANGLE = Math.PI / 3;

export interface CapShape {
  /** Outline in page points (a circle cap: a polygon approximating it, for hit tests). */
  readonly outline: readonly Point[];
  readonly closed: boolean;
  /** Closed caps are filled with the record's `fillColor`. */
  readonly fillable: boolean;
  readonly circle?: { readonly center: Point; readonly radius: number };
  /** Where the line should end: a closed arrow's base, so the line does not run through it to the tip. */
  readonly lineEnd: Point;
}

/** Half the size of a cap for a stroke width, in points. */
export function capHalfSize(strokeWidth: number): number {
  return Math.max(MIN_HALF_SIZE, SIZE_PER_WIDTH * strokeWidth);
}

/** A cap at `tip`, the end of a line arriving from `from`. */
export function capShape(cap: LineCap, tip: Point, from: Point, strokeWidth: number): CapShape {
  const r = capHalfSize(strokeWidth);
  const length = 2 * r;
  const wing = length * ARROW_SLOPE;
  const dx = tip[0] - from[0];
  const dy = tip[1] - from[1];
  const span = Math.hypot(dx, dy);
  const ux = span ? dx / span : 1;
  const uy = span ? dy / span : 0;
  // Local (along, across) → page.
  const at = (along: number, across: number): Point => [tip[0] + along * ux - across * uy, tip[1] + along * uy + across * ux];
  const open = (outline: Point[], lineEnd: Point = tip): CapShape => ({ outline, closed: false, fillable: false, lineEnd });
  const closed = (outline: Point[], lineEnd: Point = tip): CapShape => ({ outline, closed: true, fillable: true, lineEnd });
  switch (cap) {
    case 'openArrow':
      return open([at(-length, wing), at(0, 0), at(-length, -wing)]);
    case 'closedArrow':
      // Stopping short keeps the line out of the fill; a line shorter than the arrow is left whole under it.
      return closed([at(0, 0), at(-length, wing), at(-length, -wing)], span > length ? at(-length, 0) : tip);
    case 'reverseOpenArrow':
      return open([at(length, wing), at(0, 0), at(length, -wing)]);
    case 'reverseClosedArrow':
      return closed([at(0, 0), at(length, wing), at(length, -wing)]);
    case 'square':
      return closed([at(-r, -r), at(r, -r), at(r, r), at(-r, r)]);
    case 'diamond':
      return closed([at(-r, 0), at(0, -r), at(r, 0), at(0, r)]);
    case 'circle': {
      const outline: Point[] = [];
      for (let i = 0; i < 24; i++) outline.push(at(r * Math.cos((i * Math.PI) / 12), r * Math.sin((i * Math.PI) / 12)));
      return { ...closed(outline), circle: { center: tip, radius: r } };
    }
    case 'butt':
      return open([at(0, -r), at(0, r)]);
    case 'slash': {
      const half = 1.5 * r;
      const along = half * Math.cos(SLASH_ANGLE);
      const across = half * Math.sin(SLASH_ANGLE);
      return open([at(-along, -across), at(along, across)]);
    }
  }
}

export interface CappedPath {
  /** The path's vertices, its ends moved back where a cap asks for it. */
  readonly vertices: Point[];
  readonly caps: CapShape[];
}

/** Caps for an open path (line or polyline), each oriented along the nearest segment with any length. */
export function capPath(vertices: readonly Point[], lineCaps: LineCaps | undefined, strokeWidth: number): CappedPath {
  const trimmed = [...vertices];
  const caps: CapShape[] = [];
  if (vertices.length === 0) return { vertices: trimmed, caps };
  const last = vertices.length - 1;
  if (lineCaps?.start) {
    const shape = capShape(lineCaps.start, vertices[0]!, awayFrom(vertices, 0, 1, [1, 0]), strokeWidth);
    caps.push(shape);
    trimmed[0] = shape.lineEnd;
  }
  if (lineCaps?.end) {
    const shape = capShape(lineCaps.end, vertices[last]!, awayFrom(vertices, last, -1, [-1, 0]), strokeWidth);
    caps.push(shape);
    if (last > 0) trimmed[last] = shape.lineEnd;
  }
  return { vertices: trimmed, caps };
}

/** The first vertex from `index` (stepping by `step`) that differs from it; a made-up one along `fallback` if none does. */
function awayFrom(vertices: readonly Point[], index: number, step: number, fallback: Point): Point {
  const [x, y] = vertices[index]!;
  for (let i = index + step; i >= 0 && i < vertices.length; i += step) {
    const [vx, vy] = vertices[i]!;
    if (vx !== x || vy !== y) return [vx, vy];
  }
  return [x + fallback[0], y + fallback[1]];
}

/** A cap's outline as path data. */
export function capData(shape: CapShape): string {
  return shape.circle ? circleData(shape.circle.center, shape.circle.radius) : polylineData(shape.outline, shape.closed);
}

/** Whether `point` is within `reach` of a cap's outline, or inside a filled closed cap. */
export function hitsCap(shape: CapShape, point: Point, reach: number, filled: boolean): boolean {
  if (shape.closed && filled && inPolygon(point, shape.outline)) return true;
  return nearPath(point, shape.outline, reach, shape.closed);
}
