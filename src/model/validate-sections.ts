/**
 * Validation of the document's sections other than `annotations`: `pdfId`,
 * `skippedPdfObjectIds`, `formFieldValues`, `attachments`, `bookmarks` and
 * `comments` (spec 001 and 003). Sections the spec does not define
 * (`formFields`, …) are not checked.
 */
import { isVersionedText, RICH_TEXT_EXPECTED, TIMESTAMP_EXPECTED } from './annotation-rules.js';
import { InstantJsonError, joinIndex, joinKey } from './instant-json-error.js';
import { ACTION_EXPECTED, isAction } from './validate-action.js';
import { checkFields, pageIndexError, type RecordLocation, recordPath } from './validate-annotation.js';
import {
  arrayOf,
  EMPTY,
  type FieldRule,
  isBoolean,
  isNonEmptyString,
  isNonNegativeInteger,
  isObjectOrNull,
  isPlainObject,
  isRecordVersion,
  isString,
  isTimestamp,
  oneOf,
  optional,
  required,
} from './value-checks.js';

const VERSION = 'the record version 1 or 2';
const STRING = 'a string';

/** `pdfId`: absent, null, or `{ permanent: string, changing: string }`. */
export function validatePdfId(value: unknown): void {
  if (value === undefined || value === null) return;
  if (!isPlainObject(value)) {
    throw InstantJsonError.expected('pdfId', 'null or an object { permanent: string, changing: string }', value);
  }
  checkFields(value, PDF_ID_RULES, { base: 'pdfId', index: -1 });
}

const PDF_ID_RULES: readonly FieldRule[] = [
  required('permanent', isString, 'a base64 string'),
  required('changing', isString, 'a base64 string'),
];

/** An array at `key`, or absent. Returns the array (or undefined). */
export function optionalArray(doc: Record<string, unknown>, key: string): unknown[] | undefined {
  const value = doc[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw InstantJsonError.expected(key, 'an array', value);
  return value;
}

/** Distinct non-negative integers. */
export function validateSkippedPdfObjectIds(ids: readonly unknown[]): void {
  const seen = new Map<unknown, number>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (!isNonNegativeInteger(id, EMPTY)) {
      throw InstantJsonError.expected(joinIndex('skippedPdfObjectIds', i), 'a non-negative integer PDF object number', id);
    }
    const first = seen.get(id);
    if (first !== undefined) {
      throw new InstantJsonError(
        joinIndex('skippedPdfObjectIds', i),
        `${String(id)} is listed twice (also at skippedPdfObjectIds[${first}]); list each object number once`,
      );
    }
    seen.set(id, i);
  }
}

const isStringArray = arrayOf(isString, STRING);

const FORM_FIELD_VALUE_RULES: readonly FieldRule[] = [
  required('v', isRecordVersion, VERSION),
  required('type', oneOf(['pspdfkit/form-field-value']), '"pspdfkit/form-field-value"'),
  required('name', isNonEmptyString, 'the fully qualified field name, a non-empty string'),
  optional(
    'value',
    (v) => v === null || typeof v === 'string' || isStringArray(v, EMPTY),
    'a string, an array of strings, or null',
  ),
  optional('optionIndexes', arrayOf(isNonNegativeInteger, 'a non-negative integer'), 'an array of non-negative integers'),
  optional('isFitting', isBoolean, 'a boolean'),
  optional('pdfObjectId', isNonNegativeInteger, 'a non-negative integer PDF object number'),
];

/** One form field value record at `location`. */
export function checkFormFieldValue(record: unknown, location: RecordLocation): asserts record is Record<string, unknown> {
  if (!isPlainObject(record)) {
    throw InstantJsonError.expected(recordPath(location), 'a form field value object { v, type, name, value }', record);
  }
  checkFields(record, FORM_FIELD_VALUE_RULES, location);
}

/** Form field value records with distinct `name`s. */
export function validateFormFieldValues(values: readonly unknown[]): void {
  const names = new Map<unknown, number>();
  for (let i = 0; i < values.length; i++) {
    const record = values[i];
    checkFormFieldValue(record, { base: 'formFieldValues', index: i });
    const first = names.get(record['name']);
    if (first !== undefined) {
      throw new InstantJsonError(
        `formFieldValues[${i}].name`,
        `the field ${JSON.stringify(record['name'])} already has a value at formFieldValues[${first}]; give each field one record`,
      );
    }
    names.set(record['name'], i);
  }
}

const ATTACHMENT_RULES: readonly FieldRule[] = [
  required('binary', isString, 'the base64 of the file'),
  optional('contentType', isString, 'a MIME type string'),
];

/** One attachment `{ binary, contentType? }` at `path`. */
export function checkAttachment(attachment: unknown, path: string): void {
  if (!isPlainObject(attachment)) {
    throw InstantJsonError.expected(path, 'an object { binary: base64 string, contentType?: string }', attachment);
  }
  checkFields(attachment, ATTACHMENT_RULES, { base: path, index: -1 });
}

/** `{ [sha256 or pdfObjectId]: { binary, contentType? } }`. */
export function validateAttachments(value: unknown): void {
  if (!isPlainObject(value)) {
    throw InstantJsonError.expected('attachments', 'an object mapping attachment ids to { binary, contentType }', value);
  }
  for (const key of Object.keys(value)) checkAttachment(value[key], joinKey('attachments', key));
}

const BOOKMARK_RULES: readonly FieldRule[] = [
  required('v', isRecordVersion, VERSION),
  required('type', oneOf(['pspdfkit/bookmark']), '"pspdfkit/bookmark"'),
  required('action', isAction, ACTION_EXPECTED),
  optional('name', isString, STRING),
  optional('pdfBookmarkId', isString, STRING),
];

export function validateBookmarks(bookmarks: readonly unknown[]): void {
  validateRecords(bookmarks, 'bookmarks', 'a bookmark object', BOOKMARK_RULES);
}

const COMMENT_RULES: readonly FieldRule[] = [
  required('v', isRecordVersion, VERSION),
  required('type', oneOf(['pspdfkit/comment']), '"pspdfkit/comment"'),
  required('rootId', isNonEmptyString, 'the id of the annotation that roots the thread'),
  required('text', isVersionedText, `a string ("v": 1) or ${RICH_TEXT_EXPECTED} ("v": 2)`),
  optional('pageIndex', isNonNegativeInteger, 'a non-negative integer page index'),
  optional('id', isNonEmptyString, 'a non-empty string id'),
  optional('creatorName', isString, STRING),
  optional('createdAt', isTimestamp, TIMESTAMP_EXPECTED),
  optional('updatedAt', isTimestamp, TIMESTAMP_EXPECTED),
  optional('customData', isObjectOrNull, 'an object or null'),
  optional('pdfObjectId', isNonNegativeInteger, 'a non-negative integer PDF object number'),
];

export function validateComments(comments: readonly unknown[], pageCount: number | undefined): void {
  validateRecords(comments, 'comments', 'a comment object', COMMENT_RULES);
  if (pageCount === undefined) return;
  for (let i = 0; i < comments.length; i++) {
    const pageIndex = (comments[i] as Record<string, unknown>)['pageIndex'];
    if (typeof pageIndex === 'number' && pageIndex >= pageCount) {
      throw pageIndexError(`comments[${i}].pageIndex`, pageIndex, pageCount);
    }
  }
}

function validateRecords(
  records: readonly unknown[],
  base: string,
  expected: string,
  rules: readonly FieldRule[],
): void {
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (!isPlainObject(record)) throw InstantJsonError.expected(joinIndex(base, i), expected, record);
    checkFields(record, rules, { base, index: i });
  }
}
