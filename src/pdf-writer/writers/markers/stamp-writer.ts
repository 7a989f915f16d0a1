/**
 * `pspdfkit/stamp` → a Stamp annotation. /Name is the stamp type: the
 * Instant JSON names of PDF's own stamps (Approved, Draft, Confidential, …)
 * are PDF's names, and the other types keep their Instant JSON name, which a
 * reader that does not know it draws from /AP. /C is the record's colour when
 * it has one; /Rotate its rotation (Acrobat's key for a turned stamp). The
 * appearance is the stamp as our viewer draws it.
 */
import type { StampAnnotation } from '../../../model/index.js';
import type { AnnotationWriter, WrittenAnnotation } from '../../writer-types.js';
import { pdfColor } from './pdf-color.js';
import { rotateEntry } from './rotated-content.js';
import { stampAppearance } from './stamp-appearance.js';

export const writeStamp: AnnotationWriter<StampAnnotation> = async (stamp, env) => {
  const rect = env.frame.rect(stamp.bbox);
  const entries: WrittenAnnotation['entries'] = { Name: env.lib.PDFName.of(stamp.stampType) };
  if (stamp.color) entries['C'] = pdfColor(stamp.color);
  const rotate = rotateEntry(stamp.rotation);
  if (rotate !== undefined) entries['Rotate'] = rotate;
  return { subtype: 'Stamp', rect, entries, appearance: await stampAppearance(stamp, rect, env) };
};
