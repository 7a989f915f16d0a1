/**
 * Shared by the shape and ink/markup writer tests: records saved on one
 * blank page and read back three ways (pdf.js's data, our reader, pdf.js's
 * pixels), raw dictionaries by /NM, and the comparison with the viewer's
 * own drawing of the same records.
 */
import { expect } from '@open-wc/testing';
import type { Annotation, Point } from '../../src/model/index.js';
import { readPageAnnotations } from '../../src/pdf/annotation-reader.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { loadPdfLib, type PDFDict } from '../../src/pdf-writer/pdf-lib.js';
import { type BlankPage, blankPdf, blankViewer, frameOf, pagePixels, settled } from '../helpers/annotation-kit.js';
import { instantJson, type PdfjsAnnotation, renderPage, reopen } from './writer-kit.js';

/** Device pixels per point of pdf.js's rendering. */
export const SCALE = 2;

export type Rgb = [number, number, number];
export const WHITE: Rgb = [255, 255, 255];

/** A record on page 0 with the fields every record needs. */
export function record(fields: Record<string, unknown>): Annotation {
  return { v: 2, pageIndex: 0, opacity: 1, ...fields } as unknown as Annotation;
}

export interface Saved {
  bytes: Uint8Array;
  /** pdf.js's data of each annotation, by our record id (the page's annotations are in record order). */
  pdfjs: Map<string, PdfjsAnnotation>;
  /** What our reader makes of the saved page, in the same order. */
  read: Map<string, Record<string, unknown>>;
  /** pdf.js's rendering: the colour at a page point (unrotated pages). */
  at(point: Point): Rgb;
  /** The raw annotation dictionary of a record, found by its /NM. */
  dict(id: string): Promise<PDFDict>;
}

/** Saves the records into blank pages (records on page 0) and reads page 0 back. */
export async function saveOnBlankPages(records: Annotation[], pages: BlankPage[]): Promise<Saved> {
  const bytes = await applyInstantJson(blankPdf(pages), instantJson({ annotations: records }));
  const pdf = await reopen(bytes);
  const items = (await (await pdf.document.getPage(1)).getAnnotations({ intent: 'display' })) as PdfjsAnnotation[];
  const onFirstPage = records.filter((r) => r.pageIndex === 0);
  expect(items.length, 'annotations on the page').to.equal(onFirstPage.length);
  const read = await readPageAnnotations(pdf.document, 0);
  const { pixels } = await renderPage(pdf.document, 0, { scale: SCALE });
  const crop = pages[0]!.cropBox;
  const pageHeight = crop ? crop[3] : pages[0]!.height;
  return {
    bytes,
    pdfjs: new Map(onFirstPage.map((r, i) => [r.id, items[i]!])),
    read: new Map(onFirstPage.map((r, i) => [r.id, read[i] as unknown as Record<string, unknown>])),
    at: ([x, y]) => {
      // Unrotated pages only: device pixel = point × scale.
      expect(pages[0]!.rotate ?? 0).to.equal(0);
      const px = Math.min(pixels.width - 1, Math.floor(x * SCALE));
      const py = Math.min(pixels.height - 1, Math.floor(y * SCALE));
      expect(py).to.be.lessThan(pageHeight * SCALE);
      const offset = (py * pixels.width + px) * 4;
      return [pixels.data[offset]!, pixels.data[offset + 1]!, pixels.data[offset + 2]!];
    },
    dict: async (id) => {
      const lib = await loadPdfLib();
      const doc = await lib.PDFDocument.load(bytes, { updateMetadata: false });
      const annots = doc.getPage(0).node.Annots()!;
      for (let i = 0; i < annots.size(); i++) {
        const dict = annots.lookup(i, lib.PDFDict);
        const name = dict.lookup(lib.PDFName.of('NM'));
        if ((name instanceof lib.PDFHexString || name instanceof lib.PDFString) && name.decodeText() === id) return dict;
      }
      throw new Error(`no annotation ${id}`);
    },
  };
}

/** The numbers of an array entry of a dictionary. */
export async function numbers(dict: PDFDict, key: string): Promise<number[]> {
  const lib = await loadPdfLib();
  return dict.lookup(lib.PDFName.of(key), lib.PDFArray).asArray().map((value) => Number(value.toString()));
}

export function near(actual: Rgb, expected: Rgb, tolerance = 40): boolean {
  return actual.every((channel, i) => Math.abs(channel - expected[i]!) <= tolerance);
}

export function expectColor(actual: Rgb, expected: Rgb, where: string, tolerance = 40): void {
  expect(near(actual, expected, tolerance), `${where}: rgb(${actual.join(', ')}) should be near rgb(${expected.join(', ')})`).to.equal(true);
}

/** Numbers equal within `tolerance` (points), one by one. */
export function expectClose(actual: ArrayLike<number> | undefined, expected: readonly number[], what: string, tolerance = 0.5): void {
  expect(actual, what).to.exist;
  const values = Array.from(actual!);
  expect(values.length, `${what} length`).to.equal(expected.length);
  values.forEach((value, i) => expect(Math.abs(value - expected[i]!), `${what}[${i}] = ${value}, expected ${expected[i]}`).to.be.at.most(tolerance));
}

/**
 * Draws the records in the viewer (zoom 1) and in the saved PDF (pdf.js at
 * scale 1), and compares the two pixel by pixel over each record's /Rect:
 * the share of all pixels that agree, and of those inked in either. The two
 * rasterizers anti-alias differently (a 1 pt bar is one solid row in one and
 * two half-tone rows in the other), so a pixel agrees when each drawing has
 * the other's colour at it or at a neighbour, or when their 3 × 3 averages
 * match; a mark displaced by two pixels or missing still disagrees.
 */
export async function compareWithViewer(records: Annotation[], page: BlankPage): Promise<Map<string, { area: number; ink: number }>> {
  const bytes = await applyInstantJson(blankPdf([page]), instantJson({ annotations: records }));
  const pdf = await reopen(bytes);
  const items = (await (await pdf.document.getPage(1)).getAnnotations()) as PdfjsAnnotation[];
  const { pixels } = await renderPage(pdf.document, 0, { scale: 1 });
  const viewer = await blankViewer([page], { zoom: '1' });
  await viewer.importInstantJson(instantJson({ annotations: records }));
  await settled(viewer);
  const screen = await pagePixels(viewer, 0, frameOf(page));
  const pageHeight = page.cropBox ? page.cropBox[3] : page.height;
  const ours = (px: number, py: number): Rgb => {
    const offset = (py * pixels.width + px) * 4;
    return [pixels.data[offset]!, pixels.data[offset + 1]!, pixels.data[offset + 2]!];
  };
  const live = (px: number, py: number): Rgb => screen.at([px + 0.5, py + 0.5]).slice(0, 3) as Rgb;
  const nearby = (colour: Rgb, image: (px: number, py: number) => Rgb, px: number, py: number): boolean => {
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (near(colour, image(px + dx, py + dy), 48)) return true;
    return false;
  };
  const average = (image: (px: number, py: number) => Rgb, px: number, py: number): Rgb => {
    const sum: Rgb = [0, 0, 0];
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) image(px + dx, py + dy).forEach((channel, c) => (sum[c] += channel / 9));
    return sum;
  };
  const result = new Map<string, { area: number; ink: number }>();
  records.forEach((r, i) => {
    const [llx, lly, urx, ury] = items[i]!.rect;
    let total = 0;
    let agree = 0;
    let inked = 0;
    let inkedAgree = 0;
    for (let py = Math.floor(pageHeight - ury); py < Math.ceil(pageHeight - lly); py++) {
      for (let px = Math.floor(llx); px < Math.ceil(urx); px++) {
        const a = ours(px, py);
        const b = live(px, py);
        const same = (nearby(a, live, px, py) && nearby(b, ours, px, py)) || near(average(ours, px, py), average(live, px, py), 48);
        total++;
        if (same) agree++;
        if (!near(a, WHITE, 24) || !near(b, WHITE, 24)) {
          inked++;
          if (same) inkedAgree++;
        }
      }
    }
    result.set(r.id, { area: agree / total, ink: inked ? inkedAgree / inked : 1 });
  });
  return result;
}
