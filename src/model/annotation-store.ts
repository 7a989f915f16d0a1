/**
 * The document model: the PDF's own annotations, the changes against them
 * (what Instant JSON holds), undo/redo, and change notification.
 *
 * What is shown = the originals that are neither skipped nor replaced, plus
 * every record of the change set (see shown-annotations.ts). Originals arrive
 * lazily, page by page ({@link AnnotationStore.addOriginals}); since "skipped"
 * and "replaced" are looked up when shown, an import that skips or replaces an
 * original of a page not read yet takes effect when that page arrives.
 *
 * Every record handed out is deeply frozen and shared, never copied: reading
 * costs nothing, and a caller cannot change the model by mutating a record.
 * To change one, pass a new object (`{ ...a, bbox }`) to `updateAnnotation`.
 */
import type { Annotation, AnnotationInput } from './annotation-types.js';
import { ChangeSet } from './change-set.js';
import {
  type AnnotationsChangeListener,
  type ChangeSource,
  describeChange,
  newPendingChange,
  notifyListeners,
  type PendingChange,
} from './change-notification.js';
import type { Attachment, FormFieldValue, InstantJson, PdfId } from './document-types.js';
import { exportChangeSet } from './export-instant-json.js';
import { UndoHistory } from './history.js';
import { InstantJsonError } from './instant-json-error.js';
import { copyJson, deepFreeze } from './json-values.js';
import { applyOperations, type ChangeSetHolder, type Operation } from './operations.js';
import { OriginalAnnotations } from './original-annotations.js';
import { parseInstantJson } from './parse-instant-json.js';
import { ShownAnnotations } from './shown-annotations.js';
import { newUlid } from './new-ulid.js';
import {
  nextTimestamp,
  prepareNewAnnotation,
  prepareOriginal,
  prepareUpdatedAnnotation,
} from './prepare-records.js';
import type { AnnotationStoreOptions, CommandOptions, ImportOptions } from './store-options.js';
import { checkAttachment, checkFormFieldValue, validatePdfId } from './validate-sections.js';

export class AnnotationStore {
  /** The current changes; an import replaces the change set as a whole. */
  private readonly state: ChangeSetHolder = { changes: new ChangeSet() };
  private readonly originals = new OriginalAnnotations();
  private readonly shown = new ShownAnnotations(this.originals, this.state);
  private readonly history: UndoHistory<readonly Operation[]>;
  private readonly listeners = new Set<AnnotationsChangeListener>();
  private readonly clock: () => number;
  private readonly createId: () => string;
  private currentPdfId: PdfId | null = null;
  private currentPageCount: number | undefined;
  private pending: PendingChange | undefined;
  private exported: InstantJson | undefined;
  private changeCount = 0;

  constructor(options: AnnotationStoreOptions = {}) {
    this.history = new UndoHistory(options.historyLimit);
    this.clock = options.clock ?? Date.now;
    this.createId = options.createId ?? newUlid;
    this.pdfId = options.pdfId ?? null;
    this.pageCount = options.pageCount;
  }

  /** The PDF's `/ID` pair (a frozen copy), or null. */
  get pdfId(): PdfId | null {
    return this.currentPdfId;
  }

  set pdfId(pdfId: PdfId | null) {
    validatePdfId(pdfId);
    this.currentPdfId = pdfId === null ? null : deepFreeze(copyJson(pdfId, 'pdfId'));
    this.exported = undefined;
  }

  get pageCount(): number | undefined {
    return this.currentPageCount;
  }

  set pageCount(pageCount: number | undefined) {
    if (pageCount !== undefined && !(Number.isInteger(pageCount) && pageCount >= 0)) {
      throw new RangeError(`pageCount must be a non-negative integer, got ${String(pageCount)}`);
    }
    this.currentPageCount = pageCount;
  }

  /** Increases with every change to what `exportInstantJson` returns or what is shown. */
  get version(): number {
    return this.changeCount;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  // ---- the PDF's own annotations ------------------------------------------------

  /**
   * Adds (or replaces) the annotations the PDF has on `pageIndex`. Each needs
   * `pdfObjectId`; `id` and `pageIndex` are filled in. Not undoable, not
   * notified, and never part of the export. Skips and replacements imported
   * earlier apply to them at once.
   *
   * @throws InstantJsonError (path `originals[i]…`) for an invalid record; nothing is added then.
   */
  addOriginals(pageIndex: number, annotations: readonly unknown[]): void {
    if (!(Number.isInteger(pageIndex) && pageIndex >= 0)) {
      throw new RangeError(`pageIndex must be a non-negative integer, got ${String(pageIndex)}`);
    }
    const records = annotations.map((input, i) => prepareOriginal(input, pageIndex, i, this.currentPageCount));
    const seen = new Map<number, number>();
    records.forEach((record, i) => {
      const first = seen.get(record.pdfObjectId!);
      if (first !== undefined) {
        throw new InstantJsonError(`originals[${i}].pdfObjectId`, `PDF object ${record.pdfObjectId} is also originals[${first}]`);
      }
      seen.set(record.pdfObjectId!, i);
    });
    this.originals.setPage(pageIndex, records);
    this.changeCount++;
  }

  /** Whether `addOriginals` was called for `pageIndex`. */
  hasOriginals(pageIndex: number): boolean {
    return this.originals.hasPage(pageIndex);
  }

  /**
   * Object numbers of originals that are skipped or replaced: a viewer must
   * not show their own appearance. Includes originals of pages not read yet.
   */
  hiddenPdfObjectIds(): Set<number> {
    return this.state.changes.touchedPdfObjectIds();
  }

  /** Whether `annotation` is an original exactly as read from the PDF (not a new version of it). */
  isOriginal(annotation: Annotation): boolean {
    return annotation.pdfObjectId !== undefined && this.originals.byObjectNumber(annotation.pdfObjectId) === annotation;
  }

  /** The page an original was read on, if its page has been read. */
  originalPageOf(pdfObjectId: number): number | undefined {
    return this.originals.byObjectNumber(pdfObjectId)?.pageIndex;
  }

  // ---- reading -----------------------------------------------------------------------

  /** The annotation shown with `id`, if any. */
  getAnnotation(id: string): Annotation | undefined {
    return this.shown.get(id);
  }

  /**
   * What is shown on `pageIndex` (or on every page, by page), originals
   * included: the page's originals in PDF order, each replaced in place by
   * its new version, then the page's other records in document order.
   */
  getAnnotations(pageIndex?: number): Annotation[] {
    return pageIndex === undefined ? this.shown.all() : this.shown.onPage(pageIndex);
  }

  getFormFieldValue(name: string): FormFieldValue | undefined {
    return this.state.changes.formFieldValues.get(name);
  }

  /** The changed form field values, in document order. */
  getFormFieldValues(): FormFieldValue[] {
    return this.state.changes.formFieldValues.values();
  }

  getAttachment(id: string): Attachment | undefined {
    return this.state.changes.attachments.get(id);
  }

  /**
   * The changes as an Instant JSON document (see export-instant-json.ts for
   * its exact shape and order). Deeply frozen; the same object is returned
   * until the next change.
   */
  exportInstantJson(): InstantJson {
    return (this.exported ??= exportChangeSet(this.state.changes, this.currentPdfId));
  }

  // ---- commands ----------------------------------------------------------------------

  /**
   * Creates an annotation (see prepare-records.ts for what is filled in);
   * `author` becomes `creatorName` unless the input has one.
   *
   * @throws InstantJsonError (path relative to `input`, e.g. `bbox`) when invalid or when the id is taken.
   */
  createAnnotation(input: AnnotationInput, options: CommandOptions & { author?: string } = {}): Annotation {
    const record = prepareNewAnnotation(input, {
      id: this.createId,
      timestamp: new Date(this.clock()).toISOString(),
      author: options.author,
      pageCount: this.currentPageCount,
    });
    if (this.getAnnotation(record.id) !== undefined || this.state.changes.annotations.has(record.id)) {
      throw InstantJsonError.expected('id', 'an id no other annotation has', record.id);
    }
    this.commit(
      [{ kind: 'annotation', key: record.id, before: undefined, after: { value: record, seq: this.state.changes.takeSeq() } }],
      options.source,
    );
    return record;
  }

  /**
   * Replaces the annotation with `annotation.id` by `annotation` (a whole
   * record, not a patch), with `updatedAt` bumped: to now, or 1 ms past the
   * previous value when the clock has not passed it, so it always increases.
   * Editing an annotation of the PDF marks its pdfObjectId skipped.
   *
   * @throws Error when no annotation with that id is shown.
   * @throws InstantJsonError (path relative to the record) when invalid or when `pdfObjectId` differs.
   */
  updateAnnotation(annotation: Annotation, options: CommandOptions = {}): Annotation {
    const current = this.requireShown(annotation?.id, 'updateAnnotation');
    const timestamp = nextTimestamp(this.clock(), current.updatedAt);
    const record = prepareUpdatedAnnotation(annotation, current, timestamp, this.currentPageCount);
    const before = this.state.changes.annotations.entry(record.id);
    const operations: Operation[] = [
      { kind: 'annotation', key: record.id, before, after: { value: record, seq: before?.seq ?? this.state.changes.takeSeq() } },
    ];
    this.skipOriginal(record.pdfObjectId, operations);
    this.commit(operations, options.source);
    return record;
  }

  /**
   * Deletes the annotation with `id`. Deleting an annotation of the PDF marks
   * its pdfObjectId skipped.
   *
   * @throws Error when no annotation with that id is shown.
   */
  deleteAnnotation(id: string, options: CommandOptions = {}): void {
    const current = this.requireShown(id, 'deleteAnnotation');
    const operations: Operation[] = [];
    const before = this.state.changes.annotations.entry(id);
    if (before !== undefined) operations.push({ kind: 'annotation', key: id, before, after: undefined });
    this.skipOriginal(current.pdfObjectId, operations);
    this.commit(operations, options.source);
  }

  /**
   * Sets the value record of a form field (`v` and `type` are filled in when
   * absent), replacing an earlier one with the same `name`.
   *
   * @throws InstantJsonError (path relative to `value`) when invalid.
   */
  setFormFieldValue(
    value: Omit<FormFieldValue, 'v' | 'type'> & Partial<Pick<FormFieldValue, 'v' | 'type'>>,
    options: CommandOptions = {},
  ): FormFieldValue {
    const record: unknown = { v: 1, type: 'pspdfkit/form-field-value', ...value };
    checkFormFieldValue(record, { base: '', index: -1 });
    const frozen = deepFreeze(copyJson(record, '')) as unknown as FormFieldValue;
    const before = this.state.changes.formFieldValues.entry(frozen.name);
    const after = { value: frozen, seq: before?.seq ?? this.state.changes.takeSeq() };
    this.commit([{ kind: 'formFieldValue', key: frozen.name, before, after }], options.source);
    return frozen;
  }

  /** Removes the value record of a form field; false when it had none. */
  removeFormFieldValue(name: string, options: CommandOptions = {}): boolean {
    const before = this.state.changes.formFieldValues.entry(name);
    if (before === undefined) return false;
    this.commit([{ kind: 'formFieldValue', key: name, before, after: undefined }], options.source);
    return true;
  }

  /**
   * Sets attachment `id` (the SHA-256 hex of the file, or a pdfObjectId).
   *
   * @throws InstantJsonError (path relative to `attachment`) when invalid.
   */
  setAttachment(id: string, attachment: Attachment, options: CommandOptions = {}): void {
    if (typeof id !== 'string' || id === '') throw new TypeError('attachment id must be a non-empty string');
    checkAttachment(attachment, '');
    const frozen = deepFreeze(copyJson(attachment, ''));
    const before = this.state.changes.attachments.entry(id);
    const after = { value: frozen, seq: before?.seq ?? this.state.changes.takeSeq() };
    this.commit([{ kind: 'attachment', key: id, before, after }], options.source);
  }

  /** Removes attachment `id`; false when there was none. */
  deleteAttachment(id: string, options: CommandOptions = {}): boolean {
    const before = this.state.changes.attachments.entry(id);
    if (before === undefined) return false;
    this.commit([{ kind: 'attachment', key: id, before, after: undefined }], options.source);
    return true;
  }

  /**
   * Replaces all changes with `json` (text or object): back to the original
   * PDF, then the document applied. One undo step. Atomic: everything is
   * checked first, and on any error the store is left exactly as it was.
   *
   * @throws InstantJsonError for invalid JSON, a `pageIndex` outside the
   *   document, or a `pdfId.permanent` that differs from the document's
   *   (JSON without pdfId, or with `null`, applies to any document), or
   *   whatever `options.validate` throws.
   */
  importInstantJson(json: unknown, options: ImportOptions = {}): void {
    const doc = parseInstantJson(json, { pageCount: options.pageCount ?? this.currentPageCount });
    const documentPdfId = options.pdfId !== undefined ? options.pdfId : this.currentPdfId;
    const given = doc.pdfId;
    if (given != null && documentPdfId !== null && given.permanent !== documentPdfId.permanent) {
      throw new InstantJsonError(
        'pdfId.permanent',
        `this Instant JSON was written for another PDF: expected the loaded PDF's permanent id ${JSON.stringify(documentPdfId.permanent)}, found ${JSON.stringify(given.permanent)}`,
      );
    }
    options.validate?.(doc);
    this.commit([{ kind: 'document', before: this.state.changes, after: ChangeSet.fromDocument(doc) }], options.source ?? 'import');
  }

  /**
   * Runs `fn` as one command: one undo step and one notification for all the
   * changes it makes. If `fn` throws, its changes are rolled back and the
   * error is rethrown. Nested batches join the outer one.
   */
  batch<T>(fn: () => T, options: CommandOptions = {}): T {
    if (this.pending !== undefined) return fn();
    const pending = newPendingChange(options.source ?? 'api');
    this.pending = pending;
    let result: T;
    try {
      result = fn();
    } catch (error) {
      this.pending = undefined;
      if (pending.operations.length > 0) {
        applyOperations(this.state, pending.operations, true);
        this.changed();
      }
      throw error;
    }
    this.pending = undefined;
    if (pending.operations.length > 0) {
      this.history.push(pending.operations);
      notifyListeners(this.listeners, describeChange(pending, (id) => this.getAnnotation(id)));
    }
    return result;
  }

  /** Undoes the last step; false when there is none. */
  undo(): boolean {
    return this.travel(true);
  }

  /** Redoes the last undone step; false when there is none. */
  redo(): boolean {
    return this.travel(false);
  }

  /** Forgets all undo and redo steps (e.g. after applying the document's initial Instant JSON). */
  clearHistory(): void {
    this.history.clear();
  }

  /** Calls `listener` after every change; returns a function that stops it. */
  subscribe(listener: AnnotationsChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // ---- internals ---------------------------------------------------------------------

  private travel(undo: boolean): boolean {
    if (this.pending !== undefined) throw new Error(`cannot ${undo ? 'undo' : 'redo'} inside a batch`);
    const operations = undo ? this.history.takeUndo() : this.history.takeRedo();
    if (operations === undefined) return false;
    const pending = newPendingChange('history');
    this.shown.noteBefore(operations, pending);
    applyOperations(this.state, operations, undo);
    this.changed();
    notifyListeners(this.listeners, describeChange(pending, (id) => this.getAnnotation(id)));
    return true;
  }

  private commit(operations: Operation[], source: ChangeSource | undefined): void {
    if (operations.length === 0) return;
    const pending = this.pending ?? newPendingChange(source ?? 'api');
    this.shown.noteBefore(operations, pending);
    applyOperations(this.state, operations, false);
    pending.operations.push(...operations);
    this.changed();
    if (this.pending === undefined) {
      this.history.push(pending.operations);
      notifyListeners(this.listeners, describeChange(pending, (id) => this.getAnnotation(id)));
    }
  }

  private changed(): void {
    this.changeCount++;
    this.exported = undefined;
  }

  private requireShown(id: unknown, method: string): Annotation {
    const current = typeof id === 'string' ? this.getAnnotation(id) : undefined;
    if (current === undefined) {
      throw new Error(
        `${method}: no annotation with id ${JSON.stringify(id)} is shown (it never existed, was deleted, or its page was not read yet)`,
      );
    }
    return current;
  }

  /** Adds an operation that skips PDF object `pdfObjectId`, unless it is skipped already. */
  private skipOriginal(pdfObjectId: number | undefined, operations: Operation[]): void {
    if (pdfObjectId === undefined || this.state.changes.skipped.has(pdfObjectId)) return;
    operations.push({ kind: 'skip', key: pdfObjectId, before: undefined, after: { value: true, seq: this.state.changes.takeSeq() } });
  }
}
