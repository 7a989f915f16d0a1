/**
 * Lines of text for appearance streams: `layoutLines` wraps a text to a
 * width the way the viewer's text boxes do (CSS `white-space: pre-wrap;
 * overflow-wrap: break-word`), and `drawTextLines` sets the lines in a box,
 * aligned and spaced as the viewer draws them (line height 1.2, each line's
 * baseline where a CSS line box puts it). Free text, redaction overlay text
 * and form fields share it.
 */
import type { Appearance } from '../appearance.js';
import { num } from '../content-stream.js';
import type { FontMetrics, TextFonts, TextRun, TextStyle } from '../fonts/text-fonts.js';
import { cssLineMetrics } from './css-line-metrics.js';
import { BREAKING_SPACE, breakSegments, paragraphs } from './line-breaks.js';

/** The viewer's `line-height` (src/annotations/text.ts). */
export const LINE_HEIGHT = 1.2;
/** Slant of synthetic italics (about 12°, as browsers slant a font that has no italic). */
const ITALIC_SKEW = 0.2;
/** Stroke width of synthetic bold, per point of font size. */
const BOLD_STROKE = 0.03;
/** Measuring noise allowed before a word is taken not to fit (points). */
const FIT_TOLERANCE = 0.01;

/** One line, ready to draw. */
export interface TextLine {
  /** The line's text, without the spaces that hang at its end. */
  text: string;
  /** Its runs in drawing order (right-to-left pieces already reversed). */
  runs: TextRun[];
  /** Advance width in points at the layout's size. */
  width: number;
}

export interface LineLayoutOptions {
  /** Font size in points. */
  size: number;
  /** Width in points to wrap to; lines only break at line breaks when it is Infinity (the default). */
  width?: number;
  style?: TextStyle;
}

const TRAILING_SPACES = new RegExp(`(?:${BREAKING_SPACE.source})+$`, 'u');

/** Characters with the marks that follow them (never split between lines). */
function clusters(text: string): string[] {
  const result: string[] = [];
  for (const character of text) {
    if (result.length > 0 && /^[\p{M}\u200c\u200d\ufe00-\ufe0f]/u.test(character)) result[result.length - 1] += character;
    else result.push(character);
  }
  return result;
}

/**
 * Breaks `text` into lines: at its line breaks, and where a line would get
 * wider than `width`, after the last space (or other break opportunity)
 * that fits. A word wider than a whole line is cut between characters. An
 * empty paragraph is an empty line; an empty text is no line.
 */
export async function layoutLines(fonts: TextFonts, text: string, options: LineLayoutOptions): Promise<TextLine[]> {
  const { size, style } = options;
  if (text === '') return [];
  const maxWidth = Math.max(0, (options.width ?? Infinity) / Math.max(size, 1e-6));
  const scope = { within: text };
  const widths = new Map<string, number>();
  const measure = async (piece: string): Promise<number> => {
    if (piece === '') return 0;
    let width = widths.get(piece);
    if (width === undefined) {
      width = await fonts.width(piece, style, scope);
      widths.set(piece, width);
    }
    return width;
  };

  const texts: string[] = [];
  for (const paragraph of paragraphs(text)) {
    let line = '';
    let lineWidth = 0;
    for (const { word, spaces } of breakSegments(paragraph)) {
      const wordWidth = await measure(word);
      if (line !== '' && lineWidth + wordWidth > maxWidth + FIT_TOLERANCE) {
        texts.push(line);
        line = '';
        lineWidth = 0;
      }
      let rest = word;
      let restWidth = wordWidth;
      // overflow-wrap: break-word — a word that fits no line is cut where the line is full.
      while (line === '' && restWidth > maxWidth + FIT_TOLERANCE && clusters(rest).length > 1) {
        const pieces = clusters(rest);
        let head = pieces[0]!;
        let headWidth = await measure(head);
        for (let i = 1; i < pieces.length; i++) {
          const next = await measure(pieces[i]!);
          if (headWidth + next > maxWidth + FIT_TOLERANCE) break;
          head += pieces[i]!;
          headWidth += next;
        }
        texts.push(head);
        rest = rest.slice(head.length);
        restWidth = await measure(rest);
      }
      line += rest + spaces;
      lineWidth += restWidth + (await measure(spaces));
    }
    texts.push(line);
  }

  const lines: TextLine[] = [];
  for (const lineText of texts) {
    const shown = lineText.replace(TRAILING_SPACES, '');
    const runs = shown === '' ? [] : await fonts.runs(shown, style, scope);
    lines.push({ text: shown, runs, width: runs.reduce((sum, run) => sum + run.width, 0) * size });
  }
  return lines;
}

/** A box in user space, y up. */
export interface TextBox {
  left: number;
  bottom: number;
  width: number;
  height: number;
}

export interface DrawTextOptions {
  size: number;
  /** `#rrggbb`. */
  color: string;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'center' | 'bottom';
  /** Ascent and descent that place each baseline in its line box (default: the viewer's for Helvetica, `cssLineMetrics`). */
  metrics?: FontMetrics;
  /** Line height per point of font size (default 1.2, the viewer's). */
  lineHeight?: number;
}

/**
 * Draws `lines` into `appearance` inside `box`. Lines are stacked from the
 * top, the middle or the bottom of the box as a block whose height is the
 * lines' (text taller than its box spills both ways when centred, upwards
 * when at the bottom, as in the viewer); each line is aligned on its own.
 * Nothing is clipped here.
 */
export function drawTextLines(appearance: Appearance, lines: readonly TextLine[], box: TextBox, options: DrawTextOptions): void {
  const { size, color } = options;
  const metrics = options.metrics ?? cssLineMetrics();
  if (!lines.some((line) => line.runs.length > 0)) return;
  const step = (options.lineHeight ?? LINE_HEIGHT) * size;
  const blockHeight = lines.length * step;
  const boxTop = box.bottom + box.height;
  const valign = options.valign ?? 'top';
  const top = valign === 'top' ? boxTop : valign === 'center' ? boxTop - (box.height - blockHeight) / 2 : box.bottom + blockHeight;
  // CSS splits the leading above and below the font's ascent + descent.
  const baselineBelowLineTop = (step - (metrics.ascent + metrics.descent) * size) / 2 + metrics.ascent * size;

  const content = appearance.content;
  content.beginText().fillColor(color);
  let font = '';
  let bold = false;
  let rise = 0;
  lines.forEach((line, index) => {
    if (line.runs.length === 0) return;
    const y = top - index * step - baselineBelowLineTop;
    const align = options.align ?? 'left';
    let x = align === 'left' ? box.left : align === 'center' ? box.left + (box.width - line.width) / 2 : box.left + box.width - line.width;
    for (const run of line.runs) {
      const name = appearance.resources.font(run.font);
      if (name !== font) {
        content.font(name, size);
        font = name;
      }
      const synthetic = Boolean(run.syntheticBold);
      if (synthetic !== bold) {
        // Render mode 2 fills and strokes the glyphs: bold for a font without a bold face.
        if (synthetic) content.raw('2 Tr').lineWidth(size * BOLD_STROKE).strokeColor(color);
        else content.raw('0 Tr');
        bold = synthetic;
      }
      content.textMatrix(1, 0, run.syntheticItalic ? ITALIC_SKEW : 0, 1, x, y);
      if (run.placed) {
        // Shaped text: kerning and marks placed with TJ adjustments, marks raised or lowered with Ts.
        for (const piece of run.placed) {
          if (piece.rise !== rise) {
            content.raw(`${num(piece.rise * size)} Ts`);
            rise = piece.rise;
          }
          content.raw(`[${piece.glyphs.map((glyph) => (typeof glyph === 'string' ? `<${glyph}>` : num(glyph))).join(' ')}] TJ`);
        }
      } else {
        content.showHex(run.hex);
      }
      x += run.width * size;
    }
  });
  if (rise !== 0) content.raw('0 Ts');
  if (bold) content.raw('0 Tr');
  content.endText();
}
