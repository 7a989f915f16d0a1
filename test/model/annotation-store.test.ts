import { expect } from '@open-wc/testing';
import { type Annotation, AnnotationStore, type InstantJson } from '../../src/model/index.js';
import {
  doc,
  expectInstantJsonError,
  FORMAT,
  importedInk,
  manualClock,
  newHighlight,
  PDF_ID,
  pdfRectangle,
  recordChanges,
} from './helpers.js';
import { describe, it } from './mocha.js';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A store whose page 0 holds originals 10, 11, 12. */
function storeWithOriginals(options: ConstructorParameters<typeof AnnotationStore>[0] = {}): AnnotationStore {
  const store = new AnnotationStore(options);
  store.addOriginals(0, [pdfRectangle(10), pdfRectangle(11), pdfRectangle(12)]);
  return store;
}

describe('AnnotationStore: originals', () => {
  it('an untouched document exports only format (+ pdfId when the PDF has one)', () => {
    expect(new AnnotationStore().exportInstantJson()).to.deep.equal({ format: FORMAT });
    const store = storeWithOriginals({ pdfId: PDF_ID });
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT, pdfId: PDF_ID });
    expect(Object.keys(store.exportInstantJson())).to.deep.equal(['format', 'pdfId']);
  });

  it('shows originals with id = String(pdfObjectId), without a notification or an undo step', () => {
    const store = new AnnotationStore();
    const changes = recordChanges(store);
    store.addOriginals(2, [pdfRectangle(7)]);
    const [shown] = store.getAnnotations(2);
    expect(shown).to.include({ id: '7', pdfObjectId: 7, pageIndex: 2 });
    expect(store.getAnnotation('7')).to.equal(shown);
    expect(changes).to.have.length(0);
    expect(store.canUndo).to.equal(false);
    expect(store.hasOriginals(2)).to.equal(true);
    expect(store.hasOriginals(1)).to.equal(false);
  });

  it('rejects originals without pdfObjectId, with a wrong id or page, and adds none of the page then', () => {
    const store = new AnnotationStore();
    expectInstantJsonError(() => store.addOriginals(0, [pdfRectangle(1), { ...pdfRectangle(2), pdfObjectId: undefined }]), 'originals[1].pdfObjectId');
    expectInstantJsonError(() => store.addOriginals(0, [pdfRectangle(3, { id: '4' })]), 'originals[0].id');
    expectInstantJsonError(() => store.addOriginals(0, [pdfRectangle(3, { pageIndex: 1 })]), 'originals[0].pageIndex');
    expectInstantJsonError(() => store.addOriginals(0, [pdfRectangle(3, { bbox: 'x' })]), 'originals[0].bbox');
    expect(store.getAnnotations()).to.deep.equal([]);
  });
});

describe('AnnotationStore: the export is the diff against the PDF', () => {
  it('an edited original: its pdfObjectId skipped, the new version (keeping pdfObjectId) in annotations', () => {
    const store = storeWithOriginals();
    const original = store.getAnnotation('11')!;
    const updated = store.updateAnnotation({ ...original, bbox: [0, 0, 5, 5] });
    expect(updated).to.include({ id: '11', pdfObjectId: 11 });
    expect(store.exportInstantJson()).to.deep.equal({
      format: FORMAT,
      skippedPdfObjectIds: [11],
      annotations: [updated],
    });
    // Shown in the original's place.
    expect(store.getAnnotations(0).map((a) => a.bbox)).to.deep.equal([
      [10, 10, 20, 30],
      [0, 0, 5, 5],
      [12, 10, 20, 30],
    ]);
  });

  it('an edited original edited again stays one record, and its pdfObjectId is listed once', () => {
    const store = storeWithOriginals();
    const first = store.updateAnnotation({ ...store.getAnnotation('10')!, opacity: 0.5 });
    const second = store.updateAnnotation({ ...first, opacity: 0.25 });
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT, skippedPdfObjectIds: [10], annotations: [second] });
  });

  it('a deleted original: in skippedPdfObjectIds only', () => {
    const store = storeWithOriginals();
    store.deleteAnnotation('12');
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT, skippedPdfObjectIds: [12] });
    expect(store.getAnnotations(0).map((a) => a.id)).to.deep.equal(['10', '11']);
  });

  it('an edited then deleted original: skipped only', () => {
    const store = storeWithOriginals();
    store.updateAnnotation({ ...store.getAnnotation('10')!, opacity: 0.5 });
    store.deleteAnnotation('10');
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT, skippedPdfObjectIds: [10] });
  });

  it('a new annotation: in annotations without pdfObjectId, with a ULID, v 2 and timestamps', () => {
    const clock = manualClock(Date.UTC(2025, 5, 1, 12, 0, 0, 250));
    const store = new AnnotationStore({ clock: clock.now });
    const created = store.createAnnotation(newHighlight(), { author: 'Ada' });
    expect(created.id).to.match(ULID);
    expect(created).to.include({
      v: 2,
      createdAt: '2025-06-01T12:00:00.250Z',
      updatedAt: '2025-06-01T12:00:00.250Z',
      creatorName: 'Ada',
    });
    expect(created).not.to.have.property('pdfObjectId');
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT, annotations: [created] });
  });

  it('keeps a given creatorName, id and version; turns plain text into v2 rich text', () => {
    const store = new AnnotationStore();
    const given = store.createAnnotation(newHighlight(0, { creatorName: 'Bob', id: 'mine' }), { author: 'Ada' });
    expect(given).to.include({ creatorName: 'Bob', id: 'mine' });
    const note = store.createAnnotation({ type: 'pspdfkit/note', pageIndex: 0, bbox: [0, 0, 20, 20], color: '#ffff00', text: 'hi' } as never);
    expect(note).to.deep.include({ v: 2, text: { format: 'plain', value: 'hi' } });
    const v1 = store.createAnnotation({ v: 1, type: 'pspdfkit/note', pageIndex: 0, bbox: [0, 0, 20, 20], color: '#ffff00', text: 'hi' });
    expect(v1).to.include({ v: 1, text: 'hi' });
    expectInstantJsonError(() => store.createAnnotation(newHighlight(0, { id: 'mine' })), 'id');
  });

  it('rejects invalid input with a path relative to the record, and then changes nothing', () => {
    const store = new AnnotationStore({ pageCount: 2 });
    const changes = recordChanges(store);
    expectInstantJsonError(() => store.createAnnotation(newHighlight(0, { bbox: [0, 0, -1, 4] })), 'bbox');
    expectInstantJsonError(() => store.createAnnotation(newHighlight(0, { rects: [[0, 0, 1, 1], [0, 'x', 1, 1]] })), 'rects[1]');
    expectInstantJsonError(() => store.createAnnotation(newHighlight(2)), 'pageIndex');
    expectInstantJsonError(() => store.createAnnotation(newHighlight(0, { pdfObjectId: 3 })), 'pdfObjectId');
    expectInstantJsonError(() => store.createAnnotation(newHighlight(0, { type: 'highlight' })), 'type');
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT });
    expect(changes).to.have.length(0);
    expect(store.canUndo).to.equal(false);
  });

  it('a deleted new annotation leaves no trace: empty keys are omitted, never []', () => {
    const store = new AnnotationStore();
    const created = store.createAnnotation(newHighlight());
    store.deleteAnnotation(created.id);
    const exported = store.exportInstantJson();
    expect(exported).to.deep.equal({ format: FORMAT });
    expect(Object.keys(exported)).to.deep.equal(['format']);
    expect(JSON.stringify(exported)).to.equal(`{"format":"${FORMAT}"}`);
  });

  it('updating or deleting an unknown id throws a plain Error naming the id', () => {
    const store = new AnnotationStore();
    expect(() => store.deleteAnnotation('nope')).to.throw(Error, '"nope"');
    expect(() => store.updateAnnotation({ ...importedInk('nope') } as unknown as Annotation)).to.throw(Error, '"nope"');
    const created = store.createAnnotation(newHighlight());
    store.deleteAnnotation(created.id);
    expect(() => store.deleteAnnotation(created.id)).to.throw(Error, created.id);
  });

  it('an update cannot change pdfObjectId', () => {
    const store = storeWithOriginals();
    expectInstantJsonError(() => store.updateAnnotation({ ...store.getAnnotation('10')!, pdfObjectId: 99 }), 'pdfObjectId');
    expectInstantJsonError(() => store.updateAnnotation({ ...store.getAnnotation('10')!, pdfObjectId: undefined }), 'pdfObjectId');
  });

  it('updatedAt always increases, even within one millisecond; createdAt is kept', () => {
    const clock = manualClock(Date.UTC(2025, 0, 1));
    const store = new AnnotationStore({ clock: clock.now });
    let record = store.createAnnotation(newHighlight());
    const stamps = [record.updatedAt!];
    for (let i = 0; i < 3; i++) {
      record = store.updateAnnotation({ ...record, opacity: 0.5 });
      stamps.push(record.updatedAt!);
    }
    expect(stamps).to.deep.equal([
      '2025-01-01T00:00:00.000Z',
      '2025-01-01T00:00:00.001Z',
      '2025-01-01T00:00:00.002Z',
      '2025-01-01T00:00:00.003Z',
    ]);
    clock.set(Date.UTC(2025, 0, 2));
    record = store.updateAnnotation({ ...record, updatedAt: '1999-01-01T00:00:00Z' });
    expect(record.updatedAt).to.equal('2025-01-02T00:00:00.000Z');
    expect(record.createdAt).to.equal('2025-01-01T00:00:00.000Z');
  });

  it('the export is cached until the next change, frozen, and shares the stored records', () => {
    const store = new AnnotationStore();
    const created = store.createAnnotation(newHighlight());
    const first = store.exportInstantJson();
    expect(store.exportInstantJson()).to.equal(first);
    expect(first.annotations![0]).to.equal(created);
    expect(Object.isFrozen(first) && Object.isFrozen(first.annotations)).to.equal(true);
    store.createAnnotation(newHighlight());
    expect(store.exportInstantJson()).not.to.equal(first);
    expect(first.annotations).to.have.length(1);
  });

  it('records handed out are deeply frozen: mutating one throws and leaves the store as it was', () => {
    const store = new AnnotationStore();
    const created = store.createAnnotation(newHighlight());
    expect(() => {
      (created as { opacity?: number }).opacity = 0;
    }).to.throw(TypeError);
    expect(() => {
      created.bbox[0] = 99;
    }).to.throw(TypeError);
    expect(() => {
      (store.getAnnotations(0)[0] as { rects: number[][] }).rects[0]![0] = 99;
    }).to.throw(TypeError);
    expect(store.getAnnotation(created.id)!.bbox).to.deep.equal([10, 20, 100, 12]);
  });

  it('the input object passed to createAnnotation is copied, not kept', () => {
    const store = new AnnotationStore();
    const input = newHighlight() as { bbox: number[] };
    const created = store.createAnnotation(input as never);
    input.bbox[0] = 999;
    expect(created.bbox[0]).to.equal(10);
    expect(Object.isFrozen(input)).to.equal(false);
  });
});

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

describe('AnnotationStore: form field values and attachments', () => {
  it('sets, replaces and removes form field values (undoable, notified)', () => {
    const store = new AnnotationStore();
    const changes = recordChanges(store);
    store.setFormFieldValue({ name: 'a.b', value: 'x' });
    store.setFormFieldValue({ name: 'c', value: ['1', '2'] });
    store.setFormFieldValue({ name: 'a.b', value: 'y' });
    const exported = store.exportInstantJson() as InstantJson;
    expect(exported.formFieldValues).to.deep.equal([
      { v: 1, type: 'pspdfkit/form-field-value', name: 'a.b', value: 'y' },
      { v: 1, type: 'pspdfkit/form-field-value', name: 'c', value: ['1', '2'] },
    ]);
    expect(changes.map((c) => c.formFieldValues)).to.deep.equal([['a.b'], ['c'], ['a.b']]);
    expect(store.removeFormFieldValue('a.b')).to.equal(true);
    expect(store.removeFormFieldValue('a.b')).to.equal(false);
    store.undo();
    expect(store.getFormFieldValue('a.b')).to.include({ value: 'y' });
    expect(store.getFormFieldValues().map((v) => v.name)).to.deep.equal(['a.b', 'c']);
    expectInstantJsonError(() => store.setFormFieldValue({ name: 'd', value: 5 as never }), 'value');
  });

  it('sets and deletes attachments', () => {
    const store = new AnnotationStore();
    store.setAttachment('abc123', { binary: 'AAAA', contentType: 'image/png' });
    expect(store.exportInstantJson().attachments).to.deep.equal({ abc123: { binary: 'AAAA', contentType: 'image/png' } });
    expect(store.deleteAttachment('abc123')).to.equal(true);
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT });
    expectInstantJsonError(() => store.setAttachment('x', { binary: 1 } as never), 'binary');
  });
});

describe('AnnotationStore: change notification', () => {
  it('reports created, updated and deleted with the source the caller gives', () => {
    const store = storeWithOriginals();
    const changes = recordChanges(store);
    const created = store.createAnnotation(newHighlight(), { source: 'user' });
    const updated = store.updateAnnotation({ ...store.getAnnotation('10')!, opacity: 0.5 });
    store.deleteAnnotation('11', { source: 'user' });
    expect(changes).to.deep.equal([
      { created: [created], updated: [], deleted: [], source: 'user', formFieldValues: [], attachments: [] },
      { created: [], updated: [updated], deleted: [], source: 'api', formFieldValues: [], attachments: [] },
      { created: [], updated: [], deleted: ['11'], source: 'user', formFieldValues: [], attachments: [] },
    ]);
  });

  it('reports undo and redo as history, and an import as import (against what was shown)', () => {
    const store = storeWithOriginals();
    const changes = recordChanges(store);
    const created = store.createAnnotation(newHighlight());
    store.undo();
    store.redo();
    expect(changes.slice(1).map((c) => [c.source, c.created.length, c.deleted])).to.deep.equal([
      ['history', 0, [created.id]],
      ['history', 1, []],
    ]);
    changes.length = 0;
    const replacement = importedInk('12', 0, { pdfObjectId: 12 });
    store.importInstantJson(doc({ skippedPdfObjectIds: [10, 12], annotations: [replacement, importedInk('n')] }));
    expect(changes).to.have.length(1);
    expect(changes[0]!.source).to.equal('import');
    expect(changes[0]!.created.map((a) => a.id)).to.deep.equal(['n']);
    expect(changes[0]!.updated.map((a) => a.id)).to.deep.equal(['12']);
    expect(changes[0]!.deleted).to.have.members([created.id, '10']);
  });

  it('keeps calling other listeners when one throws; unsubscribe stops a listener', async () => {
    const store = new AnnotationStore();
    const seen: string[] = [];
    const errors: unknown[] = [];
    // Mocha fails the running test on any uncaught error; catch the reported ones here instead.
    const mochaOnError = window.onerror;
    window.onerror = (_message, _source, _line, _column, error) => {
      errors.push(error);
      return true;
    };
    store.subscribe(() => {
      throw new Error('listener failed');
    });
    const stop = store.subscribe(() => seen.push('second'));
    store.createAnnotation(newHighlight());
    stop();
    store.createAnnotation(newHighlight());
    await new Promise((resolve) => setTimeout(resolve, 0));
    window.onerror = mochaOnError;
    expect(seen).to.deep.equal(['second']);
    expect(errors.map((e) => (e as Error).message)).to.deep.equal(['listener failed', 'listener failed']);
  });

  it('notifying one edit among 10,000 annotations does not serialize the document', () => {
    const store = new AnnotationStore();
    store.importInstantJson(doc({ annotations: Array.from({ length: 10_000 }, (_, i) => importedInk(`id-${i}`, i % 50)) }));
    let exportedDuringNotification = false;
    const exportSpy = store.exportInstantJson.bind(store);
    store.exportInstantJson = () => {
      exportedDuringNotification = true;
      return exportSpy();
    };
    let received = 0;
    store.subscribe((change) => (received += change.updated.length));
    const start = performance.now();
    for (let i = 0; i < 100; i++) store.updateAnnotation({ ...store.getAnnotation(`id-${i}`)!, opacity: 0.5 });
    const perEdit = (performance.now() - start) / 100;
    expect(received).to.equal(100);
    expect(exportedDuringNotification).to.equal(false);
    expect(perEdit, `ms per edit + notification`).to.be.below(1);
  });
});

describe('AnnotationStore: batch', () => {
  it('makes several commands one undo step and one notification', () => {
    const store = storeWithOriginals();
    const changes = recordChanges(store);
    store.batch(
      () => {
        store.deleteAnnotation('10');
        store.deleteAnnotation('11');
        store.createAnnotation(newHighlight());
      },
      { source: 'user' },
    );
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.include({ source: 'user', deleted: ['10', '11'] });
    store.undo();
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT });
    expect(store.canUndo).to.equal(false);
  });

  it('rolls everything back when the function throws', () => {
    const store = storeWithOriginals();
    const before = store.exportInstantJson();
    expect(() =>
      store.batch(() => {
        store.deleteAnnotation('10');
        store.createAnnotation(newHighlight(0, { bbox: 'bad' }));
      }),
    ).to.throw('bbox');
    expect(store.exportInstantJson()).to.deep.equal(before);
    expect(store.getAnnotations(0).map((a) => a.id)).to.deep.equal(['10', '11', '12']);
    expect(store.canUndo).to.equal(false);
  });
});
