/** A shape's cloudy border (`cloudy-shape.ts`) as the SVG element the viewer draws. */
import { cloudPathData, type Cloud } from './cloudy-border.js';
import type { CloudyShape } from './cloudy-shape.js';
import { svgElement } from './dom.js';
import { fillAttributes, strokeAttributes } from './shape-style.js';

/** The cloud's border, stroked like the shape and filled with its fill colour. */
export function cloudElement(cloud: Cloud, annotation: CloudyShape): SVGPathElement {
  return svgElement('path', {
    d: cloudPathData(cloud),
    ...strokeAttributes(annotation),
    // Arcs meet in sharp notches, where a miter join would spike outward.
    'stroke-linejoin': 'round',
    ...fillAttributes(annotation.fillColor),
  });
}
