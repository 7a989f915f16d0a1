/**
 * One page of the document on screen: its container and layers, and the
 * pdf.js work that fills them (canvas render, text layer). Modelled on
 * pdf.js's PDFPageView, with a render/cancel/reset life cycle.
 */
import type { PDFPageProxy, RenderTask, TextLayer } from 'pdfjs-dist';
import type { Pdfjs } from './pdfjs-runtime.js';
import { guardTextLayerSelection } from './text-layer-selection.js';

/** CSS pixels per PDF point at zoom 1 (pdf.js's PDF_TO_CSS_UNITS): 100 % is 96 dpi. */
export const CSS_UNITS = 96 / 72;

/** Canvas backing store bound, in pixels: a deep zoom renders softer instead of exhausting memory. */
export const MAX_CANVAS_PIXELS = 2 ** 24;
const MAX_CANVAS_DIMENSION = 16384;

export enum RenderingState {
  Initial = 0,
  Running = 1,
  Finished = 2,
}

/** Layer class names, in stacking order (pdf.js's LAYERS_ORDER). */
export const LAYER_CLASSES = ['canvas-wrapper', 'textLayer', 'annotation-layer', 'form-layer', 'interaction-layer'] as const;

/**
 * What decorates a page beyond pdf.js's canvas and text: the annotation and form layers.
 * The page view calls these at the points of its life cycle where the
 * decoration must follow.
 */
export interface PageHooks {
  /**
   * PDF object numbers of the page's own annotations that the canvas must
   * not draw (edited or deleted ones). Read when a render starts; the same
   * set must already be in the document's annotation storage.
   */
  hiddenOriginals(): ReadonlySet<number>;
  /** The page's layers exist (first render); `annotationLayer` and `formLayer` are empty. */
  layersCreated(view: PageView, annotationLayer: HTMLDivElement, formLayer: HTMLDivElement): void;
  /** A new canvas is on screen; `view.canvasHidden` says which originals it leaves out. */
  canvasShown(view: PageView): void;
  /** The page left the render buffer; its layers are gone. */
  evicted(view: PageView): void;
}

/** The page's unrotated size in points and its /Rotate: the frame annotation coordinates live in. */
export interface PageFrame {
  readonly width: number;
  readonly height: number;
  readonly rotation: 0 | 90 | 180 | 270;
}

export interface PageSize {
  /** Size at zoom 1 in PDF points, after the page's /Rotate. */
  readonly width: number;
  readonly height: number;
}

/** Device pixels per CSS pixel for a page, bounded by MAX_CANVAS_PIXELS. */
export function outputScaleFor(cssWidth: number, cssHeight: number, devicePixelRatio: number): number {
  let scale = Math.max(1, devicePixelRatio);
  const pixels = cssWidth * cssHeight * scale * scale;
  if (pixels > MAX_CANVAS_PIXELS) scale = Math.sqrt(MAX_CANVAS_PIXELS / (cssWidth * cssHeight));
  const longest = Math.max(cssWidth, cssHeight) * scale;
  if (longest > MAX_CANVAS_DIMENSION) scale *= MAX_CANVAS_DIMENSION / longest;
  return scale;
}

const EMPTY: ReadonlySet<number> = new Set();

export class PageView {
  readonly index: number;
  readonly element: HTMLDivElement;
  renderingState = RenderingState.Initial;
  /** The zoom the current canvas was drawn at (0 when there is none). */
  renderedScale = 0;
  /** The device pixel ratio the current canvas was drawn for (0 when there is none). */
  renderedPixelRatio = 0;
  /** Set when the page was last scrolled into or kept in view; drives the LRU buffer. */
  lastUsed = 0;
  /** Originals the canvas on screen leaves out; undefined while there is no canvas. */
  canvasHidden: ReadonlySet<number> | undefined;

  #pdfjs: Pdfjs;
  #page: PDFPageProxy | undefined;
  /** Created on first render: a placeholder page is one empty div, so a 1,000-page stack is cheap to build. */
  #layers: { canvasWrapper: HTMLDivElement; textLayer: HTMLDivElement } | undefined;
  #canvas: HTMLCanvasElement | undefined;
  #renderTask: RenderTask | undefined;
  #textLayer: TextLayer | undefined;
  /** Stops the guard of the text layer's current `endOfContent` (text-layer-selection.ts). */
  #selectionGuard: AbortController | undefined;
  #generation = 0;
  #hooks: PageHooks | undefined;
  /** Bumped by markStale(); the canvas is current when it was drawn at the latest count. */
  #staleCount = 0;
  #drawnStaleCount = 0;

  constructor(pdfjs: Pdfjs, index: number, element: HTMLDivElement, hooks?: PageHooks) {
    this.#pdfjs = pdfjs;
    this.index = index;
    this.element = element;
    this.#hooks = hooks;
  }

  #ensureLayers(): { canvasWrapper: HTMLDivElement; textLayer: HTMLDivElement } {
    if (!this.#layers) {
      const [canvasWrapper, textLayer, annotationLayer, formLayer] = LAYER_CLASSES.map((className) => {
        const layer = this.element.ownerDocument.createElement('div');
        layer.className = className;
        this.element.append(layer);
        return layer;
      }) as [HTMLDivElement, HTMLDivElement, HTMLDivElement, HTMLDivElement, HTMLDivElement];
      this.#layers = { canvasWrapper, textLayer };
      this.#hooks?.layersCreated(this, annotationLayer, formLayer);
    }
    return this.#layers;
  }

  /** The frame annotations are drawn in; undefined until the pdf.js page is known. */
  get frame(): PageFrame | undefined {
    const page = this.#page;
    if (!page) return undefined;
    const { width, height } = page.getViewport({ scale: 1, rotation: 0 });
    const rotation = ((((page.rotate % 360) + 360) % 360) / 90) * 90;
    return { width, height, rotation: rotation as PageFrame['rotation'] };
  }

  /** The canvas must be drawn again (the originals it leaves out changed); the old one stays until then. */
  markStale(): void {
    this.#staleCount++;
    if (this.#canvas) this.element.setAttribute('data-redrawing', '');
  }

  get isStale(): boolean {
    return this.#staleCount !== this.#drawnStaleCount;
  }

  /** Whether the canvas shown is finished and drawn at this zoom and pixel ratio. */
  isDrawnAt(scale: number, devicePixelRatio: number): boolean {
    return (
      this.renderingState === RenderingState.Finished &&
      !this.isStale &&
      this.renderedScale === scale &&
      this.renderedPixelRatio === devicePixelRatio
    );
  }

  get hasCanvas(): boolean {
    return this.#canvas !== undefined;
  }

  get pdfPage(): PDFPageProxy | undefined {
    return this.#page;
  }

  setPdfPage(page: PDFPageProxy): void {
    this.#page = page;
  }

  /**
   * Draws the page at `scale` into a fresh canvas, swapped in when complete so
   * a zoom never shows a blank page. Resolves false when cancelled.
   */
  async render(scale: number, devicePixelRatio: number): Promise<boolean> {
    const page = this.#page;
    if (!page) throw new Error(`Page ${this.index} has no pdf.js page yet`);
    this.cancel();
    const generation = ++this.#generation;
    const staleCount = this.#staleCount;
    this.renderingState = RenderingState.Running;

    const viewport = page.getViewport({ scale: scale * CSS_UNITS });
    const outputScale = outputScaleFor(viewport.width, viewport.height, devicePixelRatio);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(viewport.width * outputScale));
    canvas.height = Math.max(1, Math.floor(viewport.height * outputScale));
    canvas.setAttribute('role', 'presentation');
    const sx = canvas.width / viewport.width;
    const sy = canvas.height / viewport.height;

    // The storage mode lets the document's annotation storage hide edited
    // originals (noView); `hidden` is what that storage holds right now.
    const hidden = this.#hooks?.hiddenOriginals() ?? EMPTY;
    const task = page.render({
      canvas,
      viewport,
      transform: sx !== 1 || sy !== 1 ? [sx, 0, 0, sy, 0, 0] : undefined,
      annotationMode: this.#pdfjs.AnnotationMode.ENABLE_STORAGE,
    });
    this.#renderTask = task;
    try {
      await task.promise;
    } catch (error) {
      canvas.width = canvas.height = 0;
      if (generation !== this.#generation) return false;
      this.renderingState = RenderingState.Initial;
      if (error instanceof this.#pdfjs.RenderingCancelledException) return false;
      throw error;
    } finally {
      if (this.#renderTask === task) this.#renderTask = undefined;
    }
    if (generation !== this.#generation) {
      canvas.width = canvas.height = 0;
      return false;
    }
    this.#swapCanvas(canvas);
    this.renderedScale = scale;
    this.renderedPixelRatio = devicePixelRatio;
    this.renderingState = RenderingState.Finished;
    this.#drawnStaleCount = staleCount;
    if (!this.isStale) this.element.removeAttribute('data-redrawing');
    this.canvasHidden = hidden;
    // In the same task as the swap, so the new canvas and the annotation layer reach the screen together.
    this.#hooks?.canvasShown(this);
    this.element.setAttribute('data-rendered', '');
    void this.#renderTextLayer(page, viewport, generation);
    return true;
  }

  #swapCanvas(canvas: HTMLCanvasElement): void {
    const old = this.#canvas;
    this.#canvas = canvas;
    this.#ensureLayers().canvasWrapper.append(canvas);
    if (old) {
      old.remove();
      old.width = old.height = 0;
    }
  }

  async #renderTextLayer(
    page: PDFPageProxy,
    viewport: ReturnType<PDFPageProxy['getViewport']>,
    generation: number,
  ): Promise<void> {
    if (this.#textLayer) {
      this.#textLayer.update({ viewport });
      return;
    }
    const textLayer = new this.#pdfjs.TextLayer({
      textContentSource: page.streamTextContent({ includeMarkedContent: true, disableNormalization: true }),
      container: this.#ensureLayers().textLayer,
      viewport,
    });
    this.#textLayer = textLayer;
    try {
      await textLayer.render();
      if (generation !== this.#generation) return;
      const end = document.createElement('div');
      end.className = 'endOfContent';
      const layer = this.#ensureLayers().textLayer;
      layer.append(end);
      this.#selectionGuard?.abort();
      this.#selectionGuard = new AbortController();
      guardTextLayerSelection(layer, end, this.#selectionGuard.signal);
    } catch (error) {
      if (this.#textLayer === textLayer) this.#textLayer = undefined;
      if (!(error instanceof this.#pdfjs.AbortException)) throw error;
    }
  }

  /** Stops a running render; the canvas shown (if any) stays. */
  cancel(): void {
    this.#generation++;
    this.#renderTask?.cancel();
    this.#renderTask = undefined;
    if (this.renderingState === RenderingState.Running) {
      this.renderingState = this.#canvas ? RenderingState.Finished : RenderingState.Initial;
    }
  }

  /** Frees the canvas memory and the text layer; the page stays as a sized placeholder. */
  reset(): void {
    this.cancel();
    this.#textLayer?.cancel();
    this.#textLayer = undefined;
    this.#selectionGuard?.abort();
    this.#selectionGuard = undefined;
    this.#layers?.textLayer.replaceChildren();
    if (this.#canvas) {
      this.#canvas.remove();
      this.#canvas.width = this.#canvas.height = 0;
      this.#canvas = undefined;
    }
    this.canvasHidden = undefined;
    this.element.removeAttribute('data-redrawing');
    this.renderedScale = 0;
    this.renderedPixelRatio = 0;
    this.renderingState = RenderingState.Initial;
    this.element.removeAttribute('data-rendered');
  }

  /**
   * Leaves the render buffer: frees the canvas, drops the layers, and lets
   * pdf.js free the page's operator lists and decoded images (as its own
   * viewer does on eviction), keeping only the sized placeholder.
   */
  evict(): void {
    this.reset();
    const hadLayers = this.#layers !== undefined;
    this.#layers = undefined;
    this.element.replaceChildren();
    if (hadLayers) this.#hooks?.evicted(this);
    this.#page?.cleanup();
  }

  destroy(): void {
    this.evict();
    this.#page = undefined;
  }
}
