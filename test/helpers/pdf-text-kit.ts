/**
 * Helpers for the text writers' tests: a document to write into, a writer's
 * result added to a page as a real annotation (its /AP /N from
 * writeAppearance), the saved bytes reopened with pdf.js and rendered, and
 * the ink found in a region of the rendering, in page points.
 */
import type { Annotation } from '../../src/model/index.js';
import { writeAppearance } from '../../src/pdf-writer/appearance.js';
import { createTextFonts, type FontOptions } from '../../src/pdf-writer/fonts/create-text-fonts.js';
import type { TextFonts } from '../../src/pdf-writer/fonts/text-fonts.js';
import { PageFrame } from '../../src/pdf-writer/page-frame.js';
import { loadPdfLib, type PDFDocument, type PdfLib } from '../../src/pdf-writer/pdf-lib.js';
import type { AnnotationWriter, WriterEnv, WrittenAnnotation } from '../../src/pdf-writer/writer-types.js';
import { openPdfDocument, type OpenedPdf } from '../../src/pdf/pdf-document-loader.js';

export interface WritingDoc {
  lib: PdfLib;
  doc: PDFDocument;
  fonts: TextFonts;
  env: WriterEnv;
}

/** A new document with one page of `width` × `height` points and a writer environment for it. */
export async function writingDoc(width = 400, height = 300, fontOptions: FontOptions = {}): Promise<WritingDoc> {
  const lib = await loadPdfLib();
  const doc = await lib.PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([width, height]);
  const fonts = createTextFonts(lib, doc, fontOptions);
  const frame = new PageFrame(0, { x: 0, y: 0, width, height }, 0);
  const env: WriterEnv = {
    lib,
    doc,
    frame,
    fonts,
    images: { image: async () => undefined },
    pageRef: (index) => (index === 0 ? page.ref : undefined),
    frameOf: (index) => (index === 0 ? frame : undefined),
  };
  return { lib, doc, fonts, env };
}

/** Adds what a writer returned to page 1 as an annotation dictionary with its appearance; returns its object number. */
export function addWritten(writing: WritingDoc, written: WrittenAnnotation): number {
  const { lib, doc } = writing;
  const { PDFName, PDFHexString } = lib;
  const dict = doc.context.obj({ Type: 'Annot', Subtype: written.subtype, Rect: written.rect, F: 4 });
  for (const [key, value] of Object.entries(written.entries)) {
    dict.set(PDFName.of(key), value instanceof lib.PDFObject ? value : doc.context.obj(value as never));
  }
  if (written.contents !== undefined) dict.set(PDFName.of('Contents'), PDFHexString.fromText(written.contents));
  if (written.appearance) dict.set(PDFName.of('AP'), doc.context.obj({ N: writeAppearance(lib, doc, written.appearance) }));
  const ref = doc.context.register(dict);
  doc.getPage(0).node.addAnnot(ref);
  return ref.objectNumber;
}

/** Runs `writer` on each record, adds the results and saves. */
export async function writeRecords<A extends Annotation>(
  writer: AnnotationWriter<A>,
  records: readonly A[],
  options: { width?: number; height?: number; fonts?: FontOptions } = {},
): Promise<{ bytes: Uint8Array; written: WrittenAnnotation[]; writing: WritingDoc }> {
  const writing = await writingDoc(options.width, options.height, options.fonts);
  const written: WrittenAnnotation[] = [];
  for (const record of records) {
    const result = await writer(record, writing.env);
    addWritten(writing, result);
    written.push(result);
  }
  const bytes = await writing.doc.save({ useObjectStreams: false });
  return { bytes, written, writing };
}

export type Rgba = [number, number, number, number];

/** A box in page points (top-left origin, y down), or null for no ink. */
export interface InkBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** pdf.js's rendering of page 1 of a PDF, read in page points (crop box top-left, y down). */
export interface RenderedPage {
  /** Pixels per point. */
  scale: number;
  at(x: number, y: number): Rgba;
  /** The bounding box of pixels inside `area` ([left, top, width, height] in points) for which `isInk` holds. */
  ink(area: readonly [number, number, number, number], isInk?: (rgba: Rgba) => boolean): InkBox | null;
  /** How many pixels inside `area` satisfy `test`. */
  count(area: readonly [number, number, number, number], test: (rgba: Rgba) => boolean): number;
  canvas: HTMLCanvasElement;
}

export const isDark = (rgba: Rgba): boolean => rgba[3] > 128 && rgba[0] + rgba[1] + rgba[2] < 300;

/** Opens saved bytes with pdf.js (through the viewer's loader) for as long as `use` runs. */
export async function withSaved<T>(bytes: Uint8Array, use: (opened: OpenedPdf) => Promise<T>): Promise<T> {
  const opened = await openPdfDocument(bytes.slice());
  try {
    return await use(opened);
  } finally {
    await opened.destroy();
  }
}

/** Renders page 1 with its annotations' appearances at `scale` pixels per point. */
export async function renderPage(opened: OpenedPdf, scale = 3): Promise<RenderedPage> {
  const page = await opened.document.getPage(1);
  const viewport = page.getViewport({ scale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(viewport.width);
  canvas.height = Math.round(viewport.height);
  await page.render({ canvas, viewport }).promise;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  const pixel = (px: number, py: number): Rgba => {
    const ix = Math.min(canvas.width - 1, Math.max(0, px));
    const iy = Math.min(canvas.height - 1, Math.max(0, py));
    const i = (iy * canvas.width + ix) * 4;
    return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
  };
  const pixelsOf = function* ([left, top, width, height]: readonly [number, number, number, number]) {
    for (let py = Math.max(0, Math.floor(top * scale)); py < Math.min(canvas.height, Math.ceil((top + height) * scale)); py++) {
      for (let px = Math.max(0, Math.floor(left * scale)); px < Math.min(canvas.width, Math.ceil((left + width) * scale)); px++) {
        yield [px, py] as const;
      }
    }
  };
  return {
    scale,
    canvas,
    at: (x, y) => pixel(Math.floor(x * scale), Math.floor(y * scale)),
    ink(area, isInk = isDark) {
      let box: InkBox | null = null;
      for (const [px, py] of pixelsOf(area)) {
        if (!isInk(pixel(px, py))) continue;
        const [x, y] = [px / scale, py / scale];
        box = box
          ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x + 1 / scale), bottom: Math.max(box.bottom, y + 1 / scale) }
          : { left: x, top: y, right: x + 1 / scale, bottom: y + 1 / scale };
      }
      return box;
    },
    count(area, test) {
      let hits = 0;
      for (const [px, py] of pixelsOf(area)) if (test(pixel(px, py))) hits++;
      return hits;
    },
  };
}

/** The raw annotation dictionaries of page 1 of saved bytes, read back with pdf-lib. */
export async function savedAnnotationDicts(bytes: Uint8Array) {
  const lib = await loadPdfLib();
  const doc = await lib.PDFDocument.load(bytes, { updateMetadata: false });
  const annots = doc.getPage(0).node.Annots();
  const dicts = [];
  for (let i = 0; i < (annots?.size() ?? 0); i++) dicts.push(annots!.lookup(i, lib.PDFDict));
  return { lib, doc, dicts };
}

/** Whether a PDF holds an embedded font program (/FontFile, /FontFile2 or /FontFile3). */
export function embedsFontFile(bytes: Uint8Array): boolean {
  return /\/FontFile[23]?\b/.test(new TextDecoder('latin1').decode(bytes));
}
