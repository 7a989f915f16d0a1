/** Drawing and hit-testing the open, capped paths of lines and polylines. */
import type { LineAnnotation, Point, PolylineAnnotation } from '../model/index.js';
import { svgElement } from './dom.js';
import { nearPath } from './hit-geometry.js';
import { capElement, capPath, hitsCap } from './line-caps.js';
import { strokeAttributes, strokeWidthOf } from './shape-style.js';

type OpenPathShape = LineAnnotation | PolylineAnnotation;

/** The stroke (never filled: `fillColor` is for the caps), then the caps on top. */
export function drawOpenPath(annotation: OpenPathShape, vertices: readonly Point[], svg: SVGGElement | SVGSVGElement): void {
  if (!vertices.length) return;
  const stroke = strokeAttributes(annotation);
  const { vertices: trimmed, caps } = capPath(vertices, annotation.lineCaps, strokeWidthOf(annotation));
  const data = trimmed.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join('');
  svg.append(svgElement('path', { d: data, ...stroke, fill: 'none' }));
  for (const cap of caps) svg.append(capElement(cap, stroke, annotation.fillColor));
}

export function hitsOpenPath(annotation: OpenPathShape, vertices: readonly Point[], point: Point, tolerance: number): boolean {
  if (!vertices.length) return false;
  const width = strokeWidthOf(annotation);
  const reach = tolerance + width / 2;
  if (nearPath(point, vertices, reach)) return true;
  const { caps } = capPath(vertices, annotation.lineCaps, width);
  return caps.some((cap) => hitsCap(cap, point, reach, Boolean(annotation.fillColor)));
}
