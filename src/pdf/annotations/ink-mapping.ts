/**
 * Ink → `pspdfkit/ink`.
 *
 * - lines.points: one segment per `/InkList` stroke.
 * - lines.intensities: 0.5 for every point, the default the spec asks for
 *   when the pressure is unknown (a PDF does not record it).
 * - lineWidth: `/BS /W`, 1 (the PDF default, and what pdf.js draws) when the
 *   dictionary has no border width.
 * - strokeColor: `/C`, black (what pdf.js draws) when absent.
 * - opacity (`/CA`) is a base field; note is `/Contents`.
 *
 * An Ink without `/InkList` (issue14438.pdf has four, without /Rect either)
 * still becomes a record, with one empty segment: the spec wants a segment
 * with a point, but inventing a point would draw a dot the PDF does not
 * have. The model's validator accepts empty segments.
 */
import type { InkAnnotation, Point } from '../../model/index.js';
import { type BaseFields, border, type MappingContext, setIfPresent } from './mapping-context.js';
import { hexColor, plainText } from './pdf-values.js';
import type { PdfjsAnnotationData } from './pdfjs-annotation-data.js';

const DEFAULT_INTENSITY = 0.5;

export function mapInk(item: PdfjsAnnotationData, base: BaseFields, context: MappingContext): InkAnnotation {
  const points: Point[][] = (item.inkLists ?? []).map((stroke) => context.space.points(stroke));
  if (points.length === 0) points.push([]);
  const record: InkAnnotation = {
    ...base,
    type: 'pspdfkit/ink',
    lines: {
      points,
      intensities: points.map((segment) => segment.map(() => DEFAULT_INTENSITY)),
    },
    lineWidth: border(item.borderStyle)?.width ?? 1,
    isDrawnNaturally: false,
    strokeColor: hexColor(item.color) ?? '#000000',
  };
  setIfPresent(record, 'note', plainText(item.contentsObj));
  return record;
}
