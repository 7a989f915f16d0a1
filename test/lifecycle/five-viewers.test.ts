/**
 * Five viewers on one page, each with its own document: what happens in one
 * (edits, imports, undo, events, the PDF's own annotations) never shows in
 * another.
 */
import { expect } from '@open-wc/testing';
import type { AnnotationsChangedDetail, DocumentLoadedDetail } from '../../src/events.js';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation, AnnotationInput } from '../../src/model/index.js';
import { CORPUS, cleanupViewers, mountViewer, nextEvent, renderedCanvas, waitFor } from '../helpers/viewer-fixture.js';

const DOCUMENTS = [
  `${CORPUS}/pdfjs/issue14438.pdf`,
  `${CORPUS}/py-pdf-sample-files/habibi-rotated.pdf`,
  `${CORPUS}/pdfjs/annotation-square-circle.pdf`,
  `${CORPUS}/pdfjs/annotation-highlight.pdf`,
  `${CORPUS}/pdfjs/annotation-line.pdf`,
];

const rectangle = (x: number): AnnotationInput => ({
  type: 'pspdfkit/shape/rectangle',
  pageIndex: 0,
  bbox: [x, 40, 30, 30],
  strokeColor: '#FF0000',
  strokeWidth: 2,
});

interface Watched {
  viewer: InstantPdfViewer;
  changes: AnnotationsChangedDetail[];
}

async function mountFive(): Promise<Watched[]> {
  const watched = DOCUMENTS.map(() => {
    const viewer = mountViewer({ zoom: '0.5' }, { width: 300, height: 300 });
    const changes: AnnotationsChangedDetail[] = [];
    viewer.addEventListener('annotations-changed', (event) => changes.push(event.detail));
    return { viewer, changes };
  });
  const loaded = watched.map(({ viewer }) => nextEvent<DocumentLoadedDetail>(viewer, 'document-loaded', 30000));
  watched.forEach(({ viewer }, i) => (viewer.src = DOCUMENTS[i]!));
  await Promise.all(loaded);
  await Promise.all(watched.map(({ viewer }) => renderedCanvas(viewer, 0, 30000)));
  return watched;
}

const annotationIds = (viewer: InstantPdfViewer) => (viewer.exportInstantJson().annotations ?? []).map((a) => a.id);

describe('five viewers on one page', () => {
  afterEach(cleanupViewers);

  it('keep their documents, annotations, events and undo apart', async () => {
    const five = await mountFive();
    const originals = await Promise.all(five.map(({ viewer }) => viewer.getAnnotations(0)));
    const pdfIds = five.map(({ viewer }) => JSON.stringify(viewer.pdfId));
    expect(new Set(pdfIds).size, 'each viewer reports its own pdfId').to.equal(5);

    // An annotation made in each viewer appears there only, and only that viewer fires.
    const created: Annotation[] = [];
    five.forEach(({ viewer }, i) => created.push(viewer.createAnnotation(rectangle(20 + i * 10))));
    await Promise.all(
      five.map(({ viewer }, i) => waitFor(() => viewer.shadowRoot!.querySelector(`[data-annotation-id="${created[i]!.id}"]`), `annotation ${i} on screen`)),
    );
    five.forEach(({ viewer, changes }, i) => {
      expect(annotationIds(viewer)).to.deep.equal([created[i]!.id]);
      expect(changes.map((change) => change.created.map((a) => a.id))).to.deep.equal([[created[i]!.id]]);
      for (const other of created.filter((_, j) => j !== i)) {
        expect(viewer.shadowRoot!.querySelector(`[data-annotation-id="${other.id}"]`)).to.equal(null);
      }
    });

    // Undo in viewer 2 takes back only viewer 2's annotation.
    five[2]!.viewer.undo();
    expect(annotationIds(five[2]!.viewer)).to.deep.equal([]);
    expect(five[2]!.changes).to.have.length(2);
    five.forEach(({ viewer, changes }, i) => {
      if (i === 2) return;
      expect(annotationIds(viewer)).to.deep.equal([created[i]!.id]);
      expect(changes).to.have.length(1);
      expect(viewer.canUndo).to.equal(true);
    });
    expect(five[2]!.viewer.canRedo).to.equal(true);
    expect(five.filter(({ viewer }) => viewer.canRedo)).to.have.length(1);

    // Deleting one of the PDF's own annotations in viewer 0 touches no other viewer's originals.
    const [firstOriginal] = originals[0]!;
    five[0]!.viewer.deleteAnnotation(firstOriginal!.id);
    expect(five[0]!.viewer.exportInstantJson().skippedPdfObjectIds).to.deep.equal([firstOriginal!.pdfObjectId]);
    const afterwards = await Promise.all(five.map(({ viewer }) => viewer.getAnnotations(0)));
    afterwards.slice(1).forEach((annotations, i) => {
      expect(annotations.filter((a) => a.pdfObjectId !== undefined).length).to.equal(originals[i + 1]!.length);
      expect(five[i + 1]!.viewer.exportInstantJson()).to.not.have.property('skippedPdfObjectIds');
    });

    // An import into viewer 4 replaces its changes only.
    const json = five[3]!.viewer.exportInstantJson();
    const rejected = await five[4]!.viewer.importInstantJson(json).then(
      () => 'resolved',
      (error: Error) => error.name,
    );
    expect(rejected, 'JSON of another PDF is refused').to.equal('InstantJsonError');
    await five[4]!.viewer.importInstantJson({ format: json.format, annotations: json.annotations });
    expect(annotationIds(five[4]!.viewer)).to.deep.equal([created[3]!.id]);
    expect(annotationIds(five[3]!.viewer)).to.deep.equal([created[3]!.id]);
    expect(five[3]!.changes).to.have.length(1);

    // Removing one viewer leaves the others working.
    five[1]!.viewer.remove();
    five[0]!.viewer.createAnnotation(rectangle(200));
    expect(annotationIds(five[0]!.viewer)).to.have.length(2);
    expect(five[3]!.viewer.exportInstantJson().annotations).to.have.length(1);
  });
});
