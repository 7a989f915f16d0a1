/**
 * The area a drawing covers, in page points (y down), so that an
 * annotation's /Rect and its appearance's /BBox hold the whole stroke: pdf.js
 * clips an appearance to its /BBox, and other viewers may too.
 */
import type { Point, Rect } from '../../../model/index.js';

/** PDF's default miter limit, which the appearances keep (as the viewer's stylesheet does). */
export const MITER_LIMIT = 10;

export class Bounds {
  private minX = Infinity;
  private minY = Infinity;
  private maxX = -Infinity;
  private maxY = -Infinity;

  /** Includes a point, or the square of `reach` around it. */
  add([x, y]: Readonly<Point>, reach = 0): this {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return this;
    this.minX = Math.min(this.minX, x - reach);
    this.minY = Math.min(this.minY, y - reach);
    this.maxX = Math.max(this.maxX, x + reach);
    this.maxY = Math.max(this.maxY, y + reach);
    return this;
  }

  addRect([left, top, width, height]: Readonly<Rect>): this {
    return this.add([left, top]).add([left + width, top + height]);
  }

  get isEmpty(): boolean {
    return this.minX > this.maxX;
  }

  /** `[left, top, width, height]`; undefined when nothing was added. */
  rect(): Rect | undefined {
    return this.isEmpty ? undefined : [this.minX, this.minY, this.maxX - this.minX, this.maxY - this.minY];
  }

  /**
   * Includes a stroke of `width` along `points` with butt caps and miter
   * joins (PDF's defaults, and SVG's): each segment's four corners, and each
   * join's miter tip unless the miter limit turns it into a bevel.
   */
  addStroke(points: readonly Readonly<Point>[], closed: boolean, width: number): this {
    const half = Math.max(0, width) / 2;
    const path = withoutRepeats(points, closed);
    if (path.length === 1) return this.add(path[0]!, half);
    const segments = closed && path.length > 2 ? path.length : path.length - 1;
    for (let i = 0; i < segments; i++) {
      const a = path[i]!;
      const b = path[(i + 1) % path.length]!;
      const [nx, ny] = normal(a, b);
      this.add([a[0] + nx * half, a[1] + ny * half])
        .add([a[0] - nx * half, a[1] - ny * half])
        .add([b[0] + nx * half, b[1] + ny * half])
        .add([b[0] - nx * half, b[1] - ny * half]);
    }
    const first = closed && path.length > 2 ? 0 : 1;
    const last = closed && path.length > 2 ? path.length - 1 : path.length - 2;
    for (let i = first; i <= last; i++) {
      const tip = miterTip(path[(i + path.length - 1) % path.length]!, path[i]!, path[(i + 1) % path.length]!, half);
      if (tip) this.add(tip);
    }
    return this;
  }
}

/** The points with consecutive duplicates removed (and, when closed, a last point equal to the first). */
function withoutRepeats(points: readonly Readonly<Point>[], closed: boolean): Readonly<Point>[] {
  const kept: Readonly<Point>[] = [];
  for (const point of points) {
    const previous = kept[kept.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) kept.push(point);
  }
  if (closed && kept.length > 1) {
    const [first, end] = [kept[0]!, kept[kept.length - 1]!];
    if (first[0] === end[0] && first[1] === end[1]) kept.pop();
  }
  return kept;
}

/** The unit normal of the segment a→b (left of its direction). */
function normal(a: Readonly<Point>, b: Readonly<Point>): Point {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  return length === 0 ? [0, 0] : [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
}

/**
 * The outer point of a mitered join at `at` between segments from `before`
 * and to `after`, or undefined when the miter limit bevels it (the bevel's
 * corners are already segment corners).
 */
function miterTip(before: Readonly<Point>, at: Readonly<Point>, after: Readonly<Point>, half: number): Point | undefined {
  const n1 = normal(before, at);
  const n2 = normal(at, after);
  const cosTurn = n1[0] * n2[0] + n1[1] * n2[1];
  // Miter length / stroke width = 1 / cos(turn / 2) = sqrt(2 / (1 + cos(turn))).
  if (1 + cosTurn <= 2 / (MITER_LIMIT * MITER_LIMIT)) return undefined;
  const scale = half / (1 + cosTurn);
  const offset: Point = [(n1[0] + n2[0]) * scale, (n1[1] + n2[1]) * scale];
  // The outer side is the one the path turns away from.
  const cross = (at[0] - before[0]) * (after[1] - at[1]) - (at[1] - before[1]) * (after[0] - at[0]);
  return cross > 0 ? [at[0] - offset[0], at[1] - offset[1]] : [at[0] + offset[0], at[1] + offset[1]];
}
