/**
 * The viewer's document: which one is open, how far its load got, why it
 * could not be shown, and the password prompt's retry. A new load cancels
 * the one in progress; leaving the page frees the document, and coming back
 * loads it again. The element keeps `src`, `instantJson` and `load()`, and
 * calls in here when they change.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DocumentAnnotations } from '../document/document-annotations.js';
import { DocumentSession, importWithDocument, openDocumentSession } from '../document/document-session.js';
import type { InstantJsonSource } from '../document/instant-json-source.js';
import { emit } from '../events.js';
import type { Localizer } from '../i18n/localize.js';
import type { LoadOptions } from '../instant-pdf-viewer.component.js';
import type { PdfId } from '../model/index.js';
import type { PdfSource } from '../pdf/pdf-document-loader.js';
import { PdfLoadError } from '../pdf/pdf-load-error.js';
import type { Announcer } from '../ui/announcer.js';
import { renderError, renderPasswordPrompt, renderProgress } from '../ui/load-status.js';
import type { NotePopover } from '../ui/note-popover.js';
import type { LayerInteractions } from './page-annotation-layer.js';
import type { PageStack } from './page-stack.js';
import type { ViewerTools } from './viewer-tools.js';

export type LoadStatus = 'empty' | 'loading' | 'loaded' | 'error' | 'password';

export interface ViewerDocumentHost extends ReactiveControllerHost, HTMLElement {
  src: PdfSource | null;
  readonly instantJson: InstantJsonSource | null;
  readonly readonly: boolean;
  readonly assetsUrl: string | null;
  readonly pdfId: PdfId | null;
}

export interface ViewerDocumentSources {
  /** The page stack; it exists from the host's first update on. */
  stack(): PageStack | undefined;
  notePopover(): Pick<NotePopover, 'hide'> | undefined;
  readonly tools: Pick<ViewerTools, 'reset'>;
  readonly announcer: Pick<Announcer, 'documentClosed'>;
  /** What happens when a link or note is activated on a page. */
  readonly interactions: LayerInteractions;
  localizer(): Localizer;
  /** The page a new document opens at; `first` when no document was asked for before. */
  initialPage(first: boolean): number;
  /** The pages are on screen (with provisional sizes); `pageIndex` is the page shown. */
  pagesShown(pageIndex: number): void;
}

interface LoadState {
  status: LoadStatus;
  progress: number | null;
  /** Why the document is not shown (status `error` or `password`). */
  error: PdfLoadError | undefined;
  pageCount: number;
}

export class ViewerDocument implements ReactiveController {
  readonly #host: ViewerDocumentHost;
  readonly #sources: ViewerDocumentSources;
  /** What the host renders from; changes go through #set so they ask it for an update. */
  readonly #state: LoadState = { status: 'empty', progress: 0, error: undefined, pageCount: 0 };
  #session: DocumentSession | undefined;
  /** The load in progress, for API calls that arrive before the document is ready. */
  #loading: Promise<void> | undefined;
  #loadController: AbortController | undefined;
  /** The source being shown, kept so a password retry or a reconnection can reload it. */
  #source: PdfSource | null = null;
  /** The `src` value that load() itself set, so srcChanged() does not load it twice. */
  #srcLoaded: PdfSource | null = null;
  /** The `instantJson` value the last load applied, so instantJsonChanged() does not apply it twice. */
  #instantJsonApplied: InstantJsonSource | null = null;
  #tornDown = false;
  /** Counts loads and closes, so a call waiting for a load can tell that a newer one replaced it. */
  #generation = 0;

  constructor(host: ViewerDocumentHost, sources: ViewerDocumentSources) {
    this.#host = host;
    this.#sources = sources;
    host.addController(this);
  }

  get session(): DocumentSession | undefined {
    return this.#session;
  }

  get status(): LoadStatus {
    return this.#state.status;
  }

  /** Number of pages of the document shown (0 before one is). */
  get pageCount(): number {
    return this.#state.pageCount;
  }

  /**
   * The open document's annotations; throws without one, and while a new
   * `src` waits for the host's update to load it (an edit to the document
   * about to be closed would be lost without a word).
   */
  annotations(): DocumentAnnotations {
    if (!this.#session) throw new Error('No document is loaded: call load() or set src first.');
    if (this.#srcPending()) {
      throw new Error('The document is being replaced: src changed, so edit the new document after its document-loaded event.');
    }
    return this.#session.annotations;
  }

  /**
   * The document's annotations, once the load in progress has finished — the
   * load of a `src` set just before the call included. Rejects with an
   * AbortError when a newer load or the element's removal replaced the load
   * the call was made for, so nothing meant for one document reaches another.
   */
  async ready(): Promise<DocumentAnnotations> {
    if (this.#srcPending()) await this.#host.updateComplete;
    const generation = this.#generation;
    if (!this.#session && this.#loading) await this.#loading;
    if (generation !== this.#generation) {
      throw new DOMException('A newer load or the removal of the element replaced the document this call was made for.', 'AbortError');
    }
    return this.annotations();
  }

  /** Whether `src` changed since the host's last update, which is where the new value gets loaded. */
  #srcPending(): boolean {
    return this.#host.src !== this.#srcLoaded;
  }

  /** The element's `load()`: sets `src` to `source` without loading it a second time. */
  load(source: PdfSource, options: LoadOptions): Promise<void> {
    this.#srcLoaded = source;
    this.#host.src = source;
    return this.#open(source, options);
  }

  /** Call from willUpdate when `src` changed, so the state a new load sets joins that update. */
  srcChanged(): void {
    const src = this.#host.src;
    if (src === this.#srcLoaded) return;
    this.#srcLoaded = src;
    if (src === null || src === '') this.#close();
    else void this.#open(src, {}).catch(() => undefined);
  }

  /** Call from willUpdate when `instantJson` changed: an open document imports it (replacing its changes). */
  instantJsonChanged(): void {
    if (this.#session) this.#applyInstantJson(this.#session);
  }

  hostConnected(): void {
    if (!this.#tornDown) return;
    this.#tornDown = false;
    if (this.#source !== null) void this.#open(this.#source, {}).catch(() => undefined);
  }

  hostDisconnected(): void {
    // A move in the DOM disconnects and reconnects at once: tear down only when
    // the element is still out of the document after the current task.
    queueMicrotask(() => {
      if (!this.#host.isConnected) this.#teardown();
    });
  }

  renderProgress(): TemplateResult | typeof nothing {
    return this.#state.status === 'loading' ? renderProgress(this.#state.progress, this.#sources.localizer()) : nothing;
  }

  renderMessage(): TemplateResult | typeof nothing {
    const { status, error } = this.#state;
    if (!error) return nothing;
    if (status === 'error') return renderError(error, this.#sources.localizer(), () => this.#retry());
    if (status !== 'password') return nothing;
    return renderPasswordPrompt(error, this.#sources.localizer(), (password) => {
      if (this.#source !== null) void this.#open(this.#source, { password }).catch(() => undefined);
    });
  }

  /** The error message's Retry: the same source again; focus stays in the viewer. */
  #retry(): void {
    if (this.#source === null) return;
    this.#host.focus({ preventScroll: true });
    void this.#open(this.#source, {}).catch(() => undefined);
  }

  /** Updates the host only for a changed value, as a Lit `@state` property would. */
  #set<K extends keyof LoadState>(key: K, value: LoadState[K]): void {
    if (Object.is(this.#state[key], value)) return;
    this.#state[key] = value;
    this.#host.requestUpdate();
  }

  #open(source: PdfSource, options: LoadOptions): Promise<void> {
    const loading = this.#openDocument(source, options);
    this.#loading = loading;
    const settle = () => {
      if (this.#loading === loading) this.#loading = undefined;
    };
    loading.then(settle, settle);
    return loading;
  }

  async #openDocument(source: PdfSource, options: LoadOptions): Promise<void> {
    this.#generation++;
    this.#loadController?.abort(new DOMException('A newer load replaced this one.', 'AbortError'));
    const controller = new AbortController();
    this.#loadController = controller;
    const signal = controller.signal;
    const host = this.#host;
    const initialPage = this.#sources.initialPage(this.#source === null);
    this.#closeDocument();
    this.#source = source;
    this.#set('status', 'loading');
    this.#set('progress', 0);
    this.#set('error', undefined);
    this.#instantJsonApplied = host.instantJson;
    try {
      const { session, importError } = await openDocumentSession(source, {
        host,
        stack: host.updateComplete.then(() => this.#sources.stack()!),
        password: options.password,
        assetsUrl: host.assetsUrl ?? undefined,
        instantJson: options.instantJson ?? host.instantJson,
        initialPage,
        signal,
        interactions: this.#sources.interactions,
        onProgress: (fraction) => {
          if (!signal.aborted) this.#set('progress', fraction);
        },
        onPagesShown: (pageCount, pageIndex) => {
          this.#set('pageCount', pageCount);
          this.#sources.pagesShown(pageIndex);
        },
      });
      this.#session = session;
      session.forms.setReadOnly(host.readonly);
      // An `instantJson` set while the PDF was loading was not applied by instantJsonChanged (no document yet).
      if (options.instantJson === undefined) this.#applyInstantJson(session);
      this.#set('status', 'loaded');
      emit(host, 'document-loaded', { pageCount: session.pageCount, pdfId: host.pdfId });
      if (importError) {
        emit(host, 'document-error', { message: importError.message, error: importError });
        throw importError;
      }
    } catch (error) {
      if (this.#state.status === 'loaded') throw error;
      if (signal.aborted) throw signal.reason;
      this.#closeDocument();
      const loadError =
        error instanceof PdfLoadError ? error : new PdfLoadError('unknown', `The PDF could not be shown: ${String(error)}`, { cause: error });
      this.#set('status', loadError.isPasswordError ? 'password' : 'error');
      this.#set('error', loadError);
      emit(host, 'document-error', { message: loadError.message, error: loadError });
      throw loadError;
    } finally {
      if (this.#loadController === controller) this.#set('progress', null);
    }
  }

  /** Imports the host's `instantJson` into `session` unless that value was applied already. */
  #applyInstantJson(session: DocumentSession): void {
    const json = this.#host.instantJson;
    if (json === this.#instantJsonApplied) return;
    this.#instantJsonApplied = json;
    if (json !== null) this.#importProperty(json, session);
  }

  /** Imports a new `instantJson` property value into the open document; failures become `document-error`. */
  #importProperty(json: InstantJsonSource, session: DocumentSession): void {
    const signal = this.#loadController?.signal ?? new AbortController().signal;
    void importWithDocument(json, session.annotations, signal).then(
      (error) => {
        if (error && this.#session === session) emit(this.#host, 'document-error', { message: error.message, error });
      },
      () => undefined,
    );
  }

  /** Frees the current document: its pages, canvases, annotations, worker and loading task. */
  #closeDocument(): void {
    const sources = this.#sources;
    sources.notePopover()?.hide();
    sources.stack()?.clear();
    this.#session?.close();
    this.#session = undefined;
    sources.tools.reset();
    sources.announcer.documentClosed();
    this.#set('pageCount', 0);
  }

  #close(): void {
    this.#generation++;
    this.#loadController?.abort(new DOMException('The document was closed.', 'AbortError'));
    this.#loadController = undefined;
    this.#closeDocument();
    this.#source = null;
    this.#set('status', 'empty');
    this.#set('error', undefined);
  }

  #teardown(): void {
    const source = this.#source;
    this.#close();
    this.#source = source;
    this.#tornDown = true;
  }
}
