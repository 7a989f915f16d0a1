/**
 * Shifts between the unrotated page (Instant JSON's frame) and the page as
 * shown with its /Rotate: a drag or an arrow key moves what a person sees.
 */

/** A shift `[dx, dy]` in the unrotated page → the same shift on the page as shown. */
export function shownShift(rotation: number, dx: number, dy: number): [number, number] {
  switch (rotation) {
    case 90:
      return [-dy, dx];
    case 180:
      return [-dx, -dy];
    case 270:
      return [dy, -dx];
    default:
      return [dx, dy];
  }
}

/** The inverse of shownShift: a shift seen on screen → the unrotated page. */
export function pageShift(rotation: number, dx: number, dy: number): [number, number] {
  return shownShift((360 - rotation) % 360, dx, dy);
}
