/** Drawing and hit-testing the open, capped paths of lines and polylines. */
import type { LineAnnotation, Point, PolylineAnnotation } from '../model/index.js';
import { svgElement, svgGroup } from './dom.js';
import { nearPath } from './hit-geometry.js';
import { capElement } from './line-cap-element.js';
import { capData, capPath, hitsCap } from './line-caps.js';
import { polylineData } from './path-data.js';
import { strokeAttributes, strokeWidthOf } from './shape-style.js';

type OpenPathShape = LineAnnotation | PolylineAnnotation;

/**
 * The stroke (never filled: `fillColor` is for the caps), then the caps on
 * top. One path holds both unless a cap is filled or the line is dashed
 * (caps are never dashed).
 */
export function drawOpenPath(annotation: OpenPathShape, vertices: readonly Point[]): SVGElement | undefined {
  if (!vertices.length) return undefined;
  const stroke = strokeAttributes(annotation);
  const { vertices: trimmed, caps } = capPath(vertices, annotation.lineCaps, strokeWidthOf(annotation));
  const line = polylineData(trimmed);
  const separateCaps = stroke['stroke-dasharray'] !== undefined || caps.some((cap) => cap.fillable && annotation.fillColor);
  if (!separateCaps) return svgElement('path', { d: line + caps.map(capData).join(''), ...stroke, fill: 'none' });
  return svgGroup([svgElement('path', { d: line, ...stroke, fill: 'none' }), ...caps.map((cap) => capElement(cap, stroke, annotation.fillColor))]);
}

export function hitsOpenPath(annotation: OpenPathShape, vertices: readonly Point[], point: Point, tolerance: number): boolean {
  if (!vertices.length) return false;
  const width = strokeWidthOf(annotation);
  const reach = tolerance + width / 2;
  if (nearPath(point, vertices, reach)) return true;
  const { caps } = capPath(vertices, annotation.lineCaps, width);
  return caps.some((cap) => hitsCap(cap, point, reach, Boolean(annotation.fillColor)));
}
