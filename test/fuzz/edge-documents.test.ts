/**
 * The fuzzer's counterexamples, minimized, and the sizes too big to generate
 * thousands of times: deep nesting (RangeError from freezing before the
 * nesting limit), cycles, 10 MB strings, lone surrogates, 1e400.
 */
import { expect } from '@open-wc/testing';
import { AnnotationStore, InstantJsonError, parseInstantJson } from '../../src/model/index.js';
import { doc, expectInstantJsonError, importedInk, newHighlight } from '../model/helpers.js';
import { describe, it } from '../model/mocha.js';
import { nestedText } from './mutations.js';

const FORMAT = '"format":"https://pspdfkit.com/instant-json/v1"';

/** Runs `run`, expecting an InstantJsonError about nesting whose path starts with `prefix`. */
function expectTooDeep(run: () => unknown, prefix: string): InstantJsonError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'an InstantJsonError').to.be.instanceOf(InstantJsonError);
  const error = thrown as InstantJsonError;
  expect(error.path.startsWith(prefix), error.path.slice(0, 80)).to.equal(true);
  // The first value past the limit: about MAX_NESTING (1000) segments below the document.
  expect(error.path.split(/[.[]/).length).to.be.within(990, 1010);
  return error;
}

function storeWithState(): { store: AnnotationStore; before: string } {
  const store = new AnnotationStore({ pageCount: 3 });
  store.importInstantJson(doc({ annotations: [importedInk('kept')] }));
  store.createAnnotation(newHighlight());
  return { store, before: JSON.stringify(store.exportInstantJson()) };
}

describe('fuzz regressions: deep nesting', () => {
  it('20,000 nested arrays in an unknown section are an InstantJsonError at the first level too deep, not a RangeError', () => {
    const { store, before } = storeWithState();
    const text = `{${FORMAT},"formFields":${nestedText(20_000, 'array')}}`;
    const error = expectTooDeep(() => store.importInstantJson(text), 'formFields[0][0]');
    expect(error.message).to.contain('more than 1000 levels');
    expect(JSON.stringify(store.exportInstantJson())).to.equal(before);
  });

  it('100,000 nested objects in customData: rejected at the path, store unchanged, undo still works', () => {
    const { store, before } = storeWithState();
    const record = JSON.stringify(importedInk('deep')).replace(/}$/, `,"customData":${nestedText(100_000, 'object')}}`);
    const text = `{${FORMAT},"annotations":[${record}]}`;
    expectTooDeep(() => store.importInstantJson(text), 'annotations[0].customData.a.a');
    expect(JSON.stringify(store.exportInstantJson())).to.equal(before);
    store.undo();
    expect(store.exportInstantJson()).to.deep.equal(doc({ annotations: [importedInk('kept')] }));
  });

  it('1,000 levels below the document are accepted and round-trip', () => {
    const text = `{${FORMAT},"formFields":${nestedText(999, 'array')}}`;
    const store = new AnnotationStore();
    store.importInstantJson(text);
    expect(JSON.stringify(store.exportInstantJson())).to.equal(text);
  });

  it('a cycle in an object passed in is an InstantJsonError that names it', () => {
    const { store, before } = storeWithState();
    const customData: Record<string, unknown> = {};
    customData['self'] = customData;
    const error = expectTooDeep(
      () => store.importInstantJson(doc({ annotations: [importedInk('c', 0, { customData })] })),
      'annotations[0].customData.self.self',
    );
    expect(error.message).to.contain('contains itself');
    expect(JSON.stringify(store.exportInstantJson())).to.equal(before);
  });

  it('createAnnotation and updateAnnotation reject deep customData with its path', () => {
    const { store, before } = storeWithState();
    const deep = JSON.parse(nestedText(5000, 'object')) as unknown;
    expectTooDeep(() => store.createAnnotation(newHighlight(0, { customData: deep })), 'customData.a.a');
    expectTooDeep(() => store.updateAnnotation({ ...store.getAnnotation('kept')!, customData: deep } as never), 'customData.a.a');
    expect(JSON.stringify(store.exportInstantJson())).to.equal(before);
  });
});

describe('fuzz edge sizes: long strings, surrogates, numbers beyond a double', () => {
  it('10 MB strings in a note, customData and an unknown key round-trip exactly', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const document = doc({
      annotations: [importedInk('big', 0, { note: big, customData: { big }, futureKey: big })],
      skippedPdfObjectIds: [5],
    });
    const text = JSON.stringify(document);
    const store = new AnnotationStore({ pageCount: 1 });
    store.importInstantJson(text);
    expect(JSON.stringify(store.exportInstantJson()) === text).to.equal(true);
  });

  it('a 10 MB string where a color belongs is rejected with a short message', () => {
    const { store, before } = storeWithState();
    const text = JSON.stringify(doc({ annotations: [importedInk('c', 0, { strokeColor: '#'.repeat(10 * 1024 * 1024) })] }));
    const error = expectInstantJsonError(() => store.importInstantJson(text), 'annotations[0].strokeColor');
    expect(error.message.length).to.be.below(400);
    expect(JSON.stringify(store.exportInstantJson())).to.equal(before);
  });

  it('lone UTF-16 surrogates in ids, names, text and keys are kept as they are', () => {
    const document = doc({ annotations: [importedInk('\uD800', 0, { name: 'a\uDC00b', creatorName: '\uDBFF', customData: { '\uD800': '\uDFFF' } })] });
    const store = new AnnotationStore({ pageCount: 1 });
    store.importInstantJson(JSON.stringify(document));
    expect(JSON.stringify(store.exportInstantJson())).to.equal(JSON.stringify(document));
    expect(store.getAnnotation('\uD800')).to.not.equal(undefined);
  });

  it('1e400 (Infinity after JSON.parse) is rejected in geometry with the path, whatever the sign', () => {
    for (const number of ['1e400', '-1e400']) {
      const record = JSON.stringify(importedInk('n')).replace('"bbox":[1,2,3,4]', `"bbox":[1,${number},3,4]`);
      expectInstantJsonError(() => parseInstantJson(`{${FORMAT},"annotations":[${record}]}`), 'annotations[0].bbox');
    }
    expectInstantJsonError(() => parseInstantJson(`{${FORMAT},"skippedPdfObjectIds":[1e400]}`), 'skippedPdfObjectIds[0]');
  });
});
