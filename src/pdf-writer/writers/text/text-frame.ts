/**
 * The box of a free text, as the viewer's text frame draws it: background,
 * border inside the box (CSS `box-sizing: border-box`; an underline border
 * only at the bottom; a dashed one dashed as the browser paints it,
 * `css-dashed-border.ts`), and the text in the content box, each baseline
 * where the CSS line box puts it (`css-line-metrics.ts`) — all drawn upright
 * and turned counterclockwise by the record's rotation about the area's
 * centre; for a quarter turn the upright box has the area's width and height
 * swapped, so once turned it covers the area (`rotated-content.ts`).
 */
import { contentSize } from '../../../annotations/rotated-content.js';
import type { TextBorder } from '../../../annotations/text-style.js';
import type { Appearance } from '../../appearance.js';
import type { TextFonts, TextStyle } from '../../fonts/text-fonts.js';
import type { PdfRect } from '../../page-frame.js';
import { cssLineMetrics } from '../../text/css-line-metrics.js';
import { drawTextLines, layoutLines, LINE_HEIGHT, type TextBox, type TextLine } from '../../text/line-layout.js';
import { drawCssDashedBorder } from '../css-dashed-border.js';

export interface TextFrameOptions {
  /** The area the turned box covers, in user space. */
  area: PdfRect;
  /** Counterclockwise degrees, in [0, 360). */
  rotation: number;
  text: string;
  style: TextStyle;
  size: number;
  color: string;
  align: 'left' | 'center' | 'right';
  valign: 'top' | 'center' | 'bottom';
  background?: string | undefined;
  border?: TextBorder | undefined;
  /**
   * The record says its text fits its box (`isFitting`): if our fonts make
   * it overflow after all (it would be cut off at the appearance's edge,
   * where the viewer lets it spill), it is drawn smaller until it fits.
   */
  fit?: boolean;
}

/** Overflow below this much (points) is measuring noise, not text cut off. */
const OVERFLOW_TOLERANCE = 0.5;
/** Smallest size `fit` shrinks text to. */
const MIN_FIT_SIZE = 4;

function overflows(lines: readonly TextLine[], size: number, box: TextBox): boolean {
  if (lines.length * LINE_HEIGHT * size > box.height + OVERFLOW_TOLERANCE) return true;
  return lines.some((line) => line.width > box.width + OVERFLOW_TOLERANCE);
}

/** Draws the box into `appearance`; returns the font size the text was drawn at. */
export async function drawTextFrame(appearance: Appearance, fonts: TextFonts, options: TextFrameOptions): Promise<number> {
  const [llx, lly, urx, ury] = options.area;
  const [width, height] = contentSize(Math.max(0, urx - llx), Math.max(0, ury - lly), options.rotation);
  const turn = (options.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.cos(turn), Math.sin(turn)];
  const [centreX, centreY] = [(llx + urx) / 2, (lly + ury) / 2];
  const content = appearance.content;
  // Local coordinates: the upright box from (0, 0) to (width, height), y up.
  content.save().transform(cos, sin, -sin, cos, centreX - (cos * width) / 2 + (sin * height) / 2, centreY - (sin * width) / 2 - (cos * height) / 2);

  if (options.background) content.fillColor(options.background).rect(0, 0, width, height).fill();
  const { border } = options;
  const borderWidth = border ? Math.min(border.width, width / 2, height / 2) : 0;
  if (border && borderWidth > 0 && border.style === 'dashed') {
    drawCssDashedBorder(content, { left: 0, bottom: 0, width, height }, borderWidth, border.color);
  } else if (border && borderWidth > 0) {
    content.save().lineWidth(borderWidth).strokeColor(border.color);
    if (border.style === 'underline') content.moveTo(0, borderWidth / 2).lineTo(width, borderWidth / 2);
    else content.rect(borderWidth / 2, borderWidth / 2, width - borderWidth, height - borderWidth);
    content.stroke().restore();
  }

  const box: TextBox =
    border?.style === 'underline'
      ? { left: 0, bottom: borderWidth, width, height: Math.max(0, height - borderWidth) }
      : { left: borderWidth, bottom: borderWidth, width: Math.max(0, width - 2 * borderWidth), height: Math.max(0, height - 2 * borderWidth) };
  let size = options.size;
  let lines = await layoutLines(fonts, options.text, { size, width: box.width, style: options.style });
  while (options.fit && size > MIN_FIT_SIZE && overflows(lines, size, box)) {
    size = Math.max(MIN_FIT_SIZE, Math.round(size * 0.9 * 100) / 100);
    lines = await layoutLines(fonts, options.text, { size, width: box.width, style: options.style });
  }
  drawTextLines(appearance, lines, box, {
    size,
    color: options.color,
    align: options.align,
    valign: options.valign,
    metrics: cssLineMetrics(options.style),
  });
  content.restore();
  return size;
}
