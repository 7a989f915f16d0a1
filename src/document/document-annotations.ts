/**
 * The annotations of the open document: the model's store, filled lazily with
 * the PDF's own annotations page by page, and the `annotations-changed` event
 * that tells the host page about every change.
 */
import {
  AnnotationStore,
  type Annotation,
  type AnnotationInput,
  type AnnotationsChange,
  type ChangeSource,
  type InstantJson,
  type PdfId,
} from '../model/index.js';
import { readPageAnnotations, type AnnotatedDocument } from '../pdf/annotation-reader.js';
import { emit } from '../events.js';

/** Pages whose annotations are read at once while reading a whole document. */
const READ_BATCH = 8;

/** Waits for the main thread to be idle (or 200 ms at most), so background reading never holds up drawing or input. */
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });

export class DocumentAnnotations {
  readonly store: AnnotationStore;
  readonly #host: EventTarget;
  readonly #document: AnnotatedDocument;
  readonly #pageCount: number;
  readonly #reads = new Map<number, Promise<void>>();
  readonly #unsubscribe: () => void;
  /** Called before the store changes, so the last event's snapshot is taken while it is still current. */
  #settlePendingSnapshot: (() => void) | undefined;
  #closed = false;
  /** Every page's own annotations are in the store: an unknown id is then truly unknown. */
  #allRead = false;
  /** Checks of an import that need the PDF itself (form field names and kinds); run before anything changes. */
  importCheck: ((doc: InstantJson) => void) | undefined;

  constructor(host: EventTarget, document: AnnotatedDocument, pageCount: number, pdfId: PdfId | null) {
    this.#host = host;
    this.#document = document;
    this.#pageCount = pageCount;
    this.store = new AnnotationStore({ pdfId, pageCount });
    this.#unsubscribe = this.store.subscribe((change) => this.#dispatch(change));
  }

  /** Reads the PDF's own annotations of one page into the store, once. */
  ensurePage(pageIndex: number): Promise<void> {
    if (this.store.hasOriginals(pageIndex)) return Promise.resolve();
    let read = this.#reads.get(pageIndex);
    if (!read) {
      read = readPageAnnotations(this.#document, pageIndex).then((annotations) => {
        if (!this.#closed && !this.store.hasOriginals(pageIndex)) this.store.addOriginals(pageIndex, annotations);
      });
      read.catch(() => this.#reads.delete(pageIndex));
      this.#reads.set(pageIndex, read);
    }
    return read;
  }

  /** Reads every page's annotations, a few pages at a time. */
  async ensureAll(): Promise<void> {
    for (let start = 0; start < this.#pageCount; start += READ_BATCH) {
      const batch: Promise<void>[] = [];
      for (let index = start; index < Math.min(this.#pageCount, start + READ_BATCH); index++) {
        batch.push(this.ensurePage(index));
      }
      await Promise.all(batch);
    }
    this.#allRead = true;
  }

  /**
   * Reads the pages not read yet, one at a time when the main thread is idle,
   * so `updateAnnotation`/`deleteAnnotation` of any of the PDF's own
   * annotations work without a `getAnnotations()` first. One page at a time
   * keeps pdf.js's worker free to draw the pages the person is looking at.
   */
  async readAllInBackground(): Promise<void> {
    for (let index = 0; index < this.#pageCount; index++) {
      await idle();
      if (this.#closed) return;
      // A page that cannot be read is retried when asked for.
      await this.ensurePage(index).catch(() => undefined);
    }
    if ([...Array(this.#pageCount).keys()].every((index) => this.store.hasOriginals(index))) this.#allRead = true;
  }

  async getAnnotations(pageIndex?: number): Promise<Annotation[]> {
    if (pageIndex === undefined) await this.ensureAll();
    else {
      this.#checkPageIndex(pageIndex);
      await this.ensurePage(pageIndex);
    }
    return this.store.getAnnotations(pageIndex);
  }

  exportInstantJson(): InstantJson {
    return this.store.exportInstantJson();
  }

  importInstantJson(json: unknown): void {
    this.#beforeChange();
    this.store.importInstantJson(json, { source: 'import', validate: this.importCheck });
  }

  /** Runs `change` on the store as one command: one undo step, one `annotations-changed`; rolled back if it throws. */
  batch<T>(change: (store: AnnotationStore) => T, source: ChangeSource): T {
    this.#beforeChange();
    return this.store.batch(() => change(this.store), { source });
  }

  createAnnotation(input: AnnotationInput, author: string | undefined): Annotation {
    this.#beforeChange();
    return this.store.createAnnotation(input, { source: 'api', ...(author ? { author } : {}) });
  }

  updateAnnotation(annotation: Annotation): Annotation {
    this.#requireKnown((annotation as { id?: unknown } | null)?.id, 'updateAnnotation');
    this.#beforeChange();
    return this.store.updateAnnotation(annotation, { source: 'api' });
  }

  deleteAnnotation(id: string): void {
    this.#requireKnown(id, 'deleteAnnotation');
    this.#beforeChange();
    this.store.deleteAnnotation(id, { source: 'api' });
  }

  undo(): void {
    this.#beforeChange();
    this.store.undo();
  }

  redo(): void {
    this.#beforeChange();
    this.store.redo();
  }

  close(): void {
    this.#closed = true;
    this.#unsubscribe();
    this.#settlePendingSnapshot = undefined;
  }

  /**
   * An id that names a PDF object (`String(pdfObjectId)`) on a page whose
   * annotations are still being read cannot be edited yet: say so, and how to
   * wait, rather than calling it unknown.
   */
  #requireKnown(id: unknown, method: string): void {
    if (this.#allRead || typeof id !== 'string' || !/^[1-9]\d*$/.test(id) || this.store.getAnnotation(id)) return;
    throw new Error(
      `${method}: annotation "${id}" is not known yet: the PDF's own annotations are still being read, page by page. ` +
        'Await getAnnotations() (all pages) or getAnnotations(pageIndex) first.',
    );
  }

  #checkPageIndex(pageIndex: number): void {
    if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= this.#pageCount) {
      throw new RangeError(`pageIndex must be an integer from 0 to ${this.#pageCount - 1}, got ${String(pageIndex)}.`);
    }
  }

  #beforeChange(): void {
    this.#settlePendingSnapshot?.();
    this.#settlePendingSnapshot = undefined;
  }

  /**
   * Fires `annotations-changed`. Its `instantJson` is computed on first read
   * (a 10,000-annotation document must not be exported for every edit), and
   * taken just before the next change if nobody has read it by then, so it
   * always equals `exportInstantJson()` at the moment of the event.
   */
  #dispatch(change: AnnotationsChange): void {
    let snapshot: InstantJson | undefined;
    const take = () => (snapshot ??= this.store.exportInstantJson());
    this.#settlePendingSnapshot = take;
    const detail = {
      created: [...change.created],
      updated: [...change.updated],
      deleted: [...change.deleted],
      source: change.source,
      get instantJson(): InstantJson {
        return take();
      },
    };
    emit(this.#host, 'annotations-changed', detail);
  }
}
