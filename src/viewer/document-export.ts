/**
 * The annotated PDF leaving the viewer: `exportPdf()` (the loaded file with
 * the current Instant JSON written into it), the toolbar's Download (the
 * cancellable `pdf-export` event, then a file save), and printing (Print,
 * Ctrl/⌘+P and `print()`), with their progress, Cancel and error message.
 *
 * The PDF writer is imported on first use, so viewing never loads it.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emitCancelable } from '../events.js';
import type { Localizer } from '../i18n/localize.js';
import type { InstantJson } from '../model/index.js';
import type { FontSource } from '../pdf-writer/index.js';
import { renderExportError, renderExportProgress, type ExportActivity } from '../ui/print-progress.js';
import { saveFile } from './download.js';
import { printPdf } from './print-job.js';

/** What exporting needs of the open document. */
export interface ExportablePdf {
  /** The file as loaded (still encrypted when it is). */
  originalBytes(): Promise<Uint8Array>;
  /** The password the document was opened with. */
  readonly password: string | undefined;
}

export interface DocumentExportSources {
  /** The open document, once a load in progress has finished; rejects when none is open. */
  document(): Promise<ExportablePdf>;
  /** Whether a document is shown now. */
  documentOpen(): boolean;
  /** The current changes (`exportInstantJson()`). */
  instantJson(): InstantJson;
  /** The name Download saves under. */
  fileName(): string;
  /** The host's fonts for saved text (`pdfFonts`). */
  fonts(): readonly FontSource[] | undefined;
  assetsUrl(): string | undefined;
  localizer(): Localizer;
}

export interface ExportPdfOptions {
  /** Draw annotations and form fields into the page content (a full rewrite). */
  flatten?: boolean | undefined;
  /** Fonts for saved text, tried before the bundled ones; the element's `pdfFonts` when absent. */
  fonts?: readonly FontSource[] | undefined;
}

type Host = ReactiveControllerHost & HTMLElement;

interface Failure {
  readonly headline: 'export.failed' | 'print.failed';
  readonly detail: string;
}

export class DocumentExport implements ReactiveController {
  readonly #host: Host;
  readonly #sources: DocumentExportSources;
  #activity: ExportActivity | undefined;
  #failure: Failure | undefined;
  /** The download or print running; the toolbar's buttons wait for it. */
  #job: Promise<void> | undefined;
  /** The print running or waiting for a download to end. */
  #printJob: Promise<void> | undefined;
  /** Cancels that print (also on the element's removal). */
  #printAbort: AbortController | undefined;
  /** Focus was in the viewer when the job began: it goes to Cancel, and back to the viewer afterwards. */
  #hadFocus = false;

  constructor(host: Host, sources: DocumentExportSources) {
    this.#host = host;
    this.#sources = sources;
    host.addController(this);
  }

  /** A download or print is being prepared. */
  get busy(): boolean {
    return this.#job !== undefined;
  }

  hostDisconnected(): void {
    this.#printAbort?.abort(new DOMException('The viewer was removed from the page.', 'AbortError'));
  }

  /** The loaded PDF with the current annotations and form values written into it. */
  async exportPdf(options: ExportPdfOptions = {}, onProgress?: (done: number, total: number) => void): Promise<Uint8Array> {
    const pdf = await this.#sources.document();
    // The changes as they are at the call, not after the bytes arrive.
    const json = this.#sources.instantJson();
    const [original, { applyInstantJson }] = await Promise.all([pdf.originalBytes(), import('../pdf-writer/index.js')]);
    // The writer refuses encrypted PDFs for now (a clear PdfWriteError); once it takes
    // their password, `pdf.password` goes here.
    const fonts = options.fonts ?? this.#sources.fonts();
    return applyInstantJson(original, json, {
      flatten: options.flatten === true,
      ...(fonts ? { fonts } : {}),
      onWarning: (message) => console.warn(`instant-pdf-viewer: ${message}`),
      ...(onProgress ? { onProgress } : {}),
    });
  }

  /**
   * The toolbar's Download: exports, fires `pdf-export`, and unless a
   * listener cancelled it saves `<name>-annotated.pdf`. A failure shows a
   * message in the viewer; the promise never rejects.
   */
  download(): Promise<void> {
    return this.#run('export.failed', async () => {
      this.#setActivity({ kind: 'saving', forPrint: false, done: 0, total: 0 });
      const bytes = await this.exportPdf({}, (done, total) => this.#setActivity({ kind: 'saving', forPrint: false, done, total }));
      const fileName = this.#sources.fileName();
      if (emitCancelable(this.#host, 'pdf-export', { bytes, fileName })) saveFile(bytes, fileName);
    });
  }

  /**
   * Prints the saved PDF. Resolves once the print dialog has closed, or
   * when cancelled; rejects (after showing the message) when it fails. A
   * call while a print runs returns that print.
   */
  print(): Promise<void> {
    if (this.#printJob) return this.#printJob;
    const abort = new AbortController();
    this.#printAbort = abort;
    const job = this.#run('print.failed', async () => {
      const { signal } = abort;
      signal.throwIfAborted();
      this.#setActivity({ kind: 'saving', forPrint: true, done: 0, total: 0 });
      const exported = this.exportPdf({}, (done, total) => {
        if (!signal.aborted) this.#setActivity({ kind: 'saving', forPrint: true, done, total });
      });
      const ready = await untilAborted(Promise.all([exported, this.#sources.document()]), signal);
      if (!ready) return;
      const [bytes, pdf] = ready;
      const root = this.#host.shadowRoot;
      if (!root) throw new Error('The viewer has no shadow root to print from.');
      await printPdf(bytes, {
        container: root,
        title: this.#sources.fileName(),
        password: pdf.password,
        assetsUrl: this.#sources.assetsUrl(),
        signal,
        onPage: (page, count) => this.#setActivity({ kind: 'printing', page, count }),
      });
    }).catch((error: unknown) => {
      // Cancelled while waiting for a download to finish: not a failure.
      if (abort.signal.aborted) return;
      throw error;
    });
    this.#printJob = job;
    const done = () => {
      if (this.#printJob === job) this.#printJob = undefined;
      if (this.#printAbort === abort) this.#printAbort = undefined;
      this.#host.requestUpdate();
    };
    job.then(done, done);
    return job;
  }

  /** Stops the print being prepared: nothing is printed. */
  cancelPrint(): void {
    this.#printAbort?.abort(new DOMException('Printing was cancelled.', 'AbortError'));
  }

  /**
   * Ctrl+P (⌘+P) with focus in the viewer prints the document, not the host
   * page. Returns true when it took the key (the caller prevents the
   * browser's own print).
   */
  handleKey(event: KeyboardEvent): boolean {
    const isPrintKey = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (event.key === 'p' || event.key === 'P');
    if (!isPrintKey || !this.#sources.documentOpen()) return false;
    if (!event.repeat) this.print().catch(() => undefined);
    return true;
  }

  render(): TemplateResult | typeof nothing {
    const localizer = this.#sources.localizer();
    if (this.#activity) {
      return renderExportProgress(this.#activity, localizer, this.#printAbort ? () => this.cancelPrint() : undefined);
    }
    if (this.#failure) {
      return renderExportError(localizer.term(this.#failure.headline), this.#failure.detail, localizer, () => this.#dismissFailure());
    }
    return nothing;
  }

  /** Runs a download or print: one at a time (a second waits for the first), busy meanwhile, its failure shown. */
  #run(headline: Failure['headline'], task: () => Promise<void>): Promise<void> {
    const running = this.#job;
    if (running) {
      return running.catch(() => undefined).then(() => this.#run(headline, task));
    }
    this.#failure = undefined;
    this.#hadFocus = this.#focusInside();
    const job = (async () => {
      try {
        await task();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        this.#failure = { headline, detail };
        console.error(`instant-pdf-viewer: ${headline === 'print.failed' ? 'printing' : 'saving'} failed`, error);
        if (headline === 'print.failed') throw error;
      } finally {
        this.#job = undefined;
        this.#activity = undefined;
        this.#host.requestUpdate();
        void this.#restoreFocus();
      }
    })();
    this.#job = job;
    this.#host.requestUpdate();
    void this.#focusCancel();
    return job;
  }

  #setActivity(activity: ExportActivity): void {
    this.#activity = activity;
    this.#host.requestUpdate();
  }

  #dismissFailure(): void {
    this.#failure = undefined;
    this.#host.requestUpdate();
    this.#host.focus({ preventScroll: true });
  }

  #focusInside(): boolean {
    const active = document.activeElement;
    return active === this.#host || (active !== null && this.#host.contains(active));
  }

  /** A keyboard user who started a print can cancel it at once. */
  async #focusCancel(): Promise<void> {
    if (!this.#hadFocus || !this.#printAbort) return;
    await this.#host.updateComplete;
    this.#host.shadowRoot?.querySelector<HTMLElement>('.export-cancel')?.focus({ preventScroll: true });
  }

  /** Focus that was on Cancel (now gone) returns to the viewer, never to <body>. */
  async #restoreFocus(): Promise<void> {
    if (!this.#hadFocus) return;
    await this.#host.updateComplete;
    const errorClose = this.#host.shadowRoot?.querySelector<HTMLElement>('.export-error-close');
    const active = this.#host.shadowRoot?.activeElement ?? null;
    if (errorClose) errorClose.focus({ preventScroll: true });
    else if (active === null && document.activeElement !== this.#host) this.#host.focus({ preventScroll: true });
  }
}

/** `promise`'s value, or undefined as soon as `signal` aborts (the work itself carries on and is ignored). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.resolve(undefined);
  }
  return new Promise<T | undefined>((resolve, reject) => {
    const onAbort = () => {
      promise.catch(() => undefined);
      resolve(undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}
