/**
 * One line of text in an appearance, set with the document's TextFonts (so
 * any script shows: each run is in a font that has its glyphs). Used for
 * stamp labels and the image placeholder's message.
 */
import type { Appearance } from '../../appearance.js';
import type { TextFonts, TextRun, TextStyle } from '../../fonts/text-fonts.js';

export interface MeasuredLine {
  readonly runs: readonly TextRun[];
  /** Advance width at a font size of 1. */
  readonly width: number;
}

export async function measureLine(fonts: TextFonts, text: string, style?: TextStyle): Promise<MeasuredLine> {
  // One line: a record's line breaks would show as missing glyphs.
  const runs = text === '' ? [] : await fonts.runs(text.replace(/[\r\n\t]+/g, ' '), style);
  return { runs, width: runs.reduce((sum, run) => sum + run.width, 0) };
}

export interface LinePlacement {
  /** Left end of the baseline, in the appearance's current coordinates (y up). */
  x: number;
  y: number;
  size: number;
  /** Horizontal stretch of the glyphs (1 = as designed). */
  horizontalScale?: number;
  color: string;
}

/** Shows a measured line; nothing for an empty one. */
export function showLine(appearance: Appearance, line: MeasuredLine, placement: LinePlacement): void {
  if (line.runs.length === 0 || !(placement.size > 0)) return;
  const content = appearance.content;
  const scale = placement.horizontalScale ?? 1;
  content.beginText().fillColor(placement.color).textMatrix(placement.size * scale, 0, 0, placement.size, placement.x, placement.y);
  // Font size 1 in the text matrix's units: each run advances the text position by its own width.
  for (const run of line.runs) content.font(appearance.resources.font(run.font), 1).showHex(run.hex);
  content.endText();
}
