/**
 * Widget (a form field's on-page box) → `pspdfkit/widget`.
 *
 * The spec's 17 types have no widget, but real Instant JSON exports write
 * widgets as `pspdfkit/widget` records carrying `formFieldName` (see
 * ../shared/corpus/instant-json/avinayak__nutrient_collab_test), and the
 * model keeps records of that type as they are. So a widget keeps its place,
 * its field name and its look; the field itself and its value belong in
 * `formFields` / `formFieldValues`, which this reader does not produce.
 */
import type { UnknownAnnotation } from '../../model/index.js';
import { type BaseFields, border, Skip } from './mapping-context.js';
import { hexColor, rightAngle } from './pdf-values.js';
import type { PdfjsAnnotationData } from './pdfjs-annotation-data.js';

const ALIGN_BY_Q = ['left', 'center', 'right'] as const;

export function mapWidget(item: PdfjsAnnotationData, base: BaseFields): UnknownAnnotation | Skip {
  if (!item.fieldName) return new Skip('the widget belongs to no named form field');
  const record: UnknownAnnotation = { ...base, type: 'pspdfkit/widget', formFieldName: item.fieldName };
  const outline = border(item.borderStyle);
  const borderColor = hexColor(item.borderColor);
  if (outline && borderColor) {
    record['borderColor'] = borderColor;
    record['borderStyle'] = outline.style;
    record['borderWidth'] = outline.width;
  }
  const backgroundColor = hexColor(item.backgroundColor);
  if (backgroundColor) record['backgroundColor'] = backgroundColor;
  const appearance = item.defaultAppearanceData;
  if (appearance) {
    // A /DA font size of 0 means "fit the box": no fixed size to write.
    if (typeof appearance.fontSize === 'number' && appearance.fontSize > 0) record['fontSize'] = appearance.fontSize;
    const fontColor = hexColor(appearance.fontColor);
    if (fontColor) record['fontColor'] = fontColor;
  }
  const align = typeof item.textAlignment === 'number' ? ALIGN_BY_Q[item.textAlignment] : undefined;
  if (align) record['horizontalAlign'] = align;
  record['rotation'] = rightAngle(item.rotation) ?? 0;
  return record;
}
