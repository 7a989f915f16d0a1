/** A table of writers by Instant JSON type, one per group of kinds. */
import type { AnnotationOfType, KnownAnnotationType } from '../../model/index.js';
import type { AnnotationWriter } from '../writer-types.js';

export type WriterTable = { [T in KnownAnnotationType]?: AnnotationWriter<AnnotationOfType<T>> };
