/**
 * The contract between text-drawing writers (free text, stamps, notes'
 * labels, redaction overlay text, form fields) and the font machinery.
 * Text in any script must appear in the saved file, so text is split into
 * runs, each set in a font that has its glyphs: a standard PDF font where
 * WinAnsi covers the text, otherwise a subset of an embedded font.
 */
import type { PDFRef } from '../pdf-lib.js';

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  /** A family name from the record's `font` (e.g. "Helvetica", "Times"); a hint only. */
  family?: string;
}

/** A piece of text in one font, ready for `<hex> Tj`. */
export interface TextRun {
  /** The font dictionary to list in the appearance's resources. */
  font: PDFRef;
  /** The glyphs in the font's own encoding, as hex without angle brackets. */
  hex: string;
  /** Advance width at a font size of 1 (so width in points = width × size). */
  width: number;
  /** The text this run shows (for measuring and line breaking). */
  text: string;
}

export interface FontMetrics {
  /** Ascent above the baseline at size 1. */
  ascent: number;
  /** Descent below the baseline at size 1 (positive). */
  descent: number;
}

/** Fonts of one document being written. */
export interface TextFonts {
  /**
   * Splits `text` (one line, no line breaks) into runs that each show in a
   * font having their glyphs, shaped (Arabic joined, right-to-left runs in
   * visual order). Loads and embeds fonts as needed.
   */
  runs(text: string, style?: TextStyle): Promise<TextRun[]>;
  /** Ascent and descent of the font that `runs` would choose first for Latin text. */
  metrics(style?: TextStyle): FontMetrics;
}
