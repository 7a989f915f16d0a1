/**
 * Where an image annotation's picture goes. The bbox is the page area the
 * rotated picture covers, so for a quarter turn the picture's own frame is
 * the bbox with width and height swapped, centred in it.
 */
import type { Rect } from '../model/index.js';
import { normalizedRotation } from './rotated-content.js';

export interface ImageFrame {
  /** The unrotated picture's size in points. */
  readonly width: number;
  readonly height: number;
  /** Counterclockwise degrees in [0, 360). */
  readonly rotation: number;
}

const EPSILON = 1e-6;

export { normalizedRotation };

export function imageFrame(bbox: Rect, rotation: number | undefined): ImageFrame {
  const angle = normalizedRotation(rotation);
  const width = Math.max(0, bbox[2]);
  const height = Math.max(0, bbox[3]);
  const quarter = Math.round(angle / 90);
  if (Math.abs(angle - quarter * 90) < 1e-3) {
    return quarter % 2 === 1 ? { width: height, height: width, rotation: angle } : { width, height, rotation: angle };
  }
  // Any other angle: the picture whose rotated bounding box is exactly the bbox.
  const cos = Math.abs(Math.cos((angle * Math.PI) / 180));
  const sin = Math.abs(Math.sin((angle * Math.PI) / 180));
  const det = cos * cos - sin * sin;
  const w = (width * cos - height * sin) / det;
  const h = (height * cos - width * sin) / det;
  if (Math.abs(det) > EPSILON && w > 0 && h > 0) return { width: w, height: h, rotation: angle };
  // No exact solution (near 45°, or a bbox too narrow for the angle): the largest square that fits.
  const side = Math.min(width, height) / (cos + sin);
  return { width: side, height: side, rotation: angle };
}
