/**
 * Cloudy borders for the shape records that have them: rectangle, ellipse,
 * polygon. The cloud only, without a DOM, shared with the PDF writer; the
 * viewer's SVG of it is `cloud-element.ts`.
 */
import type { EllipseAnnotation, PolygonAnnotation, RectangleAnnotation } from '../model/index.js';
import { ellipseVertices, rectCorners } from './box-shape.js';
import { cloudBaseRect, cloudRadius, curveCloud, isCloudy, polygonCloud, type Cloud } from './cloudy-border.js';
import { strokeWidthOf } from './shape-style.js';

export type CloudyShape = RectangleAnnotation | EllipseAnnotation | PolygonAnnotation;

/** The cloud a record asks for, or undefined when its border is plain. */
export function cloudOf(annotation: CloudyShape): Cloud | undefined {
  const intensity = annotation.cloudyBorderIntensity;
  if (!isCloudy(intensity)) return undefined;
  const radius = cloudRadius(intensity);
  if (annotation.type === 'pspdfkit/shape/polygon') {
    // A polygon's own points are its base; its bbox insets describe where the clouds end, not where they start.
    return annotation.points.length ? polygonCloud(annotation.points, radius) : undefined;
  }
  const base = cloudBaseRect(annotation.bbox, intensity, strokeWidthOf(annotation), annotation.cloudyBorderInset);
  return annotation.type === 'pspdfkit/shape/ellipse'
    ? curveCloud(ellipseVertices(base), radius)
    : polygonCloud(rectCorners(base), radius);
}
