/**
 * Draws a PDF's pages for printing, one page at a time: pdf.js's print
 * intent (only annotations whose Print flag is set and that are not hidden,
 * drawn from their appearance streams, as Acrobat prints them) into a canvas
 * at print resolution, compressed to an image, and the canvas freed once
 * its image is made. Memory therefore holds at most two pages' pixels
 * (one being drawn, one being encoded) plus the compressed images, whatever
 * the page count.
 */
import type { PDFPageProxy, RenderTask } from 'pdfjs-dist';
import { openPdfDocument, type OpenedPdf } from './pdf-document-loader.js';

/** Print resolution: sharp text on paper at a fraction of 300 dpi's memory and encoding time. */
export const PRINT_DPI = 150;

/**
 * At most this many pixels per page (a 4096 × 4096 canvas): an A0 poster at
 * 150 dpi would need 26 million, more than some browsers allow one canvas.
 * Larger pages are drawn at a lower resolution.
 */
const MAX_PAGE_PIXELS = 4096 * 4096;

const POINTS_PER_INCH = 72;

/** One page, ready to print. */
export interface PrintPage {
  readonly pageIndex: number;
  /** The page's size on paper in points (1/72 in), after its /Rotate. */
  readonly width: number;
  readonly height: number;
  /** The page as a PNG. */
  readonly image: Blob;
  /** The image's size in pixels. */
  readonly pixelWidth: number;
  readonly pixelHeight: number;
}

export interface PrintRendererOptions {
  /** The password of an encrypted PDF. */
  readonly password?: string | undefined;
  /** Where pdf.js's worker and data files are served (the viewer's `assets-url`). */
  readonly assetsUrl?: string | undefined;
  /** Dots per inch of the images; PRINT_DPI by default. */
  readonly dpi?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** A page drawn, not yet encoded: its canvas is alive until `encode()` or `discard()`. */
export interface DrawnPage extends Omit<PrintPage, 'image'> {
  /** The page as a PNG; frees the canvas. */
  encode(): Promise<PrintPage>;
  /** Frees the canvas without encoding it. */
  discard(): void;
}

/** A PDF opened for printing; `close()` frees pdf.js's document and worker. */
export class PrintRenderer {
  readonly #opened: OpenedPdf;
  readonly #dpi: number;

  private constructor(opened: OpenedPdf, dpi: number) {
    this.#opened = opened;
    this.#dpi = dpi;
  }

  /** Opens `bytes` (a PDF) with a pdf.js document of its own. */
  static async open(bytes: Uint8Array, options: PrintRendererOptions = {}): Promise<PrintRenderer> {
    const opened = await openPdfDocument(bytes, { password: options.password, assetsUrl: options.assetsUrl, signal: options.signal });
    return new PrintRenderer(opened, options.dpi ?? PRINT_DPI);
  }

  get pageCount(): number {
    return this.#opened.pageCount;
  }

  /**
   * Draws page `pageIndex` (0-based) at print intent into a canvas of its
   * own. Rejects with the signal's reason when it aborts (the drawing is
   * cancelled). The caller turns the result into an image with `encode()`
   * (which frees the canvas) or drops it with `discard()`; encoding runs
   * off the main thread, so the next page can be drawn meanwhile.
   */
  async drawPage(pageIndex: number, signal?: AbortSignal): Promise<DrawnPage> {
    signal?.throwIfAborted();
    const { pdfjs, document: pdfDocument } = this.#opened;
    const page = await pdfDocument.getPage(pageIndex + 1);
    signal?.throwIfAborted();
    const size = page.getViewport({ scale: 1 });
    let scale = this.#dpi / POINTS_PER_INCH;
    const pixels = size.width * scale * size.height * scale;
    if (pixels > MAX_PAGE_PIXELS) scale *= Math.sqrt(MAX_PAGE_PIXELS / pixels);
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(viewport.width));
    canvas.height = Math.max(1, Math.round(viewport.height));
    const sx = canvas.width / viewport.width;
    const sy = canvas.height / viewport.height;
    const task: RenderTask = page.render({
      canvas,
      viewport,
      intent: 'print',
      // Appearance streams of the printable annotations; no form controls as HTML (there is no layer to hold them).
      annotationMode: pdfjs.AnnotationMode.ENABLE,
      transform: sx !== 1 || sy !== 1 ? [sx, 0, 0, sy, 0, 0] : undefined,
    });
    const cancel = () => task.cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      await task.promise;
      signal?.throwIfAborted();
    } catch (error) {
      freeCanvas(canvas);
      if (signal?.aborted) throw signal.reason;
      throw error;
    } finally {
      signal?.removeEventListener('abort', cancel);
      release(page);
    }
    const drawn = { pageIndex, width: size.width, height: size.height, pixelWidth: canvas.width, pixelHeight: canvas.height };
    return {
      ...drawn,
      async encode() {
        try {
          return { ...drawn, image: await canvasToPng(canvas) };
        } finally {
          freeCanvas(canvas);
        }
      },
      discard: () => freeCanvas(canvas),
    };
  }

  /** Draws and encodes page `pageIndex` (0-based); see `drawPage`. */
  async renderPage(pageIndex: number, signal?: AbortSignal): Promise<PrintPage> {
    const drawn = await this.drawPage(pageIndex, signal);
    const page = await drawn.encode();
    signal?.throwIfAborted();
    return page;
  }

  async close(): Promise<void> {
    await this.#opened.destroy();
  }
}

/** Frees a canvas's pixels now rather than when the collector gets to the element. */
function freeCanvas(canvas: HTMLCanvasElement): void {
  canvas.width = canvas.height = 0;
}

/** The page's operator lists and images, kept by pdf.js for redraws that will not come. */
function release(page: PDFPageProxy): void {
  page.cleanup();
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The page could not be turned into an image for printing.'))), 'image/png');
  });
}
