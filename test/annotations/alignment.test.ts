/**
 * Annotation boxes stay on the PDF's geometry: at every zoom, on /Rotate
 * 90/180/270 pages, on pages whose crop box is offset, and for the PDF's own
 * annotations on a rotated page (compared with where pdf.js draws them).
 */
import { expect } from '@open-wc/testing';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation, Rect } from '../../src/model/index.js';
import { CORPUS, cleanupViewers, mountViewer, near, nextEvent, page, renderedCanvas, scroller, waitFor } from '../helpers/viewer-fixture.js';
import { annotationBox, blankViewer, draw, frameOf, pagePixels, RED, settled, toClient, WHITE, type BlankPage } from '../helpers/annotation-kit.js';

const RECT: Rect = [50, 40, 60, 30];

function expectBoxAt(viewer: InstantPdfViewer, annotation: Annotation, spec: BlankPage): void {
  const frame = frameOf(spec);
  const [x, y, w, h] = annotation.bbox;
  const corners = [toClient(viewer, annotation.pageIndex, [x, y], frame), toClient(viewer, annotation.pageIndex, [x + w, y + h], frame)];
  const expected = {
    left: Math.min(corners[0]!.x, corners[1]!.x),
    top: Math.min(corners[0]!.y, corners[1]!.y),
    right: Math.max(corners[0]!.x, corners[1]!.x),
    bottom: Math.max(corners[0]!.y, corners[1]!.y),
  };
  const box = annotationBox(viewer, annotation.id)!.getBoundingClientRect();
  for (const side of ['left', 'top', 'right', 'bottom'] as const) {
    expect(box[side], `${side} of ${annotation.id}`).to.be.closeTo(expected[side], 0.6);
  }
}

const filledRect = (pageIndex: number) =>
  ({ type: 'pspdfkit/shape/rectangle', pageIndex, bbox: RECT, strokeWidth: 0, fillColor: '#ff0000' }) as const;

describe('annotation alignment', () => {
  afterEach(cleanupViewers);

  for (const rotate of [0, 90, 180, 270] as const) {
    it(`follows a /Rotate ${rotate} page with an offset crop box`, async () => {
      const spec: BlankPage = { width: 400, height: 300, rotate, cropBox: [30, 20, 300, 250] };
      const viewer = await blankViewer([spec], { zoom: '1.5' });
      const annotation = await draw(viewer, filledRect(0));
      expectBoxAt(viewer, annotation, spec);
      const pixels = await pagePixels(viewer, 0, frameOf(spec));
      expect(near(pixels.at([80, 55]), RED), 'inside').to.be.true;
      expect(near(pixels.at([45, 55]), WHITE), 'left of it (unrotated)').to.be.true;
      expect(near(pixels.at([80, 75]), WHITE), 'below it (unrotated)').to.be.true;
    });
  }

  it('follows every zoom without being rebuilt', async () => {
    const spec: BlankPage = { width: 250, height: 200 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    const annotation = await draw(viewer, filledRect(0));
    const element = annotationBox(viewer, annotation.id);
    for (const zoom of [0.5, 2, 3.25, 'fit-page', 1] as const) {
      viewer.zoom = zoom;
      await viewer.updateComplete;
      await settled(viewer);
      expect(annotationBox(viewer, annotation.id), 'same element').to.equal(element);
      expectBoxAt(viewer, annotation, spec);
    }
    viewer.zoom = 2;
    await settled(viewer);
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    expect(near(pixels.at([51, 41]), RED), 'top-left corner at zoom 2').to.be.true;
    expect(near(pixels.at([49, 41]), WHITE), 'just left of it').to.be.true;
  });

  it('puts the PDF’s own annotations on a /Rotate 90 page where pdf.js draws them', async () => {
    const viewer = mountViewer({ zoom: '1' }, { width: 900, height: 900 });
    const loaded = nextEvent(viewer, 'document-loaded');
    viewer.src = `${CORPUS}/qpdf/overlay-copy-annotations-p5.pdf`;
    await loaded;
    await renderedCanvas(viewer, 0);
    await settled(viewer);
    const originals = await viewer.getAnnotations(0);
    let compared = 0;
    for (const annotation of originals) {
      const canvas = page(viewer, 0).querySelector('canvas')!;
      const width = canvas.width;
      const before = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const box = annotationBox(viewer, annotation.id)!.getBoundingClientRect();
      viewer.deleteAnnotation(annotation.id);
      await settled(viewer);
      const canvasAfter = page(viewer, 0).querySelector('canvas')!;
      const after = canvasAfter.getContext('2d')!.getImageData(0, 0, canvasAfter.width, canvasAfter.height).data;
      // Where the page changed = where pdf.js drew this annotation.
      let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
      for (let i = 0; i < before.length; i += 4) {
        if (Math.abs(before[i]! - after[i]!) + Math.abs(before[i + 1]! - after[i + 1]!) + Math.abs(before[i + 2]! - after[i + 2]!) < 30) continue;
        const px = (i / 4) % width;
        const py = Math.floor(i / 4 / width);
        left = Math.min(left, px); right = Math.max(right, px + 1); top = Math.min(top, py); bottom = Math.max(bottom, py + 1);
      }
      // Some appearances draw nothing (a link, an empty text box).
      if (right < left) continue;
      compared++;
      const pageBox = page(viewer, 0).getBoundingClientRect();
      const s = pageBox.width / canvasAfter.width;
      const drawn = { left: pageBox.left + left * s, top: pageBox.top + top * s, right: pageBox.left + right * s, bottom: pageBox.top + bottom * s };
      // What pdf.js changed lies inside our box (appearances may not fill their whole rect).
      expect(drawn.left, 'left').to.be.at.least(box.left - 2);
      expect(drawn.top, 'top').to.be.at.least(box.top - 2);
      expect(drawn.right, 'right').to.be.at.most(box.right + 2);
      expect(drawn.bottom, 'bottom').to.be.at.most(box.bottom + 2);
    }
    expect(compared, 'annotations whose appearance was compared').to.be.at.least(5);
  });

  it('does not draw hidden, invisible or noView annotations; noZoom keeps its screen size', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    const hidden = await Promise.all(
      (['hidden', 'invisible', 'noView'] as const).map((flag) => draw(viewer, { ...filledRect(0), flags: [flag] })),
    );
    for (const annotation of hidden) expect(annotationBox(viewer, annotation.id), annotation.flags![0]).to.equal(null);
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    expect(near(pixels.at([80, 55]), WHITE)).to.be.true;

    const fixed = await draw(viewer, { ...filledRect(0), bbox: [200, 100, 30, 30], flags: ['noZoom'] });
    const atOne = annotationBox(viewer, fixed.id)!.getBoundingClientRect();
    viewer.zoom = 2.5;
    await settled(viewer);
    const atTwoAndHalf = annotationBox(viewer, fixed.id)!.getBoundingClientRect();
    expect(atTwoAndHalf.width).to.be.closeTo(atOne.width, 0.5);
    expect(atTwoAndHalf.height).to.be.closeTo(atOne.height, 0.5);
    const anchor = toClient(viewer, 0, [200, 100], frameOf(spec));
    expect(atTwoAndHalf.left).to.be.closeTo(anchor.x, 0.6);
    expect(atTwoAndHalf.top).to.be.closeTo(anchor.y, 0.6);
  });

  it('keeps no annotation DOM on pages far from the viewport', async () => {
    const specs: BlankPage[] = Array.from({ length: 40 }, () => ({ width: 400, height: 300 }));
    const viewer = await blankViewer(specs, { zoom: '1' });
    for (let pageIndex = 0; pageIndex < 40; pageIndex++) viewer.createAnnotation(filledRect(pageIndex));
    await settled(viewer);
    const withDom = () =>
      [...viewer.shadowRoot!.querySelectorAll('[part~="page"]')].filter((element) => element.querySelector('.annotation')).map((element) => Number(element.getAttribute('data-page-index')));
    expect(withDom()).to.include(0);
    expect(withDom().length).to.be.at.most(12);
    for (const target of [3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36]) {
      viewer.goToPage(target);
      await waitFor(() => withDom().includes(target), `page ${target + 1} to draw its annotation`);
    }
    // The render buffer keeps the last pages seen; everything else is a bare placeholder.
    expect(withDom()).to.not.include(0);
    expect(withDom()).to.not.include(20);
    expect(withDom().length).to.be.at.most(12);
    expect(scroller(viewer).scrollTop).to.be.greaterThan(0);
  });
});
