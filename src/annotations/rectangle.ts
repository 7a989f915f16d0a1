/** `pspdfkit/shape/rectangle`: a rectangle whose stroke lies inside the bbox. */
import type { RectangleAnnotation } from '../model/index.js';
import type { AnnotationKind } from './annotation-kind.js';
import { pageSvg, svgElement } from './dom.js';
import { inRect } from './hit-geometry.js';
import { fillAttributes, strokeAttributes, strokeWidthOf } from './shape-style.js';

/** The rectangle the stroke is centred on: the bbox inset by half the stroke width. */
function strokeRect(annotation: RectangleAnnotation): [number, number, number, number] {
  const [left, top, width, height] = annotation.bbox;
  const half = Math.min(strokeWidthOf(annotation) / 2, width / 2, height / 2);
  return [left + half, top + half, width - 2 * half, height - 2 * half];
}

export const rectangleKind: AnnotationKind<'pspdfkit/shape/rectangle'> = {
  type: 'pspdfkit/shape/rectangle',
  defaults: { strokeColor: '#2563eb', strokeWidth: 2, opacity: 1 },
  draw(annotation, box) {
    const [x, y, width, height] = strokeRect(annotation);
    pageSvg(box, annotation.bbox).append(
      svgElement('rect', { x, y, width, height, ...strokeAttributes(annotation), ...fillAttributes(annotation.fillColor) }),
    );
  },
  hitTest(annotation, point, tolerance) {
    const rect = strokeRect(annotation);
    const reach = tolerance + strokeWidthOf(annotation) / 2;
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
