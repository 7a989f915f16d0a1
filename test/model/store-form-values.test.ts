import { expect } from '@open-wc/testing';
import { AnnotationStore, InstantJsonError, type InstantJson } from '../../src/model/index.js';
import { doc, expectInstantJsonError, FORMAT, PDF_ID, recordChanges } from './helpers.js';
import { describe, it } from './mocha.js';

const value = (name: string, v: string | string[] | null) => ({ v: 1, type: 'pspdfkit/form-field-value', name, value: v });

describe('AnnotationStore: form field values', () => {
  it('runs the validate option on the parsed document after the pdfId check, before any change', () => {
    const store = new AnnotationStore({ pdfId: PDF_ID });
    store.setFormFieldValue({ name: 'kept', value: 'before' });
    const before = store.exportInstantJson();
    const seen: InstantJson[] = [];
    const reject = (parsed: InstantJson) => {
      seen.push(parsed);
      throw new InstantJsonError('formFieldValues[0].name', 'no such field');
    };
    expectInstantJsonError(
      () => store.importInstantJson(doc({ formFieldValues: [value('unknown', 'x')] }), { validate: reject }),
      'formFieldValues[0].name',
    );
    expect(seen).to.have.length(1);
    expect(Object.isFrozen(seen[0]), 'the check sees the parsed, frozen document').to.equal(true);
    expect(store.exportInstantJson()).to.equal(before);

    // A document for another PDF fails on its pdfId before the check runs.
    const other = doc({ pdfId: { permanent: 'AAAA', changing: 'AAAA' }, formFieldValues: [value('unknown', 'x')] });
    expectInstantJsonError(() => store.importInstantJson(other, { validate: reject }), 'pdfId.permanent');
    expect(seen).to.have.length(1);
  });

  it('imports when the check passes', () => {
    const store = new AnnotationStore();
    const json = doc({ formFieldValues: [value('a', 'x')] });
    store.importInstantJson(json, { validate: () => undefined });
    expect(store.exportInstantJson()).to.deep.equal(json);
  });

  it('a batch of value changes is one undo step and one notification', () => {
    const store = new AnnotationStore();
    store.setFormFieldValue({ name: 'a', value: 'typed' });
    const changes = recordChanges(store);
    store.batch(
      () => {
        store.removeFormFieldValue('a', { source: 'user' });
        store.setFormFieldValue({ name: 'b', value: ['Yes'] }, { source: 'user' });
        store.setFormFieldValue({ name: 'c', value: 'Off' }, { source: 'user' });
      },
      { source: 'user' },
    );
    expect(changes).to.have.length(1);
    expect(changes[0]!.source).to.equal('user');
    expect([...changes[0]!.formFieldValues].sort()).to.deep.equal(['a', 'b', 'c']);
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT, formFieldValues: [value('b', ['Yes']), value('c', 'Off')] });
    store.undo();
    expect(store.exportInstantJson()).to.deep.equal({ format: FORMAT, formFieldValues: [value('a', 'typed')] });
    store.redo();
    expect(store.getFormFieldValues().map((record) => record.name)).to.deep.equal(['b', 'c']);
  });
});
