/**
 * A widget's appearance stream: a form XObject whose /BBox is the widget's
 * box at the origin (width and height swapped when /MK /R turns it a
 * quarter) and whose /Matrix turns the content back onto the /Rect, as PDF
 * 32000-1 12.7.3.3 describes. Background and border are drawn from /MK and
 * /BS, the way form tools draw them.
 */
import { Appearance } from '../appearance.js';
import { type ContentBuilder, num } from '../content-stream.js';
import type { PDFDict, PDFDocument, PDFRef, PdfLib } from '../pdf-lib.js';
import type { PdfValues } from './pdf-values.js';
import type { PdfColor, WidgetLook } from './widget-look.js';

/** Where a widget's content is drawn: a `width` × `height` box at the origin. */
export interface WidgetBox {
  width: number;
  height: number;
  /** /Matrix: from the box onto the unrotated /Rect. */
  matrix: readonly [number, number, number, number, number, number];
}

/** The box of a widget; undefined when its /Rect is missing or empty. */
export function widgetBox(widget: PDFDict, look: WidgetLook, values: PdfValues): WidgetBox | undefined {
  const rect = values.numbers(widget, 'Rect');
  if (!rect || rect.length !== 4) return undefined;
  const rectWidth = Math.abs(rect[2]! - rect[0]!);
  const rectHeight = Math.abs(rect[3]! - rect[1]!);
  if (!(rectWidth > 0 && rectHeight > 0)) return undefined;
  switch (look.rotation) {
    case 90:
      return { width: rectHeight, height: rectWidth, matrix: [0, 1, -1, 0, rectWidth, 0] };
    case 180:
      return { width: rectWidth, height: rectHeight, matrix: [-1, 0, 0, -1, rectWidth, rectHeight] };
    case 270:
      return { width: rectHeight, height: rectWidth, matrix: [0, -1, 1, 0, 0, rectHeight] };
    default:
      return { width: rectWidth, height: rectHeight, matrix: [1, 0, 0, 1, 0, 0] };
  }
}

/** A colour operator (`g`, `rg`, `k`, or their stroking forms); empty for no colour. */
export function colorOperator(color: PdfColor, stroke: boolean): string {
  const operator = color.length === 1 ? 'g' : color.length === 3 ? 'rg' : color.length === 4 ? 'k' : '';
  if (!operator) return '';
  return `${color.map(num).join(' ')} ${stroke ? operator.toUpperCase() : operator}`;
}

/**
 * Draws the background and border; returns how far the border reaches into
 * the box (content stays inside it).
 */
export function drawWidgetFrame(content: ContentBuilder, box: WidgetBox, look: WidgetLook): number {
  const { width, height } = box;
  const fill = colorOperator(look.background, false);
  if (fill) content.raw(fill).rect(0, 0, width, height).fill();
  const stroke = colorOperator(look.borderColor, true);
  const border = look.borderWidth;
  if (!stroke || border <= 0) return 0;
  const half = border / 2;
  content.save().raw(stroke).lineWidth(border);
  if (look.borderStyle === 'underline') {
    content.moveTo(0, half).lineTo(width, half).stroke().restore();
    return border;
  }
  if (look.borderStyle === 'dashed') content.dash(look.dashes);
  content.rect(half, half, width - border, height - border).stroke().restore();
  if (look.borderStyle !== 'beveled' && look.borderStyle !== 'inset') return border;
  // The bevel: a lit band along the top and left, a shaded one along the bottom and right.
  const lit = look.borderStyle === 'beveled' ? [1] : [0.5];
  const shaded = look.borderStyle === 'beveled' ? darker(look.background) : [0.75];
  const [outer, inner] = [border, border * 2];
  content
    .save()
    .raw(colorOperator(lit, false))
    .moveTo(outer, outer)
    .lineTo(outer, height - outer)
    .lineTo(width - outer, height - outer)
    .lineTo(width - inner, height - inner)
    .lineTo(inner, height - inner)
    .lineTo(inner, inner)
    .closePath()
    .fill()
    .raw(colorOperator(shaded, false))
    .moveTo(width - outer, height - outer)
    .lineTo(width - outer, outer)
    .lineTo(outer, outer)
    .lineTo(inner, inner)
    .lineTo(width - inner, inner)
    .lineTo(width - inner, height - inner)
    .closePath()
    .fill()
    .restore();
  return inner;
}

function darker(background: PdfColor): PdfColor {
  if (background.length === 1 || background.length === 3) return background.map((component) => component / 2);
  if (background.length === 4) return background.map((component, index) => (index === 3 ? Math.min(1, component + 0.5) : component));
  return [0.5];
}

/** Writes a widget appearance (drawn in the box's coordinates) as a form XObject. */
export function writeWidgetAppearance(lib: PdfLib, doc: PDFDocument, box: WidgetBox, appearance: Appearance): PDFRef {
  const stream = doc.context.flateStream(appearance.content.toString(), {
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    BBox: [0, 0, round(box.width), round(box.height)],
    Matrix: box.matrix.map(round),
    Resources: appearance.resources.toDict(lib, doc),
  });
  return doc.context.register(stream);
}

function round(value: number): number {
  return Number(num(value));
}

/** A fresh appearance for a widget box (its /BBox is the box at the origin). */
export function newAppearance(box: WidgetBox): Appearance {
  return new Appearance([0, 0, box.width, box.height]);
}

/**
 * A colour as `#rrggbb` for the shared text drawing: gray and RGB exactly,
 * CMYK by the simple (1 − c)(1 − k) conversion; black for none.
 */
export function hexColor(color: PdfColor): string {
  let rgb: number[];
  if (color.length === 1) rgb = [color[0]!, color[0]!, color[0]!];
  else if (color.length === 3) rgb = [...color];
  else if (color.length === 4) rgb = color.slice(0, 3).map((component) => (1 - component) * (1 - color[3]!));
  else rgb = [0, 0, 0];
  return `#${rgb.map((component) => Math.round(Math.min(1, Math.max(0, component)) * 255).toString(16).padStart(2, '0')).join('')}`;
}
