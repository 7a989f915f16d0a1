/**
 * The four text markups → /Highlight, /Underline, /StrikeOut, /Squiggly with
 * /QuadPoints, drawn per rect as the viewer draws them
 * (`src/annotations/highlight.ts`, `underline.ts`, `strikeout.ts`,
 * `squiggly.ts`, geometry from `text-markup.ts`):
 * - highlight: the rect filled, multiplied onto the page unless the record
 *   names another blend mode, so the text under it stays dark;
 * - underline: a bar of the mark thickness just inside the rect's bottom;
 * - strikeout: the same bar through the rect's middle;
 * - squiggly: the zig-zag along the bottom, stroked with round joins and caps.
 * Rects marked alike are one path painted once, so where they overlap they
 * are not marked twice (the viewer's one path per kind of mark).
 */
import type { BlendMode, MarkupAnnotation, Point, Rect } from '../../../model/index.js';
import { markThickness, markupRects, squigglePoints, strikeoutBar, underlineBar } from '../../../annotations/text-markup.js';
import type { PageFrame } from '../../page-frame.js';
import type { WriterEnv, WrittenAnnotation } from '../../writer-types.js';
import { colorArray } from './border.js';
import { Bounds } from './bounds.js';
import { compositeAppearance } from './composite.js';
import { PagePath } from './page-path.js';
import { paintPath } from './paint-path.js';

type MarkupType = MarkupAnnotation['type'];

const SUBTYPES: Readonly<Record<MarkupType, string>> = {
  'pspdfkit/markup/highlight': 'Highlight',
  'pspdfkit/markup/underline': 'Underline',
  'pspdfkit/markup/strikeout': 'StrikeOut',
  'pspdfkit/markup/squiggly': 'Squiggly',
};

export function writeMarkup(annotation: MarkupAnnotation, env: WriterEnv): WrittenAnnotation {
  const rects = markupRects(annotation);
  const color = annotation.color;
  const path = new PagePath(env.frame);
  const bounds = new Bounds().addRect(annotation.bbox);
  for (const rect of rects) bounds.addRect(rect);

  const type = annotation.type;
  if (type === 'pspdfkit/markup/squiggly') {
    // One stroke per distinct thickness (rects of one line of text share one).
    const byWidth = new Map<number, Point[][]>();
    for (const rect of rects) {
      const width = markThickness(rect);
      byWidth.set(width, [...(byWidth.get(width) ?? []), squigglePoints(rect)]);
    }
    for (const [width, waves] of byWidth) {
      paintPath(path, { stroke: { width, color }, round: true }, (p) => waves.forEach((wave) => p.polyline(wave)));
      for (const wave of waves) for (const point of wave) bounds.add(point, width / 2);
    }
  } else {
    const marks = rects.map((rect) => markedArea(type, rect));
    paintPath(path, { fill: color }, (p) => marks.forEach((mark) => p.rect(mark)));
  }

  const rect = env.frame.rect(bounds.rect()!);
  return {
    subtype: SUBTYPES[type],
    rect,
    entries: { QuadPoints: quadPoints(env.frame, rects), C: colorArray(color) },
    appearance: compositeAppearance(env, rect, path, {
      opacity: annotation.opacity,
      blendMode: blendModeOf(annotation),
      explicitState: type === 'pspdfkit/markup/highlight',
    }),
  };
}

/** The record's blend mode; a highlight multiplies when it names none (the viewer's default for the kind). */
function blendModeOf(annotation: MarkupAnnotation): BlendMode | undefined {
  return annotation.blendMode ?? (annotation.type === 'pspdfkit/markup/highlight' ? 'multiply' : undefined);
}

/** The filled area of a highlight, underline or strikeout on one rect. */
function markedArea(type: Exclude<MarkupType, 'pspdfkit/markup/squiggly'>, rect: Rect): Rect {
  if (type === 'pspdfkit/markup/highlight') return rect;
  return type === 'pspdfkit/markup/underline' ? underlineBar(rect) : strikeoutBar(rect);
}

/**
 * /QuadPoints: per rect its upper-left, upper-right, lower-left and
 * lower-right corners in user space — the order Acrobat writes and other
 * viewers expect, although the specification's text describes another.
 */
function quadPoints(frame: PageFrame, rects: readonly Rect[]): number[] {
  const values: number[] = [];
  for (const rect of rects) {
    const [llx, lly, urx, ury] = frame.rect(rect);
    values.push(llx, ury, urx, ury, llx, lly, urx, lly);
  }
  return values.map((value) => Math.round(value * 1000) / 1000);
}
