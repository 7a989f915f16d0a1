/** Stroke and fill attributes shared by the five shapes. */
import type { Color, ShapeAnnotation } from '../model/index.js';
import type { Attributes } from './dom.js';
import { dashArray, paintOrNone } from './paint.js';

/** Stroke width when a record has none (real exports omit it). */
export const DEFAULT_STROKE_WIDTH = 1;
/** Stroke colour when a record has none. */
export const DEFAULT_STROKE_COLOR = '#000000';

export function strokeWidthOf(shape: ShapeAnnotation): number {
  return shape.strokeWidth ?? DEFAULT_STROKE_WIDTH;
}

/**
 * SVG stroke attributes for a shape record, in page points. Joins are the
 * SVG default (miter); the miter limit of PDF (10) is set once by the
 * layer's stylesheet for all annotations rather than on each element.
 */
export function strokeAttributes(shape: ShapeAnnotation): Attributes {
  const width = strokeWidthOf(shape);
  return {
    stroke: width > 0 ? shape.strokeColor ?? DEFAULT_STROKE_COLOR : 'none',
    'stroke-width': width,
    'stroke-dasharray': dashArray(shape.strokeDashArray),
  };
}

export function fillAttributes(fillColor: Color | undefined | null): Attributes {
  return { fill: paintOrNone(fillColor) };
}
