/**
 * One print: the saved PDF's pages drawn one at a time into a hidden frame,
 * then the browser's print dialog for that frame, then the frame removed.
 */
import { PrintRenderer } from '../pdf/print-renderer.js';
import { PrintFrame } from './print-frame.js';

export interface PrintJobOptions {
  /** Where the hidden frame goes: the viewer's shadow root. */
  readonly container: ParentNode;
  /** The print document's title: the file name. */
  readonly title: string;
  readonly password?: string | undefined;
  readonly assetsUrl?: string | undefined;
  /** Cancels the job: nothing is printed, and the job resolves false. */
  readonly signal: AbortSignal;
  /** Page `page` (1-based) of `count` is being prepared. */
  onPage(page: number, count: number): void;
}

export interface PrintJobResult {
  /** The print dialog was opened (false: cancelled before). */
  readonly printed: boolean;
  readonly pageCount: number;
}

/**
 * Prints `pdf` (the saved bytes). Resolves `{ printed: false }` when the
 * signal aborts before the dialog opens; rejects when a page cannot be drawn.
 * The frame is gone when the promise settles, whatever happened.
 */
export async function printPdf(pdf: Uint8Array, options: PrintJobOptions): Promise<PrintJobResult> {
  const { signal } = options;
  let renderer: PrintRenderer | undefined;
  let frame: PrintFrame | undefined;
  try {
    renderer = await PrintRenderer.open(pdf, { password: options.password, assetsUrl: options.assetsUrl, signal });
    const pageCount = renderer.pageCount;
    frame = await PrintFrame.create(options.container, options.title);
    // A pipeline two pages deep: page n + 1 is drawn while page n is encoded
    // (off the main thread) and its image loads into the frame. Encodings are
    // awaited in page order, so the sheets stay in page order.
    const loads: Promise<void>[] = [];
    let encoding: Promise<void> = Promise.resolve();
    for (let pageIndex = 0; pageIndex < pageCount; pageIndex++) {
      options.onPage(pageIndex + 1, pageCount);
      const drawn = await renderer.drawPage(pageIndex, signal);
      try {
        await encoding;
      } catch (error) {
        drawn.discard();
        throw error;
      }
      const target = frame;
      encoding = drawn.encode().then((page) => {
        const load = target.addPage(page);
        load.catch(() => undefined);
        loads.push(load);
      });
      encoding.catch(() => undefined);
    }
    await encoding;
    await Promise.all(loads);
    if (signal.aborted) return { printed: false, pageCount };
    // pdf.js's worker is not needed while the dialog is open.
    await renderer.close();
    renderer = undefined;
    frame.print();
    return { printed: true, pageCount };
  } catch (error) {
    if (signal.aborted) return { printed: false, pageCount: renderer?.pageCount ?? 0 };
    throw error;
  } finally {
    frame?.remove();
    await renderer?.close().catch(() => undefined);
  }
}
