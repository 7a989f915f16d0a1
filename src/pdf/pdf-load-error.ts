/** Why a document could not be opened, in words a person can act on. */
export type PdfLoadErrorKind =
  | 'not-found'
  | 'http'
  | 'network'
  | 'invalid-pdf'
  | 'password-required'
  | 'password-incorrect'
  | 'unsupported-source'
  | 'unknown';

/**
 * The `error` in a `document-error` event. `kind` says what went wrong;
 * `cause` keeps pdf.js's own exception for debugging.
 */
export class PdfLoadError extends Error {
  override readonly name = 'PdfLoadError';
  readonly kind: PdfLoadErrorKind;
  /** HTTP status for `not-found` and `http`. */
  readonly status: number | undefined;

  constructor(kind: PdfLoadErrorKind, message: string, options: { cause?: unknown; status?: number } = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
  }

  get isPasswordError(): boolean {
    return this.kind === 'password-required' || this.kind === 'password-incorrect';
  }
}

interface PdfjsException {
  name?: unknown;
  message?: unknown;
  status?: unknown;
  code?: unknown;
}

/** A failed HTTP request for the PDF; status 0 means no answer at all (network, CORS). */
export function httpLoadError(status: number, where: string, cause?: unknown): PdfLoadError {
  if (status === 404 || status === 410) {
    return new PdfLoadError('not-found', `${where} was not found (HTTP ${status}).`, { cause, status });
  }
  if (status === 0) {
    return new PdfLoadError('network', `${where} could not be fetched: the network failed or the server refused (CORS).`, { cause });
  }
  return new PdfLoadError('http', `${where} could not be loaded: the server answered HTTP ${status}.`, { cause, status });
}

/** Turns whatever pdf.js rejected with into a PdfLoadError. */
export function toPdfLoadError(error: unknown, where: string): PdfLoadError {
  if (error instanceof PdfLoadError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as PdfjsException;
  const detail = typeof e.message === 'string' ? e.message : String(error);
  switch (e.name) {
    case 'PasswordException':
      return e.code === 2
        ? new PdfLoadError('password-incorrect', 'The password is incorrect. Try again.', { cause: error })
        : new PdfLoadError('password-required', 'This PDF is protected by a password. Enter it to open the document.', {
            cause: error,
          });
    case 'InvalidPDFException':
      return new PdfLoadError('invalid-pdf', `${where} is not a PDF, or it is damaged beyond repair (${detail}).`, {
        cause: error,
      });
    case 'ResponseException':
      return httpLoadError(typeof e.status === 'number' ? e.status : 0, where, error);
    default:
      return new PdfLoadError('unknown', `${where} could not be opened: ${detail}`, { cause: error });
  }
}
