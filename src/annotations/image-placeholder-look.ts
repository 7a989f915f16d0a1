/**
 * How the placeholder of an image annotation without a picture looks: a
 * grey, diagonally striped box with a thin border, a broken-picture glyph and
 * a short message. No DOM here: the viewer shows it as HTML and SVG
 * (image-placeholder.ts) and the PDF writer, which also runs in Node, draws
 * it into the appearance of an image it cannot embed.
 */
import type { TranslationKey } from '../i18n/en.js';

export type PlaceholderReason = 'missing' | 'broken' | 'unsupported';

/** The message for each reason. */
export const PLACEHOLDER_MESSAGES: Readonly<Record<PlaceholderReason, TranslationKey>> = {
  missing: 'image.placeholderMissing',
  broken: 'image.placeholderMissing',
  unsupported: 'image.placeholderPdf',
};

/** Lengths are in CSS pixels, the units the viewer styles the box in. */
export const PLACEHOLDER_BOX = {
  background: '#e6e6e6',
  borderColor: '#8a8a8a',
  borderWidth: 1,
  /** Black stripes at this opacity over the background. */
  stripeOpacity: 0.08,
  /** The stripes' period along the 45° gradient line; the second half of each period is dark. */
  stripePeriod: 12,
} as const;

/** The glyph and the message's colour. */
export const PLACEHOLDER_INK = '#555555';

/** The message's line height and the gap between glyph and message, in ems of the message's font. */
export const PLACEHOLDER_LINE_HEIGHT = 1.2;
export const PLACEHOLDER_GAP = 0.2;

/** A picture frame with a torn corner, the usual "broken image" sign, on a 24 × 24 grid (y down). */
export const BROKEN_IMAGE_GLYPH = {
  grid: 24,
  /** Stroked with round joins and caps. */
  strokes: ['M3 13V4h18v8l-3-2-3 3-3-2-3 3z', 'M3 17v3h18v-4l-3-2-3 3-3-2-3 3z'],
  strokeWidth: 1.8,
  /** The sun in the picture, filled. */
  dot: { cx: 8, cy: 8, r: 1.5 },
} as const;

/**
 * The glyph's side and the message's font size in page points, from the
 * box's: they fit small images and do not dwarf large ones.
 */
export function placeholderSizes(width: number, height: number): { glyphSize: number; fontSize: number } {
  return {
    glyphSize: Math.max(4, Math.min(32, height * 0.4, width * 0.4)),
    fontSize: Math.max(3, Math.min(12, height * 0.18, width / 8)),
  };
}
