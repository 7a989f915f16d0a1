import { expect } from '@open-wc/testing';
import { CSS_UNITS, MAX_CANVAS_PIXELS } from '../../src/pdf/page-view.js';
import { PAGE_PADDING } from '../../src/viewer/page-layout.js';
import {
  CORPUS,
  cleanupViewers,
  mountViewer,
  page,
  renderedCanvas,
  scroller,
  setDeviceScaleFactor,
  waitFor,
  wheel,
} from '../helpers/viewer-fixture.js';

const GEOTOPO = `${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`;
const A4 = { width: 595.28, height: 841.89 };

/** Waits for a page canvas drawn at the current zoom (a stale one may still be showing). */
function canvasAtScale(viewer: ReturnType<typeof mountViewer>, index: number) {
  return waitFor(() => {
    const element = page(viewer, index);
    const canvas = element.querySelector('canvas');
    if (!canvas || !element.hasAttribute('data-rendered')) return undefined;
    const expected = Math.floor(element.getBoundingClientRect().width * Math.max(1, devicePixelRatio));
    return Math.abs(canvas.width - expected) <= 2 ? canvas : undefined;
  }, `page ${index} drawn at the new zoom`);
}

describe('zoom', () => {
  afterEach(async () => {
    cleanupViewers();
    await setDeviceScaleFactor(1);
  });

  it('fit-width makes the page as wide as the view', async () => {
    const viewer = mountViewer({ zoom: 'fit-width' }, { width: 900, height: 600 });
    await viewer.load(GEOTOPO);
    const view = scroller(viewer);
    const width = page(viewer, 0).getBoundingClientRect().width;
    expect(width).to.be.closeTo(view.clientWidth - 2 * PAGE_PADDING, 2);
    expect(viewer.currentScale).to.be.closeTo(width / (A4.width * CSS_UNITS), 0.01);
    expect(view.scrollWidth, 'no horizontal scrolling').to.be.at.most(view.clientWidth);
  });

  it('fit-page shows the whole page', async () => {
    const viewer = mountViewer({ zoom: 'fit-page' }, { width: 900, height: 600 });
    await viewer.load(GEOTOPO);
    const view = scroller(viewer);
    const box = page(viewer, 0).getBoundingClientRect();
    expect(box.height).to.be.closeTo(view.clientHeight - 2 * PAGE_PADDING, 2);
    expect(box.width).to.be.lessThan(view.clientWidth);
  });

  it('a number is a scale where 1 is 100 % (96 dpi)', async () => {
    const viewer = mountViewer({ zoom: '1.5' });
    await viewer.load(GEOTOPO);
    const box = page(viewer, 0).getBoundingClientRect();
    expect(box.width).to.be.closeTo(Math.floor(A4.width * CSS_UNITS * 1.5), 1);
    expect(viewer.zoom).to.equal(1.5);
    expect(viewer.currentScale).to.equal(1.5);
  });

  it('auto fits a portrait page to the width, capped at 125 %', async () => {
    const viewer = mountViewer({ zoom: 'auto' }, { width: 1600, height: 600 });
    await viewer.load(GEOTOPO);
    expect(viewer.currentScale).to.equal(1.25);
    viewer.style.width = '500px';
    await waitFor(() => viewer.currentScale < 1, 'auto zoom to follow the resize');
    expect(page(viewer, 0).getBoundingClientRect().width).to.be.closeTo(scroller(viewer).clientWidth - 2 * PAGE_PADDING, 2);
  });

  it('re-renders sharp after a zoom change and reflects the attribute', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(GEOTOPO);
    const before = await renderedCanvas(viewer, 0);
    expect(before.width).to.equal(Math.floor(A4.width * CSS_UNITS));
    viewer.zoom = 2;
    await viewer.updateComplete;
    expect(viewer.getAttribute('zoom')).to.equal('2');
    const after = await canvasAtScale(viewer, 0);
    expect(after.width).to.be.closeTo(Math.floor(A4.width * CSS_UNITS * 2), 2);
  });

  it('draws HiDPI-sharp canvases on devicePixelRatio 2', async () => {
    await setDeviceScaleFactor(2);
    expect(devicePixelRatio).to.equal(2);
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(GEOTOPO);
    const canvas = await renderedCanvas(viewer, 0);
    const cssWidth = page(viewer, 0).getBoundingClientRect().width;
    expect(canvas.width).to.be.closeTo(cssWidth * 2, 2);
  });

  it('caps the canvas at a deep zoom instead of exhausting memory', async () => {
    await setDeviceScaleFactor(2);
    const viewer = mountViewer({ zoom: '10' });
    await viewer.load(GEOTOPO);
    const canvas = await renderedCanvas(viewer, 0, 30000);
    expect(canvas.width * canvas.height).to.be.at.most(MAX_CANVAS_PIXELS);
    // Still covers the whole page: the canvas is stretched, not cropped.
    const box = canvas.getBoundingClientRect();
    expect(box.width).to.be.closeTo(Math.floor(A4.width * CSS_UNITS * 10), 2);
  });

  it('ctrl + wheel zooms around the pointer, keeping that spot of the page under it', async () => {
    const viewer = mountViewer({ zoom: '1' }, { width: 800, height: 600 });
    await viewer.load(GEOTOPO);
    await renderedCanvas(viewer, 0);
    const view = scroller(viewer);
    const viewBox = view.getBoundingClientRect();
    const pointer = { x: viewBox.left + 600, y: viewBox.top + 400 };
    const spot = () => {
      const box = page(viewer, 0).getBoundingClientRect();
      return { fx: (pointer.x - box.left) / box.width, fy: (pointer.y - box.top) / box.height };
    };
    const before = spot();
    await wheel({ ...pointer, deltaY: -100, modifier: 'Control' });
    await waitFor(() => viewer.currentScale > 1.05, 'the zoom to grow');
    const after = spot();
    expect(after.fx).to.be.closeTo(before.fx, 0.01);
    expect(after.fy).to.be.closeTo(before.fy, 0.01);
    expect(typeof viewer.zoom).to.equal('number');

    await wheel({ ...pointer, deltaY: 100, modifier: 'Control' });
    await waitFor(() => viewer.currentScale < 1.05, 'the zoom to shrink');
    expect(spot().fx).to.be.closeTo(before.fx, 0.01);
  });

  it('ctrl + wheel: one notch is about 10 % (as in pdf.js), in and out', async () => {
    const viewer = mountViewer({ zoom: '1' }, { width: 800, height: 600 });
    await viewer.load(GEOTOPO);
    await renderedCanvas(viewer, 0);
    const box = scroller(viewer).getBoundingClientRect();
    const pointer = { x: box.left + 300, y: box.top + 300 };
    await wheel({ ...pointer, deltaY: 100, modifier: 'Control' });
    await waitFor(() => viewer.currentScale !== 1, 'the zoom to change');
    expect(1 - viewer.currentScale, 'one notch out').to.be.within(0.09, 0.11);
    const out = viewer.currentScale;
    await wheel({ ...pointer, deltaY: -100, modifier: 'Control' });
    await waitFor(() => viewer.currentScale !== out, 'the zoom to change back');
    expect(viewer.currentScale / out - 1, 'one notch in').to.be.within(0.09, 0.11);
  });

  it('a plain wheel scrolls instead of zooming', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(GEOTOPO);
    const box = scroller(viewer).getBoundingClientRect();
    await wheel({ x: box.left + 200, y: box.top + 200, deltaY: 300 });
    await waitFor(() => scroller(viewer).scrollTop > 100, 'the view to scroll');
    expect(viewer.currentScale).to.equal(1);
  });
});
