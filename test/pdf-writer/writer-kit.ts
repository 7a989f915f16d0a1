/**
 * Helpers for tests of the PDF writer: corpus bytes, saved files reopened
 * with pdf.js, what pdf.js reads back, pixels of pdf.js's rendering, and the
 * update section a save appended.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { INSTANT_JSON_FORMAT, type InstantJson } from '../../src/model/index.js';
import { type OpenedPdf, openPdfDocument } from '../../src/pdf/pdf-document-loader.js';

export const FORMAT = INSTANT_JSON_FORMAT;

/** Instant JSON with these sections and the format key. */
export function instantJson(sections: Omit<InstantJson, 'format'> = {}): InstantJson {
  return { format: FORMAT, ...sections } as InstantJson;
}

/** The bytes of a corpus PDF (path under ../shared/corpus/pdf/). */
export async function corpusBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(`/corpus/pdf/${path}`);
  if (!response.ok) throw new Error(`corpus file ${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const opened = new Set<OpenedPdf>();

/** Opens PDF bytes with pdf.js (a copy: the caller's bytes stay usable). */
export async function reopen(bytes: Uint8Array): Promise<OpenedPdf> {
  const pdf = await openPdfDocument(bytes.slice());
  opened.add(pdf);
  return pdf;
}

/** Closes every document `reopen` opened (call in afterEach). */
export async function closeReopened(): Promise<void> {
  await Promise.all([...opened].map((pdf) => pdf.destroy()));
  opened.clear();
}

/** What pdf.js reports for a page's annotations (its `getAnnotations()` data). */
export interface PdfjsAnnotation {
  id: string;
  subtype: string;
  rect: [number, number, number, number];
  hasAppearance: boolean;
  annotationFlags: number;
  color: Uint8ClampedArray | null;
  contentsObj?: { str: string };
  titleObj?: { str: string };
  [key: string]: unknown;
}

export async function pdfjsAnnotations(pdf: OpenedPdf, pageIndex: number, intent: 'display' | 'print' = 'display'): Promise<PdfjsAnnotation[]> {
  const page = await pdf.document.getPage(pageIndex + 1);
  return (await page.getAnnotations({ intent })) as PdfjsAnnotation[];
}

/** pdf.js's rendering of a page at `scale`, annotations drawn from their appearance streams. */
export async function renderPage(
  document: PDFDocumentProxy,
  pageIndex: number,
  options: { scale?: number; intent?: 'display' | 'print'; annotations?: boolean } = {},
): Promise<{ canvas: HTMLCanvasElement; pixels: ImageData; viewportHeight: number }> {
  const page = await document.getPage(pageIndex + 1);
  const viewport = page.getViewport({ scale: options.scale ?? 1 });
  const canvas = window.document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  // pdf.js's AnnotationMode: DISABLE 0, ENABLE 1.
  await page.render({
    canvas,
    canvasContext: context,
    viewport,
    intent: options.intent ?? 'display',
    annotationMode: options.annotations === false ? 0 : 1,
  }).promise;
  return { canvas, pixels: context.getImageData(0, 0, canvas.width, canvas.height), viewportHeight: viewport.height };
}

/** The bytes a save appended after the original, as text (latin1). */
export function appendedText(original: Uint8Array, saved: Uint8Array): string {
  return new TextDecoder('latin1').decode(saved.subarray(original.length));
}

/** The last `startxref` offset of a file. */
export function lastStartXref(bytes: Uint8Array): number {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  const matches = [...tail.matchAll(/startxref\s+(\d+)/g)];
  if (!matches.length) throw new Error('no startxref');
  return Number(matches[matches.length - 1]![1]);
}

/** Whether two byte arrays are equal. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** Counts pixels of a region (device pixels) matching a predicate. */
export function countPixels(
  image: ImageData,
  region: { x: number; y: number; width: number; height: number },
  matches: (r: number, g: number, b: number, a: number) => boolean,
): number {
  let count = 0;
  const x0 = Math.max(0, Math.floor(region.x));
  const y0 = Math.max(0, Math.floor(region.y));
  const x1 = Math.min(image.width, Math.ceil(region.x + region.width));
  const y1 = Math.min(image.height, Math.ceil(region.y + region.height));
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const offset = (y * image.width + x) * 4;
      if (matches(image.data[offset]!, image.data[offset + 1]!, image.data[offset + 2]!, image.data[offset + 3]!)) count += 1;
    }
  }
  return count;
}
