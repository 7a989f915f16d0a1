/** `pspdfkit/shape/polygon`: a closed outline through `points`, filled with `fillColor`, or a cloudy border around them. */
import type { AnnotationKind } from './annotation-kind.js';
import { cloudElement } from './cloud-element.js';
import { hitsCloud } from './cloudy-border.js';
import { cloudOf } from './cloudy-shape.js';
import { svgElement } from './dom.js';
import { inPolygon, nearPath } from './hit-geometry.js';
import { pointList } from './path-data.js';
import { fillAttributes, strokeAttributes, strokeWidthOf } from './shape-style.js';

export const polygonKind: AnnotationKind<'pspdfkit/shape/polygon'> = {
  type: 'pspdfkit/shape/polygon',
  defaults: { strokeColor: '#2563eb', strokeWidth: 2, opacity: 1 },
  drawSvg(annotation) {
    if (!annotation.points.length) return undefined;
    const cloud = cloudOf(annotation);
    if (cloud) return cloudElement(cloud, annotation);
    return svgElement('polygon', {
      points: pointList(annotation.points),
      ...strokeAttributes(annotation),
      ...fillAttributes(annotation.fillColor),
    });
  },
  hitTest(annotation, point, tolerance) {
    const { points } = annotation;
    if (!points.length) return false;
    const reach = tolerance + strokeWidthOf(annotation) / 2;
    const filled = Boolean(annotation.fillColor);
    const cloud = cloudOf(annotation);
    if (cloud) return hitsCloud(cloud, point, filled, reach);
    return (filled && points.length >= 3 && inPolygon(point, points)) || nearPath(point, points, reach, true);
  },
  label: () => 'Polygon',
};
