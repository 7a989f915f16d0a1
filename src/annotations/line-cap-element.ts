/** A line ending (`line-caps.ts`) as the SVG element the viewer draws. */
import type { Color } from '../model/index.js';
import { svgElement, type Attributes } from './dom.js';
import { capData, type CapShape } from './line-caps.js';

/** The SVG element for a cap: stroked like the line (never dashed), closed caps filled with `fillColor` if any. */
export function capElement(shape: CapShape, stroke: Attributes, fillColor: Color | undefined): SVGElement {
  return svgElement('path', {
    d: capData(shape),
    ...stroke,
    'stroke-dasharray': undefined,
    fill: shape.fillable && fillColor ? fillColor : 'none',
  });
}
