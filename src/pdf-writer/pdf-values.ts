/** Instant JSON values as PDF values: text strings, dates, flags. */
import type { AnnotationFlag } from '../model/index.js';
import type { PDFHexString, PdfLib } from './pdf-lib.js';

/** A PDF text string: UTF-16BE with a byte order mark, so any script survives. */
export function textString(lib: PdfLib, text: string): PDFHexString {
  return lib.PDFHexString.fromText(text);
}

/** An ISO 8601 timestamp as a PDF date in UTC (`D:20120423182543Z`), undefined when unreadable. */
export function pdfDate(timestamp: string | undefined): string | undefined {
  if (!timestamp) return undefined;
  const time = Date.parse(timestamp);
  if (!Number.isFinite(time)) return undefined;
  const date = new Date(time);
  const two = (value: number) => String(value).padStart(2, '0');
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) return undefined;
  return (
    `D:${String(year).padStart(4, '0')}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}` +
    `${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`
  );
}

/** Annotation flag bits (PDF 32000-1, 12.5.3). */
const FLAG_BITS: Record<AnnotationFlag, number> = {
  invisible: 1,
  hidden: 2,
  noZoom: 8,
  noRotate: 16,
  noView: 32,
  readOnly: 64,
  locked: 128,
  toggleNoView: 256,
  lockedContents: 512,
  noPrint: 0,
};
const PRINT = 4;

/** /F for a record's `flags`: Print unless `noPrint`, plus each flag's bit. */
export function annotationFlags(flags: readonly AnnotationFlag[] | undefined): number {
  let value = flags?.includes('noPrint') ? 0 : PRINT;
  for (const flag of flags ?? []) value |= FLAG_BITS[flag] ?? 0;
  return value;
}
