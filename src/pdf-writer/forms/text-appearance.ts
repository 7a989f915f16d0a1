/**
 * The appearance of a text field (and of a combo box, which shows its
 * choice the same way): one line centred vertically, wrapped lines from the
 * top for multi-line fields, or one character per cell for comb fields.
 * The text sits inside `/Tx BMC … EMC` (where form tools look for it),
 * clipped to the inside of the border, in the /DA colour and size (size 0:
 * as large as fits). Lines are laid out and drawn by ../text/line-layout.ts.
 */
import type { Appearance } from '../appearance.js';
import type { FontMetrics, TextFonts, TextStyle } from '../fonts/text-fonts.js';
import { drawTextLines, layoutLines, LINE_HEIGHT, type TextLine } from '../text/line-layout.js';
import { colorOperator, drawWidgetFrame, hexColor, type WidgetBox } from './widget-frame.js';
import type { WidgetLook } from './widget-look.js';

/** Space between the border and the text, in points. */
export const TEXT_PADDING = 2;
/** An automatic size makes a one-line box this many times the font size high. */
const AUTO_HEIGHT_FACTOR = 1.35;
const MIN_AUTO_SIZE = 4;
/** Multi-line fields with automatic size start here and shrink until the text fits. */
const MAX_AUTO_MULTILINE_SIZE = 12;
const AUTO_SIZE_STEP = 0.5;

export type TextLayout = { kind: 'line' } | { kind: 'multiline' } | { kind: 'comb'; cells: number };

export interface TextPaint {
  /** What to show (bullets already for passwords). */
  text: string;
  layout: TextLayout;
  fonts: TextFonts;
  style: TextStyle;
  metrics: FontMetrics;
}

/** The box the text of a widget is set in: inside the border, less the padding at the sides. */
interface TextArea {
  left: number;
  bottom: number;
  width: number;
  height: number;
}

export async function paintText(appearance: Appearance, box: WidgetBox, look: WidgetLook, paint: TextPaint): Promise<void> {
  const { content } = appearance;
  const inset = drawWidgetFrame(content, box, look);
  if (paint.layout.kind === 'comb') drawCombDividers(content, box, look, paint.layout.cells, inset);
  content.raw('/Tx BMC').save();
  content.rect(inset, inset, box.width - 2 * inset, box.height - 2 * inset).clip().endPath();
  if (paint.text !== '') {
    const area = { left: inset + TEXT_PADDING, bottom: inset, width: box.width - 2 * (inset + TEXT_PADDING), height: box.height - 2 * inset };
    switch (paint.layout.kind) {
      case 'line':
        await paintLine(appearance, look, paint, area);
        break;
      case 'multiline':
        await paintParagraphs(appearance, look, paint, area);
        break;
      case 'comb':
        await paintComb(appearance, box, look, paint, paint.layout.cells, inset);
        break;
    }
  }
  content.restore().raw('EMC');
}

async function paintLine(appearance: Appearance, look: WidgetLook, paint: TextPaint, area: TextArea): Promise<void> {
  // A single-line field shows its line breaks as spaces.
  const text = paint.text.replace(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/g, ' ');
  let size = look.fontSize;
  if (size <= 0) {
    const [measured] = await layoutLines(paint.fonts, text, { size: 1, style: paint.style });
    const byHeight = area.height / AUTO_HEIGHT_FACTOR;
    const width = measured?.width ?? 0;
    size = Math.max(MIN_AUTO_SIZE, Math.min(byHeight, width > 0 ? area.width / width : byHeight));
  }
  const lines = await layoutLines(paint.fonts, text, { size, style: paint.style });
  drawTextLines(appearance, lines, area, { size, color: hexColor(look.textColor), align: look.align, valign: 'center', metrics: paint.metrics });
}

async function paintParagraphs(appearance: Appearance, look: WidgetLook, paint: TextPaint, area: TextArea): Promise<void> {
  const height = area.height - 2 * TEXT_PADDING;
  const layout = (size: number) => layoutLines(paint.fonts, paint.text, { size, width: area.width, style: paint.style });
  let size = look.fontSize;
  let lines: TextLine[];
  if (size > 0) {
    lines = await layout(size);
  } else {
    size = Math.max(MIN_AUTO_SIZE, Math.min(MAX_AUTO_MULTILINE_SIZE, area.height / AUTO_HEIGHT_FACTOR));
    lines = await layout(size);
    while (size > MIN_AUTO_SIZE && lines.length * size * LINE_HEIGHT > height) {
      size = Math.max(MIN_AUTO_SIZE, size - AUTO_SIZE_STEP);
      lines = await layout(size);
    }
  }
  // Lines past the bottom are clipped anyway: leave them out of the stream.
  const shown = lines.slice(0, Math.max(1, Math.ceil(height / (size * LINE_HEIGHT)) + 1));
  const top = { ...area, bottom: area.bottom + TEXT_PADDING, height };
  drawTextLines(appearance, shown, top, { size, color: hexColor(look.textColor), align: look.align, valign: 'top', metrics: paint.metrics });
}

async function paintComb(appearance: Appearance, box: WidgetBox, look: WidgetLook, paint: TextPaint, cells: number, inset: number): Promise<void> {
  const characters = Array.from(paint.text).slice(0, cells);
  const cell = box.width / cells;
  const height = box.height - 2 * inset;
  // Each character is set on its own, but in the fonts the whole value needs (so digits match letters).
  const runs = await Promise.all(characters.map((character) => paint.fonts.runs(character, paint.style, { within: paint.text })));
  const widths = runs.map((pieces) => pieces.reduce((sum, run) => sum + run.width, 0));
  let size = look.fontSize;
  if (size <= 0) {
    const widest = Math.max(0, ...widths);
    const byHeight = height / AUTO_HEIGHT_FACTOR;
    size = Math.max(MIN_AUTO_SIZE, Math.min(byHeight, widest > 0 ? (cell * 0.9) / widest : byHeight));
  }
  const empty = cells - characters.length;
  const first = look.align === 'center' ? Math.floor(empty / 2) : look.align === 'right' ? empty : 0;
  const color = hexColor(look.textColor);
  characters.forEach((character, index) => {
    const line: TextLine = { text: character, runs: runs[index]!, width: widths[index]! * size };
    const area = { left: (first + index) * cell, bottom: inset, width: cell, height };
    drawTextLines(appearance, [line], area, { size, color, align: 'center', valign: 'center', metrics: paint.metrics });
  });
}

/** Comb fields show their cells: lines in the border colour between them. */
function drawCombDividers(content: Appearance['content'], box: WidgetBox, look: WidgetLook, cells: number, inset: number): void {
  const stroke = colorOperator(look.borderColor, true);
  if (!stroke || look.borderWidth <= 0 || cells < 2) return;
  content.save().raw(stroke).lineWidth(look.borderWidth);
  if (look.borderStyle === 'dashed') content.dash(look.dashes);
  const cell = box.width / cells;
  for (let index = 1; index < cells; index++) content.moveTo(index * cell, inset).lineTo(index * cell, box.height - inset);
  content.stroke().restore();
}
