/**
 * The PDF's own annotations: drawn by pdf.js until edited, then left off the
 * canvas and drawn by us; gone when deleted; back on undo — with the canvas
 * swap and the layer change landing together, and the rest of the page
 * untouched.
 */
import { expect } from '@open-wc/testing';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation, Rect } from '../../src/model/index.js';
import { CORPUS, cleanupViewers, mountViewer, near, nextEvent, page, renderedCanvas } from '../helpers/viewer-fixture.js';
import { annotationBox, pagePixels, settled, WHITE, type Frame } from '../helpers/annotation-kit.js';

async function openCorpus(file: string, attributes: Record<string, string> = { zoom: '1' }): Promise<InstantPdfViewer> {
  const viewer = mountViewer(attributes, { width: 900, height: 1100 });
  const loaded = nextEvent(viewer, 'document-loaded');
  viewer.src = `${CORPUS}/${file}`;
  await loaded;
  await renderedCanvas(viewer, 0);
  await settled(viewer);
  return viewer;
}

/** The unrotated crop box size of page 0, from the page element and the viewer's scale. */
function frameOf(viewer: InstantPdfViewer): Frame {
  const box = page(viewer, 0).getBoundingClientRect();
  const k = viewer.currentScale * (96 / 72);
  return { width: box.width / k, height: box.height / k, rotate: 0 };
}

/** Share of clearly non-white pixels of the canvas inside a page rect (page points). */
function canvasInk(viewer: InstantPdfViewer, rect: Rect): number {
  const canvas = page(viewer, 0).querySelector('canvas')!;
  const frame = frameOf(viewer);
  const sx = canvas.width / frame.width;
  const sy = canvas.height / frame.height;
  const [x, y, w, h] = rect;
  const data = canvas.getContext('2d')!.getImageData(Math.floor(x * sx), Math.floor(y * sy), Math.ceil(w * sx), Math.ceil(h * sy)).data;
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) ink++;
  return ink / (data.length / 4);
}

/** Canvas pixels outside a rect, to check that nothing else on the page moved. */
function canvasOutside(viewer: InstantPdfViewer, rect: Rect): Uint8ClampedArray {
  const canvas = page(viewer, 0).querySelector('canvas')!;
  const frame = frameOf(viewer);
  const s = canvas.width / frame.width;
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.slice();
  const [x, y, w, h] = rect;
  const margin = 3;
  for (let py = Math.max(0, Math.floor((y - margin) * s)); py < Math.min(canvas.height, Math.ceil((y + h + margin) * s)); py++) {
    for (let px = Math.max(0, Math.floor((x - margin) * s)); px < Math.min(canvas.width, Math.ceil((x + w + margin) * s)); px++) {
      data.fill(0, (py * canvas.width + px) * 4, (py * canvas.width + px) * 4 + 4);
    }
  }
  return data;
}

function countDifferent(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let different = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 30) different++;
  }
  return different;
}

async function firstOfType(viewer: InstantPdfViewer, type: string): Promise<Annotation> {
  const found = (await viewer.getAnnotations(0)).find((a) => a.type === type);
  if (!found) throw new Error(`no ${type} on page 1`);
  return found;
}

describe('original annotations from the PDF', () => {
  afterEach(cleanupViewers);

  it('are drawn by pdf.js, with an empty target box carrying data-annotation-id', async () => {
    const viewer = await openCorpus('pdfjs/annotation-square-circle.pdf');
    const square = await firstOfType(viewer, 'pspdfkit/shape/rectangle');
    const box = annotationBox(viewer, square.id)!;
    expect(box, 'box of the original').to.exist;
    expect(box.classList.contains('original')).to.be.true;
    expect(box.childElementCount, 'we draw nothing over the PDF’s own appearance').to.equal(0);
    expect(canvasInk(viewer, square.bbox), 'the canvas shows the square').to.be.greaterThan(0.02);
  });

  it('once edited, leave the canvas and are drawn by us; the rest of the page is unchanged', async () => {
    const viewer = await openCorpus('pdfjs/annotation-square-circle.pdf');
    const square = await firstOfType(viewer, 'pspdfkit/shape/rectangle');
    const [x, y, w, h] = square.bbox;
    const before = canvasOutside(viewer, square.bbox);
    const moved: Rect = [x, y + h + 40, w, h];
    viewer.updateAnnotation({ ...square, bbox: moved, strokeColor: '#00aa00', strokeWidth: 6 } as Annotation);
    await settled(viewer);

    expect(canvasInk(viewer, square.bbox), 'old appearance gone from the canvas').to.be.lessThan(0.005);
    const box = annotationBox(viewer, square.id)!;
    expect(box.classList.contains('original') || box.classList.contains('pending')).to.be.false;
    const pixels = await pagePixels(viewer, 0, frameOf(viewer));
    expect(near(pixels.at([x + 1.5, moved[1] + h / 2]), [0, 170, 0], 60), 'our green stroke at the new place').to.be.true;
    expect(near(pixels.at([x + 1.5, y + h / 2]), WHITE, 10), 'nothing left at the old place').to.be.true;
    const after = canvasOutside(viewer, square.bbox);
    expect(countDifferent(before, after), 'pixels changed outside the annotation').to.equal(0);
  });

  it('once deleted, are gone; undo brings them back as the PDF draws them', async () => {
    const viewer = await openCorpus('pdfjs/annotation-square-circle.pdf');
    const circle = await firstOfType(viewer, 'pspdfkit/shape/ellipse');
    const inkBefore = canvasInk(viewer, circle.bbox);
    expect(inkBefore).to.be.greaterThan(0.02);

    viewer.deleteAnnotation(circle.id);
    await settled(viewer);
    expect(annotationBox(viewer, circle.id)).to.equal(null);
    expect(canvasInk(viewer, circle.bbox)).to.be.lessThan(0.005);
    expect(viewer.exportInstantJson().skippedPdfObjectIds).to.deep.equal([circle.pdfObjectId]);

    viewer.undo();
    await settled(viewer);
    expect(canvasInk(viewer, circle.bbox)).to.be.closeTo(inkBefore, 0.002);
    expect(annotationBox(viewer, circle.id)!.classList.contains('original')).to.be.true;
  });

  it('swap canvas and drawing in one task, so no frame shows both versions or neither', async () => {
    const viewer = await openCorpus('pdfjs/annotation-square-circle.pdf');
    const square = await firstOfType(viewer, 'pspdfkit/shape/rectangle');
    const pageElement = page(viewer, 0);
    const batches: MutationRecord[][] = [];
    const observer = new MutationObserver((records) => batches.push(records));
    observer.observe(pageElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });

    viewer.updateAnnotation({ ...square, strokeColor: '#00aa00' } as Annotation);
    await Promise.resolve();
    await Promise.resolve();
    const box = annotationBox(viewer, square.id)!;
    expect(box.classList.contains('pending'), 'drawn but hidden while the canvas still shows the old look').to.be.true;
    await settled(viewer);
    observer.disconnect();

    const isCanvasSwap = (record: MutationRecord) => [...record.addedNodes].some((node) => node.nodeName === 'CANVAS');
    const isReveal = (record: MutationRecord) =>
      record.type === 'attributes' && (record.target as Element).getAttribute('data-annotation-id') === square.id && !(record.target as Element).classList.contains('pending');
    const swapBatch = batches.findIndex((records) => records.some(isCanvasSwap));
    const revealBatch = batches.findIndex((records) => records.some(isReveal));
    expect(swapBatch, 'a new canvas came').to.be.greaterThan(-1);
    expect(revealBatch, 'reveal lands with the canvas').to.equal(swapBatch);
  });

  it('stay hidden from the first frame when the Instant JSON given with the PDF skips them', async () => {
    const probe = await openCorpus('pdfjs/annotation-square-circle.pdf');
    const square = await firstOfType(probe, 'pspdfkit/shape/rectangle');
    const pdfId = probe.pdfId;
    cleanupViewers();

    const viewer = mountViewer({ zoom: '1' }, { width: 900, height: 1100 });
    viewer.instantJson = { format: 'https://pspdfkit.com/instant-json/v1', pdfId: pdfId ?? undefined, skippedPdfObjectIds: [square.pdfObjectId!] } as never;
    const loaded = nextEvent(viewer, 'document-loaded');
    viewer.src = `${CORPUS}/pdfjs/annotation-square-circle.pdf`;
    await renderedCanvas(viewer, 0);
    // The very first canvas already leaves the square out.
    expect(canvasInk(viewer, square.bbox)).to.be.lessThan(0.005);
    await loaded;
    expect(viewer.exportInstantJson().skippedPdfObjectIds).to.deep.equal([square.pdfObjectId]);
  });
});
