/** Narrowing helpers for the `Annotation` union and version-dependent text. */
import type {
  Annotation,
  AnnotationOfType,
  KnownAnnotation,
  KnownAnnotationType,
  RichText,
} from './annotation-types.js';
import { ANNOTATION_TYPES } from './vocabulary.js';

const KNOWN_TYPES = new Set<string>(ANNOTATION_TYPES);

/** Whether `annotation` is one of the 17 types the spec defines. */
export function isKnownAnnotation(annotation: Annotation): annotation is KnownAnnotation {
  return KNOWN_TYPES.has(annotation.type);
}

/** Whether `annotation` has type `type`, e.g. `isAnnotationOfType(a, 'pspdfkit/ink')`. */
export function isAnnotationOfType<T extends KnownAnnotationType>(
  annotation: Annotation,
  type: T,
): annotation is AnnotationOfType<T> {
  return annotation.type === type;
}

/** The text of a version 1 (`string`) or version 2 (`{ format, value }`) record, as stored. */
export function textValue(text: string | RichText | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text.value;
}
