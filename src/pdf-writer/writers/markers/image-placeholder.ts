/**
 * What an image annotation shows when its picture cannot be embedded
 * (missing attachment, a PDF "image", bytes that are neither PNG nor JPEG):
 * the placeholder our viewer shows (src/annotations/image-placeholder.ts) —
 * a grey, diagonally striped box with a thin border, a broken-picture glyph
 * and a short message — never an empty box, and never an error that stops
 * the document from saving.
 */
import { en } from '../../../i18n/en.js';
import type { Appearance } from '../../appearance.js';
import type { PdfRect } from '../../page-frame.js';
import type { WriterEnv } from '../../writer-types.js';
import { appendSvgPath } from './svg-path.js';
import { measureLine, showLine, type MeasuredLine } from './text-line.js';

export type PlaceholderReason = 'missing' | 'unsupported';

/** The viewer's messages, in English: a saved file has no locale of its own. */
const MESSAGES: Record<PlaceholderReason, string> = {
  missing: en['image.placeholderMissing'],
  unsupported: en['image.placeholderPdf'],
};

const BACKGROUND = '#e6e6e6';
/** The stripes: 8 % black over the background, which is opaque, so a plain colour. */
const STRIPE = '#d4d4d4';
const BORDER = '#8a8a8a';
const INK = '#555555';
/** CSS pixels (the viewer's units for these) in points. */
const PX = 0.75;
/** The stripes repeat every 12 px along the 45° gradient line; the second half of each period is dark. */
const STRIPE_PERIOD = 12 * PX;
/** The glyph, on a 24 × 24 grid (y down), stroked 1.8 wide, and its dot. */
const GLYPH_STROKES = ['M3 13V4h18v8l-3-2-3 3-3-2-3 3z', 'M3 17v3h18v-4l-3-2-3 3-3-2-3 3z'];
const GLYPH_DOT = 'M9.5 8a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0z';
/** Line box and baseline of the message, in ems (the viewer's line-height 1.2, Arial-like metrics). */
const LINE_HEIGHT = 1.2;
const BASELINE = (LINE_HEIGHT - (0.905 + 0.212)) / 2 + 0.905;

/** Greedy word wrap into lines no wider than `width` at `size` (a single long word stays whole). */
async function wrap(env: WriterEnv, message: string, size: number, width: number): Promise<MeasuredLine[]> {
  const lines: MeasuredLine[] = [];
  let current = '';
  for (const word of message.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && (await measureLine(env.fonts, candidate)).width * size > width) {
      lines.push(await measureLine(env.fonts, current));
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(await measureLine(env.fonts, current));
  return lines;
}

export async function drawImagePlaceholder(appearance: Appearance, rect: PdfRect, reason: PlaceholderReason, env: WriterEnv): Promise<void> {
  const content = appearance.content;
  const [llx, lly, urx, ury] = rect;
  const width = Math.max(0, urx - llx);
  const height = Math.max(0, ury - lly);
  if (width === 0 || height === 0) return;

  content.save().rect(llx, lly, width, height).clip().endPath();
  content.fillColor(BACKGROUND).rect(llx, lly, width, height).fill();
  // Stripes of a 45° gradient starting at the bottom-left corner: bands of constant (x + y).
  const periodAlongEdge = STRIPE_PERIOD * Math.SQRT2;
  const span = width + height;
  content.fillColor(STRIPE);
  for (let start = periodAlongEdge / 2; start < span; start += periodAlongEdge) {
    const end = start + periodAlongEdge / 2;
    content
      .moveTo(llx + start, lly)
      .lineTo(llx + end, lly)
      .lineTo(llx + end - span, lly + span)
      .lineTo(llx + start - span, lly + span)
      .closePath();
  }
  content.fill();
  content.strokeColor(BORDER).lineWidth(PX).rect(llx + PX / 2, lly + PX / 2, width - PX, height - PX).stroke();

  // The viewer's sizes, in points, from the box: they fit small images and do not dwarf large ones.
  const glyphSize = Math.max(4, Math.min(32, height * 0.4, width * 0.4));
  const fontSize = Math.max(3, Math.min(12, height * 0.18, width / 8));
  const gap = 0.2 * fontSize;
  const lines = await wrap(env, MESSAGES[reason], fontSize, width - 2 * PX);
  const total = glyphSize + gap + lines.length * LINE_HEIGHT * fontSize;
  // Centred as a flex column: distances from the top of the box.
  let top = (height - total) / 2;

  const scale = glyphSize / 24;
  content.save().transform(scale, 0, 0, -scale, llx + (width - glyphSize) / 2, ury - top);
  content.strokeColor(INK).lineWidth(1.8).lineJoin(1).lineCap(1);
  for (const stroke of GLYPH_STROKES) appendSvgPath(content, stroke);
  content.stroke().fillColor(INK);
  appendSvgPath(content, GLYPH_DOT);
  content.fill().restore();

  top += glyphSize + gap;
  for (const line of lines) {
    const lineWidth = line.width * fontSize;
    showLine(appearance, line, { x: llx + (width - lineWidth) / 2, y: ury - top - BASELINE * fontSize, size: fontSize, color: INK });
    top += LINE_HEIGHT * fontSize;
  }
  content.restore();
}
