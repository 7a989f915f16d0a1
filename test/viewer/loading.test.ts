import { expect } from '@open-wc/testing';
import type { DocumentLoadedDetail } from '../../src/events.js';
import { CSS_UNITS } from '../../src/pdf/page-view.js';
import {
  CORPUS,
  cleanupViewers,
  fetchBytes,
  inkStats,
  mountViewer,
  nextEvent,
  page,
  pages,
  renderedCanvas,
} from '../helpers/viewer-fixture.js';

/** The page's on-screen size divided by the zoom: its size in PDF points. */
function pointsOf(element: HTMLElement, scale: number): { width: number; height: number } {
  const box = element.getBoundingClientRect();
  return { width: box.width / scale / CSS_UNITS, height: box.height / scale / CSS_UNITS };
}

describe('loading documents', () => {
  afterEach(cleanupViewers);

  it('loads from the src attribute and reports page count and pdfId', async () => {
    const viewer = mountViewer();
    const loaded = nextEvent<DocumentLoadedDetail>(viewer, 'document-loaded');
    viewer.setAttribute('src', '/corpus/instant-json/jonaddams__nutrient-sdk-samples/solar-system-quiz.pdf');
    const { detail } = await loaded;
    expect(detail.pageCount).to.equal(1);
    // The trailer /ID of this file, base64-encoded: the pdfId its real Instant JSON files carry.
    expect(detail.pdfId).to.deep.equal({ permanent: 'c2qdqEJRJUjp8AAOsRF1kA==', changing: 'c2qdqEJRJUjp8AAOsRF1kA==' });
    expect(viewer.pageCount).to.equal(1);
    expect(viewer.pdfId).to.deep.equal(detail.pdfId);
  });

  it('reports no pdfId for a PDF whose trailer has no /ID', async () => {
    const viewer = mountViewer();
    const loaded = nextEvent<DocumentLoadedDetail>(viewer, 'document-loaded');
    void viewer.load(`${CORPUS}/pdfjs/bug1538111.pdf`);
    expect((await loaded).detail.pdfId).to.equal(null);
    expect(viewer.pdfId).to.equal(null);
  });

  it('reports no pdfId for an encrypted PDF without /ID, given as bytes', async () => {
    const viewer = mountViewer();
    await viewer.load(await fetchBytes(`${CORPUS}/pypdf/encrypted_doc_no_id.pdf`));
    expect(viewer.pageCount).to.equal(3);
    expect(viewer.pdfId).to.equal(null);
  });

  it('accepts ArrayBuffer, Uint8Array and Blob without consuming the caller’s bytes', async () => {
    const bytes = await fetchBytes(`${CORPUS}/pdfjs/annotation-line.pdf`);
    const viewer = mountViewer();
    await viewer.load(bytes);
    expect(bytes.byteLength, 'ArrayBuffer left intact').to.equal(84943);
    expect(viewer.pageCount).to.equal(1);

    const view = new Uint8Array(bytes);
    await viewer.load(view);
    expect(view.byteLength).to.equal(84943);
    expect(viewer.pdfId).to.not.equal(null);

    const loaded = nextEvent<DocumentLoadedDetail>(viewer, 'document-loaded');
    viewer.src = new Blob([bytes], { type: 'application/pdf' });
    expect((await loaded).detail.pageCount).to.equal(1);
    expect(viewer.hasAttribute('src'), 'binary sources do not reflect').to.equal(false);
  });

  it('draws the first page of the 117-page GeoTopo book and sizes every placeholder', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(`${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`);
    expect(viewer.pageCount).to.equal(117);
    expect(pages(viewer)).to.have.length(117);
    const last = pointsOf(page(viewer, 116), 1);
    expect(last.width).to.be.closeTo(595.28, 1.5);
    expect(last.height).to.be.closeTo(841.89, 1.5);
    const canvas = await renderedCanvas(viewer, 0);
    const ink = inkStats(canvas);
    expect(ink.inkFraction).to.be.greaterThan(0.01);
    // The title sits in the upper part of the cover page.
    expect(ink.box!.top).to.be.lessThan(0.3);
    // Pages far from the view are placeholders without canvases.
    expect(page(viewer, 100).querySelector('canvas')).to.equal(null);
  });

  it('keeps selectable text over the canvas', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(`${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`);
    await renderedCanvas(viewer, 0);
    const textLayer = page(viewer, 0).querySelector('.textLayer')!;
    await new Promise<void>((resolve) => {
      const check = () => (textLayer.textContent?.includes('Geometrie') ? resolve() : setTimeout(check, 20));
      check();
    });
    expect(textLayer.textContent).to.contain('Topologie');
    const span = [...textLayer.querySelectorAll('span')].find((s) => s.textContent?.includes('Geometrie'))!;
    const range = document.createRange();
    range.selectNodeContents(span);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selection.toString()).to.contain('Geometrie');
    selection.removeAllRanges();
  });

  it('sizes and draws pages by /Rotate in all four quadrants (90, 180, 270, 360)', async () => {
    const viewer = mountViewer({ zoom: '0.25' }, { width: 800, height: 1200 });
    await viewer.load(`${CORPUS}/py-pdf-sample-files/habibi-rotated.pdf`);
    expect(viewer.pageCount).to.equal(4);
    const sizes = pages(viewer).map((element) => pointsOf(element, 0.25));
    // Pages rotated by 90 and 270 swap width and height; 180 and 360 keep them.
    expect(sizes[0]!.width).to.be.greaterThan(sizes[0]!.height);
    expect(sizes[1]!.width).to.be.lessThan(sizes[1]!.height);
    expect(sizes[2]!.width).to.be.greaterThan(sizes[2]!.height);
    expect(sizes[3]!.width).to.be.lessThan(sizes[3]!.height);
    // Each page carries one short line of text: it runs vertically on the
    // quarter-turned pages and horizontally on the others.
    for (const index of [0, 1, 2, 3]) {
      const canvas = await renderedCanvas(viewer, index);
      const box = inkStats(canvas).box!;
      const inkWidth = (box.right - box.left) * canvas.width;
      const inkHeight = (box.bottom - box.top) * canvas.height;
      if (index % 2 === 0) expect(inkHeight, `page ${index}`).to.be.greaterThan(inkWidth);
      else expect(inkWidth, `page ${index}`).to.be.greaterThan(inkHeight);
    }
  });

  it('draws the visible part of a page whose crop box is offset from the media box', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(`${CORPUS}/pdfjs/annotation-text-without-popup.pdf`);
    const size = pointsOf(page(viewer, 0), 1);
    // CropBox 96.53 110.41 420.23 243.83.
    expect(size.width).to.be.closeTo(420.23 - 96.53, 1.5);
    expect(size.height).to.be.closeTo(243.83 - 110.41, 1.5);
    expect(inkStats(await renderedCanvas(viewer, 0)).inkFraction).to.be.greaterThan(0.005);
  });

  it('draws a page whose media box does not start at the origin', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(`${CORPUS}/pdfjs/issue5946.pdf`);
    const size = pointsOf(page(viewer, 0), 1);
    expect(size.width).to.be.closeTo(487.42 - 124.58, 1.5);
    expect(size.height).to.be.closeTo(524.98 - 267.02, 1.5);
    expect(inkStats(await renderedCanvas(viewer, 0)).inkFraction).to.be.greaterThan(0.003);
  });

  it('draws the image-heavy full-page scan', async () => {
    const viewer = mountViewer({ zoom: 'fit-page' });
    await viewer.load(`${CORPUS}/pdfjs/issue13931.pdf`);
    const canvas = await renderedCanvas(viewer, 0, 30000);
    expect(inkStats(canvas).inkFraction).to.be.greaterThan(0.01);
    // The scan's red seal, top right: colour survives the JPEG + SMask decode.
    const { data } = canvas.getContext('2d')!.getImageData(canvas.width / 2, 0, canvas.width / 2, canvas.height / 4);
    let red = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 150 && data[i + 1]! < 100 && data[i + 2]! < 100) red++;
    expect(red).to.be.greaterThan(50);
  });

  it('draws the rotated 1-bit scanner page in landscape', async () => {
    const viewer = mountViewer({ zoom: 'fit-page' });
    await viewer.load(`${CORPUS}/pdfjs/issue5747.pdf`);
    const box = page(viewer, 0).getBoundingClientRect();
    // MediaBox 595.2 × 419.52 with /Rotate 270: shown portrait.
    expect(box.height / box.width).to.be.closeTo(595.2 / 419.52, 0.02);
    expect(inkStats(await renderedCanvas(viewer, 0, 30000)).inkFraction).to.be.greaterThan(0.01);
  });

  it('replaces the previous document cleanly on a new load', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(`${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`);
    await renderedCanvas(viewer, 0);
    await viewer.load(`${CORPUS}/py-pdf-sample-files/habibi-rotated.pdf`);
    expect(viewer.pageCount).to.equal(4);
    expect(pages(viewer)).to.have.length(4);
    expect(viewer.pageIndex).to.equal(0);
    await renderedCanvas(viewer, 0);
  });

  it('shows a progress bar while loading and removes it when done', async () => {
    const viewer = mountViewer();
    const loading = viewer.load(`${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`);
    await viewer.updateComplete;
    const bar = viewer.shadowRoot!.querySelector('[part~="progress"]');
    expect(bar, 'progress bar during the load').to.exist;
    expect(bar!.getAttribute('role')).to.equal('progressbar');
    await loading;
    await viewer.updateComplete;
    expect(viewer.shadowRoot!.querySelector('[part~="progress"]')).to.equal(null);
  });

  it('lets a newer load win over one still in flight', async () => {
    const viewer = mountViewer();
    const first = viewer.load(`${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`);
    const second = viewer.load(`${CORPUS}/pdfjs/annotation-line.pdf`);
    const [firstResult, secondResult] = await Promise.allSettled([first, second]);
    expect(firstResult.status).to.equal('rejected');
    expect((firstResult as PromiseRejectedResult).reason.name).to.equal('AbortError');
    expect(secondResult.status).to.equal('fulfilled');
    expect(viewer.pageCount).to.equal(1);
  });
});
