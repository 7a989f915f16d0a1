/**
 * Issue 18: real PDFs save with one annotation of each kind added, and
 * reopen with every annotation present — the PDF's own ones on every page,
 * unchanged, and the 17 new ones where the records put them.
 *
 * The files differ where a writer can go wrong: object and xref streams
 * (annotation-line.pdf, issue5946.pdf), classic xref tables, one of them
 * already followed by an update (GeoTopo-komprimiert.pdf, 117 pages), a
 * small crop box away from the origin (issue5946.pdf: 363 × 258 pt at
 * 124.6, 267.0), pages turned by /Rotate 90, 180, 270 and 360
 * (habibi-rotated.pdf, where every page gets the 17), and pages that already
 * carry annotations (annotation-line.pdf, annotations-rotated-90.pdf).
 */
import { expect } from '@open-wc/testing';
import type { Annotation, InstantJson } from '../../src/model/index.js';
import { readPageAnnotations } from '../../src/pdf/annotation-reader.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { afterEach, describe, it } from '../model/mocha.js';
import { EVERY_TYPE, pitchFor, READ_BACK_TYPE, recordsOfEveryType, WRITTEN_SUBTYPE } from './records-of-every-type.js';
import { closeNumbers } from './round-trip-kit.js';
import { closeReopened, corpusBytes, FORMAT, type PdfjsAnnotation, pdfjsAnnotations, reopen, sameBytes } from './writer-kit.js';

interface CorpusCase {
  readonly path: string;
  /** The pages that get one annotation of each kind; the rest are only checked to keep theirs. */
  readonly pages: 'first' | 'all';
}

const CASES: readonly CorpusCase[] = [
  { path: 'pdfjs/annotation-line.pdf', pages: 'first' },
  { path: 'py-pdf-sample-files/GeoTopo-komprimiert.pdf', pages: 'first' },
  { path: 'qpdf/annotations-rotated-90.pdf', pages: 'first' },
  { path: 'py-pdf-sample-files/habibi-rotated.pdf', pages: 'all' },
  { path: 'pdfjs/issue5946.pdf', pages: 'first' },
];

const key = (annotation: PdfjsAnnotation) => `${annotation.id} ${annotation.subtype}`;

describe('PDF writer: corpus PDFs save with one annotation of each kind added', () => {
  afterEach(closeReopened);

  for (const { path, pages } of CASES) {
    it(`${path}: every annotation is there after the save, the 17 new ones as written`, async function () {
      this.timeout(120000);
      const original = await corpusBytes(path);
      const before = await reopen(original);
      const pageCount = before.document.numPages;
      const targets = pages === 'all' ? Array.from({ length: pageCount }, (_, index) => index) : [0];

      const annotations: Annotation[] = [];
      let attachments = {};
      for (const pageIndex of targets) {
        const page = await before.document.getPage(pageIndex + 1);
        const [x1, y1, x2, y2] = page.view as [number, number, number, number];
        console.log(`${path} page ${pageIndex + 1}: crop box ${page.view.join(' ')}, /Rotate ${page.rotate}`);
        // Inside the crop box, whatever its size (issue5946.pdf's is 363 × 258 pt, away from the origin).
        const document = await recordsOfEveryType({ pageIndex, pitch: pitchFor(Math.abs(x2 - x1), Math.abs(y2 - y1)) });
        annotations.push(...document.annotations);
        attachments = { ...attachments, ...document.attachments };
      }
      const json = { format: FORMAT, ...(before.pdfId && { pdfId: before.pdfId }), annotations, attachments } as InstantJson;

      const warnings: string[] = [];
      const started = performance.now();
      const saved = await applyInstantJson(original, json, { onWarning: (message) => warnings.push(message) });
      console.log(`${path}: ${pageCount} pages, ${annotations.length} annotations applied in ${Math.round(performance.now() - started)} ms, ${original.length} → ${saved.length} bytes`);
      expect(warnings, 'warnings').to.deep.equal([]);
      expect(sameBytes(saved.subarray(0, original.length), original), 'the original is a prefix of the saved file').to.equal(true);

      const after = await reopen(saved);
      expect(after.document.numPages).to.equal(pageCount);
      expect(after.pdfId?.permanent ?? null, 'pdfId.permanent').to.equal(before.pdfId?.permanent ?? null);

      for (let pageIndex = 0; pageIndex < pageCount; pageIndex += 1) {
        const old = await pdfjsAnnotations(before, pageIndex);
        const now = await pdfjsAnnotations(after, pageIndex);
        const kept = new Set(now.map(key));
        expect(old.filter((annotation) => !kept.has(key(annotation))).map(key), `page ${pageIndex + 1}: annotations of the PDF that are gone`).to.deep.equal([]);

        const oldIds = new Set(old.map((annotation) => annotation.id));
        const added = now.filter((annotation) => !oldIds.has(annotation.id) && annotation.subtype !== 'Popup');
        const expected = targets.includes(pageIndex) ? EVERY_TYPE.map((type) => WRITTEN_SUBTYPE[type]) : [];
        expect(added.map((annotation) => annotation.subtype), `page ${pageIndex + 1}: the new annotations`).to.deep.equal(expected);
        if (!expected.length) continue;

        expect(added.filter((annotation) => !annotation.hasAppearance).map((annotation) => annotation.subtype), 'new annotations without an appearance').to.deep.equal([]);
        // Geometry in a real page's frame: Instant JSON is measured from the crop box's top-left.
        const page = await after.document.getPage(pageIndex + 1);
        const [viewLeft, , , viewTop] = page.view as [number, number, number, number];
        const records = annotations.filter((record) => record.pageIndex === pageIndex);
        added.forEach((annotation, index) => {
          const [left, top, width, height] = records[index]!.bbox;
          const rect = [viewLeft + left, viewTop - top - height, viewLeft + left + width, viewTop - top];
          expect(closeNumbers(annotation.rect, rect), `${records[index]!.type} /Rect ${Array.from(annotation.rect).join(' ')} ≈ ${rect.join(' ')}`).to.equal(true);
        });

        // Our reader reads the page's old annotations as before, and each new one.
        const readBefore = await readPageAnnotations(before.document, pageIndex);
        const readAfter = await readPageAnnotations(after.document, pageIndex);
        const addedIds = new Set(added.map((annotation) => parseInt(annotation.id, 10)));
        expect(readAfter.filter((record) => !addedIds.has(record.pdfObjectId!)).map((record) => record.id), 'originals read back').to.deep.equal(
          readBefore.map((record) => record.id),
        );
        expect(readAfter.filter((record) => addedIds.has(record.pdfObjectId!)).map((record) => record.type), 'new ones read back').to.deep.equal(
          EVERY_TYPE.map((type) => READ_BACK_TYPE[type]),
        );
      }
    });
  }
});
