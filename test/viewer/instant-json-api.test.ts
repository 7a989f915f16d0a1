import { expect } from '@open-wc/testing';
import type { AnnotationsChangedDetail, DocumentErrorDetail } from '../../src/events.js';
import type { Annotation, AnnotationInput, InstantJson } from '../../src/model/index.js';
import { CORPUS, cleanupViewers, mountViewer, nextEvent } from '../helpers/viewer-fixture.js';

const QUIZ_PDF = '/corpus/instant-json/jonaddams__nutrient-sdk-samples/solar-system-quiz.pdf';
const ALEX_JSON = '/corpus/instant-json/jonaddams__nutrient-sdk-samples/alex.json';
const MIXED = `${CORPUS}/pdfjs/issue14438.pdf`;
const FORMAT = 'https://pspdfkit.com/instant-json/v1';

async function fetchJson(url: string): Promise<InstantJson> {
  return (await fetch(url)).json();
}

const rectangle: AnnotationInput = {
  type: 'pspdfkit/shape/rectangle',
  pageIndex: 0,
  bbox: [100, 120, 50, 40],
  strokeColor: '#FF0000',
  strokeWidth: 2,
};

describe('Instant JSON through the element', () => {
  afterEach(cleanupViewers);

  it('exports just the format and pdfId for an untouched document', async () => {
    const viewer = mountViewer();
    await viewer.load(QUIZ_PDF);
    expect(viewer.exportInstantJson()).to.deep.equal({
      format: FORMAT,
      pdfId: { permanent: 'c2qdqEJRJUjp8AAOsRF1kA==', changing: 'c2qdqEJRJUjp8AAOsRF1kA==' },
    });
  });

  it('applies the instant-json attribute on load and exports it back unchanged', async () => {
    const expected = await fetchJson(ALEX_JSON);
    const viewer = mountViewer({ 'instant-json': ALEX_JSON });
    let changes = 0;
    viewer.addEventListener('annotations-changed', () => changes++);
    await viewer.load(QUIZ_PDF);
    expect(viewer.exportInstantJson()).to.deep.equal(expected);
    expect(JSON.stringify(viewer.exportInstantJson())).to.equal(JSON.stringify(expected));
    expect(viewer.canUndo, 'what came with the document is not an edit').to.equal(false);
    expect(changes).to.equal(1);
    const shown = await viewer.getAnnotations(0);
    expect(shown.filter((a) => a.type === 'pspdfkit/ink')).to.have.length(7);
    expect(shown.filter((a) => a.type === 'pspdfkit/text')).to.have.length(7);
  });

  it('takes Instant JSON as a load option or as the property (object or text)', async () => {
    const json = await fetchJson(ALEX_JSON);
    const viewer = mountViewer();
    await viewer.load(QUIZ_PDF, { instantJson: json });
    expect(viewer.exportInstantJson()).to.deep.equal(json);

    await viewer.load(QUIZ_PDF);
    expect(viewer.exportInstantJson()).to.not.have.property('annotations');
    const applied = nextEvent<AnnotationsChangedDetail>(viewer, 'annotations-changed');
    viewer.instantJson = JSON.stringify(json);
    expect((await applied).detail.source).to.equal('import');
    expect(viewer.exportInstantJson()).to.deep.equal(json);
    expect(viewer.hasAttribute('instant-json'), 'JSON text does not reflect').to.equal(false);
  });

  it('applies an instantJson property set while the PDF is still loading', async () => {
    const json = await fetchJson(ALEX_JSON);
    const viewer = mountViewer();
    viewer.src = QUIZ_PDF;
    await viewer.updateComplete;
    // A framework that fetches the saved JSON after setting src sets it a little later.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const applied = nextEvent<AnnotationsChangedDetail>(viewer, 'annotations-changed');
    viewer.instantJson = json;
    await applied;
    expect(viewer.exportInstantJson()).to.deep.equal(json);
  });

  it('rejects JSON made for another PDF, reports it, and keeps the PDF and earlier changes', async () => {
    const viewer = mountViewer();
    await viewer.load(MIXED);
    const mine = viewer.createAnnotation(rectangle);
    const before = viewer.exportInstantJson();
    const error = await viewer.importInstantJson(await fetchJson(ALEX_JSON)).then(
      () => undefined,
      (reason: Error & { path?: string }) => reason,
    );
    expect(error?.name).to.equal('InstantJsonError');
    expect(error?.path).to.equal('pdfId.permanent');
    expect(viewer.exportInstantJson()).to.deep.equal(before);
    expect((await viewer.getAnnotations(0)).some((a) => a.id === mine.id)).to.equal(true);

    // With the attribute, the PDF still opens and the mismatch arrives as document-error.
    const other = mountViewer({ 'instant-json': ALEX_JSON });
    const reported = nextEvent<DocumentErrorDetail>(other, 'document-error');
    const loaded = nextEvent(other, 'document-loaded');
    const result = await other.load(MIXED).then(
      () => 'resolved',
      (reason: Error) => reason.name,
    );
    await loaded;
    expect(result).to.equal('InstantJsonError');
    expect((await reported).detail.error.name).to.equal('InstantJsonError');
    expect(other.pageCount).to.equal(1);
    expect(other.exportInstantJson()).to.not.have.property('annotations');
  });

  it('rejects malformed JSON with a path and loses nothing', async () => {
    const viewer = mountViewer();
    await viewer.load(MIXED);
    viewer.createAnnotation(rectangle);
    const before = viewer.exportInstantJson();
    const cases: [unknown, string][] = [
      ['{ not json', ''],
      [{ annotations: [] }, 'format'],
      [{ format: FORMAT, annotations: [{ ...rectangle, v: 2, id: 'x', bbox: 'abc' }] }, 'annotations[0].bbox'],
      [{ format: FORMAT, annotations: [{ ...rectangle, v: 2, id: 'x', pageIndex: 3 }] }, 'annotations[0].pageIndex'],
      [await fetchJson('/corpus/instant-json/_negative/nutrient-dws-mcp-server__example.json'), ''],
    ];
    for (const [input, path] of cases) {
      const error = await viewer.importInstantJson(input as InstantJson).then(
        () => undefined,
        (reason: Error & { path?: string }) => reason,
      );
      expect(error?.name, JSON.stringify(input).slice(0, 60)).to.equal('InstantJsonError');
      if (path) expect(error?.path).to.equal(path);
      expect(error?.message.length).to.be.greaterThan(10);
      expect(viewer.exportInstantJson()).to.deep.equal(before);
    }
  });

  it('exposes the PDF’s own annotations with pdfObjectId, and edits them as a diff', async () => {
    const viewer = mountViewer();
    await viewer.load(MIXED);
    const originals = await viewer.getAnnotations();
    expect(originals.length).to.be.greaterThan(10);
    for (const annotation of originals) {
      expect(annotation.pdfObjectId).to.be.a('number');
      expect(annotation.id).to.equal(String(annotation.pdfObjectId));
    }
    const types = new Set(originals.map((a) => a.type));
    for (const type of ['pspdfkit/text', 'pspdfkit/ink', 'pspdfkit/shape/line', 'pspdfkit/shape/ellipse', 'pspdfkit/markup/highlight']) {
      expect(types, type).to.include(type);
    }

    const [edited, deleted] = originals.filter((a) => a.type === 'pspdfkit/ink' || a.type === 'pspdfkit/shape/line') as [
      Annotation,
      Annotation,
    ];
    const changed = nextEvent<AnnotationsChangedDetail>(viewer, 'annotations-changed');
    const updated = viewer.updateAnnotation({ ...edited, opacity: 0.5 });
    const { detail } = await changed;
    expect(detail.source).to.equal('api');
    expect(detail.updated.map((a) => a.id)).to.deep.equal([edited.id]);
    expect(detail.instantJson).to.deep.equal(viewer.exportInstantJson());
    expect(updated.pdfObjectId).to.equal(edited.pdfObjectId);
    expect(updated.updatedAt).to.not.equal(edited.updatedAt);

    viewer.deleteAnnotation(deleted.id);
    const created = viewer.createAnnotation(rectangle);
    expect(created.id).to.match(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(created.pdfObjectId).to.equal(undefined);

    const exported = viewer.exportInstantJson();
    expect(exported.skippedPdfObjectIds).to.have.members([edited.pdfObjectId, deleted.pdfObjectId]);
    expect(exported.annotations!.map((a) => a.id)).to.deep.equal([edited.id, created.id]);
    expect(exported.annotations![0]!.opacity).to.equal(0.5);

    // The diff imports back into a fresh viewer of the same PDF and shows the same thing.
    const again = mountViewer();
    await again.load(MIXED, { instantJson: exported });
    const shownAgain = (await again.getAnnotations()).map((a) => a.id).sort();
    const shownHere = (await viewer.getAnnotations()).map((a) => a.id).sort();
    expect(shownAgain).to.deep.equal(shownHere);
    expect(again.exportInstantJson()).to.deep.equal(exported);
  });

  it('edits the PDF’s own annotations by id right after load', async () => {
    const viewer = mountViewer();
    await viewer.load(MIXED);
    const [first] = await new Promise<Annotation[]>((resolve) => {
      // Ask a second viewer for the ids so this one has not been asked to read anything.
      const probe = mountViewer();
      void probe.load(MIXED).then(() => probe.getAnnotations(0).then(resolve));
    });
    viewer.deleteAnnotation(first!.id);
    expect(viewer.exportInstantJson().skippedPdfObjectIds).to.deep.equal([first!.pdfObjectId]);
  });

  it('fills in ids, versions, dates and the author; undo and redo walk the history', async () => {
    const viewer = mountViewer({ author: 'Ada' });
    await viewer.load(MIXED);
    const created = viewer.createAnnotation(rectangle);
    expect(created.v).to.equal(2);
    expect(created.creatorName).to.equal('Ada');
    expect(Date.parse(created.createdAt!)).to.be.closeTo(Date.now(), 60000);
    expect(viewer.canUndo).to.equal(true);

    const sources: string[] = [];
    viewer.addEventListener('annotations-changed', (event) => sources.push(event.detail.source));
    viewer.undo();
    expect(viewer.exportInstantJson()).to.not.have.property('annotations');
    expect(viewer.canRedo).to.equal(true);
    viewer.redo();
    expect(viewer.exportInstantJson().annotations).to.have.length(1);
    expect(sources).to.deep.equal(['history', 'history']);

    for (let i = 0; i < 120; i++) viewer.createAnnotation({ ...rectangle, bbox: [i, i, 10, 10] } as AnnotationInput);
    for (let i = 0; i < 120; i++) viewer.undo();
    expect(viewer.exportInstantJson().annotations).to.have.length(1);
  });

  it('the event snapshot stays the export of its own moment', async () => {
    const viewer = mountViewer();
    await viewer.load(MIXED);
    const details: AnnotationsChangedDetail[] = [];
    viewer.addEventListener('annotations-changed', (event) => details.push(event.detail));
    viewer.createAnnotation(rectangle);
    viewer.createAnnotation({ ...rectangle, bbox: [1, 2, 3, 4] } as AnnotationInput);
    expect(details[0]!.instantJson.annotations).to.have.length(1);
    expect(details[1]!.instantJson.annotations).to.have.length(2);
    expect(details[1]!.instantJson).to.deep.equal(viewer.exportInstantJson());
  });

  it('refuses edits before a document is loaded, with a clear message', async () => {
    const viewer = mountViewer();
    expect(() => viewer.createAnnotation(rectangle)).to.throw(/No document is loaded/);
    expect(viewer.exportInstantJson()).to.deep.equal({ format: FORMAT });
    const refused = await viewer.getAnnotations(0).then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    expect(refused).to.match(/No document is loaded/);
    // Called while a load is under way, it waits for the document.
    const loading = viewer.load(MIXED);
    expect((await viewer.getAnnotations(0)).length).to.be.greaterThan(0);
    await loading;
  });
});
