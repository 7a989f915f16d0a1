/**
 * `parseInstantJson`: text or object in, validated and deeply frozen Instant
 * JSON document out, or an InstantJsonError naming the first problem.
 */
import type { InstantJson } from './document-types.js';
import { InstantJsonError, joinIndex } from './instant-json-error.js';
import { copyJson, deepFreeze, errorMessage } from './json-values.js';
import { checkNesting } from './nesting-limit.js';
import { validateAnnotation } from './validate-annotation.js';
import {
  optionalArray,
  validateAttachments,
  validateBookmarks,
  validateComments,
  validateFormFieldValues,
  validatePdfId,
  validateSkippedPdfObjectIds,
} from './validate-sections.js';
import { isPlainObject } from './value-checks.js';
import { INSTANT_JSON_FORMAT } from './vocabulary.js';

export interface ParseInstantJsonOptions {
  /** The document's page count: when given, every `pageIndex` must be below it. */
  pageCount?: number | undefined;
}

/**
 * Documents this module produced (parsed or exported): validated once and
 * deeply frozen, so they can be shared instead of copied.
 */
const ownDocuments = new WeakSet<object>();

/** Marks a deeply frozen, valid document as safe to share without copying. */
export function markOwnDocument(doc: InstantJson): InstantJson {
  ownDocuments.add(doc);
  return doc;
}

/**
 * Reads an Instant JSON document from JSON text or from an object.
 *
 * Everything the spec defines is checked (see annotation-rules.ts and
 * validate-sections.ts); keys and annotation types it does not define are
 * kept as given. The result is a deeply frozen copy: an object passed in is
 * never frozen or kept, and is copied with JSON semantics (keys holding
 * `undefined` are dropped).
 *
 * @throws InstantJsonError with the path of the first problem.
 */
export function parseInstantJson(input: unknown, options?: ParseInstantJsonOptions): InstantJson {
  let doc: unknown = input;
  let owned = false;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (error) {
      throw new InstantJsonError('', `not valid JSON text: ${errorMessage(error)}`, { cause: error });
    }
    owned = true;
  }
  validateInstantJson(doc, options);
  if (owned) return markOwnDocument(deepFreeze(doc as InstantJson));
  if (ownDocuments.has(doc as object)) return doc as InstantJson;
  return markOwnDocument(deepFreeze(copyJson(doc as InstantJson, '')));
}

const DOCUMENT_EXPECTED = `an Instant JSON object such as { "format": "${INSTANT_JSON_FORMAT}", "annotations": [ … ] }`;

/**
 * Checks a parsed value is a valid Instant JSON document, without copying or
 * freezing it.
 *
 * @throws InstantJsonError with the path of the first problem.
 */
export function validateInstantJson(
  doc: unknown,
  options?: ParseInstantJsonOptions,
): asserts doc is InstantJson {
  const pageCount = options?.pageCount;
  if (pageCount !== undefined && !(Number.isInteger(pageCount) && pageCount >= 0)) {
    throw new RangeError(`pageCount must be a non-negative integer, got ${String(pageCount)}`);
  }
  if (!isPlainObject(doc)) throw InstantJsonError.expected('', DOCUMENT_EXPECTED, doc);
  // Before anything recurses into the document (freezing, copying).
  checkNesting(doc, '');

  const format = doc['format'];
  if (format === undefined) {
    throw InstantJsonError.missing(
      'format',
      `"${INSTANT_JSON_FORMAT}" (every Instant JSON document declares it; without it this is not Instant JSON)`,
    );
  }
  if (format !== INSTANT_JSON_FORMAT) {
    throw InstantJsonError.expected('format', `"${INSTANT_JSON_FORMAT}"`, format);
  }

  validatePdfId(doc['pdfId']);

  const skipped = optionalArray(doc, 'skippedPdfObjectIds');
  if (skipped) validateSkippedPdfObjectIds(skipped);

  const annotations = optionalArray(doc, 'annotations');
  if (annotations) validateAnnotations(annotations, pageCount);

  const formFieldValues = optionalArray(doc, 'formFieldValues');
  if (formFieldValues) validateFormFieldValues(formFieldValues);

  if (doc['attachments'] !== undefined) validateAttachments(doc['attachments']);

  const bookmarks = optionalArray(doc, 'bookmarks');
  if (bookmarks) validateBookmarks(bookmarks);

  const comments = optionalArray(doc, 'comments');
  if (comments) validateComments(comments, pageCount);
}

function validateAnnotations(annotations: readonly unknown[], pageCount: number | undefined): void {
  const options = { pageCount };
  const firstIndexOfId = new Map<unknown, number>();
  const firstIndexOfObject = new Map<unknown, number>();
  for (let i = 0; i < annotations.length; i++) {
    const record = annotations[i];
    validateAnnotation(record, { base: 'annotations', index: i }, options);
    const id = record['id'];
    // A record without id gets a session id on import (session-ids.ts).
    const sameId = id === undefined ? undefined : firstIndexOfId.get(id);
    if (sameId !== undefined) {
      throw new InstantJsonError(
        `${joinIndex('annotations', i)}.id`,
        `the id ${JSON.stringify(id)} is already used by annotations[${sameId}]; ids must be unique`,
      );
    }
    if (id !== undefined) firstIndexOfId.set(id, i);
    const pdfObjectId = record['pdfObjectId'];
    if (pdfObjectId !== undefined) {
      const sameObject = firstIndexOfObject.get(pdfObjectId);
      if (sameObject !== undefined) {
        throw new InstantJsonError(
          `${joinIndex('annotations', i)}.pdfObjectId`,
          `annotations[${sameObject}] already updates PDF object ${String(pdfObjectId)}; an original annotation can have only one new version`,
        );
      }
      firstIndexOfObject.set(pdfObjectId, i);
    }
  }
}
