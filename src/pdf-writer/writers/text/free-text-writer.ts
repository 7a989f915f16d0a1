/**
 * `pspdfkit/text` → /FreeText, with an appearance that looks like the
 * viewer's drawing (`src/annotations/text.ts`): the callout, then the text
 * box — background, border inside the box, the text wrapped to the box's
 * inner width, aligned and spaced as CSS lays it out — turned by the record's
 * rotation about the box's centre (`rotated-content.ts`).
 *
 * The dictionary says the same in PDF terms for viewers that regenerate
 * appearances or read the annotation back: /DA and /DS (font, size,
 * colour), /Q (alignment), /C (the background), /BS (border), /BE (cloudy
 * border: the viewer draws none, so neither does the appearance), /IT, /CL,
 * /LE and /RD (callout and the text box inside /Rect), /Rotate, /RC (rich
 * text) and /Contents (the plain text).
 */
import type { HorizontalAlign, TextAnnotation } from '../../../model/index.js';
import { normalizedRotation } from '../../../annotations/rotated-content.js';
import { innerRect } from '../../../annotations/text-callout.js';
import { textBorder, type TextBorder } from '../../../annotations/text-style.js';
import { Appearance } from '../../appearance.js';
import { num } from '../../content-stream.js';
import type { TextStyle } from '../../fonts/text-fonts.js';
import type { PdfRect } from '../../page-frame.js';
import type { WriterEnv, WrittenAnnotation } from '../../writer-types.js';
import { colorArray } from '../shapes/border.js';
import { Bounds } from '../shapes/bounds.js';
import { PagePath } from '../shapes/page-path.js';
import { cssDashPattern } from '../css-dashed-border.js';
import { calloutEntries, calloutStroke, drawCallout } from './callout.js';
import { defaultAppearance, defaultStyle } from './default-appearance.js';
import { drawTextFrame } from './text-frame.js';
import { richText } from './rich-text.js';
import { withOpacity } from './opacity-group.js';
import { plainText } from '../../plain-text.js';

/** The viewer's default size (src/annotations/text.ts), for a record without a usable one. */
const DEFAULT_FONT_SIZE = 14;
const QUADDING: Readonly<Record<HorizontalAlign, number>> = { left: 0, center: 1, right: 2 };
/** PDF border style names for the record's (ISO 32000-1, table 166). */
const BORDER_STYLE_NAMES = { solid: 'S', dashed: 'D', beveled: 'B', inset: 'I', underline: 'U' } as const;

export function textStyleOf(annotation: TextAnnotation): TextStyle {
  const style: TextStyle = {};
  if (annotation.fontStyle?.includes('bold')) style.bold = true;
  if (annotation.fontStyle?.includes('italic')) style.italic = true;
  if (annotation.font) style.family = annotation.font;
  return style;
}

function borderEntry(env: WriterEnv, border: TextBorder | undefined) {
  if (!border) return env.doc.context.obj({ W: 0 });
  const entry = env.doc.context.obj({ W: border.width, S: BORDER_STYLE_NAMES[border.style] });
  if (border.style === 'dashed') entry.set(env.lib.PDFName.of('D'), env.doc.context.obj(cssDashPattern(border.width).map((length) => Number(num(length)))));
  return entry;
}

/** /RD: how far the text box lies inside /Rect, as [left, top, right, bottom] (ISO 32000-1, table 174). */
function rectDifferences(rect: PdfRect, inner: PdfRect): number[] {
  const round = (value: number) => Math.max(0, Math.round(value * 1000) / 1000);
  return [round(inner[0] - rect[0]), round(rect[3] - inner[3]), round(rect[2] - inner[2]), round(inner[1] - rect[1])];
}

export async function writeFreeText(annotation: TextAnnotation, env: WriterEnv): Promise<WrittenAnnotation> {
  const { lib, frame } = env;
  const text = plainText(annotation.text);
  const style = textStyleOf(annotation);
  const size = annotation.fontSize > 0 && Number.isFinite(annotation.fontSize) ? annotation.fontSize : DEFAULT_FONT_SIZE;
  const border = textBorder(annotation);
  const { callout } = annotation;
  const rotation = normalizedRotation(annotation.rotation);
  const align = annotation.horizontalAlign ?? 'left';

  const bounds = new Bounds().addRect(annotation.bbox);
  const calloutPath = new PagePath(frame);
  if (callout) drawCallout(calloutPath, bounds, callout, calloutStroke(annotation, border), annotation.backgroundColor);
  const rect = frame.rect(bounds.rect()!);
  const inner = frame.rect(innerRect(annotation.bbox, callout));

  const drawing = new Appearance(rect);
  if (!calloutPath.content.isEmpty) drawing.content.raw(calloutPath.content.toString());
  const drawnSize = await drawTextFrame(drawing, env.fonts, {
    area: inner,
    rotation,
    text,
    style,
    size,
    color: annotation.fontColor,
    align,
    valign: annotation.verticalAlign ?? 'top',
    background: annotation.backgroundColor,
    border,
    fit: annotation.isFitting === true,
  });

  const entries: WrittenAnnotation['entries'] = {
    DA: lib.PDFString.of(defaultAppearance(style, size, annotation.fontColor)),
    DS: lib.PDFString.of(defaultStyle(style, drawnSize, annotation.fontColor, align)),
    Q: QUADDING[align] ?? 0,
    BS: borderEntry(env, border),
    RC: lib.PDFString.of(richText(annotation.text, defaultStyle(style, drawnSize, annotation.fontColor, align))),
  };
  if (annotation.backgroundColor) entries['C'] = colorArray(annotation.backgroundColor);
  const intensity = annotation.cloudyBorderIntensity;
  if (typeof intensity === 'number' && intensity > 0) entries['BE'] = env.doc.context.obj({ S: 'C', I: intensity });
  if (callout) {
    Object.assign(entries, calloutEntries(lib, frame, callout));
    entries['RD'] = rectDifferences(rect, inner);
  }
  if (rotation !== 0) entries['Rotate'] = Math.round(rotation * 1000) / 1000;

  return {
    subtype: 'FreeText',
    rect,
    entries,
    contents: text,
    appearance: withOpacity(env, drawing, annotation.opacity),
  };
}
