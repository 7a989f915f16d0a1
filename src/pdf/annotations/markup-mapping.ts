/**
 * Text markup and redactions → `pspdfkit/markup/*`.
 *
 * - rects: one per `/QuadPoints` quad, its bounding box (pdf.js has already
 *   reduced each quad to that). Without quads, the annotation's bbox.
 * - color: `/C`; when absent, the color pdf.js draws: yellow for highlights,
 *   black for the others.
 * - blendMode: multiply for highlights, as the spec says highlights draw.
 * - note: `/Contents`.
 * - Redact: the same rects; `/C` is the outline shown before the redaction
 *   is applied, so it becomes outlineColor. pdf.js does not expose `/IC`,
 *   `/OverlayText` or `/Repeat`, nor QuadPoints of a Redact.
 */
import type { MarkupAnnotation, Rect, RedactionAnnotation } from '../../model/index.js';
import { type BaseFields, type MappingContext, setIfPresent } from './mapping-context.js';
import { hexColor, plainText } from './pdf-values.js';
import type { PdfjsAnnotationData } from './pdfjs-annotation-data.js';

type TextMarkupType = MarkupAnnotation['type'];

function rectsOf(item: PdfjsAnnotationData, base: BaseFields, context: MappingContext): Rect[] {
  const rects = context.space.quadRects(item.quadPoints);
  return rects.length > 0 ? rects : [[...base.bbox]];
}

function textMarkup(type: TextMarkupType, defaultColor: string) {
  return (item: PdfjsAnnotationData, base: BaseFields, context: MappingContext): MarkupAnnotation => {
    const record: MarkupAnnotation = {
      ...base,
      type,
      rects: rectsOf(item, base, context),
      color: hexColor(item.color) ?? defaultColor,
    };
    if (type === 'pspdfkit/markup/highlight') record.blendMode = 'multiply';
    setIfPresent(record, 'note', plainText(item.contentsObj));
    return record;
  };
}

export const mapHighlight = textMarkup('pspdfkit/markup/highlight', '#ffff00');
export const mapUnderline = textMarkup('pspdfkit/markup/underline', '#000000');
export const mapStrikeOut = textMarkup('pspdfkit/markup/strikeout', '#000000');
export const mapSquiggly = textMarkup('pspdfkit/markup/squiggly', '#000000');

export function mapRedact(item: PdfjsAnnotationData, base: BaseFields, context: MappingContext): RedactionAnnotation {
  const record: RedactionAnnotation = {
    ...base,
    type: 'pspdfkit/markup/redaction',
    rects: rectsOf(item, base, context),
  };
  setIfPresent(record, 'outlineColor', hexColor(item.color));
  setIfPresent(record, 'note', plainText(item.contentsObj));
  return record;
}
