/**
 * Keeps every page's annotation layer equal to the model, and the canvas
 * free of the PDF's own appearances that were edited or deleted.
 *
 * Only pages that hold layers (the render buffer) have annotation DOM. After
 * each change to the store, in one microtask: the hidden set in pdf.js's
 * annotation storage is updated, pages whose canvas shows an appearance that
 * must go (or come back) are marked stale so the stack redraws them, and
 * each live layer is synced. Until a stale canvas is replaced, our drawing of
 * a replaced original stays invisible, and a restored original is drawn by us
 * (see `itemsFor`), so the page never shows both versions or neither.
 */
import type { DrawContext } from '../annotations/annotation-kind.js';
import type { Annotation } from '../model/index.js';
import { Localizer } from '../i18n/localize.js';
import type { DocumentAnnotations } from '../document/document-annotations.js';
import type { OriginalAppearances } from '../pdf/original-appearances.js';
import type { PageHooks, PageView } from '../pdf/page-view.js';
import { type LayerInteractions, type LayerItem, PageAnnotationLayer } from './page-annotation-layer.js';

/** For layers without a viewer's language (tests of the layer alone). */
const ENGLISH = new Localizer('en');

/** Images are drawn afresh when attachments or the language change: the data, or the placeholder's words, may differ. */
const isImage = (annotation: Annotation): boolean => annotation.type === 'pspdfkit/image';

export interface AnnotationLayerHost {
  /** Page views by index (the stack's). */
  readonly views: readonly PageView[];
  /** Asks for a page's canvas to be drawn again. */
  invalidatePage(index: number): void;
}

export class AnnotationLayers implements PageHooks {
  readonly #host: AnnotationLayerHost;
  readonly #appearances: OriginalAppearances;
  readonly #interactions: LayerInteractions;
  readonly #layers = new Map<number, PageAnnotationLayer>();
  #annotations: DocumentAnnotations | undefined;
  #unsubscribe: (() => void) | undefined;
  #syncQueued = false;
  #attachmentsChanged = false;
  #destroyed = false;

  constructor(host: AnnotationLayerHost, appearances: OriginalAppearances, interactions: LayerInteractions) {
    this.#host = host;
    this.#appearances = appearances;
    this.#interactions = interactions;
  }

  /**
   * Object numbers the first canvases should leave out, known before the
   * model exists (from Instant JSON given with the document).
   */
  presetHidden(objectNumbers: ReadonlySet<number>): void {
    this.#appearances.setHidden(objectNumbers);
  }

  /** Connects the model; from now on layers follow it. */
  attach(annotations: DocumentAnnotations): void {
    this.#annotations = annotations;
    this.#unsubscribe = annotations.store.subscribe((change) => {
      // An image record that did not change still shows a new picture when its attachment did.
      if (change.attachments.length) this.#attachmentsChanged = true;
      this.#queueSync();
    });
    for (const index of this.#layers.keys()) void this.#loadPage(index);
    this.#sync();
  }

  /**
   * The viewer's language changed: every drawn annotation is renamed, and
   * images, whose placeholder shows words, are drawn again.
   */
  relabel(): void {
    for (const layer of this.#layers.values()) layer.relabel(isImage);
    this.#sync();
  }

  destroy(): void {
    this.#destroyed = true;
    this.#unsubscribe?.();
    for (const layer of this.#layers.values()) layer.destroy();
    this.#layers.clear();
  }

  // ---- PageHooks ------------------------------------------------------------------

  hiddenOriginals(): ReadonlySet<number> {
    return this.#appearances.hidden;
  }

  layersCreated(view: PageView, annotationLayer: HTMLDivElement): void {
    const frame = view.frame;
    if (!frame || this.#destroyed) return;
    const layer = new PageAnnotationLayer(annotationLayer, frame, this.#drawContext, this.#interactions);
    this.#layers.set(view.index, layer);
    if (this.#annotations) void this.#loadPage(view.index);
  }

  canvasShown(view: PageView): void {
    const layer = this.#layers.get(view.index);
    if (layer && this.#annotations) layer.sync(this.#itemsFor(view));
  }

  evicted(view: PageView): void {
    this.#layers.get(view.index)?.destroy();
    this.#layers.delete(view.index);
  }

  // ---- syncing ----------------------------------------------------------------------

  readonly #drawContext: DrawContext = {
    attachment: (id) => this.#annotations?.store.getAttachment(id),
    translate: (key) => this.#interactions.translate?.(key) ?? ENGLISH.term(key),
  };

  /** Reads a page's own annotations, then draws its layer; a page already read is drawn by canvasShown or #sync. */
  async #loadPage(index: number): Promise<void> {
    const annotations = this.#annotations!;
    if (annotations.store.hasOriginals(index)) return;
    try {
      await annotations.ensurePage(index);
    } catch (error) {
      console.warn(`instant-pdf-viewer: annotations of page ${index + 1} could not be read`, error);
    }
    const layer = this.#layers.get(index);
    const view = this.#host.views[index];
    if (layer && view && !this.#destroyed && this.#annotations === annotations) layer.sync(this.#itemsFor(view));
  }

  #queueSync(): void {
    if (this.#syncQueued) return;
    this.#syncQueued = true;
    queueMicrotask(() => {
      if (this.#syncQueued) this.#sync();
    });
  }

  #sync(): void {
    this.#syncQueued = false;
    const annotations = this.#annotations;
    if (!annotations || this.#destroyed) return;
    const store = annotations.store;
    const changed = this.#appearances.setHidden(store.hiddenPdfObjectIds());
    if (changed.length) {
      const pages = new Set<number>();
      let unknownPage = false;
      for (const objectNumber of changed) {
        const page = store.originalPageOf(objectNumber);
        if (page === undefined) unknownPage = true;
        else pages.add(page);
      }
      for (const view of this.#host.views) {
        if (!view.hasCanvas) continue;
        if (pages.has(view.index) || (unknownPage && !store.hasOriginals(view.index))) this.#host.invalidatePage(view.index);
      }
    }
    if (this.#attachmentsChanged) {
      this.#attachmentsChanged = false;
      for (const layer of this.#layers.values()) layer.redraw(isImage);
    }
    for (const [index, layer] of this.#layers) {
      const view = this.#host.views[index];
      if (view && store.hasOriginals(index)) layer.sync(this.#itemsFor(view));
    }
  }

  /**
   * What the page's layer shows, given what its canvas shows now
   * (`view.canvasHidden`: the originals the canvas leaves out).
   */
  #itemsFor(view: PageView): LayerItem[] {
    const store = this.#annotations!.store;
    const items: LayerItem[] = [];
    // Before the first canvas, the one coming will leave out what is hidden now.
    const hiddenOnCanvas = view.canvasHidden ?? this.#appearances.hidden;
    for (const annotation of store.getAnnotations(view.index)) {
      const objectNumber = annotation.pdfObjectId;
      let mode: LayerItem['mode'] = 'drawn';
      if (objectNumber !== undefined && !hiddenOnCanvas.has(objectNumber)) {
        // The canvas shows this object's own appearance: it is the annotation
        // itself, or the old look of an edited one, invisible until the canvas is redrawn.
        mode = store.isOriginal(annotation) ? 'original' : 'pending';
      }
      items.push({ annotation, mode });
    }
    return items;
  }
}
