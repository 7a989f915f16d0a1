/**
 * Why a PDF could not be written: it cannot be read, it is encrypted, or it
 * belongs to other Instant JSON. (Bad Instant JSON rejects with the model's
 * InstantJsonError instead, with the path of the offending value.)
 */
export type PdfWriteErrorCode = 'invalid-pdf' | 'encrypted' | 'pdf-id-mismatch' | 'unsupported';

export class PdfWriteError extends Error {
  override readonly name = 'PdfWriteError';
  constructor(
    readonly code: PdfWriteErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
