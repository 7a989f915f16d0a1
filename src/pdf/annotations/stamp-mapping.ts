/**
 * Stamp → `pspdfkit/stamp`.
 *
 * The stamp type would come from `/Name` (the standard names Approved,
 * Draft, … are the format's stamp types), but pdf.js 5.6 does not expose a
 * Stamp's `/Name`. Unless a `name` is present, the record is therefore a
 * `Custom` stamp without title: its look is the PDF's own appearance stream,
 * which pdf.js renders. color is `/C`, rotation the non-standard `/Rotate`,
 * note the `/Contents`.
 */
import { STAMP_TYPES, type StampAnnotation, type StampType } from '../../model/index.js';
import { type BaseFields, setIfPresent } from './mapping-context.js';
import { hexColor, plainText, rightAngle } from './pdf-values.js';
import type { PdfjsAnnotationData } from './pdfjs-annotation-data.js';

const STANDARD_STAMPS: ReadonlySet<string> = new Set<string>(STAMP_TYPES.filter((type) => type !== 'Custom'));

export function mapStamp(item: PdfjsAnnotationData, base: BaseFields): StampAnnotation {
  const name = item.name;
  const record: StampAnnotation = {
    ...base,
    type: 'pspdfkit/stamp',
    stampType: name !== undefined && STANDARD_STAMPS.has(name) ? (name as StampType) : 'Custom',
  };
  setIfPresent(record, 'color', hexColor(item.color));
  record.rotation = rightAngle(item.rotation) ?? 0;
  setIfPresent(record, 'note', plainText(item.contentsObj));
  return record;
}
