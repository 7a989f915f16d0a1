/** Temporary: a kind that draws nothing, until its real module lands. */
import type { KnownAnnotationType } from '../model/index.js';
import type { AnnotationKind } from './annotation-kind.js';
import { inRect } from './hit-geometry.js';

export function stubKind<T extends KnownAnnotationType>(type: T): AnnotationKind<T> {
  return {
    type,
    defaults: {} as AnnotationKind<T>['defaults'],
    draw() {},
    hitTest: (annotation, point, tolerance) => inRect(point, annotation.bbox, tolerance),
    label: () => type,
  };
}
