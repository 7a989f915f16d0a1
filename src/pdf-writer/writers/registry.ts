/** Every writer, by Instant JSON type. */
import type { Annotation } from '../../model/index.js';
import type { AnnotationWriter } from '../writer-types.js';
import { MARKER_WRITERS } from './marker-writers.js';
import { SHAPE_WRITERS } from './shape-writers.js';
import { TEXT_WRITERS } from './text-writers.js';
import type { WriterTable } from './writer-table.js';

const WRITERS: WriterTable = { ...SHAPE_WRITERS, ...TEXT_WRITERS, ...MARKER_WRITERS };

/** The writer for a record's type, undefined for types we do not write (widgets, unknown types). */
export function writerFor(annotation: Annotation): AnnotationWriter | undefined {
  return (WRITERS as Record<string, AnnotationWriter | undefined>)[annotation.type];
}
