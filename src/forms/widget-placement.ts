/**
 * Where a widget's control goes, as CSS text. Lengths are
 * `calc(var(--page-scale) * Npx)`, so a zoom only changes one custom property.
 *
 * The box is placed the way viewer/page-annotation-layer.ts places annotation
 * boxes: at the screen position of the bbox's
 * top-left corner, sized in unrotated page points and turned by the page's
 * /Rotate about that corner. Inside it, the control is turned back by the
 * widget's own `/MK /R`, so a field made for a rotated page reads upright.
 */
import type { Rect } from '../model/index.js';
import type { PageFrame } from '../pdf/page-view.js';
import { rotatePoint } from '../viewer/page-coordinates.js';

/** A length in page points that follows the zoom. */
export function points(value: number): string {
  return `calc(var(--page-scale) * ${value}px)`;
}

/** The widget's box on the page. */
export function boxPlacement(bbox: Rect, frame: PageFrame): string {
  const [left, top, width, height] = bbox;
  const [x, y] = rotatePoint(frame, [left, top]);
  let style = `left:${points(x)};top:${points(y)};width:${points(width)};height:${points(height)};`;
  if (frame.rotation) style += `transform:rotate(${frame.rotation}deg);`;
  return style;
}

/**
 * The control inside the box: for a quarter turn it gets the box's width
 * and height swapped, so once turned about its centre it covers the box.
 * Returns the style and the size the control has before it is turned.
 */
export function contentPlacement(
  width: number,
  height: number,
  rotation: 0 | 90 | 180 | 270,
): { style: string; width: number; height: number } {
  const sideways = rotation === 90 || rotation === 270;
  const [contentWidth, contentHeight] = sideways ? [height, width] : [width, height];
  let style = `left:${points((width - contentWidth) / 2)};top:${points((height - contentHeight) / 2)};width:${points(contentWidth)};height:${points(contentHeight)};`;
  // CSS turns clockwise; /MK /R turns counterclockwise.
  if (rotation) style += `transform:rotate(${-rotation}deg);`;
  return { style, width: contentWidth, height: contentHeight };
}
