/**
 * The ascent and descent that place a baseline in the viewer's CSS line box.
 *
 * With a numeric `line-height`, a browser puts each line's baseline at
 * half the leading plus the ascent of the element's first font below the
 * line's top, and takes that ascent and descent from the font it actually
 * draws with (its hhea table), not from the PDF standard font's. Chromium
 * on Linux draws "Helvetica", "Times" and "Courier" with Liberation Sans,
 * Serif and Mono (the fonts it accepts as metric-compatible replacements;
 * the URW clones that fontconfig offers first are not among them), and on
 * Windows with Arial, Times New Roman and Courier New, whose vertical
 * metrics those copy exactly. Measured in Chromium 156 (the viewer's ink
 * against these baselines, 12–14 pt, zoom 1 and 4): within 0.1 pt. The
 * hhea ascent and descent of the URW fonts or of Adobe's AFM files put the
 * text 1.3 pt (Helvetica 12) to 2.3 pt (Courier 14) too high.
 *
 * The values are the fonts' own units over their 2048-unit em, the same in
 * every face (regular, bold, italic) of a family.
 */
import { standardFamily, type StandardFamily } from '../fonts/standard-fonts.js';
import type { FontMetrics, TextStyle } from '../fonts/text-fonts.js';

const UNITS_PER_EM = 2048;

const CSS_LINE_METRICS: Readonly<Record<StandardFamily, FontMetrics>> = {
  // Arial, Liberation Sans: hhea ascender 1854, descender −434.
  Helvetica: { ascent: 1854 / UNITS_PER_EM, descent: 434 / UNITS_PER_EM },
  // Times New Roman, Liberation Serif: 1825, −443.
  Times: { ascent: 1825 / UNITS_PER_EM, descent: 443 / UNITS_PER_EM },
  // Courier New, Liberation Mono: 1705, −615.
  Courier: { ascent: 1705 / UNITS_PER_EM, descent: 615 / UNITS_PER_EM },
};

/** The line-box metrics of the font the viewer draws a text style's family with (Helvetica's for unknown names). */
export function cssLineMetrics(style?: TextStyle): FontMetrics {
  return CSS_LINE_METRICS[standardFamily(style?.family)];
}
