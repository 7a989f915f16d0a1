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

/**
 * Glyphs drawn with `TJ`: hex glyph codes, and between them adjustments in
 * thousandths of the font size that move the next glyph left (positive) or
 * right (negative) — as the TJ operator takes them.
 */
export type PlacedGlyphs = (string | number)[];

/** A piece of text in one font, ready for `<hex> Tj`. */
export interface TextRun {
  /**
   * The font dictionary to list in the appearance's resources. An embedded
   * font's objects are written when the document is saved (pdf-lib's flush),
   * with every glyph used by then: reference it, do not look it up before.
   */
  font: PDFRef;
  /** The glyphs in the font's own encoding, as hex without angle brackets. */
  hex: string;
  /**
   * Advance width at a font size of 1 (so width in points = width × size),
   * as the run is drawn: with `placed` when it has it.
   */
  width: number;
  /** The text this run shows (for measuring and line breaking). */
  text: string;
  /**
   * The style asked for bold and the font has no bold face: draw the glyphs
   * stroked as well as filled (text render mode 2) to embolden them.
   */
  syntheticBold?: boolean;
  /** The style asked for italic and the font has no italic face: slant the glyphs (a skewed text matrix). */
  syntheticItalic?: boolean;
  /**
   * Present when shaping moved glyphs off their plain advances (kerning,
   * marks placed over or under letters): the run as pieces to draw with
   * `TJ`, each raised by `rise` × the font size (`Ts`). `<hex> Tj` shows the
   * same glyphs, only less precisely placed.
   */
  placed?: { glyphs: PlacedGlyphs; rise: number }[];
}

export interface FontMetrics {
  /** Ascent above the baseline at size 1. */
  ascent: number;
  /** Descent below the baseline at size 1 (positive). */
  descent: number;
}

export interface RunOptions {
  /**
   * The whole text this line belongs to. When any of it needs an embedded
   * font, so does this line, so that all lines of one text are set alike
   * (otherwise a Latin line next to a Greek one would be in Helvetica).
   */
  within?: string;
}

/** Fonts of one document being written. */
export interface TextFonts {
  /**
   * Splits `text` (one line, no line breaks) into runs that each show in a
   * font having their glyphs, shaped (Arabic joined, right-to-left runs in
   * visual order). Loads and embeds fonts as needed. Calls are served in the
   * order they are made, so the same writes give the same file.
   */
  runs(text: string, style?: TextStyle, options?: RunOptions): Promise<TextRun[]>;
  /**
   * The advance width at size 1 of `text` (one line) as `runs` would set it,
   * without adding its glyphs to any font: for measuring while breaking lines.
   */
  width(text: string, style?: TextStyle, options?: RunOptions): Promise<number>;
  /** Ascent and descent of the font that `runs` would choose first for Latin text. */
  metrics(style?: TextStyle): FontMetrics;
}
