/**
 * Copying and freezing JSON values. The model owns deeply frozen copies of
 * everything it is given, so handing records out is free and no caller can
 * change model state by mutating a record (in strict-mode code the attempt
 * throws a TypeError; elsewhere it is ignored).
 */
import { InstantJsonError } from './instant-json-error.js';

/**
 * A deep copy with JSON semantics: keys whose value is `undefined` or a
 * function are dropped, `Date`s become their ISO strings, `NaN` becomes
 * `null`. Throws an InstantJsonError at `path` for cycles and BigInts.
 */
export function copyJson<T>(value: T, path: string): T {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new InstantJsonError(path, `cannot be written as JSON: ${errorMessage(error)}`, { cause: error });
  }
  if (text === undefined) throw InstantJsonError.expected(path, 'a JSON value', value);
  return JSON.parse(text) as T;
}

/** Freezes `value` and every object and array reachable from it; returns it. */
export function deepFreeze<T>(value: T): T {
  freezeTree(value);
  return value;
}

function freezeTree(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) freezeTree(item);
    }
  } else {
    for (const key in value) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) freezeTree(item);
    }
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
