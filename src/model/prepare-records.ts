/**
 * Turning what callers pass to the store into validated, frozen records:
 * new annotations (ids, versions, timestamps filled in), new versions of
 * existing ones (`updatedAt` bumped), and the PDF's own annotations.
 */
import type { Annotation, AnnotationInput } from './annotation-types.js';
import { InstantJsonError } from './instant-json-error.js';
import { copyJson, deepFreeze } from './json-values.js';
import { checkNesting } from './nesting-limit.js';
import { type RecordLocation, recordPath, validateAnnotation } from './validate-annotation.js';
import { isNonNegativeInteger, isPlainObject } from './value-checks.js';

const TOP: RecordLocation = { base: '', index: -1 };
const TEXT_TYPES = new Set<unknown>(['pspdfkit/text', 'pspdfkit/note', 'pspdfkit/comment-marker']);

export interface NewRecordContext {
  readonly id: () => string;
  readonly timestamp: string;
  readonly author?: string | undefined;
  readonly pageCount?: number | undefined;
}

/**
 * A new annotation from `input`: fills `id`, `v` (2), `createdAt`,
 * `updatedAt` and `creatorName` (from the author) when absent. When `v` is
 * absent, a plain-string `text` becomes `{ format: 'plain', value }`.
 * Paths in errors are relative to `input` (e.g. `bbox`).
 */
export function prepareNewAnnotation(input: AnnotationInput, context: NewRecordContext): Annotation {
  const given: unknown = input;
  if (!isPlainObject(given)) throw InstantJsonError.expected('', 'an annotation object', given);
  if (given['pdfObjectId'] !== undefined) {
    throw new InstantJsonError(
      'pdfObjectId',
      'a new annotation has no pdfObjectId (it marks annotations read from the PDF); remove it, or change the PDF annotation with updateAnnotation',
    );
  }
  const record: Record<string, unknown> = { ...given };
  if (record['id'] === undefined) record['id'] = context.id();
  if (record['v'] === undefined) {
    record['v'] = 2;
    if (typeof record['text'] === 'string' && TEXT_TYPES.has(record['type'])) {
      record['text'] = { format: 'plain', value: record['text'] };
    }
  }
  if (record['createdAt'] === undefined) record['createdAt'] = context.timestamp;
  if (record['updatedAt'] === undefined) record['updatedAt'] = context.timestamp;
  if (context.author !== undefined && record['creatorName'] === undefined) record['creatorName'] = context.author;
  validateAnnotation(record, TOP, { pageCount: context.pageCount });
  checkNesting(record, '');
  return deepFreeze(copyJson(record, '')) as Annotation;
}

/**
 * The new version of `current`: `annotation` with `updatedAt` set to
 * `timestamp`. `pdfObjectId` must not change.
 */
export function prepareUpdatedAnnotation(
  annotation: Annotation,
  current: Annotation,
  timestamp: string,
  pageCount: number | undefined,
): Annotation {
  if (annotation.pdfObjectId !== current.pdfObjectId) {
    throw InstantJsonError.expected(
      'pdfObjectId',
      current.pdfObjectId === undefined
        ? 'no pdfObjectId (this annotation is not from the PDF)'
        : `${current.pdfObjectId}, the PDF object this annotation comes from (it cannot change)`,
      annotation.pdfObjectId,
    );
  }
  const record: Record<string, unknown> = { ...annotation, updatedAt: timestamp };
  validateAnnotation(record, TOP, { pageCount });
  checkNesting(record, '');
  return deepFreeze(copyJson(record, '')) as Annotation;
}

/**
 * A timestamp for a change made at `nowMs` to a record last changed at
 * `previous`: now, or 1 ms after `previous` when the clock has not moved past
 * it (several edits in one millisecond), so `updatedAt` always increases.
 */
export function nextTimestamp(nowMs: number, previous: unknown): string {
  const previousMs = typeof previous === 'string' ? Date.parse(previous) : Number.NaN;
  const ms = Number.isNaN(previousMs) || nowMs > previousMs ? nowMs : previousMs + 1;
  return new Date(ms).toISOString();
}

/**
 * An annotation of the original PDF on `pageIndex`: must carry `pdfObjectId`;
 * `id` (`String(pdfObjectId)`) and `pageIndex` are filled in when absent and
 * must match when present.
 */
export function prepareOriginal(
  input: unknown,
  pageIndex: number,
  index: number,
  pageCount: number | undefined,
): Annotation {
  const location: RecordLocation = { base: 'originals', index };
  const path = (): string => recordPath(location);
  if (!isPlainObject(input)) throw InstantJsonError.expected(path(), 'an annotation object', input);
  const pdfObjectId = input['pdfObjectId'];
  if (!isNonNegativeInteger(pdfObjectId, input)) {
    const where = `${path()}.pdfObjectId`;
    const expected = 'the object number of the annotation in the PDF (a non-negative integer)';
    throw pdfObjectId === undefined
      ? InstantJsonError.missing(where, expected)
      : InstantJsonError.expected(where, expected, pdfObjectId);
  }
  const record = copyJson(input, path());
  const id = String(pdfObjectId);
  if (record['id'] === undefined) record['id'] = id;
  else if (record['id'] !== id) {
    throw InstantJsonError.expected(`${path()}.id`, `"${id}" (String(pdfObjectId))`, record['id']);
  }
  if (record['pageIndex'] === undefined) record['pageIndex'] = pageIndex;
  else if (record['pageIndex'] !== pageIndex) {
    throw InstantJsonError.expected(`${path()}.pageIndex`, `${pageIndex}, the page being added`, record['pageIndex']);
  }
  validateAnnotation(record, location, { pageCount });
  return deepFreeze(record) as Annotation;
}
