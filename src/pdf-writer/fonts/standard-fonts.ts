/**
 * The standard 14 PDF fonts we set text in when WinAnsi can encode it: every
 * PDF viewer has them, so nothing is embedded. A record's `font` picks the
 * family (Helvetica unless it names a serif or monospaced face), its
 * `fontStyle` the face.
 */
import type { FontMetrics, TextStyle } from './text-fonts.js';

export type StandardFamily = 'Helvetica' | 'Times' | 'Courier';

/** pdf-lib's StandardFonts values for each family: regular, bold, italic, bold italic. */
const FACES: Readonly<Record<StandardFamily, readonly [string, string, string, string]>> = {
  Helvetica: ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'],
  Times: ['Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic'],
  Courier: ['Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique'],
};

/**
 * The resource names Acrobat uses for the standard faces in /DA and an
 * AcroForm's /DR (Helv, HeBo, TiRo, Cour…), so a viewer that regenerates an
 * appearance from /DA picks the same face.
 */
const DA_NAMES: Readonly<Record<StandardFamily, readonly [string, string, string, string]>> = {
  Helvetica: ['Helv', 'HeBo', 'HeOb', 'HeBO'],
  Times: ['TiRo', 'TiBo', 'TiIt', 'TiBI'],
  Courier: ['Cour', 'CoBo', 'CoOb', 'CoBO'],
};

/**
 * Line metrics per family: the hhea ascent and descent of the URW clones of
 * the standard fonts (Nimbus Sans, Nimbus Roman, Nimbus Mono PS), which are
 * metric-compatible with Adobe's and are what browsers on Linux draw
 * "Helvetica", "Times" and "Courier" with. The viewer's CSS line box places
 * its baseline with its first font's metrics whatever fallback font draws a
 * glyph, so these are used for every line of a text, embedded fonts included.
 */
const METRICS: Readonly<Record<StandardFamily, FontMetrics>> = {
  Helvetica: { ascent: 0.729, descent: 0.271 },
  Times: { ascent: 0.683, descent: 0.317 },
  Courier: { ascent: 0.603, descent: 0.397 },
};

/** The standard family for a record's `font` (a hint: unknown names are Helvetica, as the spec's sans-serif fallback). */
export function standardFamily(family: string | undefined): StandardFamily {
  const name = (family ?? '').toLowerCase();
  if (/courier|mono|consol|menlo|typewriter/.test(name)) return 'Courier';
  if (/times|serif|roman|georgia|garamond|cambria|book/.test(name) && !/sans/.test(name)) return 'Times';
  return 'Helvetica';
}

function faceIndex(style: TextStyle | undefined): 0 | 1 | 2 | 3 {
  return ((style?.bold ? 1 : 0) + (style?.italic ? 2 : 0)) as 0 | 1 | 2 | 3;
}

/** The pdf-lib StandardFonts name for a style (e.g. "Helvetica-BoldOblique"). */
export function standardFontName(style: TextStyle | undefined): string {
  return FACES[standardFamily(style?.family)][faceIndex(style)];
}

/** The /DA font name for a style (e.g. "HeBo"). */
export function defaultAppearanceFontName(style: TextStyle | undefined): string {
  return DA_NAMES[standardFamily(style?.family)][faceIndex(style)];
}

export function standardMetrics(style: TextStyle | undefined): FontMetrics {
  return METRICS[standardFamily(style?.family)];
}

/** The characters of WinAnsiEncoding's 0x80–0x9F row (the rest of it is Latin-1). */
const WIN_ANSI_EXTRAS = new Set(
  Array.from('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ', (character) => character.codePointAt(0)!),
);

/** Whether a code point is in WinAnsiEncoding (what the standard fonts can show). */
export function isWinAnsi(codePoint: number): boolean {
  return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRAS.has(codePoint);
}

/** Whether every character of `text` is in WinAnsiEncoding. */
export function isWinAnsiText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Surrogates are never WinAnsi; the rest are checked by value.
    if (!isWinAnsi(code)) return false;
  }
  return true;
}
