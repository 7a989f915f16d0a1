/**
 * Writing a change set as an Instant JSON document (spec 001): the diff
 * against the original PDF.
 *
 * - `format` always; `pdfId` when the document has one (as imported when the
 *   imported one is equal), else as imported (so `"pdfId": null` survives).
 * - `skippedPdfObjectIds`, `annotations`, `formFieldValues`, `attachments`
 *   only when not empty.
 * - Every other key of the imported document, unchanged.
 * - Keys in the imported document's order; sections that were absent from it
 *   follow in the order format, pdfId, skippedPdfObjectIds, annotations,
 *   formFieldValues, attachments.
 * - Within a section: imported order, then additions in the order they were
 *   made (see change-set.ts).
 * - An imported annotation without `id` that was not edited is written as it
 *   came, without its session id (see session-ids.ts).
 *
 * The result is deeply frozen and shares its records with the model.
 */
import type { ChangeSet } from './change-set.js';
import type { Attachment, InstantJson, PdfId } from './document-types.js';
import { markOwnDocument } from './parse-instant-json.js';
import { exportedForm } from './session-ids.js';
import { INSTANT_JSON_FORMAT } from './vocabulary.js';

const SECTION_ORDER = [
  'format',
  'pdfId',
  'skippedPdfObjectIds',
  'annotations',
  'formFieldValues',
  'attachments',
] as const;

export function exportChangeSet(changes: ChangeSet, pdfId: PdfId | null): InstantJson {
  const imported = changes.imported as Record<string, unknown> | null;
  const out: Record<string, unknown> = {};
  const written = new Set<string>();

  const write = (key: string): void => {
    written.add(key);
    switch (key) {
      case 'format':
        out[key] = INSTANT_JSON_FORMAT;
        return;
      case 'pdfId': {
        const given = imported?.[key] as PdfId | null | undefined;
        if (pdfId === null) {
          if (given !== undefined) out[key] = given;
        } else {
          // The imported object when it says the same (it keeps its key order).
          const same = given != null && given.permanent === pdfId.permanent && given.changing === pdfId.changing;
          out[key] = same ? given : pdfId;
        }
        return;
      }
      case 'skippedPdfObjectIds':
        if (changes.skipped.size > 0) out[key] = Object.freeze(changes.skipped.keys());
        return;
      case 'annotations':
        if (changes.annotations.size > 0) out[key] = Object.freeze(changes.annotations.values().map(exportedForm));
        return;
      case 'formFieldValues':
        if (changes.formFieldValues.size > 0) out[key] = Object.freeze(changes.formFieldValues.values());
        return;
      case 'attachments':
        if (changes.attachments.size > 0) {
          const attachments: Record<string, Attachment> = {};
          // defineProperty: an id such as "__proto__" must stay a key (assignment would set the prototype).
          for (const [id, attachment] of changes.attachments.entries()) defineKey(attachments, id, attachment);
          out[key] = Object.freeze(attachments);
        }
        return;
      default:
        // defineProperty, not assignment: a kept key named "__proto__" must stay a key.
        defineKey(out, key, imported![key]);
    }
  };

  if (imported !== null) for (const key of Object.keys(imported)) write(key);
  for (const key of SECTION_ORDER) if (!written.has(key)) write(key);
  return markOwnDocument(Object.freeze(out) as InstantJson);
}

/** Sets an own, enumerable key, even one named `__proto__`. */
function defineKey(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
