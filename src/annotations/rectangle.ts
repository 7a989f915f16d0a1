/** `pspdfkit/shape/rectangle`: a rectangle whose stroke lies inside the bbox, or a cloudy border. */
import type { RectangleAnnotation } from '../model/index.js';
import type { AnnotationKind } from './annotation-kind.js';
import { strokeInsetRect } from './box-shape.js';
import { cloudElement } from './cloud-element.js';
import { hitsCloud } from './cloudy-border.js';
import { cloudOf } from './cloudy-shape.js';
import { svgElement } from './dom.js';
import { inRect } from './hit-geometry.js';
import { fillAttributes, strokeAttributes, strokeWidthOf } from './shape-style.js';

/** The rectangle the stroke is centred on: the bbox inset by half the stroke width. */
function strokeRect(annotation: RectangleAnnotation): [number, number, number, number] {
  return strokeInsetRect(annotation.bbox, strokeWidthOf(annotation));
}

export const rectangleKind: AnnotationKind<'pspdfkit/shape/rectangle'> = {
  type: 'pspdfkit/shape/rectangle',
  defaults: { strokeColor: '#2563eb', strokeWidth: 2, opacity: 1 },
  drawSvg(annotation) {
    const cloud = cloudOf(annotation);
    if (cloud) return cloudElement(cloud, annotation);
    const [x, y, width, height] = strokeRect(annotation);
    return svgElement('rect', { x, y, width, height, ...strokeAttributes(annotation), ...fillAttributes(annotation.fillColor) });
  },
  hitTest(annotation, point, tolerance) {
    const reach = tolerance + strokeWidthOf(annotation) / 2;
    const cloud = cloudOf(annotation);
    if (cloud) return hitsCloud(cloud, point, Boolean(annotation.fillColor), reach);
    const rect = strokeRect(annotation);
    if (!inRect(point, rect, reach)) return false;
    if (annotation.fillColor) return true;
    const [left, top, width, height] = rect;
    const [x, y] = point;
    return (
      Math.abs(x - left) <= reach || Math.abs(x - (left + width)) <= reach || Math.abs(y - top) <= reach || Math.abs(y - (top + height)) <= reach
    );
  },
  label: () => 'Rectangle',
};
