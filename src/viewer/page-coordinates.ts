/**
 * Page points (the unrotated page, y down: Instant JSON's frame) ↔ client
 * coordinates, through the page element as laid out (its /Rotate applied).
 */
import type { Point } from '../model/index.js';
import type { PageFrame } from '../pdf/page-view.js';

/** A point of the unrotated page → the page as shown (rotated), both in points. */
export function rotatePoint(frame: PageFrame, [x, y]: Point): Point {
  const { width, height, rotation } = frame;
  switch (rotation) {
    case 90:
      return [height - y, x];
    case 180:
      return [width - x, height - y];
    case 270:
      return [y, width - x];
    default:
      return [x, y];
  }
}

/** The inverse of rotatePoint. */
export function unrotatePoint(frame: PageFrame, [u, v]: Point): Point {
  const { width, height, rotation } = frame;
  switch (rotation) {
    case 90:
      return [v, height - u];
    case 180:
      return [width - u, height - v];
    case 270:
      return [width - v, u];
    default:
      return [u, v];
  }
}

/** The page's shown width and height in points (they swap on quarter turns). */
export function shownSize(frame: PageFrame): [width: number, height: number] {
  return frame.rotation % 180 ? [frame.height, frame.width] : [frame.width, frame.height];
}

/** The page's shown width in points. */
function shownWidth(frame: PageFrame): number {
  return shownSize(frame)[0];
}

/** CSS pixels per point of a page element as laid out now. */
export function pixelsPerPoint(page: Element, frame: PageFrame): number {
  return page.getBoundingClientRect().width / shownWidth(frame);
}

export function clientToPage(page: Element, frame: PageFrame, clientX: number, clientY: number): Point {
  const box = page.getBoundingClientRect();
  const scale = box.width / shownWidth(frame);
  return unrotatePoint(frame, [(clientX - box.left) / scale, (clientY - box.top) / scale]);
}

export function pageToClient(page: Element, frame: PageFrame, point: Point): { x: number; y: number } {
  const box = page.getBoundingClientRect();
  const scale = box.width / shownWidth(frame);
  const [u, v] = rotatePoint(frame, point);
  return { x: box.left + u * scale, y: box.top + v * scale };
}

/** An SVG `transform` taking unrotated page points to the page as shown. */
export function rotationTransform(frame: PageFrame): string {
  const { width, height, rotation } = frame;
  switch (rotation) {
    case 90:
      return `matrix(0 1 -1 0 ${height} 0)`;
    case 180:
      return `matrix(-1 0 0 -1 ${width} ${height})`;
    case 270:
      return `matrix(0 -1 1 0 0 ${width})`;
    default:
      return '';
  }
}
