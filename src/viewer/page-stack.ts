/**
 * The scrolling stack of pages: sizes every placeholder, works out what is in
 * view, renders visible pages first (then the next one in the scroll
 * direction), cancels renders of pages that left, and bounds canvas memory.
 * It owns no pdf.js state beyond the page views it drives.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { CSS_UNITS, PageView, RenderingState, type PageHooks, type PageSize } from '../pdf/page-view.js';
import type { Pdfjs } from '../pdf/pdfjs-runtime.js';
import { PAGE_PADDING, PageLayout, mostVisiblePage, type VisiblePage } from './page-layout.js';
import { RenderBuffer, bufferCapacity } from './render-buffer.js';
import { clampScale, isZoomMode, scaleForMode, type Zoom } from './zoom.js';

export interface PageStackCallbacks {
  /** The page most in view changed (by scrolling, zooming or goToPage). */
  onCurrentPageChange(pageIndex: number): void;
  /** The effective scale changed (a zoom, or a resize in a fit mode). */
  onScaleChange?(scale: number): void;
  /** A page finished drawing its canvas. */
  onPageRendered?(pageIndex: number): void;
  /** A page could not be drawn. */
  onRenderError?(pageIndex: number, error: unknown): void;
  /** The accessible name of a page region ("Page 3 of 117"); without it, "Page 3". */
  pageLabel?(pageIndex: number, pageCount: number): string;
  /**
   * Height, in CSS pixels, that docked UI which comes and goes (the property
   * bar) takes from the pages now. Fit modes measure as if it were not there,
   * so selecting an annotation does not change the zoom.
   */
  transientHeight?(): number;
}

/** A point in the scroller's client box that must stay over the same spot of the page. */
export interface ZoomAnchor {
  readonly x: number;
  readonly y: number;
}

interface PageAnchor {
  readonly index: number;
  readonly fx: number;
  readonly fy: number;
  readonly x: number;
  readonly y: number;
}

export class PageStack {
  readonly scroller: HTMLElement;
  readonly content: HTMLElement;
  #callbacks: PageStackCallbacks;
  #document: PDFDocumentProxy | undefined;
  #views: PageView[] = [];
  #sizes: PageSize[] = [];
  #layout = new PageLayout([], 1);
  #zoom: Zoom = 'auto';
  #scale = 1;
  #buffer = new RenderBuffer<PageView>();
  #visible: VisiblePage[] = [];
  #currentPage = 0;
  /** A page goToPage() asked for; it stays current while the scroll position is ours. */
  #pinned: { index: number; scrollTop: number } | undefined;
  #lastScrollTop = 0;
  #scrollingDown = true;
  #rendering: PageView | undefined;
  #failed = new Set<number>();
  #frame = 0;
  #paintWaiters: (() => void)[] = [];
  #resizeObserver: ResizeObserver;
  #abort = new AbortController();

  constructor(scroller: HTMLElement, content: HTMLElement, callbacks: PageStackCallbacks) {
    this.scroller = scroller;
    this.content = content;
    this.#callbacks = callbacks;
    scroller.addEventListener('scroll', () => this.#onScroll(), { passive: true, signal: this.#abort.signal });
    this.#resizeObserver = new ResizeObserver(() => this.#onResize());
    this.#resizeObserver.observe(scroller);
  }

  get pageCount(): number {
    return this.#views.length;
  }

  get currentPage(): number {
    return this.#currentPage;
  }

  get zoom(): Zoom {
    return this.#zoom;
  }

  /** The effective scale (1 = 100 %), whatever the zoom mode. */
  get scale(): number {
    return this.#scale;
  }

  get layout(): PageLayout {
    return this.#layout;
  }

  /** Page views, for layers that decorate pages (annotations, interaction). */
  get views(): readonly PageView[] {
    return this.#views;
  }

  /** Number of pages currently holding a canvas. */
  get liveCanvasCount(): number {
    return this.#views.reduce((count, view) => count + (view.hasCanvas ? 1 : 0), 0);
  }

  /**
   * Shows a document. `sizes` may be provisional (all pages the size of the
   * first); `updatePageSizes` corrects them without moving what is in view.
   */
  setDocument(
    pdfjs: Pdfjs,
    document: PDFDocumentProxy,
    sizes: PageSize[],
    initialPage = 0,
    hooks?: PageHooks,
  ): void {
    this.clear();
    this.#document = document;
    this.#sizes = sizes;
    const fragment = this.content.ownerDocument.createDocumentFragment();
    this.#views = sizes.map((_, index) => {
      const element = this.content.ownerDocument.createElement('div');
      element.setAttribute('part', 'page');
      element.setAttribute('data-page-index', String(index));
      element.className = 'page';
      element.setAttribute('role', 'region');
      element.setAttribute('aria-label', this.#pageLabel(index, sizes.length));
      fragment.append(element);
      return new PageView(pdfjs, index, element, hooks);
    });
    this.#currentPage = Math.min(Math.max(0, initialPage), sizes.length - 1);
    // Size the pages while they are still detached: the only layout read is of
    // the empty scroller, and the first render is not held up by laying out
    // a thousand placeholders twice.
    this.#applyZoom(this.#zoom, undefined);
    this.content.append(fragment);
    this.#scrollToPage(this.#currentPage);
    this.#update();
  }

  /**
   * Names every page again (the language changed). Set once per page, never
   * on scroll, so a 1,000-page document pays for it only here and at load.
   */
  relabelPages(): void {
    const count = this.#views.length;
    for (const view of this.#views) view.element.setAttribute('aria-label', this.#pageLabel(view.index, count));
  }

  #pageLabel(index: number, count: number): string {
    return this.#callbacks.pageLabel?.(index, count) ?? `Page ${index + 1}`;
  }

  updatePageSizes(sizes: PageSize[]): void {
    if (sizes.length !== this.#views.length) return;
    const anchor = this.#anchorAt({ x: this.scroller.clientWidth / 2, y: 0 });
    this.#sizes = sizes;
    this.#applyZoom(this.#zoom, anchor);
    this.#update();
  }

  setZoom(zoom: Zoom, anchor?: ZoomAnchor): void {
    this.#zoom = isZoomMode(zoom) ? zoom : clampScale(zoom);
    if (!this.#views.length) return;
    const point = anchor ?? { x: this.scroller.clientWidth / 2, y: 0 };
    this.#applyZoom(this.#zoom, this.#anchorAt(point));
    this.#update();
  }

  /** Draws a page's canvas again (the old one stays until the new one is ready). */
  invalidatePage(index: number): void {
    const view = this.#views[index];
    if (!view) return;
    view.markStale();
    this.#scheduleUpdate();
  }

  goToPage(index: number): void {
    if (!this.#views.length) return;
    const target = Math.min(Math.max(0, Math.trunc(index)), this.#views.length - 1);
    this.#scrollToPage(target);
    this.#setCurrentPage(target);
    this.#update();
  }

  /**
   * Resolves once every page in view shows a canvas at the current zoom (or
   * could not be drawn); at once when nothing is in view or the stack is cleared.
   */
  whenVisibleRendered(): Promise<void> {
    return new Promise((resolve) => {
      this.#paintWaiters.push(resolve);
      this.#notifyPainted();
    });
  }

  #notifyPainted(): void {
    if (!this.#paintWaiters.length) return;
    const pending = this.#visible.some(
      ({ index }) => !this.#failed.has(index) && !this.#views[index]!.isDrawnAt(this.#scale, devicePixelRatio),
    );
    if (pending && this.#views.length) return;
    const waiters = this.#paintWaiters;
    this.#paintWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Drops every page, canvas and pending render; the stack is empty afterwards. */
  clear(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#rendering = undefined;
    this.#buffer.clear();
    for (const view of this.#views) view.destroy();
    this.#views = [];
    this.#sizes = [];
    this.#visible = [];
    this.#failed.clear();
    this.#pinned = undefined;
    this.#document = undefined;
    this.#layout = new PageLayout([], 1);
    this.content.replaceChildren();
    this.content.style.removeProperty('height');
    this.content.style.removeProperty('width');
    this.#notifyPainted();
  }

  destroy(): void {
    this.clear();
    this.#abort.abort();
    this.#resizeObserver.disconnect();
  }

  #scaleFor(zoom: Zoom): number {
    if (!isZoomMode(zoom)) return zoom;
    const size = this.#sizes[this.#currentPage] ?? this.#sizes[0];
    if (!size) return 1;
    return scaleForMode(zoom, {
      pageWidth: size.width * CSS_UNITS,
      pageHeight: size.height * CSS_UNITS,
      // The scroller keeps a stable scrollbar gutter, so clientWidth does not change when one appears.
      availableWidth: this.scroller.clientWidth - 2 * PAGE_PADDING,
      availableHeight: this.scroller.clientHeight + (this.#callbacks.transientHeight?.() ?? 0) - 2 * PAGE_PADDING,
    });
  }

  #applyZoom(zoom: Zoom, anchor: PageAnchor | undefined): void {
    const scale = this.#scaleFor(zoom);
    const layout = new PageLayout(
      this.#sizes.map((size) => ({ width: size.width * CSS_UNITS, height: size.height * CSS_UNITS })),
      scale,
    );
    const scaleChanged = scale !== this.#scale;
    this.#scale = scale;
    this.#layout = layout;
    this.content.style.height = `${layout.contentHeight}px`;
    this.content.style.width = `max(100%, ${layout.contentWidth}px)`;
    this.content.style.setProperty('--total-scale-factor', String(scale * CSS_UNITS));
    this.content.style.setProperty('--scale-factor', String(scale * CSS_UNITS));
    for (const view of this.#views) {
      const style = view.element.style;
      style.top = `${layout.tops[view.index]}px`;
      style.width = `${layout.widths[view.index]}px`;
      style.height = `${layout.heights[view.index]}px`;
      style.marginLeft = `${-layout.widths[view.index]! / 2}px`;
    }
    if (scaleChanged) {
      this.#callbacks.onScaleChange?.(scale);
      // Running renders are at the old scale; finished canvases stretch until redrawn.
      for (const view of this.#views) if (view.renderingState === RenderingState.Running) view.cancel();
      this.#rendering = undefined;
    }
    if (anchor) this.#restoreAnchor(anchor);
  }

  #anchorAt(point: ZoomAnchor): PageAnchor | undefined {
    if (!this.#views.length) return undefined;
    const layout = this.#layout;
    const y = this.scroller.scrollTop + point.y;
    const x = this.scroller.scrollLeft + point.x;
    const index = layout.pageAtOrBelow(y);
    const rect = layout.rect(index);
    const left = layout.left(index, this.scroller.clientWidth);
    return {
      index,
      fx: rect.width ? (x - left) / rect.width : 0,
      fy: rect.height ? (y - rect.top) / rect.height : 0,
      x: point.x,
      y: point.y,
    };
  }

  #restoreAnchor(anchor: PageAnchor): void {
    const layout = this.#layout;
    const rect = layout.rect(anchor.index);
    const left = layout.left(anchor.index, this.scroller.clientWidth);
    this.#setScroll(rect.top + anchor.fy * rect.height - anchor.y, left + anchor.fx * rect.width - anchor.x);
  }

  #scrollToPage(index: number): void {
    const top = this.#layout.tops[index];
    if (top === undefined) return;
    this.#setScroll(top - PAGE_PADDING / 2, this.scroller.scrollLeft);
    this.#pinned = { index, scrollTop: this.scroller.scrollTop };
  }

  #setScroll(top: number, left: number): void {
    this.scroller.scrollTop = Math.max(0, top);
    this.scroller.scrollLeft = Math.max(0, left);
    this.#lastScrollTop = this.scroller.scrollTop;
  }

  #onScroll(): void {
    const top = this.scroller.scrollTop;
    if (top !== this.#lastScrollTop) this.#scrollingDown = top > this.#lastScrollTop;
    this.#lastScrollTop = top;
    if (this.#pinned && Math.abs(this.#pinned.scrollTop - top) > 1) this.#pinned = undefined;
    this.#scheduleUpdate();
  }

  #onResize(): void {
    if (!this.#views.length) return;
    if (isZoomMode(this.#zoom)) {
      this.#applyZoom(this.#zoom, this.#anchorAt({ x: this.scroller.clientWidth / 2, y: 0 }));
      this.#update();
    } else {
      this.#scheduleUpdate();
    }
  }

  #scheduleUpdate(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#update();
    });
  }

  #setCurrentPage(index: number): void {
    if (index === this.#currentPage) return;
    this.#currentPage = index;
    this.#callbacks.onCurrentPageChange(index);
  }

  /** Recomputes what is visible, the current page, and what to render next. */
  #update(): void {
    if (!this.#views.length) return;
    const { scrollTop, scrollLeft, clientHeight, clientWidth } = this.scroller;
    this.#visible = this.#layout.visiblePages(scrollTop, clientHeight, clientWidth, scrollLeft);
    const pinned = this.#pinned;
    const current =
      pinned && this.#visible.some((page) => page.index === pinned.index) ? pinned.index : mostVisiblePage(this.#visible);
    if (current !== undefined) this.#setCurrentPage(current);

    const inView = new Set(this.#visible.map((page) => page.index));
    if (this.#rendering && !inView.has(this.#rendering.index) && !this.#isNeighbour(this.#rendering.index)) {
      this.#rendering.cancel();
      this.#rendering = undefined;
    }
    this.#buffer.touch(this.#visible.map((page) => this.#views[page.index]!));
    this.#markOffscreen(scrollTop, clientHeight, clientWidth, scrollLeft);
    this.#renderNext();
    this.#notifyPainted();
  }

  /**
   * Hides the canvases of buffered pages more than a viewport away. A
   * canvas stays drawn (the buffer keeps it for scrolling back), but one
   * that is shown is handed to the compositor again at every frame when
   * Chromium composites in software, about 2 ms per page canvas; hidden
   * ones are not. A viewport of margin each way keeps a page's canvas
   * shown before a scroll brings it in.
   */
  #markOffscreen(scrollTop: number, clientHeight: number, clientWidth: number, scrollLeft: number): void {
    const near = new Set(this.#layout.visiblePages(scrollTop - clientHeight, 3 * clientHeight, clientWidth, scrollLeft).map((page) => page.index));
    for (const view of this.#views) {
      const offscreen = !near.has(view.index);
      if (view.element.hasAttribute('data-offscreen') !== offscreen) view.element.toggleAttribute('data-offscreen', offscreen);
    }
  }

  #isNeighbour(index: number): boolean {
    const first = this.#visible[0]?.index;
    const last = this.#visible[this.#visible.length - 1]?.index;
    return first !== undefined && last !== undefined && (index === last + 1 || index === first - 1);
  }

  /** Visible pages by visible area, then the next page in the scroll direction, then the other neighbour. */
  #priorities(): number[] {
    const visible = [...this.#visible].sort((a, b) => b.area - a.area || a.index - b.index).map((page) => page.index);
    if (!visible.length) return visible;
    const first = this.#visible[0]!.index;
    const last = this.#visible[this.#visible.length - 1]!.index;
    const ahead = this.#scrollingDown ? [last + 1, first - 1] : [first - 1, last + 1];
    const near = [...visible, ...ahead.filter((index) => index >= 0 && index < this.#views.length)];
    // Buffered pages whose canvas shows an appearance that was edited away come last.
    const stale = this.#views.filter((view) => view.hasCanvas && view.isStale && !near.includes(view.index)).map((view) => view.index);
    return [...near, ...stale];
  }

  #needsRender(view: PageView): boolean {
    if (this.#failed.has(view.index)) return false;
    if (view.renderingState === RenderingState.Running) return false;
    return !view.isDrawnAt(this.#scale, devicePixelRatio);
  }

  #renderNext(): void {
    if (this.#rendering || !this.#document) return;
    const next = this.#priorities()
      .map((index) => this.#views[index]!)
      .find((view) => this.#needsRender(view));
    if (!next) return;
    this.#rendering = next;
    void this.#render(next);
  }

  async #render(view: PageView): Promise<void> {
    const document = this.#document;
    try {
      if (!view.pdfPage) {
        const page = await document!.getPage(view.index + 1);
        if (this.#document !== document || this.#rendering !== view) return;
        view.setPdfPage(page);
      }
      const done = await view.render(this.#scale, devicePixelRatio);
      if (this.#document !== document) return;
      if (done) {
        const keep = new Set(this.#visible.map((page) => page.index));
        this.#buffer.push(view, bufferCapacity(this.#visible.length), keep);
        this.#callbacks.onPageRendered?.(view.index);
      }
    } catch (error) {
      if (this.#document !== document) return;
      this.#failed.add(view.index);
      this.#callbacks.onRenderError?.(view.index, error);
    } finally {
      if (this.#rendering === view) this.#rendering = undefined;
    }
    if (this.#document === document) this.#scheduleUpdate();
  }
}
