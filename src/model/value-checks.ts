/**
 * Value checks for the validator. Each check is a predicate that allocates
 * nothing when the value is valid. When a value nested inside the checked one
 * is wrong (the third rect of `rects`, say), the check records *where* and
 * *what was expected* with {@link failAt} before returning false, so the error
 * can point at the innermost value; the caller reads that with
 * {@link takeNestedFailure}. Paths and messages are only built on failure.
 */

/** A value check; `record` is the object holding the value (for version-dependent fields). */
export type Check = (value: unknown, record: Readonly<Record<string, unknown>>) => boolean;

export interface NestedFailure {
  /** Suffix to append to the checked value's path, e.g. `[2]` or `.points[0][3]`. */
  subPath: string;
  expected: string;
  found: unknown;
  /** True when a required key is absent (then `found` is undefined). */
  missing: boolean;
}

let nestedFailure: NestedFailure | undefined;

/** Records a failure inside the checked value; returns false for `return failAt(...)`. */
export function failAt(subPath: string, expected: string, found: unknown, missing = false): false {
  nestedFailure = { subPath, expected, found, missing };
  return false;
}

/** The failure recorded by the last failing check, if it recorded one; clears it. */
export function takeNestedFailure(): NestedFailure | undefined {
  const failure = nestedFailure;
  nestedFailure = undefined;
  return failure;
}

/**
 * For a check that delegates to another check that just failed: prefixes the
 * inner failure's path with `prefix`, or records a failure at `prefix` when
 * the inner check recorded none.
 */
export function prefixFailure(prefix: string, expected: string, found: unknown): false {
  if (nestedFailure) nestedFailure.subPath = prefix + nestedFailure.subPath;
  else nestedFailure = { subPath: prefix, expected, found, missing: false };
  return false;
}

export const isString: Check = (v) => typeof v === 'string';
export const isNonEmptyString: Check = (v) => typeof v === 'string' && v.length > 0;
export const isBoolean: Check = (v) => typeof v === 'boolean';
export const isFiniteNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const isNonNegativeNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
export const isNonNegativeInteger: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
export const isUnitInterval: Check = (v) => typeof v === 'number' && v >= 0 && v <= 1;
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isObjectOrNull: Check = (v) => v === null || isPlainObject(v);
export const isRecordVersion: Check = (v) => v === 1 || v === 2;

const COLOR = /^#[0-9a-fA-F]{6}$/;
export const isColor: Check = (v) => typeof v === 'string' && v.length === 7 && COLOR.test(v);

// Full date, time and zone, as spec 003's `Timestamp` asks, with each part in
// its range (a regex is much cheaper than Date.parse on 10,000 records; it
// does not know month lengths, so "02-31" passes).
const TIMESTAMP =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;
export const isTimestamp: Check = (v) => typeof v === 'string' && TIMESTAMP.test(v);

/** A check that accepts one of a fixed set of strings. */
export function oneOf(values: readonly string[]): Check {
  const set = new Set<unknown>(values);
  return (v) => set.has(v);
}

/** Human list of allowed strings: `"a", "b" or "c"`. */
export function listOf(values: readonly string[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** `[number, number]`. */
export const isPoint: Check = (v) =>
  Array.isArray(v) && v.length === 2 && isFiniteNumber(v[0], EMPTY) && isFiniteNumber(v[1], EMPTY);

/** `[number, number, number, number]`. */
export const isFourNumbers: Check = (v) =>
  Array.isArray(v) &&
  v.length === 4 &&
  isFiniteNumber(v[0], EMPTY) &&
  isFiniteNumber(v[1], EMPTY) &&
  isFiniteNumber(v[2], EMPTY) &&
  isFiniteNumber(v[3], EMPTY);

/** `[left, top, width, height]` with width, height ≥ 0. */
export const isRect: Check = (v) =>
  isFourNumbers(v, EMPTY) && (v as number[])[2]! >= 0 && (v as number[])[3]! >= 0;

export const RECT_EXPECTED =
  'an array of 4 finite numbers [left, top, width, height] with width and height ≥ 0';
export const POINT_EXPECTED = 'an array of 2 finite numbers [x, y]';

/** An array whose items all pass `item`; a failing item is reported at `[i]`. */
export function arrayOf(item: Check, itemExpected: string, options?: { nonEmpty?: boolean }): Check {
  const nonEmpty = options?.nonEmpty === true;
  return (v, record) => {
    if (!Array.isArray(v)) return false;
    if (nonEmpty && v.length === 0) return false;
    for (let i = 0; i < v.length; i++) {
      if (!item(v[i], record)) return prefixFailure(`[${i}]`, itemExpected, v[i]);
    }
    return true;
  };
}

/** Checks an object's known keys; unknown keys are allowed and kept. */
export interface FieldRule {
  key: string;
  required: boolean;
  check: Check;
  /** What a valid value looks like, for messages: "a string", "one of …". */
  expected: string;
}

export function required(key: string, check: Check, expected: string): FieldRule {
  return { key, required: true, check, expected };
}

export function optional(key: string, check: Check, expected: string): FieldRule {
  return { key, required: false, check, expected };
}

/**
 * Checks `v` is a plain object whose fields follow `rules`; a failing field is
 * reported at `.key` (or deeper).
 */
export function objectWith(rules: readonly FieldRule[]): Check {
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const value = v[rule.key];
      if (value === undefined) {
        if (rule.required) return failAt(`.${rule.key}`, rule.expected, undefined, true);
      } else if (!rule.check(value, v)) {
        return prefixFailure(`.${rule.key}`, rule.expected, value);
      }
    }
    return true;
  };
}

export const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});
