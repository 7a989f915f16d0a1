import { expect } from '@open-wc/testing';
import {
  AnnotationStore,
  type AnnotationInput,
  INSTANT_JSON_FORMAT,
  InstantJsonError,
  parseInstantJson,
} from '../../src/model/index.js';
import { SPEC_ANNOTATION_EXAMPLES, SPEC_GUIDE_EXAMPLES } from './fixtures/spec-examples.js';
import { describe, it } from './mocha.js';

/** A document text holding `records` (texts) as its annotations. */
function documentText(...records: string[]): string {
  return `{"format": "${INSTANT_JSON_FORMAT}", "annotations": [${records.join(',')}]}`;
}

function roundTrip(text: string, options: ConstructorParameters<typeof AnnotationStore>[0] = {}): void {
  const store = new AnnotationStore({ pageCount: 6, ...options });
  store.importInstantJson(text);
  const exported = store.exportInstantJson();
  expect(exported).to.deep.equal(JSON.parse(text));
  // And through text again, as a host would store it.
  const again = new AnnotationStore({ pageCount: 6, ...options });
  again.importInstantJson(JSON.stringify(exported));
  expect(again.exportInstantJson()).to.deep.equal(JSON.parse(text));
}

function expectRejected(run: () => unknown, path: string): InstantJsonError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(InstantJsonError);
    expect((error as InstantJsonError).path).to.equal(path);
    return error as InstantJsonError;
  }
  throw new Error(`expected an InstantJsonError at ${path}, but nothing was thrown`);
}

const COMPLETE_RECORDS = Object.entries(SPEC_ANNOTATION_EXAMPLES).filter(
  ([name]) => name !== 'base' && name !== 'shapeGeneric',
);

describe('spec examples (002: one per annotation type)', () => {
  it('covers one example for each kind the guide shows', () => {
    const types = COMPLETE_RECORDS.map(([, text]) => (JSON.parse(text) as { type: string }).type);
    expect(types).to.have.members([
      'pspdfkit/markup/highlight',
      'pspdfkit/markup/redaction',
      'pspdfkit/text',
      'pspdfkit/ink',
      'pspdfkit/link',
      'pspdfkit/note',
      'pspdfkit/shape/ellipse',
      'pspdfkit/shape/rectangle',
      'pspdfkit/shape/line',
      'pspdfkit/shape/polyline',
      'pspdfkit/shape/polygon',
      'pspdfkit/image',
      'pspdfkit/stamp',
    ]);
  });

  for (const [name, text] of COMPLETE_RECORDS) {
    it(`${name}: imports, is shown as given, and round-trips`, () => {
      const record = JSON.parse(text) as { id: string; pageIndex: number };
      roundTrip(documentText(text));
      const store = new AnnotationStore({ pageCount: 6 });
      store.importInstantJson(documentText(text));
      expect(store.getAnnotations(record.pageIndex)).to.deep.equal([record]);
      expect(store.getAnnotation(record.id)).to.deep.equal(record);
    });
  }

  it('polyline: the duplicate "fillColor" key keeps its last value, as JSON.parse does', () => {
    const doc = parseInstantJson(documentText(SPEC_ANNOTATION_EXAMPLES.polyline));
    expect(doc.annotations![0]).to.have.property('fillColor', '#ff0000');
  });

  it('base (BaseAnnotation, no type): rejected at its type, accepted once a type is added', () => {
    const error = expectRejected(
      () => parseInstantJson(documentText(SPEC_ANNOTATION_EXAMPLES.base)),
      'annotations[0].type',
    );
    expect(error.message).to.contain('required key is missing');
    const withType = SPEC_ANNOTATION_EXAMPLES.base.replace('{', '{"type": "pspdfkit/comment-marker",');
    roundTrip(documentText(withType));
  });

  it('shapeGeneric: round-trips as a rectangle and an ellipse; a line still needs its points', () => {
    for (const type of ['pspdfkit/shape/rectangle', 'pspdfkit/shape/ellipse']) {
      roundTrip(documentText(SPEC_ANNOTATION_EXAMPLES.shapeGeneric.replace('{', `{"type": "${type}",`)));
    }
    const line = SPEC_ANNOTATION_EXAMPLES.shapeGeneric.replace('{', '{"type": "pspdfkit/shape/line",');
    expectRejected(() => parseInstantJson(documentText(line)), 'annotations[0].startPoint');
  });
});

describe('spec examples (001: document format)', () => {
  it('the sample document imports and round-trips with its own pdfId', () => {
    const doc = JSON.parse(SPEC_GUIDE_EXAMPLES.guideDocument) as { pdfId: { permanent: string; changing: string } };
    roundTrip(SPEC_GUIDE_EXAMPLES.guideDocument, { pdfId: doc.pdfId });
    roundTrip(SPEC_GUIDE_EXAMPLES.guideDocument, { pdfId: null });
  });

  it('the sample document says: original 557 skipped, the ink annotation new', () => {
    const store = new AnnotationStore();
    store.importInstantJson(SPEC_GUIDE_EXAMPLES.guideDocument);
    store.addOriginals(0, [
      { v: 1, type: 'pspdfkit/shape/rectangle', pdfObjectId: 557, bbox: [0, 0, 10, 10] },
      { v: 1, type: 'pspdfkit/shape/rectangle', pdfObjectId: 558, bbox: [0, 0, 10, 10] },
    ]);
    expect(store.getAnnotations(0).map((a) => a.id)).to.deep.equal(['558', '01CHG7QMTDT1JFYQ8BSKGT6F3P']);
  });

  it('the sample document is rejected for a PDF with another permanent id', () => {
    const store = new AnnotationStore({ pdfId: { permanent: 'AAAAAAAAAAAAAAAAAAAAAA==', changing: 'x' } });
    const error = expectRejected(() => store.importInstantJson(SPEC_GUIDE_EXAMPLES.guideDocument), 'pdfId.permanent');
    expect(error.message).to.contain('AAAAAAAAAAAAAAAAAAAAAA==').and.to.contain('qTwUmg5VSm6ysfzcPlFvnQ==');
  });

  it('the sample ink record (ToJson output, no id) is an annotation input: created with every field kept', () => {
    const record = JSON.parse(SPEC_GUIDE_EXAMPLES.guideInkRecord) as AnnotationInput;
    // In a document it is accepted too, shown with a session id and written back without one.
    const text = documentText(SPEC_GUIDE_EXAMPLES.guideInkRecord);
    const imported = new AnnotationStore();
    imported.importInstantJson(text);
    expect(imported.exportInstantJson()).to.deep.equal(JSON.parse(text));
    expect(imported.getAnnotations()[0]!.id).to.be.a('string').and.not.equal('');
    const store = new AnnotationStore();
    const created = store.createAnnotation(record);
    expect(created).to.deep.equal({ ...record, id: created.id });
    expect(created.id).to.match(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(store.exportInstantJson()).to.deep.equal({ format: INSTANT_JSON_FORMAT, annotations: [created] });
  });
});
