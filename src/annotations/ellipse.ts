/** `pspdfkit/shape/ellipse`: the ellipse inscribed in the bbox, its stroke inside the bbox, or a cloudy border. */
import type { EllipseAnnotation, Rect } from '../model/index.js';
import type { AnnotationKind } from './annotation-kind.js';
import { strokeInsetRect } from './box-shape.js';
import { cloudElement } from './cloud-element.js';
import { hitsCloud } from './cloudy-border.js';
import { cloudOf } from './cloudy-shape.js';
import { svgElement } from './dom.js';
import { hitsEllipse } from './hit-geometry.js';
import { fillAttributes, strokeAttributes, strokeWidthOf } from './shape-style.js';

function strokeRect(annotation: EllipseAnnotation): Rect {
  return strokeInsetRect(annotation.bbox, strokeWidthOf(annotation));
}

export const ellipseKind: AnnotationKind<'pspdfkit/shape/ellipse'> = {
  type: 'pspdfkit/shape/ellipse',
  defaults: { strokeColor: '#2563eb', strokeWidth: 2, opacity: 1 },
  drawSvg(annotation) {
    const cloud = cloudOf(annotation);
    if (cloud) return cloudElement(cloud, annotation);
    const [x, y, width, height] = strokeRect(annotation);
    return svgElement('ellipse', {
      cx: x + width / 2,
      cy: y + height / 2,
      rx: width / 2,
      ry: height / 2,
      ...strokeAttributes(annotation),
      ...fillAttributes(annotation.fillColor),
    });
  },
  hitTest(annotation, point, tolerance) {
    const reach = tolerance + strokeWidthOf(annotation) / 2;
    const cloud = cloudOf(annotation);
    if (cloud) return hitsCloud(cloud, point, Boolean(annotation.fillColor), reach);
    return hitsEllipse(point, strokeRect(annotation), Boolean(annotation.fillColor), reach);
  },
  label: () => 'Ellipse',
};
