/**
 * A frame for content that a record turns by its own `rotation` (text and
 * stamps), on top of the page's /Rotate that the layer already applies.
 */
import { htmlElement, points } from './dom.js';

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

/**
 * An absolutely placed element covering the area `[left, top, width, height]`
 * (page points, relative to `parent`) whose content is drawn upright and
 * then turned `rotation` degrees counterclockwise about the area's centre.
 * For a quarter turn the element gets the area's width and height swapped,
 * so once turned it covers the area exactly. Lengths follow the zoom.
 */
export function rotatedFrame(
  parent: HTMLElement,
  area: readonly [left: number, top: number, width: number, height: number],
  rotation: number | undefined,
  className: string,
): HTMLDivElement {
  const [left, top, width, height] = area;
  const [contentWidth, contentHeight] = contentSize(width, height, rotation);
  const frame = htmlElement('div', className);
  const style = frame.style;
  style.position = 'absolute';
  style.boxSizing = 'border-box';
  style.left = points(left + (width - contentWidth) / 2);
  style.top = points(top + (height - contentHeight) / 2);
  style.width = points(contentWidth);
  style.height = points(contentHeight);
  const turn = normalizedRotation(rotation);
  // CSS rotates clockwise; the record's rotation is counterclockwise.
  if (turn !== 0) {
    style.transformOrigin = '50% 50%';
    style.transform = `rotate(${-turn}deg)`;
  }
  parent.append(frame);
  return frame;
}
