import { expect } from '@open-wc/testing';
import { AnnotationStore, type InstantJson } from '../../src/model/index.js';
import {
  doc,
  expectInstantJsonError,
  FORMAT,
  importedInk,
  newHighlight,
  recordChanges,
  storeWithOriginals,
} from './helpers.js';
import { describe, it } from './mocha.js';

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
