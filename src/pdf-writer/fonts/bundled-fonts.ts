/**
 * The fonts that ship with the package, for text the standard fonts cannot
 * show: DejaVu Sans (Latin, Greek, Cyrillic, Hebrew, Armenian, Georgian and
 * many symbols; Bitstream Vera licence), Noto Sans Arabic and Noto Sans SC
 * (Chinese ideographs, simplified and most traditional ones, and Japanese
 * kana; both SIL Open Font Licence). Korean Hangul, Thai and Indic scripts
 * need a host font. Each is fetched only when some text needs it; only the
 * glyphs used are embedded.
 */
import { BUNDLED_FONTS_URL } from './font-base.js';

export interface BundledFont {
  /** Shown in errors. */
  readonly label: string;
  /** File name in the bundled fonts folder (see scripts/font-files.mjs). */
  readonly file: string;
  readonly bold: boolean;
  /**
   * Characters this font is tried first for among the bundled ones: it draws
   * them best, and asking it first spares fetching the others.
   */
  readonly preferredFor?: RegExp;
}

const ARABIC = /[\p{Script=Arabic}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;

export const DEJAVU_SANS: BundledFont = { label: 'DejaVu Sans', file: 'DejaVuSans.ttf', bold: false };
export const DEJAVU_SANS_BOLD: BundledFont = { label: 'DejaVu Sans Bold', file: 'DejaVuSans-Bold.ttf', bold: true };
export const NOTO_SANS_ARABIC: BundledFont = {
  label: 'Noto Sans Arabic',
  file: 'NotoSansArabic-Regular.ttf',
  bold: false,
  preferredFor: ARABIC,
};
export const NOTO_SANS_SC: BundledFont = { label: 'Noto Sans SC', file: 'NotoSansSC-Regular.ttf', bold: false, preferredFor: CJK };

/** The bundled fonts for a weight, in the order they are tried. */
export function bundledFonts(bold: boolean): readonly BundledFont[] {
  return bold ? [DEJAVU_SANS_BOLD, DEJAVU_SANS, NOTO_SANS_ARABIC, NOTO_SANS_SC] : [DEJAVU_SANS, NOTO_SANS_ARABIC, NOTO_SANS_SC];
}

/** Where a bundled font is fetched from. */
export function bundledFontUrl(font: BundledFont, base: URL = BUNDLED_FONTS_URL): URL {
  return new URL(font.file, base);
}
