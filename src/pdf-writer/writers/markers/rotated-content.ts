/**
 * Content that a record turns by its own `rotation` (stamps, images), placed
 * as our viewer places it (src/annotations/rotated-content.ts,
 * image-frame.ts): drawn upright in a frame of its own size, centred on the
 * annotation's area and turned counterclockwise about that centre. In PDF
 * user space (y up) a counterclockwise turn is the ordinary rotation matrix.
 */
import type { PdfRect } from '../../page-frame.js';

export type Matrix = [a: number, b: number, c: number, d: number, e: number, f: number];

/** A rotation in degrees brought into [0, 360). */
export function normalizedRotation(rotation: number | undefined): number {
  if (rotation === undefined || !Number.isFinite(rotation)) return 0;
  return ((rotation % 360) + 360) % 360;
}

/** Whether content turned by `rotation` lies on its side, so its width and height swap (the viewer's rule). */
export function isSideways(rotation: number | undefined): boolean {
  const turn = normalizedRotation(rotation);
  return (turn > 45 && turn < 135) || (turn > 225 && turn < 315);
}

/** Width and height of the content before it is turned, for an area of `width` × `height`. */
export function contentSize(width: number, height: number, rotation: number | undefined): [number, number] {
  return isSideways(rotation) ? [height, width] : [width, height];
}

/**
 * The matrix (for `cm`) that takes content coordinates — origin at the
 * content's lower-left corner, y up, `width` × `height` — to user space,
 * centred on `rect` and turned `rotation` degrees counterclockwise.
 */
export function rotatedContentMatrix(rect: PdfRect, width: number, height: number, rotation: number | undefined): Matrix {
  const [llx, lly, urx, ury] = rect;
  const cx = (llx + urx) / 2;
  const cy = (lly + ury) / 2;
  const turn = (normalizedRotation(rotation) * Math.PI) / 180;
  // Exact values at quarter turns, so a right angle writes 0 and 1 rather than 6e-17.
  const exact = (value: number) => Math.round(value * 1e12) / 1e12;
  const cos = exact(Math.cos(turn));
  const sin = exact(Math.sin(turn));
  return [cos, sin, -sin, cos, cx - (cos * width) / 2 + (sin * height) / 2, cy - (sin * width) / 2 - (cos * height) / 2];
}

/** The /Rotate a stamp or image carries: its turn in whole degrees, or undefined when upright. */
export function rotateEntry(rotation: number | undefined): number | undefined {
  const turn = Math.round(normalizedRotation(rotation)) % 360;
  return turn === 0 ? undefined : turn;
}
