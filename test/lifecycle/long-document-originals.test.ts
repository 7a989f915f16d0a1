/**
 * A document longer than the 50 pages whose own annotations are read before
 * `document-loaded`: its originals on pages nobody has looked at can still be
 * updated and deleted by id, without a getAnnotations() call first.
 */
import { expect } from '@open-wc/testing';
import { PDFDocument, PDFName } from 'pdf-lib/dist/pdf-lib.esm.js';
import type { Annotation } from '../../src/model/index.js';
import { CORPUS, cleanupViewers, mountViewer, waitFor } from '../helpers/viewer-fixture.js';

const GEOTOPO = `${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`;

/** 60 pages; page 55 (index 54) has a red Square annotation. Returns the bytes and the Square's object number. */
async function sixtyPagesWithLateSquare(): Promise<{ bytes: Uint8Array; squareObject: number }> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 60; i++) pdf.addPage([400, 300]);
  const square = pdf.context.obj({
    Type: 'Annot',
    Subtype: 'Square',
    Rect: [100, 100, 200, 180],
    C: [1, 0, 0],
    Border: [0, 0, 2],
    NM: 'late-square',
  });
  const ref = pdf.context.register(square);
  pdf.getPage(54).node.set(PDFName.of('Annots'), pdf.context.obj([ref]));
  return { bytes: await pdf.save(), squareObject: ref.objectNumber };
}

/** Retries `edit` until the background read has reached its page (it throws "not known yet" until then). */
async function whenKnown<T>(edit: () => T): Promise<T> {
  let result: T | undefined;
  let lastError: unknown;
  await waitFor(() => {
    try {
      result = edit();
      return true;
    } catch (error) {
      lastError = error;
      expect(String(error)).to.match(/not known yet/);
      return false;
    }
  }, `the edit to be accepted (last error: ${String(lastError)})`, 10000);
  return result!;
}

describe('originals of a document longer than 50 pages', () => {
  afterEach(cleanupViewers);

  it('deleteAnnotation of the Square on page 55 works without reading that page first', async () => {
    const { bytes, squareObject } = await sixtyPagesWithLateSquare();
    const viewer = mountViewer();
    await viewer.load(bytes);
    expect(viewer.pageCount).to.equal(60);
    const started = performance.now();
    await whenKnown(() => viewer.deleteAnnotation(String(squareObject)));
    console.log(`60 pages: original on page 55 editable ${(performance.now() - started).toFixed(0)} ms after document-loaded`);
    expect(viewer.exportInstantJson().skippedPdfObjectIds).to.deep.equal([squareObject]);
    viewer.undo();
    expect(viewer.exportInstantJson()).to.not.have.property('skippedPdfObjectIds');
  });

  it('updateAnnotation of the Square on page 55 works without reading that page first', async () => {
    const { bytes, squareObject } = await sixtyPagesWithLateSquare();
    const viewer = mountViewer();
    await viewer.load(bytes);
    // Only the id and what is changed are known to the caller: the rest comes from the PDF (read by a second viewer).
    const probe = mountViewer();
    await probe.load(bytes);
    const [original] = await probe.getAnnotations(54);
    expect(original!.id).to.equal(String(squareObject));
    const updated = await whenKnown(() => viewer.updateAnnotation({ ...original!, strokeColor: '#0000FF' } as Annotation));
    expect(updated.id).to.equal(String(squareObject));
    const [exported] = viewer.exportInstantJson().annotations ?? [];
    expect(exported).to.include({ pdfObjectId: squareObject, strokeColor: '#0000FF', pageIndex: 54 });
  });

  it('an id no page has is still refused once every page was read', async () => {
    const { bytes } = await sixtyPagesWithLateSquare();
    const viewer = mountViewer();
    await viewer.load(bytes);
    await viewer.getAnnotations();
    expect(() => viewer.deleteAnnotation('99999')).to.throw(Error).with.property('message').that.does.not.match(/not known yet/);
  });

  it('reads all 117 pages of GeoTopo in the background after load (timing logged)', async () => {
    const viewer = mountViewer();
    await viewer.load(GEOTOPO);
    const started = performance.now();
    // The last link of the book, found by a second viewer that reads everything.
    const probe = mountViewer();
    await probe.load(GEOTOPO);
    const all = await probe.getAnnotations();
    const last = all[all.length - 1]!;
    await whenKnown(() => viewer.deleteAnnotation(last.id));
    console.log(`GeoTopo: original ${last.id} on page ${last.pageIndex + 1} editable ${(performance.now() - started).toFixed(0)} ms after document-loaded`);
    expect(viewer.exportInstantJson().skippedPdfObjectIds).to.deep.equal([last.pdfObjectId]);
  });
});
