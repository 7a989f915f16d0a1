/**
 * Opens a PDF with pdf.js: normalises the source, starts a dedicated worker,
 * reports progress, classifies failures, and tears everything down on abort.
 */
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { createOwnedWorker, type OwnedWorker } from './pdf-worker.js';
import { loadPdfjs, pdfAssetUrls, type Pdfjs } from './pdfjs-runtime.js';
import { pdfIdFromFingerprints, type PdfId } from './pdf-id.js';
import { PdfLoadError, toPdfLoadError } from './pdf-load-error.js';
import { streamPdf, type StreamedPdf } from './pdf-stream-transport.js';
import { FIRST_KILOBYTE, FirstBytes } from './first-bytes.js';

/** Anything the element accepts as a document. */
export type PdfSource = string | URL | ArrayBuffer | Uint8Array | Blob;

export interface OpenPdfOptions {
  password?: string | undefined;
  /** Base URL of the pdf.js asset folder; defaults to the one shipped beside the bundle. */
  assetsUrl?: string | undefined;
  /** Called with the loaded fraction (0–1), or null when the total size is unknown. */
  onProgress?: ((fraction: number | null) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/** An open document and the resources it holds; `destroy()` releases all of them. */
export interface OpenedPdf {
  readonly pdfjs: Pdfjs;
  readonly document: PDFDocumentProxy;
  readonly pageCount: number;
  readonly pdfId: PdfId | null;
  destroy(): Promise<void>;
}

type NormalizedSource = { url: string; data?: never } | { data: Uint8Array; url?: never };


async function normalizeSource(source: PdfSource): Promise<NormalizedSource> {
  if (typeof source === 'string' || source instanceof URL) {
    return { url: new URL(String(source), document.baseURI).href };
  }
  // pdf.js transfers the buffer it gets to its worker, which would detach the
  // caller's bytes: always hand it a copy.
  if (source instanceof ArrayBuffer) return { data: new Uint8Array(source.slice(0)) };
  if (ArrayBuffer.isView(source)) return { data: new Uint8Array(source).slice() };
  if (typeof Blob !== 'undefined' && source instanceof Blob) {
    return { data: new Uint8Array(await source.arrayBuffer()) };
  }
  throw new PdfLoadError(
    'unsupported-source',
    'The PDF source must be a URL string, an ArrayBuffer, a Uint8Array or a Blob.',
  );
}

/** The first kilobyte of a URL's body, or null when the server will not tell us. */
async function fetchFirstKilobyte(url: string, signal: AbortSignal): Promise<Uint8Array | null> {
  try {
    const response = await fetch(url, { headers: { Range: `bytes=0-${FIRST_KILOBYTE - 1}` }, signal });
    if (!response.ok || !response.body) return null;
    const reader = response.body.getReader();
    const head = new FirstBytes();
    while (!head.full) {
      const { done, value } = await reader.read();
      if (done) break;
      head.add(value);
    }
    void reader.cancel().catch(() => undefined);
    return head.bytes;
  } catch {
    return null;
  }
}

/**
 * pdf.js opens a document whose page tree is empty or broken, and only
 * getPage() fails, with a generic error the viewer would report as `unknown`.
 * Nothing of such a file can be shown, so it is an `invalid-pdf`. (pdf.js
 * caches the page: the viewer's own getPage(1) costs nothing more.)
 */
async function requireFirstPage(pdfDocument: PDFDocumentProxy, where: string): Promise<void> {
  if (pdfDocument.numPages < 1) throw new PdfLoadError('invalid-pdf', `${where} has no pages.`);
  try {
    await pdfDocument.getPage(1);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PdfLoadError('invalid-pdf', `${where} is damaged: its first page cannot be read (${detail}).`, { cause: error });
  }
}

function describeSource(source: PdfSource): string {
  if (typeof source === 'string' || source instanceof URL) return `The PDF at "${String(source)}"`;
  return 'The PDF data';
}

export async function openPdfDocument(source: PdfSource, options: OpenPdfOptions = {}): Promise<OpenedPdf> {
  const signal = options.signal ?? new AbortController().signal;
  const where = describeSource(source);
  const pdfjsReady = loadPdfjs();
  const normalized = await normalizeSource(source);
  // A URL starts downloading now, while pdf.js's worker is still starting.
  const streaming = normalized.url !== undefined ? streamPdf(pdfjsReady, normalized.url, where, signal) : Promise.resolve(null);
  streaming.catch(() => undefined);
  const pdfjs = await pdfjsReady;
  signal.throwIfAborted();

  const assets = pdfAssetUrls(options.assetsUrl);
  const worker: OwnedWorker = await createOwnedWorker(pdfjs, assets.worker);
  let streamed: StreamedPdf | null;
  try {
    streamed = await streaming;
  } catch (error) {
    worker.destroy();
    if (signal.aborted) throw signal.reason;
    throw toPdfLoadError(error, where);
  }
  if (signal.aborted) {
    worker.destroy();
    throw signal.reason;
  }
  const firstKilobyte = normalized.data
    ? Promise.resolve(normalized.data.slice(0, FIRST_KILOBYTE))
    : (streamed?.firstKilobyte ?? fetchFirstKilobyte(normalized.url, signal));
  const input = streamed
    ? { range: streamed.transport }
    : normalized.url !== undefined
      ? { url: normalized.url }
      : { data: normalized.data };

  const task: PDFDocumentLoadingTask = pdfjs.getDocument({
    ...input,
    password: options.password,
    worker: worker.pdfWorker,
    cMapUrl: assets.cMaps,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFonts,
    wasmUrl: assets.wasm,
    iccUrl: assets.iccs,
    // No eval/new Function: PostScript functions are interpreted (CSP-safe).
    isEvalSupported: false,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  streamed?.transport.transportReady();

  let destroyed = false;
  const destroy = async () => {
    if (destroyed) return;
    destroyed = true;
    try {
      await task.destroy();
    } finally {
      worker.destroy();
    }
  };
  const onAbort = () => void destroy();
  signal.addEventListener('abort', onAbort, { once: true });

  // With no onPassword handler pdf.js rejects with a PasswordException (code 1:
  // needed, 2: incorrect); the caller asks the person and loads again.
  if (options.onProgress) {
    const report = options.onProgress;
    task.onProgress = ({ loaded, total }: { loaded: number; total: number }) => {
      report(total > 0 ? Math.min(1, loaded / total) : null);
    };
  }

  try {
    // Destroying a loading task that has no transport yet never settles its promise: an abort must end the wait itself.
    const aborted = new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    aborted.catch(() => undefined);
    const pdfDocument = await Promise.race([task.promise, aborted, ...(streamed ? [streamed.failure] : [])]);
    await requireFirstPage(pdfDocument, where);
    const pdfId = pdfIdFromFingerprints(pdfDocument.fingerprints, await firstKilobyte);
    signal.throwIfAborted();
    signal.removeEventListener('abort', onAbort);
    return { pdfjs, document: pdfDocument, pageCount: pdfDocument.numPages, pdfId, destroy };
  } catch (error) {
    signal.removeEventListener('abort', onAbort);
    await destroy().catch(() => undefined);
    if (signal.aborted) throw signal.reason;
    throw toPdfLoadError(error, where);
  }
}
