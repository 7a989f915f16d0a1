/** The element that holds content a record turns by its own `rotation` (`rotated-content.ts`). */
import { htmlElement, points } from './dom.js';
import { contentSize, normalizedRotation } from './rotated-content.js';

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
