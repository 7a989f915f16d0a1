/**
 * Loads pdf.js on first use and says where its worker and data files live.
 *
 * pdf.js is imported dynamically so that importing the element in Node (server
 * rendering) never evaluates it: pdf.js touches `DOMMatrix` at the top level.
 * We use its legacy build, which runs in browsers a few versions older than
 * the newest (the modern build needs `Map.prototype.getOrInsertComputed`).
 */
import type * as PdfjsModule from 'pdfjs-dist';

export type Pdfjs = typeof PdfjsModule;

let pdfjsPromise: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<Pdfjs>;
  return pdfjsPromise;
}

// The asset folder sits at `dist/cdn/pdfjs/`; this module is either
// `dist/pdf/pdfjs-runtime.js` (npm build) or inlined into
// `dist/cdn/instant-pdf-viewer.js` (CDN build) — `../cdn/pdfjs/` resolves to the
// same folder from both. The path is a variable so that bundlers of our users
// do not try to inline a directory.
const ASSETS_RELATIVE_PATH = '../cdn/pdfjs/';

/** Where the pdf.js worker, cMaps, standard fonts, wasm decoders and ICC profiles are served. */
export interface PdfAssetUrls {
  readonly worker: string;
  readonly cMaps: string;
  readonly standardFonts: string;
  readonly wasm: string;
  readonly iccs: string;
}

/**
 * Resolves the asset URLs from a base folder; without one, from the location
 * of this module.
 */
export function pdfAssetUrls(base?: string): PdfAssetUrls {
  const root = base
    ? new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI)
    : new URL(ASSETS_RELATIVE_PATH, import.meta.url);
  const at = (path: string) => new URL(path, root).href;
  return {
    worker: at('pdf.worker.min.mjs'),
    cMaps: at('cmaps/'),
    standardFonts: at('standard_fonts/'),
    wasm: at('wasm/'),
    iccs: at('iccs/'),
  };
}
