/**
 * Validation of one annotation record, in a single pass over the known keys
 * (unknown keys are not visited: they are kept as given). Nothing is
 * allocated unless the record is invalid; the error path is built then.
 */
import { BASE_RULES, TYPE_RULES } from './annotation-rules.js';
import { InstantJsonError, joinIndex, joinKey } from './instant-json-error.js';
import { type FieldRule, isPlainObject, takeNestedFailure } from './value-checks.js';

/** Where a record sits in its input, turned into a path only on error. */
export interface RecordLocation {
  /** Path of the array (`'annotations'`) or of the record itself when `index` is -1. */
  readonly base: string;
  /** Index in that array, or -1. */
  readonly index: number;
}

/** The path of a record: `annotations[3]`, or `base` itself when index is -1. */
export function recordPath(location: RecordLocation): string {
  return location.index < 0 ? location.base : joinIndex(location.base, location.index);
}

/**
 * Checks `record`'s fields against `rules`; throws an InstantJsonError that
 * names the first wrong or missing field (or the innermost wrong value in it).
 */
export function checkFields(
  record: Readonly<Record<string, unknown>>,
  rules: readonly FieldRule[],
  location: RecordLocation,
): void {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const value = record[rule.key];
    if (value === undefined) {
      if (rule.required) throw InstantJsonError.missing(joinKey(recordPath(location), rule.key), rule.expected);
    } else if (!rule.check(value, record)) {
      throw fieldError(location, rule, value);
    }
  }
}

function fieldError(location: RecordLocation, rule: FieldRule, value: unknown): InstantJsonError {
  const path = joinKey(recordPath(location), rule.key);
  const nested = takeNestedFailure();
  if (nested === undefined) return InstantJsonError.expected(path, rule.expected, value);
  if (nested.missing) return InstantJsonError.missing(path + nested.subPath, nested.expected);
  return InstantJsonError.expected(path + nested.subPath, nested.expected, nested.found);
}

const TYPE_EXPECTED =
  'an annotation type: a string starting with "pspdfkit/", such as "pspdfkit/ink" or "pspdfkit/markup/highlight"';

export interface AnnotationCheckOptions {
  /** When given, `pageIndex` must be below it. */
  readonly pageCount?: number | undefined;
}

/**
 * Validates one annotation record: `type`, the base fields, and the fields of
 * its type when the type is one of the 17 known ones. Records of other
 * `pspdfkit/…` types only get the base checks.
 */
export function validateAnnotation(
  record: unknown,
  location: RecordLocation,
  options?: AnnotationCheckOptions,
): asserts record is Record<string, unknown> {
  if (!isPlainObject(record)) {
    throw InstantJsonError.expected(recordPath(location), 'an annotation object', record);
  }
  const type = record['type'];
  if (type === undefined) {
    throw InstantJsonError.missing(joinKey(recordPath(location), 'type'), TYPE_EXPECTED);
  }
  if (typeof type !== 'string' || !type.startsWith('pspdfkit/')) {
    throw InstantJsonError.expected(joinKey(recordPath(location), 'type'), TYPE_EXPECTED, type);
  }
  checkFields(record, BASE_RULES, location);
  const rules = TYPE_RULES.get(type);
  if (rules !== undefined) checkFields(record, rules, location);
  const pageCount = options?.pageCount;
  if (pageCount !== undefined && (record['pageIndex'] as number) >= pageCount) {
    throw pageIndexError(joinKey(recordPath(location), 'pageIndex'), record['pageIndex'], pageCount);
  }
}

export function pageIndexError(path: string, found: unknown, pageCount: number): InstantJsonError {
  const range =
    pageCount === 0
      ? 'no page index at all (the document has no pages)'
      : `a page index from 0 to ${pageCount - 1} (the document has ${pageCount} page${pageCount === 1 ? '' : 's'})`;
  return InstantJsonError.expected(path, range, found);
}
