/** Writes Instant JSON `formFieldValues` into the PDF's AcroForm. (Placeholder until the forms writer lands.) */
import type { FormFieldValue } from '../../model/index.js';
import type { TextFonts } from '../fonts/text-fonts.js';
import type { PDFDocument, PdfLib } from '../pdf-lib.js';

export interface FormWriterEnv {
  lib: PdfLib;
  doc: PDFDocument;
  fonts: TextFonts;
  /** Reports a value that could not be written (unknown field, wrong kind) without failing the save. */
  warn(message: string): void;
}

export async function writeFormFieldValues(values: readonly FormFieldValue[], env: FormWriterEnv): Promise<void> {
  if (values.length) env.warn('Form field values are not written yet.');
}
