/** Opens the PDF bytes for writing, turning the library's errors into ones a person can act on. */
import type { PDFDocument, PdfLib } from './pdf-lib.js';
import { PdfWriteError } from './pdf-write-error.js';

/** Whether the file's last cross-reference section is an xref stream (PDF 1.5+) rather than a table. */
export function endsWithXrefStream(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail) ?? /startxref\s+(\d+)/.exec(tail);
  if (!match) return false;
  const offset = Number(match[1]);
  const at = new TextDecoder('latin1').decode(bytes.subarray(offset, offset + 16));
  return !/^\s*xref/.test(at);
}

/**
 * Opens the PDF for writing. Encrypted PDFs are refused: the library can read
 * them with their password, but it writes the update's objects unencrypted and
 * drops /Encrypt from the new trailer, which would corrupt the file.
 */
export async function openForWriting(lib: PdfLib, bytes: Uint8Array, options: { incremental: boolean }): Promise<PDFDocument> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    throw new PdfWriteError('invalid-pdf', 'The file is not a PDF (it does not start with "%PDF-").');
  }
  let doc: PDFDocument;
  try {
    doc = await lib.PDFDocument.load(bytes, { forIncrementalUpdate: options.incremental, updateMetadata: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof lib.EncryptedPDFError || /is encrypted/i.test(message)) {
      throw new PdfWriteError(
        'encrypted',
        'This PDF is encrypted, and saving annotations into encrypted PDFs is not supported yet. ' +
          'Remove the encryption first (for example: qpdf --decrypt --password=… in.pdf out.pdf).',
        { cause: error },
      );
    }
    throw new PdfWriteError('invalid-pdf', `The PDF cannot be read: ${message}`, { cause: error });
  }
  if (doc.getPageCount() === 0) throw new PdfWriteError('invalid-pdf', 'The PDF has no pages.');
  return doc;
}
