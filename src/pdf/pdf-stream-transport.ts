/**
 * Downloads a PDF ourselves and feeds it to pdf.js as it arrives.
 *
 * pdf.js starts fetching a URL only once its worker is up (a few hundred
 * milliseconds of script loading and compiling). Fetching at once and handing
 * pdf.js a range transport overlaps the download with the worker start; the
 * bytes stream in progressively, and ranges pdf.js asks for ahead of the
 * stream are fetched with Range requests when the server supports them. The
 * first kilobyte is kept for the pdfId check (see pdf-id.ts), so no extra
 * request is needed for it.
 */
import type { PDFDataRangeTransport } from 'pdfjs-dist';
import type { Pdfjs } from './pdfjs-runtime.js';
import { FIRST_KILOBYTE, FirstBytes } from './first-bytes.js';
import { PdfLoadError, httpLoadError } from './pdf-load-error.js';

export interface StreamedPdf {
  readonly transport: PDFDataRangeTransport;
  /** Resolves with the file's first kilobyte (or all of it when shorter). */
  readonly firstKilobyte: Promise<Uint8Array>;
  /** Rejects if the download breaks off: pdf.js would otherwise wait for the missing bytes. */
  readonly failure: Promise<never>;
}


/**
 * Starts the download. Resolves once the response headers are in, with a
 * transport, or with null when the server does not say how long the file is
 * (pdf.js's own loader handles that case). Rejects with a PdfLoadError for an
 * HTTP error or a network failure.
 */
export async function streamPdf(pdfjsReady: Promise<Pdfjs>, url: string, where: string, signal: AbortSignal): Promise<StreamedPdf | null> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw httpLoadError(0, where, error);
  }
  if (!response.ok) throw httpLoadError(response.status, where);
  const length = Number(response.headers.get('content-length'));
  const encoding = response.headers.get('content-encoding');
  if (!response.body || !Number.isSafeInteger(length) || length <= 0 || (encoding && encoding !== 'identity')) {
    void response.body?.cancel().catch(() => undefined);
    return null;
  }
  const acceptsRanges = response.headers.get('accept-ranges') === 'bytes';
  const pdfjs = await pdfjsReady;

  class StreamTransport extends pdfjs.PDFDataRangeTransport {
    override requestDataRange(begin: number, end: number): void {
      // Without range support the progressive stream will bring these bytes too.
      if (!acceptsRanges) return;
      fetch(url, { signal, credentials: 'same-origin', headers: { Range: `bytes=${begin}-${end - 1}` } })
        .then(async (ranged) => {
          if (ranged.status !== 206) return;
          this.onDataRange(begin, new Uint8Array(await ranged.arrayBuffer()));
        })
        .catch(() => undefined);
    }
  }
  const transport = new StreamTransport(length, null);

  let rejectFailure!: (error: PdfLoadError) => void;
  const failure = new Promise<never>((_, reject) => (rejectFailure = reject));
  failure.catch(() => undefined);
  let resolveFirst!: (bytes: Uint8Array) => void;
  const firstKilobyte = new Promise<Uint8Array>((resolve) => (resolveFirst = resolve));
  const head = new FirstBytes(Math.min(FIRST_KILOBYTE, length));
  const reader = response.body.getReader();
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (head.add(value)) resolveFirst(head.bytes);
        transport.onDataProgressiveRead(value);
      }
      resolveFirst(head.bytes);
      transport.onDataProgressiveDone();
    } catch (error) {
      resolveFirst(head.bytes);
      if (!signal.aborted) {
        rejectFailure(new PdfLoadError('network', `${where} stopped downloading before it was complete.`, { cause: error }));
      }
    }
  })();
  signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
  return { transport, firstKilobyte, failure };
}
