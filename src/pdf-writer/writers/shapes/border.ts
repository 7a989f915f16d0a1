/**
 * A shape's stroke: the /BS and /C entries that describe it, and the
 * graphics-state operators that draw it as the viewer does
 * (`src/annotations/shape-style.ts`, `paint.ts`): the record's width, colour
 * (black when it has none), dash pattern, SVG's butt caps and miter joins.
 */
import type { Color, ShapeAnnotation } from '../../../model/index.js';
import { dashLengths } from '../../../annotations/paint.js';
import { DEFAULT_STROKE_COLOR, strokeWidthOf } from '../../../annotations/shape-style.js';
import type { ContentBuilder } from '../../content-stream.js';
import { rgbComponents } from '../../content-stream.js';
import type { PDFDict, PDFDocument } from '../../pdf-lib.js';

export interface Stroke {
  readonly width: number;
  readonly color: Color;
  /** Dash lengths in points; undefined draws solid. */
  readonly dash?: readonly number[] | undefined;
}

/** The stroke a shape record draws; undefined when its width is 0 (the viewer then draws no stroke). */
export function shapeStroke(shape: ShapeAnnotation): Stroke | undefined {
  const width = strokeWidthOf(shape);
  if (!(width > 0)) return undefined;
  return { width, color: shape.strokeColor ?? DEFAULT_STROKE_COLOR, dash: dashLengths(shape.strokeDashArray) };
}

/** A colour as a PDF colour array (`/C`, `/IC`). */
export function colorArray(color: Color): number[] {
  return rgbComponents(color).map((component) => Math.round(component * 10000) / 10000);
}

/** `/BS << /W width /S /S >>`, or `/S /D /D [dash]` when dashed. */
export function borderStyle(doc: PDFDocument, width: number, dash: readonly number[] | undefined): PDFDict {
  return dash
    ? doc.context.obj({ W: width, S: 'D', D: [...dash] })
    : doc.context.obj({ W: width, S: 'S' });
}

/**
 * The kind-specific entries every shape writes for its border: `/BS` with
 * the record's width (0 when it draws none) and dash, and `/C`, the stroke
 * colour, when the record has one or a stroke is drawn.
 */
export function borderEntries(doc: PDFDocument, shape: ShapeAnnotation): { BS: PDFDict; C?: number[] } {
  const stroke = shapeStroke(shape);
  const color = shape.strokeColor ?? stroke?.color;
  const BS = borderStyle(doc, stroke?.width ?? 0, stroke?.dash);
  return color ? { BS, C: colorArray(color) } : { BS };
}

/** Sets up `content` to stroke with `stroke`, dashed when it is and `dashed` is not false. */
export function applyStroke(content: ContentBuilder, stroke: Stroke, dashed = true): void {
  content.lineWidth(stroke.width).strokeColor(stroke.color);
  if (dashed && stroke.dash) content.dash(stroke.dash);
}
