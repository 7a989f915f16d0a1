/**
 * Link → `pspdfkit/link` with its action.
 *
 * pdf.js reduces a link's `/A` or `/Dest` to one of a few fields
 * (Catalog.parseDestDictionary); each maps to an Instant JSON action:
 * - `dest` (GoTo or /Dest) → `goTo` with the page index resolved beforehand
 *   through the document (link-destinations.ts);
 * - `url` (URI; pdf.js also puts Launch and GoToR file names and
 *   `javascript:` URL-openers here, without saying which) → `uri` with the
 *   URI as written in the PDF;
 * - `action` (Named) → `named` when the name is one of the format's;
 * - `resetForm` → `resetForm`, with fields by name and by pdfObjectId;
 * - `attachment` (GoToE to an embedded file) → `goToEmbedded`.
 * A link whose action has no Instant JSON form (SetOCGState, JavaScript,
 * SubmitForm: pdf.js keeps nothing of the last two) or whose destination does
 * not exist is skipped: a link record must have an action.
 *
 * The border (`/BS`, `/Border`) is kept only when it is visible.
 */
import type { Action, AnnotationReference, LinkAnnotation, NamedActionName } from '../../model/index.js';
// Not re-exported by the model's index; the vocabulary module is its source of truth.
import { NAMED_ACTIONS } from '../../model/vocabulary.js';
import { type BaseFields, border, type MappingContext, pdfObjectIdOf, Skip, setIfPresent } from './mapping-context.js';
import { hexColor, plainText } from './pdf-values.js';
import type { PdfjsAnnotationData, PdfjsResetForm } from './pdfjs-annotation-data.js';

const NAMED: ReadonlySet<string> = new Set<string>(NAMED_ACTIONS);

export function mapLink(item: PdfjsAnnotationData, base: BaseFields, context: MappingContext): LinkAnnotation | Skip {
  const action = linkAction(item, context);
  if (action instanceof Skip) return action;
  const record: LinkAnnotation = { ...base, type: 'pspdfkit/link', action };
  setIfPresent(record, 'note', plainText(item.contentsObj));
  const outline = border(item.borderStyle);
  if (outline) {
    record.borderStyle = outline.style;
    record.borderWidth = outline.width;
    setIfPresent(record, 'borderColor', hexColor(item.borderColor ?? item.color));
  }
  return record;
}

function linkAction(item: PdfjsAnnotationData, context: MappingContext): Action | Skip {
  if (item.dest !== undefined) {
    const pageIndex = context.linkTargets.get(item.id);
    if (pageIndex === undefined) return new Skip('its destination is not a page of this document');
    return { type: 'goTo', pageIndex };
  }
  const uri = item.unsafeUrl ?? item.url;
  if (typeof uri === 'string') return { type: 'uri', uri };
  if (typeof item.action === 'string') {
    // PDF names actions NextPage, PrevPage, …; Instant JSON nextPage, prevPage, ….
    const name = item.action.charAt(0).toLowerCase() + item.action.slice(1);
    if (NAMED.has(name)) return { type: 'named', action: name as NamedActionName };
    return new Skip(`the named action "${item.action}" has no Instant JSON equivalent`);
  }
  if (item.resetForm) return resetFormAction(item.resetForm);
  const embedded = item.attachment?.filename;
  if (typeof embedded === 'string') {
    return { type: 'goToEmbedded', newWindow: item.newWindow === true, relativePath: embedded, targetType: 'child' };
  }
  return new Skip('its action has no Instant JSON equivalent (or pdf.js does not expose it)');
}

function resetFormAction(resetForm: PdfjsResetForm): Action {
  const fields: AnnotationReference[] = [];
  for (const fieldName of resetForm.fields ?? []) fields.push({ fieldName });
  for (const ref of resetForm.refs ?? []) {
    const pdfObjectId = pdfObjectIdOf(ref);
    if (pdfObjectId !== null) fields.push({ pdfObjectId });
  }
  return {
    type: 'resetForm',
    ...(resetForm.include === false && { flags: 'includeExclude' as const }),
    ...(fields.length > 0 && { fields }),
  };
}
