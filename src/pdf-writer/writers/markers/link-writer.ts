/**
 * `pspdfkit/link` → a Link annotation: its action (link-action.ts), /Border
 * and /BS from `borderWidth` and `borderStyle`, /C the border's colour, /H /I
 * (the reader inverts the area when it is clicked). Links have no /Popup.
 */
import type { LinkAnnotation } from '../../../model/index.js';
import { Appearance } from '../../appearance.js';
import type { AnnotationWriter, WrittenAnnotation } from '../../writer-types.js';
import { linkActionEntries } from './link-action.js';
import { borderEntries, drawLinkBorder } from './link-border.js';
import { pdfColor } from './pdf-color.js';

export const writeLink: AnnotationWriter<LinkAnnotation> = (link, env) => {
  const rect = env.frame.rect(link.bbox);
  const entries: WrittenAnnotation['entries'] = {
    ...borderEntries(link, env),
    H: env.lib.PDFName.of('I'),
    ...linkActionEntries(link.action, env),
  };
  if (link.borderColor) entries['C'] = pdfColor(link.borderColor);
  const appearance = new Appearance(rect);
  drawLinkBorder(appearance, link, rect);
  return { subtype: 'Link', rect, entries, appearance };
};
