import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { emit } from './events.js';
import { openPdfDocument, type OpenedPdf, type PdfSource } from './pdf/pdf-document-loader.js';
import type { PdfId } from './pdf/pdf-id.js';
import { PdfLoadError } from './pdf/pdf-load-error.js';
import { pageSizeOf, readPageSizes } from './pdf/page-sizes.js';
import { VERSION } from './version.js';
import { viewerStyles } from './instant-pdf-viewer.styles.js';
import { renderToolbar } from './ui/toolbar.js';
import { toolbarStyles } from './ui/toolbar.styles.js';
import { handleViewerKey } from './viewer/keyboard-navigation.js';
import { PageStack, type ZoomAnchor } from './viewer/page-stack.js';
import { attachZoomGestures } from './viewer/zoom-gestures.js';
import { clampScale, parseZoom, stepZoom, type Zoom } from './viewer/zoom.js';

/** Options for `load()`. */
export interface LoadOptions {
  /** Password for an encrypted PDF. */
  password?: string;
}

/** How long reading all page sizes waits for the first pages to be drawn. */
const FIRST_PAINT_GRACE_MS = 1500;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Status = 'empty' | 'loading' | 'loaded' | 'error' | 'password';

/** `src` reflects only when it is a URL; binary sources live in the property alone. */
const srcConverter = {
  fromAttribute: (value: string | null) => value,
  toAttribute: (value: unknown) => (typeof value === 'string' ? value : null),
};

const zoomConverter = {
  fromAttribute: (value: string | null): Zoom => parseZoom(value),
  toAttribute: (value: Zoom) => String(value),
};

/**
 * Shows a PDF inside shadow DOM: every page sized from the start, only the
 * pages near the viewport drawn, sharp at any zoom and device pixel ratio.
 *
 * @summary A PDF viewer that hands annotations back as Instant JSON.
 * @tag instant-pdf-viewer
 *
 * @fires {CustomEvent<{ pageCount: number; pdfId: { permanent: string; changing: string } | null }>} document-loaded - A document finished loading; every page has its real size.
 * @fires {CustomEvent<{ message: string; error: Error }>} document-error - A document could not be loaded: bad URL, not a PDF, damaged, or a missing or wrong password.
 * @fires {CustomEvent<{ pageIndex: number }>} page-changed - The page most in view changed.
 *
 * @slot toolbar - Replaces the built-in toolbar.
 * @slot toolbar-start - Content placed before the built-in toolbar controls.
 * @slot toolbar-end - Content placed after the built-in toolbar controls.
 * @slot sidebar - A panel beside the pages.
 *
 * @csspart base - The box that holds the toolbar, sidebar and pages.
 * @csspart toolbar - The toolbar strip.
 * @csspart toolbar-button - Buttons of the built-in toolbar.
 * @csspart page-input - The page number field.
 * @csspart zoom-select - The zoom menu.
 * @csspart viewport - The scrolling area that holds the pages.
 * @csspart page - One page; carries `data-page-index`, and `data-rendered` once its canvas is drawn.
 * @csspart sidebar - The sidebar container.
 * @csspart progress - The load progress bar.
 * @csspart error - The message shown when a document fails to load.
 * @csspart password-prompt - The form that asks for a PDF's password.
 *
 * @cssprop [--ipv-background=#e8eaed] - Behind the pages.
 * @cssprop [--ipv-page-background=#fff] - A page before it is drawn.
 * @cssprop [--ipv-page-shadow=0 1px 3px rgb(0 0 0 / 0.25)] - Shadow around each page.
 * @cssprop [--ipv-toolbar-background=#f8f9fa] - Toolbar background.
 * @cssprop [--ipv-toolbar-color=#202124] - Toolbar text.
 * @cssprop [--ipv-border-color=#dadce0] - Borders of controls and the toolbar.
 * @cssprop [--ipv-accent-color=#1a73e8] - Focus rings and the progress bar.
 * @cssprop [--ipv-error-color=#b3261e] - Error messages.
 * @cssprop [--ipv-font-family=system-ui] - UI font.
 * @cssprop [--ipv-font-size=14px] - UI font size.
 */
export class InstantPdfViewer extends LitElement {
  static override styles = [viewerStyles, toolbarStyles];

  /** The package version; a second copy of another version on the page does not redefine the element. */
  static readonly version = VERSION;

  /** URL of the PDF; the property also takes an `ArrayBuffer`, `Uint8Array` or `Blob`. */
  @property({ converter: srcConverter, reflect: true })
  src: PdfSource | null = null;

  /** 0-based index of the page in view (the same numbering as `pageIndex` in Instant JSON). */
  @property({ type: Number, attribute: 'page-index', reflect: true })
  pageIndex = 0;

  /** `auto`, `fit-width`, `fit-page`, or a number (1 = 100 %). */
  @property({ converter: zoomConverter, reflect: true })
  zoom: Zoom = 'auto';

  /** `default` shows the built-in toolbar; `none` hides it (slots and the API still work). */
  @property({ reflect: true })
  toolbar: 'default' | 'none' = 'default';

  /** Where pdf.js's worker and data files are served; by default beside the bundle. */
  @property({ attribute: 'assets-url', reflect: true })
  assetsUrl: string | null = null;

  @state() private status: Status = 'empty';
  @state() private progress: number | null = 0;
  @state() private errorMessage = '';
  @state() private documentPageCount = 0;
  @state() private effectiveScale = 1;

  @query('.viewport', true) private viewportElement!: HTMLDivElement;
  @query('.pages', true) private pagesElement!: HTMLDivElement;

  #stack: PageStack | undefined;
  #opened: OpenedPdf | undefined;
  #pdfId: PdfId | null = null;
  #loadController: AbortController | undefined;
  /** The source being shown, kept so a password retry can reload it. */
  #source: PdfSource | null = null;
  /** The `src` value that load() itself set, so updated() does not load it twice. */
  #srcLoaded: PdfSource | null = null;
  /** The pageIndex value the viewer last reported; any other value came from the host. */
  #reportedPageIndex = 0;
  #connection: AbortController | undefined;
  #tornDown = false;

  /** Number of pages of the loaded document (0 before a document loads). */
  get pageCount(): number {
    return this.documentPageCount;
  }

  /** The trailer `/ID` pair, base64-encoded as Instant JSON writes it; null without one. */
  get pdfId(): PdfId | null {
    return this.#pdfId ? { ...this.#pdfId } : null;
  }

  /** The effective scale (1 = 100 %) whatever the zoom mode. */
  get currentScale(): number {
    return this.effectiveScale;
  }

  /**
   * Loads a document, replacing the one shown. Resolves once every page has its
   * size and `document-loaded` has fired; rejects (after `document-error`) when
   * the document cannot be opened.
   */
  async load(source: PdfSource, options: LoadOptions = {}): Promise<void> {
    this.#srcLoaded = source;
    this.src = source;
    await this.#open(source, options);
  }

  /** Scrolls a page (0-based) to the top of the view. */
  goToPage(pageIndex: number): void {
    if (!Number.isFinite(pageIndex)) return;
    if (!this.#stack || !this.documentPageCount) {
      this.pageIndex = Math.max(0, Math.trunc(pageIndex));
      return;
    }
    this.#stack.goToPage(pageIndex);
    // A clamped request that lands on the current page changes nothing in the
    // stack, so bring the property back to the page actually shown.
    this.#reportedPageIndex = this.#stack.currentPage;
    this.pageIndex = this.#stack.currentPage;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    this.#connection = new AbortController();
    const signal = this.#connection.signal;
    this.addEventListener('keydown', (event) => this.#onKeyDown(event), { signal });
    if (this.#stack) this.#attachGestures(signal);
    if (this.#tornDown) {
      this.#tornDown = false;
      if (this.#source !== null) void this.#open(this.#source, {}).catch(() => undefined);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection?.abort();
    // A move in the DOM disconnects and reconnects at once: tear down only when
    // the element is still out of the document after the current task.
    queueMicrotask(() => {
      if (!this.isConnected) this.#teardown();
    });
  }

  protected override firstUpdated(): void {
    this.#stack = new PageStack(this.viewportElement, this.pagesElement, {
      onCurrentPageChange: (pageIndex) => this.#onCurrentPageChange(pageIndex),
      onScaleChange: (scale) => (this.effectiveScale = scale),
      onRenderError: (pageIndex, error) => console.warn(`instant-pdf-viewer: page ${pageIndex} could not be drawn`, error),
    });
    this.#stack.setZoom(this.zoom);
    if (this.#connection) this.#attachGestures(this.#connection.signal);
  }

  // Reacting in willUpdate folds the state these changes set into the same update.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src !== this.#srcLoaded) {
      this.#srcLoaded = this.src;
      if (this.src === null || this.src === '') this.#close();
      else void this.#open(this.src, {}).catch(() => undefined);
    }
    if (changed.has('zoom') && this.#stack && this.#stack.zoom !== this.zoom) {
      this.#stack.setZoom(this.zoom);
    }
    if (changed.has('pageIndex') && this.pageIndex !== this.#reportedPageIndex && this.documentPageCount) {
      this.goToPage(this.pageIndex);
    }
  }

  async #open(source: PdfSource, options: LoadOptions): Promise<void> {
    this.#loadController?.abort(new DOMException('A newer load replaced this one.', 'AbortError'));
    const controller = new AbortController();
    this.#loadController = controller;
    const signal = controller.signal;
    const initialPage = this.#source === null || this.pageIndex !== this.#reportedPageIndex ? this.pageIndex : 0;
    this.#closeDocument();
    this.#source = source;
    this.status = 'loading';
    this.progress = 0;
    this.errorMessage = '';

    let opened: OpenedPdf | undefined;
    try {
      opened = await openPdfDocument(source, {
        password: options.password,
        assetsUrl: this.assetsUrl ?? undefined,
        onProgress: (fraction) => {
          if (!signal.aborted) this.progress = fraction;
        },
        signal,
      });
      signal.throwIfAborted();
      this.#opened = opened;
      const firstPage = await opened.document.getPage(1);
      await this.updateComplete;
      signal.throwIfAborted();
      const stack = this.#stack!;
      const provisional = Array.from({ length: opened.pageCount }, () => pageSizeOf(firstPage));
      this.documentPageCount = opened.pageCount;
      this.#reportedPageIndex = Math.min(Math.max(0, initialPage), opened.pageCount - 1);
      this.pageIndex = this.#reportedPageIndex;
      stack.setDocument(opened.pdfjs, opened.document, provisional, this.#reportedPageIndex);
      // Asking pdf.js for every page keeps its worker busy for a while on long
      // documents, so the pages in view are drawn first (the provisional sizes
      // are the first page's) — but never held up for long.
      await Promise.race([stack.whenVisibleRendered(), delay(FIRST_PAINT_GRACE_MS)]);
      signal.throwIfAborted();
      stack.updatePageSizes(await readPageSizes(opened.document, signal));
      this.#pdfId = opened.pdfId;
      this.status = 'loaded';
      emit(this, 'document-loaded', { pageCount: opened.pageCount, pdfId: this.pdfId });
    } catch (error) {
      if (signal.aborted) {
        if (opened && this.#opened !== opened) void opened.destroy();
        throw signal.reason;
      }
      this.#closeDocument();
      const loadError =
        error instanceof PdfLoadError ? error : new PdfLoadError('unknown', `The PDF could not be shown: ${String(error)}`, { cause: error });
      this.status = loadError.isPasswordError ? 'password' : 'error';
      this.errorMessage = loadError.message;
      emit(this, 'document-error', { message: loadError.message, error: loadError });
      throw loadError;
    } finally {
      if (this.#loadController === controller) this.progress = null;
    }
  }

  /** Frees the current document: its pages, canvases, worker and loading task. */
  #closeDocument(): void {
    this.#stack?.clear();
    const opened = this.#opened;
    this.#opened = undefined;
    this.#pdfId = null;
    this.documentPageCount = 0;
    if (opened) void opened.destroy().catch(() => undefined);
  }

  #close(): void {
    this.#loadController?.abort(new DOMException('The document was closed.', 'AbortError'));
    this.#loadController = undefined;
    this.#closeDocument();
    this.#source = null;
    this.status = 'empty';
    this.errorMessage = '';
  }

  #teardown(): void {
    const source = this.#source;
    this.#close();
    this.#source = source;
    this.#tornDown = true;
  }

  #onCurrentPageChange(pageIndex: number): void {
    this.#reportedPageIndex = pageIndex;
    this.pageIndex = pageIndex;
    if (this.status === 'loaded' || this.status === 'loading') emit(this, 'page-changed', { pageIndex });
  }

  #onKeyDown(event: KeyboardEvent): void {
    const stack = this.#stack;
    if (!stack) return;
    handleViewerKey(event, {
      pageCount: this.documentPageCount,
      currentPage: stack.currentPage,
      scroller: stack.scroller,
      goToPage: (index) => this.goToPage(index),
      zoomBy: (direction) => this.#zoomBy(direction),
      resetZoom: () => this.#setZoom('auto'),
    });
  }

  #attachGestures(signal: AbortSignal): void {
    const stack = this.#stack!;
    attachZoomGestures(
      this.viewportElement,
      {
        get scale() {
          return stack.scale;
        },
        zoomTo: (scale, anchor) => this.#setZoom(clampScale(scale), anchor),
      },
      signal,
    );
  }

  #setZoom(zoom: Zoom, anchor?: ZoomAnchor): void {
    const stack = this.#stack;
    if (!stack) return;
    stack.setZoom(zoom, anchor);
    this.zoom = stack.zoom;
  }

  #zoomBy(direction: 1 | -1): void {
    this.#setZoom(stepZoom(this.effectiveScale, direction));
  }

  override render() {
    const toolbarHidden = this.toolbar === 'none';
    return html`<div part="base" class="base">
      <div part="toolbar" class="toolbar" ?hidden=${toolbarHidden}>
        <slot name="toolbar">
          <slot name="toolbar-start"></slot>
          <div class="toolbar-controls">
            ${renderToolbar(
              { pageIndex: this.pageIndex, pageCount: this.documentPageCount, zoom: this.zoom, scale: this.effectiveScale },
              {
                goToPage: (index) => this.goToPage(index),
                zoomBy: (direction) => this.#zoomBy(direction),
                setZoom: (zoom) => this.#setZoom(zoom),
              },
            )}
          </div>
          <slot name="toolbar-end"></slot>
        </slot>
      </div>
      <div class="body">
        <div part="sidebar" class="sidebar"><slot name="sidebar"></slot></div>
        <div part="viewport" class="viewport">
          <div class="pages"></div>
        </div>
        ${this.#renderProgress()} ${this.#renderMessage()}
      </div>
    </div>`;
  }

  #renderProgress() {
    if (this.status !== 'loading') return nothing;
    const fraction = this.progress;
    return html`<div
      part="progress"
      class="progress"
      role="progressbar"
      aria-label="Loading document"
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${fraction === null ? nothing : Math.round(fraction * 100)}
      ?data-indeterminate=${fraction === null}
      style=${fraction === null ? '' : `--progress:${Math.round(fraction * 100)}%`}
    >
      <div></div>
    </div>`;
  }

  #renderMessage() {
    if (this.status === 'error') {
      return html`<div class="overlay"><div part="error" class="message" role="alert">${this.errorMessage}</div></div>`;
    }
    if (this.status !== 'password') return nothing;
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).elements.namedItem('password') as HTMLInputElement;
      if (this.#source !== null) void this.#open(this.#source, { password: input.value }).catch(() => undefined);
    };
    return html`<div class="overlay">
      <form part="password-prompt" class="message password-prompt" @submit=${submit}>
        <span class="problem" role="alert">${this.errorMessage}</span>
        <div class="row">
          <input name="password" type="password" autocomplete="current-password" aria-label="Password" required autofocus />
          <button type="submit">Open</button>
        </div>
      </form>
    </div>`;
  }
}
