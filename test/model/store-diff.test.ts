import { expect } from '@open-wc/testing';
import { type Annotation, AnnotationStore } from '../../src/model/index.js';
import {
  expectInstantJsonError,
  FORMAT,
  importedInk,
  manualClock,
  newHighlight,
  PDF_ID,
  pdfRectangle,
  recordChanges,
  storeWithOriginals,
  ULID,
} from './helpers.js';
import { describe, it } from './mocha.js';

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
