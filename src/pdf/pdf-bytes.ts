/**
 * The bytes of a PDF exactly as pdf.js received them: saving starts from
 * these (an incremental update appends to them, so they must be the file
 * itself, still encrypted when the file is).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';

/**
 * The whole file behind `document`. For a document still streaming in by
 * ranges, pdf.js waits for the rest first. Each call returns a fresh copy,
 * which the caller may keep or transfer.
 */
export function originalPdfBytes(document: Pick<PDFDocumentProxy, 'getData'>): Promise<Uint8Array> {
  return document.getData();
}
