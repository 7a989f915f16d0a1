/**
 * Content that a record turns by its own `rotation` (stamps, images), placed
 * as our viewer places it: drawn upright in a frame of its own size (from
 * src/annotations/rotated-content.ts or image-frame.ts, which the viewer
 * uses too), centred on the annotation's area and turned counterclockwise
 * about that centre. In PDF user space (y up) a counterclockwise turn is the
 * ordinary rotation matrix.
 */
import { normalizedRotation } from '../../../annotations/rotated-content.js';
import type { PdfRect } from '../../page-frame.js';

export type Matrix = [a: number, b: number, c: number, d: number, e: number, f: number];

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
