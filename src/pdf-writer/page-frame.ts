/**
 * Turns Instant JSON geometry (PDF points, origin at the top-left of the
 * page's crop box, y downward, before /Rotate) into PDF user space (origin
 * where the page's coordinates put it, y upward). /Rotate needs no work:
 * a PDF viewer turns annotation appearances with the page, as ours does.
 */
import type { Point, Rect } from '../model/index.js';

/** `[llx, lly, urx, ury]` in PDF user space, like an annotation's /Rect. */
export type PdfRect = [llx: number, lly: number, urx: number, ury: number];

export interface CropBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class PageFrame {
  constructor(
    readonly pageIndex: number,
    readonly cropBox: CropBox,
    /** The page's /Rotate in degrees clockwise, 0, 90, 180 or 270. */
    readonly rotation: number,
  ) {}

  /** A point of the record in user space. */
  x(x: number): number {
    return this.cropBox.x + x;
  }
  y(y: number): number {
    return this.cropBox.y + this.cropBox.height - y;
  }
  point([x, y]: Readonly<Point>): [number, number] {
    return [this.x(x), this.y(y)];
  }

  /** A record's `[left, top, width, height]` as a /Rect. */
  rect([left, top, width, height]: Readonly<Rect>): PdfRect {
    return [this.x(left), this.y(top + height), this.x(left + width), this.y(top)];
  }

  /** A /Rect back into Instant JSON's `[left, top, width, height]`. */
  bbox([llx, lly, urx, ury]: Readonly<PdfRect>): Rect {
    const left = Math.min(llx, urx) - this.cropBox.x;
    const top = this.cropBox.y + this.cropBox.height - Math.max(lly, ury);
    return [left, top, Math.abs(urx - llx), Math.abs(ury - lly)];
  }
}
