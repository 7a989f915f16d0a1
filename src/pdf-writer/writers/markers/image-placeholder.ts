/**
 * What an image annotation shows when its picture cannot be embedded
 * (missing attachment, a PDF "image", bytes that are neither PNG nor JPEG):
 * the placeholder our viewer shows, from the look both share
 * (src/annotations/image-placeholder-look.ts) — a grey, diagonally striped
 * box with a thin border, a broken-picture glyph and a short message — never
 * an empty box, and never an error that stops the document from saving.
 */
import {
  BROKEN_IMAGE_GLYPH,
  PLACEHOLDER_BOX,
  PLACEHOLDER_GAP,
  PLACEHOLDER_INK,
  PLACEHOLDER_LINE_HEIGHT,
  PLACEHOLDER_MESSAGES,
  placeholderSizes,
  type PlaceholderReason,
} from '../../../annotations/image-placeholder-look.js';
import { circleData } from '../../../annotations/path-data.js';
import { en } from '../../../i18n/en.js';
import type { Appearance } from '../../appearance.js';
import { rgbComponents } from '../../content-stream.js';
import type { PdfRect } from '../../page-frame.js';
import type { WriterEnv } from '../../writer-types.js';
import { appendSvgPath } from './svg-path.js';
import { measureLine, showLine, type MeasuredLine } from './text-line.js';

export type { PlaceholderReason };

/** CSS pixels (the viewer's units for the box) in points. */
const PX = 0.75;

/** `color` seen through black at `opacity`, as one opaque colour. */
function darkened(color: string, opacity: number): string {
  const channel = (value: number) => Math.round(value * 255 * (1 - opacity)).toString(16).padStart(2, '0');
  return `#${rgbComponents(color).map(channel).join('')}`;
}

/** The stripes are translucent black over an opaque background: a plain colour. */
const STRIPE = darkened(PLACEHOLDER_BOX.background, PLACEHOLDER_BOX.stripeOpacity);
/** Where the message's baseline sits in its line box, in ems (Arial-like metrics: ascent 0.905, descent 0.212). */
const BASELINE = (PLACEHOLDER_LINE_HEIGHT - (0.905 + 0.212)) / 2 + 0.905;

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
  content.fillColor(PLACEHOLDER_BOX.background).rect(llx, lly, width, height).fill();
  // Stripes of a 45° gradient starting at the bottom-left corner: bands of constant (x + y).
  const periodAlongEdge = PLACEHOLDER_BOX.stripePeriod * PX * Math.SQRT2;
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
  const border = PLACEHOLDER_BOX.borderWidth * PX;
  content.strokeColor(PLACEHOLDER_BOX.borderColor).lineWidth(border).rect(llx + border / 2, lly + border / 2, width - border, height - border).stroke();

  const { glyphSize, fontSize } = placeholderSizes(width, height);
  const gap = PLACEHOLDER_GAP * fontSize;
  // The viewer's messages, in English: a saved file has no locale of its own.
  const lines = await wrap(env, en[PLACEHOLDER_MESSAGES[reason]], fontSize, width - 2 * border);
  const total = glyphSize + gap + lines.length * PLACEHOLDER_LINE_HEIGHT * fontSize;
  // Centred as a flex column: distances from the top of the box.
  let top = (height - total) / 2;

  const { grid, strokes, strokeWidth, dot } = BROKEN_IMAGE_GLYPH;
  const scale = glyphSize / grid;
  content.save().transform(scale, 0, 0, -scale, llx + (width - glyphSize) / 2, ury - top);
  content.strokeColor(PLACEHOLDER_INK).lineWidth(strokeWidth).lineJoin(1).lineCap(1);
  for (const stroke of strokes) appendSvgPath(content, stroke);
  content.stroke().fillColor(PLACEHOLDER_INK);
  appendSvgPath(content, circleData([dot.cx, dot.cy], dot.r));
  content.fill().restore();

  top += glyphSize + gap;
  for (const line of lines) {
    const lineWidth = line.width * fontSize;
    showLine(appearance, line, { x: llx + (width - lineWidth) / 2, y: ury - top - BASELINE * fontSize, size: fontSize, color: PLACEHOLDER_INK });
    top += PLACEHOLDER_LINE_HEIGHT * fontSize;
  }
  content.restore();
}
