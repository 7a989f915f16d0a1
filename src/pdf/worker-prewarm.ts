/**
 * Starting pdf.js's worker takes a few hundred milliseconds (1.3 MB of script
 * to fetch and compile), and nothing can be parsed before it is up. When the
 * page already holds a viewer with a `src` as this module is evaluated — the
 * first module of the bundle — one worker starts right away, in parallel with
 * evaluating the rest of the bundle, and the first document takes it over;
 * pdf.js's main module starts loading too.
 */
import { loadPdfjs, pdfAssetUrls } from './pdfjs-runtime.js';

/** An unused spare is ended after this long, so a page that never loads keeps no thread. */
const SPARE_LIFETIME_MS = 15000;

let spare: { url: string; worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined;

export function prewarmPdfWorker(url: string): void {
  if (spare || typeof Worker === 'undefined') return;
  let worker: Worker;
  try {
    worker = new Worker(url, { type: 'module', name: 'instant-pdf-viewer' });
  } catch {
    return; // A cross-origin worker URL: the loader falls back on its own.
  }
  const timer = setTimeout(() => {
    if (spare?.worker === worker) spare = undefined;
    worker.terminate();
  }, SPARE_LIFETIME_MS);
  spare = { url, worker, timer };
}

/** The spare worker for `url`, if one was started; it then belongs to the caller. */
export function takePrewarmedWorker(url: string): Worker | undefined {
  if (!spare || spare.url !== url) return undefined;
  const { worker, timer } = spare;
  clearTimeout(timer);
  spare = undefined;
  return worker;
}

if (typeof document !== 'undefined' && typeof document.querySelector === 'function') {
  const viewer = document.querySelector('instant-pdf-viewer[src]');
  if (viewer) {
    prewarmPdfWorker(pdfAssetUrls(viewer.getAttribute('assets-url') ?? undefined).worker);
    // pdf.js's main module too: it is a separate file in the CDN build.
    void loadPdfjs().catch(() => undefined);
  }
}
