/**
 * Calls that arrive while a document is loading, or while `src` has just
 * changed: each is either applied to the document it was made for or
 * rejected with a clear error — never lost, never applied to another one.
 */
import { expect } from '@open-wc/testing';
import type { DocumentErrorDetail, DocumentLoadedDetail } from '../../src/events.js';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { AnnotationInput, InstantJson } from '../../src/model/index.js';
import { CORPUS, cleanupViewers, mountViewer, nextEvent, renderedCanvas, waitFor } from '../helpers/viewer-fixture.js';

const GEOTOPO = `${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`;
const HABIBI = `${CORPUS}/py-pdf-sample-files/habibi-rotated.pdf`;
const MIXED = `${CORPUS}/pdfjs/issue14438.pdf`;

const square = (pageIndex: number, x: number): AnnotationInput => ({
  type: 'pspdfkit/shape/rectangle',
  pageIndex,
  bbox: [x, 50, 40, 30],
  strokeColor: '#0000FF',
  strokeWidth: 2,
});

/** Instant JSON made for `src`: `count` rectangles, written by a throwaway viewer. */
async function jsonFor(src: string, count: number): Promise<InstantJson> {
  const probe = mountViewer({}, { width: 200, height: 200 });
  await probe.load(src);
  for (let i = 0; i < count; i++) probe.createAnnotation(square(0, 20 + i * 50));
  const json = probe.exportInstantJson();
  probe.remove();
  return json;
}

const ids = (json: InstantJson) => (json.annotations ?? []).map((record) => record.id).sort();

/** How a promise ended: 'resolved' or the error's name. */
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: Error) => error.name,
  );

/** Records every `document-error` of a viewer. */
function documentErrors(viewer: InstantPdfViewer): DocumentErrorDetail[] {
  const errors: DocumentErrorDetail[] = [];
  viewer.addEventListener('document-error', (event) => errors.push(event.detail));
  return errors;
}

describe('calls during a load', () => {
  afterEach(cleanupViewers);

  it('importInstantJson right after setting src applies to the new document, not the one shown', async () => {
    const forHabibi = await jsonFor(HABIBI, 2);
    const viewer = mountViewer();
    await viewer.load(MIXED);
    const loaded = nextEvent<DocumentLoadedDetail>(viewer, 'document-loaded');
    viewer.src = HABIBI;
    // The element loads the new src at its next update; the import must wait for that document.
    const imported = outcome(viewer.importInstantJson(forHabibi));
    expect((await loaded).detail.pageCount).to.equal(4);
    expect(await imported).to.equal('resolved');
    expect(ids(viewer.exportInstantJson())).to.deep.equal(ids(forHabibi));
    expect(viewer.exportInstantJson().pdfId).to.deep.equal(forHabibi.pdfId);
  });

  it('getAnnotations right after setting src reads the new document', async () => {
    const viewer = mountViewer();
    await viewer.load(MIXED);
    viewer.src = HABIBI;
    const shown = await viewer.getAnnotations(0);
    expect(viewer.pageCount).to.equal(4);
    expect(shown).to.deep.equal([]);
  });

  it('src A then src B: A’s load rejects with AbortError, B gets the annotations imported for it', async () => {
    const forHabibi = await jsonFor(HABIBI, 3);
    const viewer = mountViewer();
    const errors = documentErrors(viewer);
    const loadedPageCounts: number[] = [];
    viewer.addEventListener('document-loaded', (event) => loadedPageCounts.push(event.detail.pageCount));
    const loadingA = outcome(viewer.load(GEOTOPO));
    await new Promise((resolve) => setTimeout(resolve, 0));
    viewer.src = HABIBI;
    const imported = outcome(viewer.importInstantJson(forHabibi));
    expect(await loadingA).to.equal('AbortError');
    expect(await imported).to.equal('resolved');
    await waitFor(() => loadedPageCounts.length > 0, 'document-loaded');
    expect(loadedPageCounts).to.deep.equal([4]);
    expect(ids(viewer.exportInstantJson())).to.deep.equal(ids(forHabibi));
    expect(errors).to.deep.equal([]);
  });

  it('an import made for a load that a newer one replaces rejects with AbortError and reaches neither document', async () => {
    const forMixed = await jsonFor(MIXED, 2);
    const viewer = mountViewer();
    const loadingA = outcome(viewer.load(MIXED));
    const imported = outcome(viewer.importInstantJson(forMixed));
    const loadingB = outcome(viewer.load(HABIBI));
    expect(await loadingA).to.equal('AbortError');
    expect(await imported).to.equal('AbortError');
    expect(await loadingB).to.equal('resolved');
    expect(viewer.exportInstantJson()).to.not.have.property('annotations');
  });

  it('edits made after src changed but before the new load began are refused, not lost with the old document', async () => {
    const viewer = mountViewer();
    await viewer.load(MIXED);
    viewer.src = HABIBI;
    expect(() => viewer.createAnnotation(square(0, 10))).to.throw(/being replaced/);
    await nextEvent(viewer, 'document-loaded');
    expect(viewer.exportInstantJson()).to.not.have.property('annotations');
    // Once the new document is there, edits go to it.
    viewer.createAnnotation(square(0, 10));
    expect(viewer.exportInstantJson().annotations).to.have.length(1);
  });

  it('edits during a load are refused with a clear message; the import waits and applies', async () => {
    const forMixed = await jsonFor(MIXED, 1);
    const viewer = mountViewer();
    const loading = viewer.load(MIXED);
    expect(() => viewer.createAnnotation(square(0, 10))).to.throw(/No document is loaded/);
    expect(() => viewer.deleteAnnotation('1')).to.throw(/No document is loaded/);
    await viewer.importInstantJson(forMixed);
    await loading;
    expect(ids(viewer.exportInstantJson())).to.deep.equal(ids(forMixed));
  });

  it('removal mid-load rejects the load and a pending import with AbortError; re-added, it loads again cleanly', async () => {
    const forGeoTopo = await jsonFor(GEOTOPO, 1);
    // Each delay catches the load at another step: fetching, pdf.js setting up, first page, page sizes.
    for (const delay of [0, 10, 30, 80, 200]) {
      const viewer = mountViewer();
      const errors = documentErrors(viewer);
      const loading = outcome(viewer.load(GEOTOPO));
      const imported = outcome(viewer.importInstantJson(forGeoTopo));
      await new Promise((resolve) => setTimeout(resolve, delay));
      viewer.remove();
      const [loadOutcome, importOutcome] = await Promise.all([loading, imported]);
      if (loadOutcome === 'resolved') {
        // Loaded before the removal: then the import was applied to it.
        expect(importOutcome, `removed after ${delay} ms`).to.equal('resolved');
      } else {
        expect([loadOutcome, importOutcome], `removed after ${delay} ms`).to.deep.equal(['AbortError', 'AbortError']);
      }
      const reloaded = nextEvent<DocumentLoadedDetail>(viewer, 'document-loaded');
      document.body.append(viewer);
      expect((await reloaded).detail.pageCount).to.equal(117);
      await renderedCanvas(viewer, 0);
      expect(errors, `removed after ${delay} ms`).to.deep.equal([]);
      // The document is whole again: annotations can be imported and edited.
      await viewer.importInstantJson(forGeoTopo);
      expect(ids(viewer.exportInstantJson())).to.deep.equal(ids(forGeoTopo));
      viewer.remove();
    }
  });

  it('an import made for the document shown, with src changed in the same task, never reaches the new document', async () => {
    const forMixed = await jsonFor(MIXED, 2);
    const viewer = mountViewer();
    await viewer.load(MIXED);
    const imported = outcome(viewer.importInstantJson(forMixed));
    viewer.src = HABIBI;
    // Applied to the document it was made for, which the new src then replaced — or refused; either is fine.
    expect(['resolved', 'AbortError']).to.include(await imported);
    await waitFor(() => viewer.pageCount === 4 && viewer.isConnected, 'the new document');
    await nextEvent(viewer, 'document-loaded').catch(() => undefined);
    expect(viewer.exportInstantJson()).to.not.have.property('annotations');
  });
});
