/**
 * The one error type of Instant JSON input: bad JSON text, a value that breaks
 * the format, a document meant for another PDF.
 *
 * `path` locates the offending value in JavaScript notation relative to what
 * was passed in: `annotations[3].bbox`, `attachments["9f86d0…"].binary`,
 * `pdfId.permanent`. The document itself (e.g. for unparsable text or a
 * non-object) is the empty path `''`. For records passed one at a time
 * (`createAnnotation`, `updateAnnotation`) the path is relative to the record,
 * e.g. `bbox`.
 *
 * The message starts with the path (or "Instant JSON" for the root) and says
 * what was expected and what was found.
 */
export class InstantJsonError extends Error {
  override readonly name = 'InstantJsonError';
  readonly path: string;

  constructor(path: string, detail: string, options?: { cause?: unknown }) {
    super(`${path === '' ? 'Instant JSON' : path}: ${detail}`, options);
    this.path = path;
  }

  /** `<path>: expected <expected>, found <description of found>`. */
  static expected(path: string, expected: string, found: unknown): InstantJsonError {
    return new InstantJsonError(path, `expected ${expected}, found ${describeValue(found)}`);
  }

  /** `<path>: missing required key, expected <expected>`. */
  static missing(path: string, expected: string): InstantJsonError {
    return new InstantJsonError(path, `required key is missing; expected ${expected}`);
  }
}

const MAX_DESCRIPTION = 80;

/** A short, human description of a value as it appeared in the input. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (undefined)';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : `the number ${String(value)}`;
  }
  if (typeof value === 'bigint') return `the bigint ${String(value)}`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) return Array.isArray(value) ? 'an array' : 'an object';
  const kind = Array.isArray(value)
    ? `an array of ${value.length} item${value.length === 1 ? '' : 's'} `
    : value !== null && typeof value === 'object'
      ? 'an object '
      : '';
  return kind + truncate(text);
}

function truncate(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Appends a property key to a path: `a.b`, or `a["9f86"]` for keys that are not identifiers. */
export function joinKey(path: string, key: string): string {
  if (IDENTIFIER.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

/** Appends an array index to a path: `a[3]`. */
export function joinIndex(path: string, index: number): string {
  return `${path}[${index}]`;
}
