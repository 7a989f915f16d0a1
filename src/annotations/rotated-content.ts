/**
 * Content that a record turns by its own `rotation` (text and stamps), on
 * top of the page's /Rotate that the layer already applies: the angle and
 * the upright size, without a DOM, shared with the PDF writer. The viewer's
 * frame element is `rotated-frame.ts`.
 */

/** A rotation in degrees brought into [0, 360). */
export function normalizedRotation(rotation: number | undefined): number {
  if (rotation === undefined || !Number.isFinite(rotation)) return 0;
  return ((rotation % 360) + 360) % 360;
}

/** Whether content turned by `rotation` lies on its side, so its width and height swap. */
export function isSideways(rotation: number | undefined): boolean {
  const turn = normalizedRotation(rotation);
  return (turn > 45 && turn < 135) || (turn > 225 && turn < 315);
}

/** Width and height of the content before it is turned, for an area of `width` × `height`. */
export function contentSize(width: number, height: number, rotation: number | undefined): [number, number] {
  return isSideways(rotation) ? [height, width] : [width, height];
}
