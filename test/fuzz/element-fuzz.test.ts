/**
 * Fuzzing the real element: generated and mutated documents (mutations.ts)
 * through `importInstantJson` on a loaded 10-page viewer, then
 * `exportInstantJson`, `undo` and `redo`. A rejection is an InstantJsonError
 * with a path and leaves the export unchanged; an accepted document exports
 * as its canonical form; nothing throws uncaught while the annotations are
 * drawn.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { PdfId } from '../../src/model/index.js';
import { blankViewer } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import { after, before, describe, it } from '../model/mocha.js';
import { canonicalExport, countRejection, expectNoPollution, expectPathError, newStats, prototypeSnapshot, shortReport } from './fuzz-checks.js';
import { mutatedDocuments } from './mutations.js';
import { instantJson, PAGE_COUNT } from '../model/arbitraries.js';

/** A few hundred in the full run (each import redraws pages); a quick subset otherwise. */
const RUNS = (globalThis as { FUZZ_RUNS?: unknown }).FUZZ_RUNS === undefined ? 40 : 500;

/**
 * Without formFieldValues: the element checks them against the PDF's fields,
 * and the blank PDF has none, so nearly every document would be rejected there.
 */
const elementDocument = mutatedDocuments(
  instantJson.map((document) => {
    const { formFieldValues: _, ...rest } = document;
    return rest;
  }),
);

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

describe('fuzz: importInstantJson on the real element', () => {
  let viewer: InstantPdfViewer;
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent): void => void uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent): void => void uncaught.push(event.reason);

  before(async function () {
    this.timeout(60_000);
    viewer = await blankViewer(Array.from({ length: PAGE_COUNT }, () => ({ width: 300, height: 200 })), { zoom: '0.5' });
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    cleanupViewers();
  });

  it(`${RUNS} documents: path errors and unchanged state, or exact round trips with undo and redo`, async function () {
    this.timeout(0);
    const stats = newStats();
    const snapshot = prototypeSnapshot();
    const pdfId = (viewer.exportInstantJson().pdfId ?? null) as PdfId | null;
    await fc.assert(
      fc.asyncProperty(elementDocument, fc.boolean(), async ({ text, mutations }, asObject) => {
        stats.tried++;
        const before = JSON.stringify(viewer.exportInstantJson());
        let error: unknown;
        try {
          await viewer.importInstantJson(asObject ? JSON.parse(text) : text);
        } catch (caught) {
          error = caught ?? new Error('rejected with a falsy value');
        }
        await nextFrame();
        if (error !== undefined) {
          countRejection(stats, expectPathError(error, mutations));
          expect(JSON.stringify(viewer.exportInstantJson()), 'export after a rejection').to.equal(before);
        } else {
          stats.accepted++;
          const canonical = canonicalExport(text, pdfId);
          expect(JSON.stringify(viewer.exportInstantJson()), `round trip after ${mutations.join('; ') || 'no mutation'}`).to.equal(canonical);
          viewer.undo();
          await nextFrame();
          expect(JSON.stringify(viewer.exportInstantJson()), 'undo of the import').to.equal(before);
          viewer.redo();
          await nextFrame();
          expect(JSON.stringify(viewer.exportInstantJson()), 'redo of the import').to.equal(canonical);
        }
        expect(uncaught.map(String), 'uncaught errors').to.deep.equal([]);
        expectNoPollution(snapshot);
      }),
      { numRuns: RUNS, reporter: shortReport },
    );
    console.log(`element fuzz: ${JSON.stringify(stats)}`);
  });
});
