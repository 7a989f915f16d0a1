/** Builds the fonts of one document being written. (First version: WinAnsi text in Helvetica only.) */
import type { PDFDocument, PdfLib } from '../pdf-lib.js';
import type { TextFonts, TextStyle } from './text-fonts.js';

/** A font a host supplies: its bytes (TrueType or OpenType), or a URL to fetch them from. */
export type FontSource = Uint8Array | ArrayBuffer | URL | string;

export interface FontOptions {
  /** Fonts tried before the built-in ones, in order, for each character. */
  fonts?: readonly FontSource[];
}

export function createTextFonts(lib: PdfLib, doc: PDFDocument, _options: FontOptions = {}): TextFonts {
  const helvetica = doc.embedStandardFont(lib.StandardFonts.Helvetica);
  return {
    async runs(text: string, _style?: TextStyle) {
      const encoded = helvetica.encodeText(text).toString();
      return [{ font: helvetica.ref, hex: encoded.slice(1, -1), width: helvetica.widthOfTextAtSize(text, 1), text }];
    },
    metrics() {
      return { ascent: 0.718, descent: 0.207 };
    },
  };
}
