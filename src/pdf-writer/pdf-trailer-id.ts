/**
 * The trailer /ID pair. Saving keeps /ID[0] (so `pdfId.permanent`, and with
 * it the same Instant JSON, still matches the saved file) and replaces /ID[1],
 * which PDF 32000-1 (14.4) says changes with each revision. The new /ID[1] is
 * a digest of the old one and the applied JSON: different from before, the
 * same on every run and in every runtime.
 */
import type { InstantJson } from '../model/index.js';
import type { PDFDocument, PdfLib } from './pdf-lib.js';
import { PdfWriteError } from './pdf-write-error.js';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** The two byte strings of the trailer's /ID, or null when it has none. */
export function trailerId(lib: PdfLib, doc: PDFDocument): [Uint8Array, Uint8Array] | null {
  const id = doc.context.trailerInfo.ID;
  const array = id instanceof lib.PDFRef ? doc.context.lookup(id) : id;
  if (!(array instanceof lib.PDFArray) || array.size() < 1) return null;
  const bytesOf = (index: number): Uint8Array | null => {
    const item = array.get(Math.min(index, array.size() - 1));
    return item instanceof lib.PDFHexString || item instanceof lib.PDFString ? item.asBytes() : null;
  };
  const first = bytesOf(0);
  const second = bytesOf(1);
  return first && second ? [first, second] : null;
}

/** Rejects Instant JSON made for another PDF, as the viewer's importInstantJson does. */
export function checkPdfId(lib: PdfLib, doc: PDFDocument, json: InstantJson): void {
  const wanted = json.pdfId?.permanent;
  const id = trailerId(lib, doc);
  if (!wanted || !id) return;
  const permanent = toBase64(id[0]);
  if (permanent !== wanted) {
    throw new PdfWriteError(
      'pdf-id-mismatch',
      `The Instant JSON belongs to another PDF: its pdfId.permanent is "${wanted}", this PDF's is "${permanent}".`,
    );
  }
}

/** Replaces /ID[1] with a digest of the old one and the JSON text; keeps /ID[0]. */
export async function renewChangingId(lib: PdfLib, doc: PDFDocument, jsonText: string): Promise<void> {
  const id = trailerId(lib, doc);
  if (!id) return;
  const text = new TextEncoder().encode(jsonText);
  const input = new Uint8Array(id[1].length + text.length);
  input.set(id[1]);
  input.set(text, id[1].length);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', input)).subarray(0, 16);
  doc.context.trailerInfo.ID = doc.context.obj([
    lib.PDFHexString.of(toHex(id[0])),
    lib.PDFHexString.of(toHex(digest)),
  ]);
}
