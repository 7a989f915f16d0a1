/** `pspdfkit/shape/line`: a straight line from `startPoint` to `endPoint` with optional caps at either end. */
import type { AnnotationKind } from './annotation-kind.js';
import { drawOpenPath, hitsOpenPath } from './open-path.js';

export const lineKind: AnnotationKind<'pspdfkit/shape/line'> = {
  type: 'pspdfkit/shape/line',
  defaults: { strokeColor: '#2563eb', strokeWidth: 2, opacity: 1 },
  drawSvg: (annotation) => drawOpenPath(annotation, [annotation.startPoint, annotation.endPoint]),
  hitTest: (annotation, point, tolerance) => hitsOpenPath(annotation, [annotation.startPoint, annotation.endPoint], point, tolerance),
  label: () => 'Line',
};
