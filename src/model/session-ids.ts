/**
 * Ids for imported records that have none.
 *
 * Instant JSON written by PSPDFKit's native SDKs (2018–2019) has annotation
 * records without `id`: they carry a `name`, or nothing at all. The viewer
 * needs an id for every shown record (selection, `updateAnnotation`,
 * `deleteAnnotation`, undo, `[data-annotation-id]`), so such a record gets a
 * *session id* while it is in the store, and is exported exactly as it came
 * (no `id` added) until it is edited.
 *
 * The session id, in order of preference:
 * 1. its `name`, when no other record of the document uses it as `id` or
 *    session id and it is not the id form of a PDF original (a decimal
 *    object number, which would hide original `name` — see
 *    shown-annotations.ts), unless it is the record's own `pdfObjectId`;
 * 2. `String(pdfObjectId)` for a new version of a PDF original, the id the
 *    original itself is shown with;
 * 3. `imported-annotation-<index>` (its index in `annotations`), with
 *    `-2`, `-3`, … appended while taken.
 * Ids given in the document always win; the first record (in document
 * order) asking for a name gets it. Index-based rather than content-based:
 * the same document always yields the same ids (re-import, undo of an import,
 * tests), it costs nothing, and two identical records would need an index to
 * tell them apart anyway.
 */
import type { Annotation } from './annotation-types.js';
import type { ImportedAnnotation } from './document-types.js';

/** The record as imported, for the session records that stand for one without id. */
const importedForm = new WeakMap<Annotation, ImportedAnnotation>();

/** What the export writes for `record`: the imported record without id when `record` stands for one. */
export function exportedForm(record: Annotation): ImportedAnnotation {
  return importedForm.get(record) ?? record;
}

const OBJECT_NUMBER = /^(?:0|[1-9]\d*)$/;

/**
 * The records of an imported `annotations` section as the store holds them:
 * the very objects for records with an id, frozen copies with a session id
 * appended for the others (the copy shares the record's nested values).
 */
export function withSessionIds(records: readonly ImportedAnnotation[]): Annotation[] {
  const taken = new Set<string>();
  let missing = 0;
  for (const record of records) {
    if (record.id === undefined) missing++;
    else taken.add(record.id);
  }
  if (missing === 0) return records as Annotation[];

  const claim = (id: string): string => {
    taken.add(id);
    return id;
  };
  const usable = (id: string | undefined, record: ImportedAnnotation): id is string =>
    id !== undefined &&
    id !== '' &&
    !taken.has(id) &&
    (!OBJECT_NUMBER.test(id) || id === String(record.pdfObjectId));

  return records.map((record, index) => {
    if (record.id !== undefined) return record as Annotation;
    let id: string;
    if (usable(record.name, record)) id = claim(record.name);
    else if (record.pdfObjectId !== undefined && usable(String(record.pdfObjectId), record)) {
      id = claim(String(record.pdfObjectId));
    } else {
      const base = `imported-annotation-${index}`;
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      claim(id);
    }
    const session = Object.freeze({ ...record, id }) as Annotation;
    importedForm.set(session, record);
    return session;
  });
}
