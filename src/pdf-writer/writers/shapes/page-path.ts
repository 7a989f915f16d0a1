/**
 * A drawing in page points. The shape writers compute their geometry the way
 * the viewer does — in Instant JSON coordinates (top-left of the crop box,
 * y down) with the same helpers from `src/annotations/` — and this class
 * turns each point into PDF user space as it writes the operator. The page
 * frame is an affine map (a flip and a shift), so Bézier control points map
 * like any other point and curves stay the same curves.
 *
 * It also counts painting operators: an appearance painted with more than
 * one needs a transparency group to show opacity the way the viewer does
 * (see composite.ts).
 */
import type { Point, Rect } from '../../../model/index.js';
import { ContentBuilder } from '../../content-stream.js';
import type { PageFrame } from '../../page-frame.js';

/** Bézier handle length of a quarter circle, per unit of radius. */
const QUARTER_HANDLE = (4 / 3) * Math.tan(Math.PI / 8);
/** Arcs are split into pieces of at most a quarter turn, where a cubic is within 0.03 % of the circle. */
const MAX_PIECE = Math.PI / 2;

export class PagePath {
  readonly content = new ContentBuilder();
  /** Painting operations written so far. */
  paints = 0;

  constructor(readonly frame: PageFrame) {}

  moveTo(point: Readonly<Point>): this {
    const [x, y] = this.frame.point(point);
    this.content.moveTo(x, y);
    return this;
  }

  lineTo(point: Readonly<Point>): this {
    const [x, y] = this.frame.point(point);
    this.content.lineTo(x, y);
    return this;
  }

  curveTo(control1: Readonly<Point>, control2: Readonly<Point>, end: Readonly<Point>): this {
    const [x1, y1] = this.frame.point(control1);
    const [x2, y2] = this.frame.point(control2);
    const [x3, y3] = this.frame.point(end);
    this.content.curveTo(x1, y1, x2, y2, x3, y3);
    return this;
  }

  /** A quadratic Bézier from `from` (the current point) as the cubic that draws the same curve. */
  quadTo(from: Readonly<Point>, control: Readonly<Point>, end: Readonly<Point>): this {
    const toward = (p: Readonly<Point>): Point => [p[0] + ((control[0] - p[0]) * 2) / 3, p[1] + ((control[1] - p[1]) * 2) / 3];
    return this.curveTo(toward(from), toward(end), end);
  }

  closePath(): this {
    this.content.closePath();
    return this;
  }

  /** Straight segments through `points`, closed back to the first when `closed`. */
  polyline(points: readonly Readonly<Point>[], closed = false): this {
    points.forEach((point, i) => (i === 0 ? this.moveTo(point) : this.lineTo(point)));
    if (closed && points.length > 0) this.closePath();
    return this;
  }

  /**
   * A closed rectangle given as Instant JSON `[left, top, width, height]`,
   * drawn from its top-left corner along the top edge, clockwise on screen,
   * as SVG draws a `<rect>`: a dash pattern then starts where the viewer's
   * starts (PDF's `re` would start at the bottom-left, along the bottom).
   */
  rect(rect: Readonly<Rect>): this {
    const [llx, lly, urx, ury] = this.frame.rect(rect);
    this.content.moveTo(llx, ury).lineTo(urx, ury).lineTo(urx, lly).lineTo(llx, lly).closePath();
    return this;
  }

  /**
   * An arc of the circle around `center`, from angle `start` turning by
   * `sweep` (radians; positive turns from +x toward +y, clockwise on the
   * page), continuing from the current point.
   */
  arc(center: Readonly<Point>, radius: number, start: number, sweep: number): this {
    const pieces = Math.max(1, Math.ceil(Math.abs(sweep) / MAX_PIECE - 1e-9));
    const step = sweep / pieces;
    const handle = radius * (4 / 3) * Math.tan(step / 4);
    const [cx, cy] = center;
    for (let i = 0; i < pieces; i++) {
      const a = start + i * step;
      const b = a + step;
      const [cosA, sinA, cosB, sinB] = [Math.cos(a), Math.sin(a), Math.cos(b), Math.sin(b)];
      this.curveTo(
        [cx + radius * cosA - handle * sinA, cy + radius * sinA + handle * cosA],
        [cx + radius * cosB + handle * sinB, cy + radius * sinB - handle * cosB],
        [cx + radius * cosB, cy + radius * sinB],
      );
    }
    return this;
  }

  /** A closed circle. */
  circle(center: Readonly<Point>, radius: number): this {
    this.moveTo([center[0] + radius, center[1]]);
    return this.arc(center, radius, 0, 2 * Math.PI).closePath();
  }

  /** The closed ellipse inscribed in `rect` (four quarter arcs, as SVG's `<ellipse>` is drawn). */
  ellipse([left, top, width, height]: Readonly<Rect>): this {
    const rx = width / 2;
    const ry = height / 2;
    const cx = left + rx;
    const cy = top + ry;
    const kx = rx * QUARTER_HANDLE;
    const ky = ry * QUARTER_HANDLE;
    this.moveTo([cx + rx, cy]);
    this.curveTo([cx + rx, cy + ky], [cx + kx, cy + ry], [cx, cy + ry]);
    this.curveTo([cx - kx, cy + ry], [cx - rx, cy + ky], [cx - rx, cy]);
    this.curveTo([cx - rx, cy - ky], [cx - kx, cy - ry], [cx, cy - ry]);
    this.curveTo([cx + kx, cy - ry], [cx + rx, cy - ky], [cx + rx, cy]);
    return this.closePath();
  }

  stroke(): this {
    this.content.stroke();
    this.paints++;
    return this;
  }

  fill(): this {
    this.content.fill();
    this.paints++;
    return this;
  }

  /**
   * Fills, then strokes the same path (SVG's paint order). Counted as two:
   * the PDF model composites `B` as one object, but pdf.js paints the fill
   * and the stroke each with the opacity, darkening where they overlap.
   */
  fillStroke(): this {
    this.content.fillStroke();
    this.paints += 2;
    return this;
  }
}
