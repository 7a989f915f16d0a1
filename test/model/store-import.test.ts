import { expect } from '@open-wc/testing';
import { AnnotationStore } from '../../src/model/index.js';
import {
  doc,
  expectInstantJsonError,
  FORMAT,
  importedInk,
  newHighlight,
  PDF_ID,
  pdfRectangle,
  recordChanges,
  storeWithOriginals,
} from './helpers.js';
import { describe, it } from './mocha.js';

describe('AnnotationStore: import', () => {
  it('replaces the current changes: back to the original PDF, then the JSON applied', () => {
    const store = storeWithOriginals();
    store.createAnnotation(newHighlight());
    store.deleteAnnotation('10');
    const json = doc({ skippedPdfObjectIds: [11], annotations: [importedInk('ink-1')] });
    store.importInstantJson(json);
    expect(store.exportInstantJson()).to.deep.equal(json);
    expect(store.getAnnotations(0).map((a) => a.id)).to.deep.equal(['10', '12', 'ink-1']);
  });

  it('exports imported records unchanged and as the same objects while untouched', () => {
    const store = new AnnotationStore();
    const a = importedInk('a', 0, { futureKey: { x: [1, 2] }, customData: { k: 'v' } });
    const b = importedInk('b', 1, { v: 1 });
    store.importInstantJson(JSON.stringify(doc({ annotations: [a, b], bookmarks: [], extra: 1 })));
    const before = store.exportInstantJson();
    expect(before).to.deep.equal(doc({ annotations: [a, b], bookmarks: [], extra: 1 }));
    const changed = store.updateAnnotation({ ...store.getAnnotation('b')!, opacity: 0.5 });
    const after = store.exportInstantJson();
    expect(after.annotations![0]).to.equal(before.annotations![0]);
    expect(after.annotations![1]).to.equal(changed);
    expect(after['extra']).to.equal(1);
    expect(after['bookmarks']).to.deep.equal([]);
  });

  it('is atomic: an error in the 9,000th record leaves the state exactly as it was', () => {
    const store = storeWithOriginals();
    const mine = store.createAnnotation(newHighlight());
    store.deleteAnnotation('10');
    const changes = recordChanges(store);
    const exportBefore = store.exportInstantJson();
    const shownBefore = store.getAnnotations();
    const records = Array.from({ length: 10_000 }, (_, i) => importedInk(`id-${i}`));
    records[8_999] = { ...records[8_999], bbox: [0, 0, 1] };
    const error = expectInstantJsonError(() => store.importInstantJson(doc({ annotations: records })), 'annotations[8999].bbox');
    expect(error.message).to.contain('expected an array of 4 finite numbers').and.to.contain('found an array of 3 items [0,0,1]');
    expect(store.exportInstantJson()).to.equal(exportBefore);
    expect(store.getAnnotations()).to.deep.equal(shownBefore);
    expect(changes).to.have.length(0);
    store.undo();
    store.undo();
    expect(store.getAnnotation(mine.id)).to.equal(undefined);
    expect(store.canUndo).to.equal(false);
  });

  it('skips and replacements imported before a page is read apply when its originals arrive', () => {
    const store = new AnnotationStore();
    const replacement = importedInk('11', 0, { pdfObjectId: 11 });
    const json = doc({ skippedPdfObjectIds: [10, 11], annotations: [replacement] });
    store.importInstantJson(json);
    const changes = recordChanges(store);
    expect(store.getAnnotations(0).map((a) => a.id)).to.deep.equal(['11']);
    store.addOriginals(0, [pdfRectangle(10), pdfRectangle(11), pdfRectangle(12)]);
    expect(store.getAnnotations(0).map((a) => a.id)).to.deep.equal(['11', '12']);
    expect(store.getAnnotation('11')).to.deep.equal(replacement);
    expect(store.getAnnotation('10')).to.equal(undefined);
    expect(store.exportInstantJson()).to.deep.equal(json);
    expect(changes).to.have.length(0);
    // Deleting the replacement leaves the original skipped.
    store.deleteAnnotation('11');
    expect(store.exportInstantJson()).to.deep.equal(doc({ skippedPdfObjectIds: [10, 11] }));
    expect(store.getAnnotations(0).map((a) => a.id)).to.deep.equal(['12']);
  });

  it('an imported new version not listed as skipped gets listed once it is edited or deleted', () => {
    for (const edit of ['update', 'delete'] as const) {
      const store = new AnnotationStore();
      const replacement = importedInk('11', 0, { pdfObjectId: 11 });
      store.importInstantJson(doc({ annotations: [replacement] }));
      store.addOriginals(0, [pdfRectangle(11)]);
      expect(store.getAnnotations(0)).to.deep.equal([replacement]);
      if (edit === 'update') {
        const updated = store.updateAnnotation({ ...store.getAnnotation('11')!, lineWidth: 9 });
        expect(store.exportInstantJson()).to.deep.equal(doc({ annotations: [updated], skippedPdfObjectIds: [11] }));
      } else {
        store.deleteAnnotation('11');
        expect(store.exportInstantJson()).to.deep.equal(doc({ skippedPdfObjectIds: [11] }));
        expect(store.getAnnotations(0)).to.deep.equal([]);
      }
    }
  });

  it('rejects a document for another PDF (pdfId.permanent differs), naming both ids', () => {
    const store = new AnnotationStore({ pdfId: PDF_ID });
    const error = expectInstantJsonError(
      () => store.importInstantJson(doc({ pdfId: { permanent: 'OTHER', changing: 'x' } })),
      'pdfId.permanent',
    );
    expect(error.message).to.contain(PDF_ID.permanent).and.to.contain('OTHER');
    // The changing id may differ: the PDF was saved again.
    store.importInstantJson(doc({ pdfId: { permanent: PDF_ID.permanent, changing: 'new' } }));
    expect(store.exportInstantJson().pdfId).to.deep.equal(PDF_ID);
  });

  it('accepts a document without pdfId (absent or null) for any PDF', () => {
    const store = new AnnotationStore({ pdfId: PDF_ID });
    store.importInstantJson(doc({ pdfId: null, annotations: [importedInk('a')] }));
    store.importInstantJson(doc({ annotations: [importedInk('b')] }));
    expect(store.exportInstantJson()).to.deep.equal(doc({ pdfId: PDF_ID, annotations: [importedInk('b')] }));
    // A store without pdfId writes an imported null back.
    const bare = new AnnotationStore();
    bare.importInstantJson(doc({ pdfId: null }));
    expect(bare.exportInstantJson()).to.deep.equal(doc({ pdfId: null }));
  });

  it('rejects a pageIndex outside the document', () => {
    const store = new AnnotationStore({ pageCount: 3 });
    const error = expectInstantJsonError(
      () => store.importInstantJson(doc({ annotations: [importedInk('a', 2), importedInk('b', 3)] })),
      'annotations[1].pageIndex',
    );
    expect(error.message).to.contain('from 0 to 2').and.to.contain('found 3');
    expectInstantJsonError(
      () => store.importInstantJson(doc({ annotations: [importedInk('a', 0)] }), { pageCount: 0 }),
      'annotations[0].pageIndex',
    );
  });

  it('omits empty sections of an imported document on export', () => {
    const store = new AnnotationStore();
    store.importInstantJson(doc({ annotations: [], skippedPdfObjectIds: [], formFieldValues: [], attachments: {} }));
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT });
  });

  it('keeps the imported key order, with new sections after it', () => {
    const store = new AnnotationStore({ pdfId: PDF_ID });
    store.addOriginals(0, [pdfRectangle(5)]);
    store.importInstantJson(`{"zeta":1,"annotations":[${JSON.stringify(importedInk('a'))}],"format":"${FORMAT}"}`);
    store.deleteAnnotation('5');
    expect(Object.keys(store.exportInstantJson())).to.deep.equal(['zeta', 'annotations', 'format', 'pdfId', 'skippedPdfObjectIds']);
  });
});

describe('AnnotationStore: reading', () => {
  it('getAnnotations() lists every page in order; getAnnotations(i) one page', () => {
    const store = new AnnotationStore();
    store.addOriginals(1, [pdfRectangle(20)]);
    store.createAnnotation(newHighlight(2, { id: 'h2' }));
    store.createAnnotation(newHighlight(0, { id: 'h0' }));
    store.addOriginals(0, [pdfRectangle(10)]);
    expect(store.getAnnotations().map((a) => a.id)).to.deep.equal(['10', 'h0', '20', 'h2']);
    expect(store.getAnnotations(1).map((a) => a.id)).to.deep.equal(['20']);
    expect(store.getAnnotations(7)).to.deep.equal([]);
  });

  it('an annotation moved to another page is listed there', () => {
    const store = storeWithOriginals();
    store.updateAnnotation({ ...store.getAnnotation('11')!, pageIndex: 3 });
    expect(store.getAnnotations(0).map((a) => a.id)).to.deep.equal(['10', '12']);
    expect(store.getAnnotations(3).map((a) => a.id)).to.deep.equal(['11']);
  });
});
