/**
 * The real Instant JSON files of ../shared/corpus/instant-json/, read from the
 * test server (they have no licence, so they are never copied here).
 */
import { expect } from '@open-wc/testing';
import {
  AnnotationStore,
  type InstantJson,
  InstantJsonError,
  type PdfId,
  parseInstantJson,
} from '../../src/model/index.js';
import { describe, it } from './mocha.js';

const CORPUS_FILES = [
  'PSPDFKit-labs__InstantJSONExample/instant.json',
  'PSPDFKit-labs__InstantJSONExample/redaction.json',
  'PSPDFKit-labs__PSPDFKitDotNetExample/instant.json',
  'oguzeray__pspdfkit-spike/instant.json',
  'avinayak__nutrient_collab_test/instant_json.json',
  'avinayak__nutrient_collab_test/instant_json@115078e.json',
  'jonaddams__nutrient-sdk-samples/alex.json',
  'jonaddams__nutrient-sdk-samples/jordan.json',
  'jonaddams__nutrient-sdk-samples/sam.json',
];

async function corpusText(path: string): Promise<string> {
  const response = await fetch(`/corpus/instant-json/${path}`);
  expect(response.status, path).to.equal(200);
  return response.text();
}

/** A store for the PDF a file was written for: the file's own pdfId (or none). */
function storeFor(text: string): AnnotationStore {
  const pdfId = (JSON.parse(text) as { pdfId?: PdfId | null }).pdfId ?? null;
  return new AnnotationStore({ pdfId });
}

describe('real Instant JSON files (corpus)', () => {
  for (const path of CORPUS_FILES) {
    it(`${path}: imports and exports unchanged`, async () => {
      const text = await corpusText(path);
      const store = storeFor(text);
      store.importInstantJson(text);
      const exported = store.exportInstantJson();
      expect(exported).to.deep.equal(JSON.parse(text));
      // Same key order too, at every level.
      expect(JSON.stringify(exported)).to.equal(JSON.stringify(JSON.parse(text)));
      // Every record is shown.
      const ids = (exported.annotations ?? []).map((a) => a.id);
      expect(store.getAnnotations().map((a) => a.id)).to.have.members(ids);
    });

    it(`${path}: imports from an object as well as from text`, async () => {
      const text = await corpusText(path);
      const store = storeFor(text);
      const object = JSON.parse(text) as InstantJson;
      store.importInstantJson(object);
      expect(store.exportInstantJson()).to.deep.equal(JSON.parse(text));
      expect(Object.isFrozen(object), 'the caller’s object is not frozen').to.equal(false);
    });
  }

  it('PSPDFKitDotNetExample: "\\/"-escaped text parses to the same values', async () => {
    const text = await corpusText('PSPDFKit-labs__PSPDFKitDotNetExample/instant.json');
    expect(text).to.contain('pspdfkit\\/note');
    const doc = parseInstantJson(text);
    expect(doc.format).to.equal('https://pspdfkit.com/instant-json/v1');
    expect(doc.annotations!.map((a) => a.type)).to.deep.equal(['pspdfkit/shape/rectangle', 'pspdfkit/note']);
    // The degenerate rectangle is legal.
    expect(doc.annotations![0]!.bbox).to.deep.equal([0, 842, 0, 0]);
  });

  it('PSPDFKitDotNetExample: the note replaces original 162 when that page is read, without being listed as skipped', async () => {
    const text = await corpusText('PSPDFKit-labs__PSPDFKitDotNetExample/instant.json');
    const store = new AnnotationStore();
    store.importInstantJson(text);
    store.addOriginals(0, [
      { v: 1, type: 'pspdfkit/note', pdfObjectId: 162, bbox: [146, 442, 18, 20], text: 'Old', color: '#0000FF' },
    ]);
    const shown = store.getAnnotations(0).filter((a) => a.id === '162');
    expect(shown).to.have.length(1);
    expect(shown[0]).to.have.property('text', 'New Contents');
    expect(store.exportInstantJson()).to.deep.equal(JSON.parse(text));
  });

  it('jonaddams files: accepted by their PDF (same pdfId), rejected by another', async () => {
    const text = await corpusText('jonaddams__nutrient-sdk-samples/alex.json');
    const own = new AnnotationStore({ pdfId: { permanent: 'c2qdqEJRJUjp8AAOsRF1kA==', changing: 'c2qdqEJRJUjp8AAOsRF1kA==' } });
    own.importInstantJson(text);
    expect(own.getAnnotations(0)).to.have.length(14);

    const other = new AnnotationStore({ pdfId: { permanent: 'q7kCvd9QOQN65Y4m3W929g==', changing: 'q7kCvd9QOQN65Y4m3W929g==' } });
    const before = other.exportInstantJson();
    expect(() => other.importInstantJson(text))
      .to.throw(InstantJsonError, 'c2qdqEJRJUjp8AAOsRF1kA==')
      .with.property('path', 'pdfId.permanent');
    expect(other.exportInstantJson()).to.equal(before);
  });

  it('avinayak file ("pdfId": null) applies to a PDF that has an id', async () => {
    const text = await corpusText('avinayak__nutrient_collab_test/instant_json.json');
    const pdfId = { permanent: 'q7kCvd9QOQN65Y4m3W929g==', changing: 'q7kCvd9QOQN65Y4m3W929g==' };
    const store = new AnnotationStore({ pdfId });
    store.importInstantJson(text);
    const exported = store.exportInstantJson();
    expect(exported.pdfId).to.deep.equal(pdfId);
    expect(exported.formFields).to.deep.equal((JSON.parse(text) as InstantJson).formFields);
    expect(store.getFormFieldValues().map((v) => v.name)).to.have.length(4);
  });

  it('the negative example (not Instant JSON) is rejected with a path', async () => {
    const text = await corpusText('_negative/nutrient-dws-mcp-server__example.json');
    const store = new AnnotationStore();
    expect(() => store.importInstantJson(text))
      .to.throw(InstantJsonError, 'format: required key is missing')
      .with.property('path', 'format');
    // Even with a format, its annotation type is not an Instant JSON type.
    const withFormat = { ...(JSON.parse(text) as object), format: 'https://pspdfkit.com/instant-json/v1' };
    expect(() => store.importInstantJson(withFormat))
      .to.throw(InstantJsonError, 'found "text"')
      .with.property('path', 'annotations[0].type');
    expect(store.exportInstantJson()).to.deep.equal({ format: 'https://pspdfkit.com/instant-json/v1' });
  });
});
