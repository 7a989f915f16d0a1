/** `pspdfkit/shape/polyline`: an open path through `points` with optional caps; `fillColor` fills only closed caps. */
import type { AnnotationKind } from './annotation-kind.js';
import { drawOpenPath, hitsOpenPath } from './open-path.js';

export const polylineKind: AnnotationKind<'pspdfkit/shape/polyline'> = {
  type: 'pspdfkit/shape/polyline',
  defaults: { strokeColor: '#2563eb', strokeWidth: 2, opacity: 1 },
  drawSvg: (annotation) => drawOpenPath(annotation, annotation.points),
  hitTest: (annotation, point, tolerance) => hitsOpenPath(annotation, annotation.points, point, tolerance),
  label: () => 'Polyline',
};
