/**
 * The changes against the original PDF: exactly what an Instant JSON document
 * holds. Records are the frozen objects that were imported or created, so an
 * untouched imported record is written back as the same object.
 *
 * Order (documented in the export): each section keeps the order of the
 * imported document, and entries added later follow in the order they were
 * added. Editing an entry keeps its place; undoing a delete restores it.
 */
import type { Annotation } from './annotation-types.js';
import type { Attachment, FormFieldValue, InstantJson } from './document-types.js';
import { OrderedEntries, type Sequenced } from './ordered-entries.js';
import { withSessionIds } from './session-ids.js';

export class ChangeSet {
  /**
   * The `annotations` section: new annotations and new versions of originals,
   * by id (a session id for imported records without one, see session-ids.ts).
   */
  readonly annotations = new OrderedEntries<string, Annotation>();
  /** `skippedPdfObjectIds`, as a set with order. */
  readonly skipped = new OrderedEntries<number, true>();
  readonly formFieldValues = new OrderedEntries<string, FormFieldValue>();
  readonly attachments = new OrderedEntries<string, Attachment>();
  /** Id of the record in `annotations` that carries a given pdfObjectId. */
  private readonly idByPdfObjectId = new Map<number, string>();
  /** Ids of the records in `annotations` on each page. */
  private readonly idsByPage = new Map<number, Set<string>>();
  private nextSeq = 0;

  /**
   * @param imported The document these changes came from, if any: its key
   *   order and the keys the model does not manage are written back on export.
   */
  constructor(readonly imported: InstantJson | null = null) {}

  static fromDocument(doc: InstantJson): ChangeSet {
    const set = new ChangeSet(doc);
    const skipped = doc.skippedPdfObjectIds ?? [];
    for (let i = 0; i < skipped.length; i++) set.skipped.put(skipped[i]!, { value: true, seq: i });
    // Records without id get a session id; the export writes them back as they came.
    const annotations = withSessionIds(doc.annotations ?? []);
    for (let i = 0; i < annotations.length; i++) {
      set.putAnnotation(annotations[i]!.id, { value: annotations[i]!, seq: i });
    }
    const values = doc.formFieldValues ?? [];
    for (let i = 0; i < values.length; i++) set.formFieldValues.put(values[i]!.name, { value: values[i]!, seq: i });
    const attachmentIds = doc.attachments ? Object.keys(doc.attachments) : [];
    for (let i = 0; i < attachmentIds.length; i++) {
      set.attachments.put(attachmentIds[i]!, { value: doc.attachments![attachmentIds[i]!]!, seq: i });
    }
    set.nextSeq = Math.max(skipped.length, annotations.length, values.length, attachmentIds.length);
    return set;
  }

  /** A sequence number after every existing one. */
  takeSeq(): number {
    return this.nextSeq++;
  }

  /** Sets (or, with `undefined`, removes) the record with `id` in `annotations`, keeping the indexes. */
  putAnnotation(id: string, entry: Sequenced<Annotation> | undefined): void {
    const previous = this.annotations.get(id);
    if (previous !== undefined) this.unindex(id, previous);
    this.annotations.put(id, entry);
    if (entry !== undefined) this.index(id, entry.value);
  }

  /** The id of the record that is the new version of PDF object `pdfObjectId`, if any. */
  idOfPdfObject(pdfObjectId: number): string | undefined {
    return this.idByPdfObjectId.get(pdfObjectId);
  }

  /** Ids of records in `annotations` on `pageIndex`, in document order. */
  idsOnPage(pageIndex: number): string[] {
    const ids = this.idsByPage.get(pageIndex);
    if (ids === undefined) return [];
    return [...ids].sort((a, b) => this.annotations.entry(a)!.seq - this.annotations.entry(b)!.seq);
  }

  /** Pages with records in `annotations`. */
  pages(): IterableIterator<number> {
    return this.idsByPage.keys();
  }

  /** Ids of originals this change set hides or replaces, by pdfObjectId. */
  touchedPdfObjectIds(): Set<number> {
    const ids = new Set<number>(this.skipped.keys());
    for (const pdfObjectId of this.idByPdfObjectId.keys()) ids.add(pdfObjectId);
    return ids;
  }

  private index(id: string, record: Annotation): void {
    if (record.pdfObjectId !== undefined) this.idByPdfObjectId.set(record.pdfObjectId, id);
    let ids = this.idsByPage.get(record.pageIndex);
    if (ids === undefined) this.idsByPage.set(record.pageIndex, (ids = new Set()));
    ids.add(id);
  }

  private unindex(id: string, record: Annotation): void {
    if (record.pdfObjectId !== undefined && this.idByPdfObjectId.get(record.pdfObjectId) === id) {
      this.idByPdfObjectId.delete(record.pdfObjectId);
    }
    const ids = this.idsByPage.get(record.pageIndex);
    if (ids === undefined) return;
    ids.delete(id);
    if (ids.size === 0) this.idsByPage.delete(record.pageIndex);
  }
}
