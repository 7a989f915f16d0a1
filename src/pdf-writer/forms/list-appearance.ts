/**
 * The appearance of a list box: its options from the top index (/TI) down,
 * one per line, the selected ones on a highlight band, as form tools draw
 * them.
 */
import type { Appearance } from '../appearance.js';
import type { FontMetrics, TextFonts, TextStyle } from '../fonts/text-fonts.js';
import { drawTextLines, LINE_HEIGHT } from '../text/line-layout.js';
import { TEXT_PADDING } from './text-appearance.js';
import { colorOperator, drawWidgetFrame, hexColor, type WidgetBox } from './widget-frame.js';
import type { WidgetLook } from './widget-look.js';

/** The usual selection colour of list boxes in PDF forms (a light blue). */
const HIGHLIGHT = [0.6, 0.75686, 0.8549] as const;
/** A list box whose /DA size is 0 (automatic) shows its options at this size. */
export const LIST_AUTO_SIZE = 12;

export interface ListPaint {
  /** What each option shows, in /Opt order. */
  labels: readonly string[];
  selected: ReadonlySet<number>;
  topIndex: number;
  fonts: TextFonts;
  style: TextStyle;
  metrics: FontMetrics;
}

/** How many options a list box shows at once (at least one). */
export function visibleOptions(box: WidgetBox, look: WidgetLook): number {
  const inner = box.height - 2 * Math.max(look.borderWidth, 0);
  return Math.max(1, Math.floor(inner / (listFontSize(look) * LINE_HEIGHT)));
}

function listFontSize(look: WidgetLook): number {
  return look.fontSize > 0 ? look.fontSize : LIST_AUTO_SIZE;
}

export async function paintList(appearance: Appearance, box: WidgetBox, look: WidgetLook, paint: ListPaint): Promise<void> {
  const { content } = appearance;
  const inset = drawWidgetFrame(content, box, look);
  const size = listFontSize(look);
  const step = size * LINE_HEIGHT;
  const color = hexColor(look.textColor);
  const within = paint.labels.join('\n');
  content.raw('/Tx BMC').save();
  content.rect(inset, inset, box.width - 2 * inset, box.height - 2 * inset).clip().endPath();
  let top = box.height - inset;
  for (let index = Math.max(0, paint.topIndex); index < paint.labels.length && top > inset; index++) {
    if (paint.selected.has(index)) {
      content.raw(colorOperator(HIGHLIGHT, false)).rect(inset, top - step, box.width - 2 * inset, step).fill();
    }
    const text = paint.labels[index]!.replace(/[\r\n\u2028\u2029\u0085\v\f]+/g, ' ');
    const runs = text === '' ? [] : await paint.fonts.runs(text, paint.style, { within });
    const width = runs.reduce((sum, run) => sum + run.width, 0) * size;
    const row = { left: inset + TEXT_PADDING, bottom: top - step, width: box.width - 2 * (inset + TEXT_PADDING), height: step };
    drawTextLines(appearance, [{ text, runs, width }], row, { size, color, align: look.align, valign: 'center', metrics: paint.metrics });
    top -= step;
  }
  content.restore().raw('EMC');
}
