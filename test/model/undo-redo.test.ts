import { expect } from '@open-wc/testing';
import { AnnotationStore, DEFAULT_HISTORY_LIMIT } from '../../src/model/index.js';
import { doc, FORMAT, importedInk, newHighlight, pdfRectangle } from './helpers.js';
import { describe, it } from './mocha.js';

describe('AnnotationStore: undo and redo', () => {
  it('update then undo: back to the original; redo: the update again', () => {
    const store = new AnnotationStore();
    store.addOriginals(0, [pdfRectangle(10)]);
    const original = store.getAnnotation('10')!;
    const updated = store.updateAnnotation({ ...original, opacity: 0.25 });
    expect(store.undo()).to.equal(true);
    expect(store.getAnnotation('10')).to.equal(original);
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT });
    expect(store.redo()).to.equal(true);
    expect(store.getAnnotation('10')).to.equal(updated);
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT, skippedPdfObjectIds: [10], annotations: [updated] });
  });

  it('undoes and redoes 150 mixed steps exactly', () => {
    const store = new AnnotationStore();
    store.addOriginals(0, Array.from({ length: 20 }, (_, i) => pdfRectangle(100 + i)));
    const snapshots = [store.exportInstantJson()];
    const created: string[] = [];
    for (let step = 0; step < 150; step++) {
      if (step % 3 === 0) created.push(store.createAnnotation(newHighlight(step % 4)).id);
      else if (step % 3 === 1) {
        const id = created[created.length - 1]!;
        store.updateAnnotation({ ...store.getAnnotation(id)!, opacity: (step % 10) / 10 });
      } else if (step < 60) store.deleteAnnotation(String(100 + (step % 20)));
      else store.deleteAnnotation(created.shift()!);
      snapshots.push(store.exportInstantJson());
    }
    for (let i = snapshots.length - 2; i >= 0; i--) {
      expect(store.undo()).to.equal(true);
      expect(store.exportInstantJson(), `after undoing to step ${i}`).to.deep.equal(snapshots[i]);
    }
    expect(store.canUndo).to.equal(false);
    expect(store.undo()).to.equal(false);
    expect(store.getAnnotations(0)).to.have.length(20);
    for (let i = 1; i < snapshots.length; i++) {
      expect(store.redo()).to.equal(true);
      expect(store.exportInstantJson(), `after redoing step ${i}`).to.deep.equal(snapshots[i]);
    }
    expect(store.canRedo).to.equal(false);
  });

  it(`keeps at most ${DEFAULT_HISTORY_LIMIT} steps by default, dropping the oldest`, () => {
    const store = new AnnotationStore();
    for (let i = 0; i < DEFAULT_HISTORY_LIMIT + 20; i++) store.createAnnotation(newHighlight());
    let undone = 0;
    while (store.undo()) undone++;
    expect(undone).to.equal(DEFAULT_HISTORY_LIMIT);
    expect(store.exportInstantJson().annotations).to.have.length(20);
  });

  it('honours a custom limit', () => {
    const store = new AnnotationStore({ historyLimit: 2 });
    for (let i = 0; i < 5; i++) store.createAnnotation(newHighlight());
    expect(store.undo() && store.undo()).to.equal(true);
    expect(store.undo()).to.equal(false);
  });

  it('an import is one step; undoing it restores the earlier changes', () => {
    const store = new AnnotationStore();
    store.addOriginals(0, [pdfRectangle(10)]);
    const mine = store.createAnnotation(newHighlight());
    store.deleteAnnotation('10');
    const before = store.exportInstantJson();
    const json = doc({ annotations: Array.from({ length: 50 }, (_, i) => importedInk(`i${i}`)) });
    store.importInstantJson(json);
    expect(store.exportInstantJson()).to.deep.equal(json);
    store.undo();
    expect(store.exportInstantJson()).to.deep.equal(before);
    expect(store.getAnnotations(0).map((a) => a.id)).to.deep.equal([mine.id]);
    store.redo();
    expect(store.exportInstantJson()).to.deep.equal(json);
    store.undo();
    store.undo();
    store.undo();
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT });
    expect(store.canUndo).to.equal(false);
  });

  it('edits after an import undo back to the imported state, then to before the import', () => {
    const store = new AnnotationStore();
    const first = store.createAnnotation(newHighlight());
    const json = doc({ annotations: [importedInk('a'), importedInk('b')] });
    store.importInstantJson(json);
    store.deleteAnnotation('a');
    store.createAnnotation(newHighlight());
    store.undo();
    store.undo();
    expect(store.exportInstantJson()).to.deep.equal(json);
    store.undo();
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT, annotations: [first] });
  });

  it('a new command clears the redo stack', () => {
    const store = new AnnotationStore();
    store.createAnnotation(newHighlight());
    store.createAnnotation(newHighlight());
    store.undo();
    expect(store.canRedo).to.equal(true);
    store.createAnnotation(newHighlight());
    expect(store.canRedo).to.equal(false);
    expect(store.redo()).to.equal(false);
  });

  it('a failed command leaves the redo stack alone', () => {
    const store = new AnnotationStore();
    store.createAnnotation(newHighlight());
    store.undo();
    expect(() => store.createAnnotation(newHighlight(0, { color: 'yellow' }))).to.throw('color');
    expect(() => store.importInstantJson('{')).to.throw('not valid JSON');
    expect(store.canRedo).to.equal(true);
  });

  it('undoing a delete puts an imported record back in its place', () => {
    const store = new AnnotationStore();
    const json = doc({ annotations: [importedInk('a'), importedInk('b'), importedInk('c')], skippedPdfObjectIds: [1, 2, 3] });
    store.importInstantJson(json);
    store.deleteAnnotation('b');
    store.createAnnotation(newHighlight());
    store.undo();
    store.undo();
    const exported = store.exportInstantJson();
    expect(exported).to.deep.equal(json);
    expect(JSON.stringify(exported)).to.equal(JSON.stringify(json));
  });

  it('undoing the edit of an original un-skips it', () => {
    const store = new AnnotationStore();
    store.importInstantJson(doc({ skippedPdfObjectIds: [7] }));
    store.addOriginals(0, [pdfRectangle(7), pdfRectangle(8)]);
    store.deleteAnnotation('8');
    expect(store.exportInstantJson().skippedPdfObjectIds).to.deep.equal([7, 8]);
    store.undo();
    expect(store.exportInstantJson().skippedPdfObjectIds).to.deep.equal([7]);
    expect(store.getAnnotations(0).map((a) => a.id)).to.deep.equal(['8']);
  });

  it('clearHistory forgets every step', () => {
    const store = new AnnotationStore();
    store.importInstantJson(doc({ annotations: [importedInk('a')] }));
    store.clearHistory();
    expect(store.canUndo).to.equal(false);
    expect(store.undo()).to.equal(false);
    expect(store.exportInstantJson().annotations).to.have.length(1);
  });

  it('cannot undo inside a batch', () => {
    const store = new AnnotationStore();
    store.createAnnotation(newHighlight());
    expect(() => store.batch(() => store.undo())).to.throw('inside a batch');
    expect(store.canUndo).to.equal(true);
  });
});
