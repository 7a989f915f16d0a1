/**
 * One open document: the pdf.js document, its pages on screen, and its
 * annotations. `openDocumentSession` runs the load sequence the element
 * relies on; `close()` releases everything the session holds.
 */
import type { PdfId } from '../model/index.js';
import { openPdfDocument, type OpenedPdf, type PdfSource } from '../pdf/pdf-document-loader.js';
import { pageSizeOf, readPageSizes } from '../pdf/page-sizes.js';
import { originalPdfBytes } from '../pdf/pdf-bytes.js';
import { OriginalAppearances } from '../pdf/original-appearances.js';
import { FormAppearances } from '../pdf/form-appearances.js';
import { readFormCatalog, readPageWidgets } from '../pdf/form-fields.js';
import { chainPageHooks } from '../forms/chained-page-hooks.js';
import type { FormCatalog } from '../forms/field-types.js';
import { FormController } from '../forms/form-controller.js';
import { AnnotationLayers } from '../viewer/annotation-layers.js';
import type { LayerInteractions } from '../viewer/page-annotation-layer.js';
import type { PageStack } from '../viewer/page-stack.js';
import { DocumentAnnotations } from './document-annotations.js';
import { objectsHiddenBy, parsedIfJson, resolveInstantJson, type InstantJsonSource } from './instant-json-source.js';

/**
 * Documents up to this many pages have their own annotations read before
 * `document-loaded`, so an id seen in the PDF can be updated or deleted at
 * once. Longer ones are read in the background after the first paint: on the
 * 117-page GeoTopo book (509 annotations, mostly links) pdf.js's
 * getAnnotations takes 1.4–2 s of worker time for all pages, which would
 * more than double the time to document-loaded.
 */
const EAGER_ANNOTATION_PAGES = 50;

/** How long reading all page sizes waits for the first pages to be drawn. */
const FIRST_PAINT_GRACE_MS = 1500;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface OpenSessionOptions {
  readonly host: EventTarget;
  /** The stack to show the pages in; awaited only once the PDF is open, so loading starts at once. */
  readonly stack: Promise<PageStack>;
  readonly password?: string | undefined;
  readonly assetsUrl?: string | undefined;
  readonly instantJson?: InstantJsonSource | null | undefined;
  readonly initialPage: number;
  readonly signal: AbortSignal;
  /** What happens when a link or note is activated on a page. */
  readonly interactions: LayerInteractions;
  onProgress(fraction: number | null): void;
  /** The pages are on screen (with provisional sizes); `pageIndex` is the page shown. */
  onPagesShown(pageCount: number, pageIndex: number): void;
}

export class DocumentSession {
  readonly #opened: OpenedPdf;
  readonly annotations: DocumentAnnotations;
  readonly layers: AnnotationLayers;
  readonly forms: FormController;

  /** The password the document was opened with (undefined for an unencrypted one). */
  readonly password: string | undefined;

  constructor(
    opened: OpenedPdf,
    annotations: DocumentAnnotations,
    layers: AnnotationLayers,
    forms: FormController,
    password?: string,
  ) {
    this.#opened = opened;
    this.password = password;
    this.annotations = annotations;
    this.layers = layers;
    this.forms = forms;
  }

  get pageCount(): number {
    return this.#opened.pageCount;
  }

  /** The PDF file as loaded: the bytes saving starts from (still encrypted when the file is). */
  originalBytes(): Promise<Uint8Array> {
    return originalPdfBytes(this.#opened.document);
  }

  get pdfId(): PdfId | null {
    return this.#opened.pdfId;
  }

  /** Releases the annotations, the pdf.js document and its worker. */
  close(): void {
    this.forms.destroy();
    this.layers.destroy();
    this.annotations.close();
    void this.#opened.destroy().catch(() => undefined);
  }
}

export interface OpenedSession {
  readonly session: DocumentSession;
  /** Why the Instant JSON given with the document could not be applied; the PDF is shown regardless. */
  readonly importError: Error | undefined;
}

/**
 * Opens `source`, shows its pages in `stack`, draws the pages in view, reads
 * every page size, then applies the Instant JSON given with it. Rejects with a
 * PdfLoadError when the PDF cannot be opened, or with the signal's reason.
 */
export async function openDocumentSession(source: PdfSource, options: OpenSessionOptions): Promise<OpenedSession> {
  const { signal } = options;
  // Fetched while the PDF loads: the first canvases must already leave out the appearances it replaces.
  const instantJson = options.instantJson == null ? undefined : settle(resolveInstantJson(options.instantJson, signal));
  const opened = await untilAborted(
    openPdfDocument(source, {
      password: options.password,
      assetsUrl: options.assetsUrl,
      onProgress: options.onProgress,
      signal,
    }),
    signal,
    (late) => void late.destroy().catch(() => undefined),
  );
  try {
    const [firstPage, stack, catalog] = await Promise.all([opened.document.getPage(1), options.stack, readCatalog(opened)]);
    signal.throwIfAborted();
    const provisional = Array.from({ length: opened.pageCount }, () => pageSizeOf(firstPage));
    const initialPage = Math.min(Math.max(0, options.initialPage), opened.pageCount - 1);
    const layers = new AnnotationLayers(stack, new OriginalAppearances(opened.document), options.interactions);
    const settledJson = instantJson && (await instantJson);
    signal.throwIfAborted();
    const resolvedJson = settledJson && 'value' in settledJson ? { value: parsedIfJson(settledJson.value) } : settledJson;
    if (resolvedJson && 'value' in resolvedJson) layers.presetHidden(objectsHiddenBy(resolvedJson.value));
    const forms = new FormController({
      catalog,
      appearances: new FormAppearances(opened.document),
      pages: stack,
      readWidgets: async (pageIndex) => readPageWidgets(await opened.document.getPage(pageIndex + 1), pageIndex),
    });
    stack.setDocument(opened.pdfjs, opened.document, provisional, initialPage, chainPageHooks(layers, forms));
    options.onPagesShown(opened.pageCount, initialPage);
    // Asking pdf.js for every page keeps its worker busy for a while on long
    // documents, so the pages in view are drawn first (with the first page's
    // size for all) — but never held up for long.
    await Promise.race([stack.whenVisibleRendered(), delay(FIRST_PAINT_GRACE_MS)]);
    signal.throwIfAborted();
    stack.updatePageSizes(await readPageSizes(opened.document, signal));

    const annotations = new DocumentAnnotations(options.host, opened.document, opened.pageCount, opened.pdfId);
    if (opened.pageCount <= EAGER_ANNOTATION_PAGES) {
      // A page whose annotations cannot be read is retried when asked for; it does not fail the load.
      await annotations.ensureAll().catch((error: unknown) => console.warn('instant-pdf-viewer: annotations could not be read', error));
    }
    annotations.importCheck = (doc) => forms.checkImport(doc);
    const session = new DocumentSession(opened, annotations, layers, forms, options.password);
    let importError: Error | undefined;
    if (resolvedJson) {
      importError =
        'error' in resolvedJson ? asError(resolvedJson.error) : applyStartingJson(resolvedJson.value, annotations);
    }
    layers.attach(annotations);
    forms.attach(annotations);
    if (signal.aborted) {
      session.close();
      throw signal.reason;
    }
    if (opened.pageCount > EAGER_ANNOTATION_PAGES) void annotations.readAllInBackground();
    return { session, importError };
  } catch (error) {
    void opened.destroy().catch(() => undefined);
    throw error;
  }
}

/**
 * Applies Instant JSON that comes with a document (attribute, property or
 * load option) as its starting point: not an edit to undo. Returns the error
 * instead of throwing, since the PDF itself is fine.
 */
export async function importWithDocument(
  json: InstantJsonSource,
  annotations: DocumentAnnotations,
  signal: AbortSignal,
): Promise<Error | undefined> {
  let data: unknown;
  try {
    data = await resolveInstantJson(json, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    return asError(error);
  }
  signal.throwIfAborted();
  return applyStartingJson(data, annotations);
}

/** Imports resolved Instant JSON as the document's starting point; returns the error instead of throwing. */
function applyStartingJson(data: unknown, annotations: DocumentAnnotations): Error | undefined {
  try {
    annotations.importInstantJson(data);
    annotations.store.clearHistory();
    return undefined;
  } catch (error) {
    return asError(error);
  }
}

/** The document's form fields; a form that cannot be read leaves the document without fields, not unopened. */
function readCatalog(opened: OpenedPdf): Promise<FormCatalog> {
  return readFormCatalog(opened.document).catch((error: unknown) => {
    console.warn('instant-pdf-viewer: form fields could not be read', error);
    return { fields: new Map(), fieldOfObject: new Map() };
  });
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * `promise`, or the signal's reason as soon as it aborts. pdf.js's loading
 * task never settles when it is destroyed while its worker is still setting
 * the document up (GetDocRequest sent, no transport yet), so a load aborted
 * at that moment would hang its caller for good. A result that arrives after
 * the abort goes to `release`.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, release: (late: T) => void): Promise<T> {
  if (signal.aborted) {
    promise.then(release, () => undefined);
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      promise.then(release, () => undefined);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) release(value);
        else resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

type Settled<T> = { value: T } | { error: unknown };

/** A promise that never rejects (so a failure waiting to be looked at is not reported as unhandled). */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}
