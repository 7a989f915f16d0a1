/**
 * One dedicated pdf.js worker per document, so several viewers on a page never
 * share (or fight over) pdf.js's global worker settings.
 */
import type { PDFWorker } from 'pdfjs-dist';
import type { Pdfjs } from './pdfjs-runtime.js';

export interface OwnedWorker {
  readonly pdfWorker: PDFWorker;
  /** Ends the worker thread; pdf.js leaves ports it did not create to their owner. */
  destroy(): void;
}

export function createOwnedWorker(pdfjs: Pdfjs, workerUrl: string): OwnedWorker {
  let thread: Worker | undefined;
  try {
    thread = new Worker(workerUrl, { type: 'module', name: 'instant-pdf-viewer' });
  } catch {
    // A cross-origin script URL (e.g. the bundle served from a CDN) cannot start
    // a worker, and we refuse pdf.js's blob: wrapper (CSP). pdf.js then runs
    // its worker code on the main thread, imported from the same URL.
    thread = undefined;
  }
  if (!thread) {
    pdfjs.GlobalWorkerOptions.workerSrc ||= workerUrl;
    const pdfWorker = new pdfjs.PDFWorker();
    return { pdfWorker, destroy: () => pdfWorker.destroy() };
  }
  const port = thread;
  const pdfWorker = new pdfjs.PDFWorker({ port: port as never });
  return {
    pdfWorker,
    destroy() {
      pdfWorker.destroy();
      port.terminate();
    },
  };
}
