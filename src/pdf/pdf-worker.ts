/**
 * One dedicated pdf.js worker per document, so several viewers on a page never
 * share (or fight over) pdf.js's global worker settings.
 */
import type { PDFWorker } from 'pdfjs-dist';
import type { Pdfjs } from './pdfjs-runtime.js';
import { takePrewarmedWorker } from './worker-prewarm.js';

export interface OwnedWorker {
  readonly pdfWorker: PDFWorker;
  /** Ends the worker thread; pdf.js leaves ports it did not create to their owner. */
  destroy(): void;
}

interface PdfjsWorkerGlobal {
  pdfjsWorker?: unknown;
}

export async function createOwnedWorker(pdfjs: Pdfjs, workerUrl: string): Promise<OwnedWorker> {
  let thread = takePrewarmedWorker(workerUrl);
  try {
    thread ??= new Worker(workerUrl, { type: 'module', name: 'instant-pdf-viewer' });
  } catch {
    thread = undefined;
  }
  if (!thread) {
    // A worker script on another origin (the bundle served from a CDN) cannot
    // start a worker, and pdf.js's way around that is a blob: URL, which strict
    // CSPs forbid. Instead run pdf.js's worker code on the main thread: slower,
    // but it works anywhere the module itself can be imported.
    const global = globalThis as PdfjsWorkerGlobal;
    global.pdfjsWorker ??= await import(/* @vite-ignore */ /* webpackIgnore: true */ workerUrl);
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
