/**
 * PDF user space → Instant JSON page space.
 *
 * PDF user space has its origin wherever the page's boxes put it and y going
 * up. Instant JSON measures from the top-left corner of the crop box (what
 * pdf.js calls `page.view`), with y going down, before the page's /Rotate is
 * applied. So a point (x, y) becomes (x − view.x1, view.y2 − y), scaled by
 * /UserUnit so that the numbers are the same points pdf.js's viewport uses for
 * the page size. Nothing is clipped: an annotation outside the crop box keeps
 * its negative or too-large coordinates.
 */
import type { Point, Rect } from '../../model/index.js';
import type { PdfjsNumbers } from './pdfjs-annotation-data.js';

/** What the conversion needs from a page. */
export interface PageGeometry {
  /** The crop box `[x1, y1, x2, y2]` in PDF user space: pdf.js's `page.view`. */
  readonly view: readonly [number, number, number, number] | readonly number[];
  /** `/UserUnit` (pdf.js `page.userUnit`); 1 when absent. */
  readonly userUnit?: number;
}

// Our own subtraction adds binary noise (792 − 713.08 = 78.91999999999996).
// A millionth of a point (≈ 0.35 nm) is far below anything a PDF can mean,
// so rounding there removes the noise without losing information.
const PRECISION = 1e6;

function round(value: number): number {
  const rounded = Math.round(value * PRECISION) / PRECISION;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * pdf.js hands quad points, vertices and ink lists over as `Float32Array`s,
 * so `713.08` in the file arrives as `713.0800170898438`. When a number is
 * exactly a float32, take the shortest decimal that is the same float32: for
 * numbers a PDF writer printed with up to ~7 significant digits, that is the
 * number in the file.
 */
export function fromFloat32(value: number): number {
  if (!Number.isFinite(value) || Math.fround(value) !== value) return value;
  for (let digits = 1; digits <= 9; digits++) {
    const shortest = Number(value.toPrecision(digits));
    if (Math.fround(shortest) === value) return shortest;
  }
  return value;
}

/** Converts PDF user-space coordinates of one page. */
export class PageSpace {
  readonly #left: number;
  readonly #top: number;
  readonly #unit: number;

  constructor(page: PageGeometry) {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = Array.from(page.view);
    this.#left = Math.min(x1, x2);
    this.#top = Math.max(y1, y2);
    const unit = page.userUnit;
    this.#unit = unit !== undefined && Number.isFinite(unit) && unit > 0 ? unit : 1;
  }

  x(x: number): number {
    return round((fromFloat32(x) - this.#left) * this.#unit);
  }

  y(y: number): number {
    return round((this.#top - fromFloat32(y)) * this.#unit);
  }

  point(x: number, y: number): Point {
    return [this.x(x), this.y(y)];
  }

  /** A PDF rectangle given by two corners (in any order) → `[left, top, width, height]`. */
  rect(x1: number, y1: number, x2: number, y2: number): Rect {
    const left = this.x(Math.min(x1, x2));
    const top = this.y(Math.max(y1, y2));
    const right = this.x(Math.max(x1, x2));
    const bottom = this.y(Math.min(y1, y2));
    return [left, top, round(right - left), round(bottom - top)];
  }

  /** pdf.js's `[x1, y1, x2, y2]`; a missing or malformed one is the empty rect at the user-space origin. */
  rectOf(rect: PdfjsNumbers | null | undefined): Rect {
    const [x1, y1, x2, y2] = fourNumbers(rect) ?? [0, 0, 0, 0];
    return this.rect(x1, y1, x2, y2);
  }

  /** A flat `x0, y0, x1, y1, …` list → points (a trailing odd number is dropped). */
  points(flat: PdfjsNumbers | null | undefined): Point[] {
    const points: Point[] = [];
    if (!flat) return points;
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const x = flat[i]!;
      const y = flat[i + 1]!;
      if (Number.isFinite(x) && Number.isFinite(y)) points.push(this.point(x, y));
    }
    return points;
  }

  /** QuadPoints → one rect per quad: the quad's bounding box (pdf.js already reduces quads to it). */
  quadRects(quadPoints: PdfjsNumbers | null | undefined): Rect[] {
    const rects: Rect[] = [];
    if (!quadPoints) return rects;
    for (let i = 0; i + 7 < quadPoints.length; i += 8) {
      const xs = [quadPoints[i]!, quadPoints[i + 2]!, quadPoints[i + 4]!, quadPoints[i + 6]!];
      const ys = [quadPoints[i + 1]!, quadPoints[i + 3]!, quadPoints[i + 5]!, quadPoints[i + 7]!];
      if (![...xs, ...ys].every(Number.isFinite)) continue;
      rects.push(this.rect(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)));
    }
    return rects;
  }
}

/** The first four numbers of a pdf.js array, or null unless all four are finite. */
export function fourNumbers(values: PdfjsNumbers | null | undefined): [number, number, number, number] | null {
  if (!values || values.length < 4) return null;
  const quad: [number, number, number, number] = [values[0]!, values[1]!, values[2]!, values[3]!];
  return quad.every(Number.isFinite) ? quad : null;
}
