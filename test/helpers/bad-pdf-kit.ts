/**
 * Bad PDFs for the hostile-document suite, written byte by byte in the
 * browser so each test says exactly what is wrong with its file, and the
 * checks every such test makes: a `document-error` of the right kind or a
 * rendered page, no uncaught error, and the same element then shows a good
 * document.
 */
import { expect } from '@open-wc/testing';
import type { DocumentErrorDetail } from '../../src/events.js';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { PdfLoadError, PdfLoadErrorKind } from '../../src/pdf/pdf-load-error.js';
import { CORPUS, inkStats, nextEvent, renderedCanvas } from './viewer-fixture.js';

export const GOOD_PDF = `${CORPUS}/pdfjs/annotation-line.pdf`;

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);

export function concatBytes(parts: readonly (string | Uint8Array)[]): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? latin1(part) : part));
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** An indirect object's body: a dictionary or value, or a stream (its /Length is added). */
export type PdfObjectBody = string | { dict: string; stream: Uint8Array | string };

export function stream(dict: string, data: Uint8Array | string): PdfObjectBody {
  return { dict, stream: data };
}

export interface PdfWriteOptions {
  /** Added to every xref offset, so the table points beside the objects. */
  xrefShift?: number;
  /** Leave out the xref table and trailer (the file ends after the objects and `startxref`). */
  omitXref?: boolean;
  /** Extra trailer entries, e.g. `/Encrypt 9 0 R`. */
  trailer?: string;
}

/**
 * A classic PDF 1.7 file from objects numbered 1, 2, …; object 1 must be the
 * catalog. Offsets are computed, so the file is valid unless options break it.
 */
export function writePdf(objects: readonly PdfObjectBody[], options: PdfWriteOptions = {}): Uint8Array {
  const parts: (string | Uint8Array)[] = ['%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'];
  let length = concatBytes(parts).length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    const object =
      typeof body === 'string'
        ? [`${index + 1} 0 obj\n${body}\nendobj\n`]
        : (() => {
            const data = typeof body.stream === 'string' ? latin1(body.stream) : body.stream;
            return [`${index + 1} 0 obj\n<< ${body.dict} /Length ${data.length} >>\nstream\n`, data, '\nendstream\nendobj\n'];
          })();
    const bytes = concatBytes(object);
    parts.push(bytes);
    length += bytes.length;
  });
  const xrefAt = length;
  if (!options.omitXref) {
    const shift = options.xrefShift ?? 0;
    const rows = offsets.map((offset) => `${String(offset + shift).padStart(10, '0')} 00000 n \n`).join('');
    parts.push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}`);
    parts.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${options.trailer ?? ''} >>\n`);
  }
  parts.push(`startxref\n${xrefAt}\n%%EOF\n`);
  return concatBytes(parts);
}

/**
 * A one-page document: catalog, pages, page (`mediaBox` in points), content
 * stream, Helvetica as /F1; `extra` objects are numbered from 6 on, the
 * page's resource dictionary gets `resources` added and its font dictionary `fonts`.
 */
export function onePagePdf(
  content: string | PdfObjectBody,
  { mediaBox = [0, 0, 200, 200], resources = '', fonts = '', extra = [] as PdfObjectBody[], options = {} as PdfWriteOptions } = {},
): Uint8Array {
  return writePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [${mediaBox.join(' ')}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R ${fonts} >> ${resources} >> >>`,
      typeof content === 'string' ? stream('', content) : content,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      ...extra,
    ],
    options,
  );
}

/** A page content that paints a black square over the middle of a 200 × 200 pt page. */
export const BLACK_SQUARE = '0 g 50 50 100 100 re f';

/** zlib-compresses (FlateDecode) `size` bytes of `fill` without holding them all at once. */
export async function deflateRepeated(fill: number, size: number): Promise<Uint8Array> {
  const chunk = new Uint8Array(1 << 20).fill(fill);
  const compressor = new CompressionStream('deflate');
  const writer = compressor.writable.getWriter();
  const written = (async () => {
    for (let left = size; left > 0; left -= chunk.length) await writer.write(left >= chunk.length ? chunk : chunk.subarray(0, left));
    await writer.close();
  })();
  const compressed = new Uint8Array(await new Response(compressor.readable).arrayBuffer());
  await written;
  return compressed;
}

/** A 16 × 16 JPEG 2000 codestream (RGB, no alpha): left half black, right half red (#d02020). Made with ImageMagick/OpenJPEG 2.5. */
export const JPX_HALF_BLACK_HALF_RED = Uint8Array.from(
  atob(
    '/0//UQAvAAAAAAAQAAAAEAAAAAAAAAAAAAAAEAAAABAAAAAAAAAAAAADDwEBDwEBDwEB/1IADAAAAAEBBAQEAAH/XAAQQICIiJCIiJCIiJCIiJD/ZAAlAAFDcmVhdGVkIGJ5IE9wZW5KUEVHIHZlcnNpb24gMi41LjD/kAAKAAAAAACjAAH/k8/8MAwINMuAx/4MBgRB38f+GAYABFcfgM/8SAwCwe/D/wMEgAjxNGurftUxT4DH/hgSAAjxF8jy2XwTf8P/AwgAFyyUh/hBe0eFQdImvZPp/YDH/hgkABcryD4d1+iA/J9DAnMdBeZ6c8P/AwgAIW4NGX9IGDBHnGklX93EG4DH/hgiACFuDM592AgloTCQdiOiGC5//9k=',
  ),
  (char) => char.charCodeAt(0),
);

/** Where `needle` last occurs in `bytes`, or -1. */
export function lastIndexOf(bytes: Uint8Array, needle: string): number {
  const pattern = latin1(needle);
  outer: for (let at = bytes.length - pattern.length; at >= 0; at--) {
    for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) continue outer;
    return at;
  }
  return -1;
}

/**
 * Collects uncaught errors and unhandled rejections in the page while a test
 * runs; `stop()` returns what it saw, as text.
 */
export function watchUncaught(): { stop(): string[] } {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return seen;
    },
  };
}

type LoadSource = Parameters<InstantPdfViewer['load']>[0];

/** Loads a source that must fail; returns the PdfLoadError, checked against its `document-error` event. */
export async function expectLoadError(
  viewer: InstantPdfViewer,
  source: LoadSource,
  kind: PdfLoadErrorKind,
  password?: string,
): Promise<PdfLoadError> {
  const event = nextEvent<DocumentErrorDetail>(viewer, 'document-error');
  const rejection = await viewer.load(source, password === undefined ? {} : { password }).then(
    () => {
      throw new Error(`load() resolved; expected a "${kind}" error`);
    },
    (reason: unknown) => reason as PdfLoadError,
  );
  const { detail } = await event;
  expect(detail.error).to.equal(rejection);
  expect(rejection.name).to.equal('PdfLoadError');
  expect(rejection.kind, rejection.message).to.equal(kind);
  expect(detail.message.length).to.be.greaterThan(10);
  await viewer.updateComplete;
  expect(viewer.pageCount).to.equal(0);
  // The person sees why: an error message or the password prompt.
  const shown = viewer.shadowRoot!.querySelector(kind.startsWith('password') ? '[part~="password-prompt"]' : '[part~="error"]');
  expect(shown, 'visible error').to.exist;
  return rejection;
}

/** The share of inked pixels on a page's canvas once it has rendered. */
export async function pageInk(viewer: InstantPdfViewer, pageIndex = 0, timeout?: number): Promise<number> {
  return inkStats(await renderedCanvas(viewer, pageIndex, timeout)).inkFraction;
}

/** After any bad document the same element must show a good one. */
export async function expectRecovers(viewer: InstantPdfViewer): Promise<void> {
  await viewer.load(GOOD_PDF);
  expect(viewer.pageCount).to.equal(1);
  await viewer.updateComplete;
  expect(viewer.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  expect(viewer.shadowRoot!.querySelector('[part~="password-prompt"]')).to.equal(null);
  expect(await pageInk(viewer)).to.be.greaterThan(0.001);
}

/** Records the main thread's long tasks (> 50 ms) while a test runs; `stop()` returns the longest, in ms. */
export function watchLongTasks(): { stop(): number } {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
      observer.disconnect();
      return longest;
    },
  };
}
