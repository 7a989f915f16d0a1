import { expect } from '@open-wc/testing';
import { MIN_BUFFER_SIZE } from '../../src/viewer/render-buffer.js';
import {
  CORPUS,
  cleanupViewers,
  liveCanvases,
  mountViewer,
  page,
  renderedCanvas,
  scroller,
  waitFor,
} from '../helpers/viewer-fixture.js';

const GEOTOPO = `${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** An 800 × 600 viewer at zoom 1 on the 117-page GeoTopo, its first page drawn. */
async function geoTopoViewer() {
  const viewer = mountViewer({ zoom: '1' }, { width: 800, height: 600 });
  await viewer.load(GEOTOPO);
  await renderedCanvas(viewer, 0);
  return viewer;
}

describe('virtualization', () => {
  afterEach(cleanupViewers);

  it('keeps the canvases of pages a viewport away from the view drawn but not shown, and shows them again on the way back', async function () {
    this.timeout(60000);
    const viewer = await geoTopoViewer();
    const view = scroller(viewer);
    const shown = (index: number) => getComputedStyle(page(viewer, index).querySelector('.canvas-wrapper')!).visibility === 'visible';
    expect(shown(0), 'the page in view').to.equal(true);
    // Four pages on: page 0 stays in the render buffer, more than a viewport above the view.
    viewer.goToPage(4);
    await renderedCanvas(viewer, 4);
    await waitFor(() => page(viewer, 0).hasAttribute('data-offscreen'), 'page 0 to be marked off screen');
    expect(page(viewer, 0).querySelector('canvas'), 'still drawn, for scrolling back').to.not.equal(null);
    expect(shown(0)).to.equal(false);
    expect(shown(4), 'the page in view').to.equal(true);
    expect(page(viewer, 4).hasAttribute('data-offscreen')).to.equal(false);
    view.scrollTop = 0;
    await waitFor(() => !page(viewer, 0).hasAttribute('data-offscreen'), 'page 0 to be shown again');
    expect(shown(0)).to.equal(true);
  });

  it('keeps the number of live canvases bounded while scrolling through all 117 pages', async function () {
    this.timeout(90000);
    const viewer = await geoTopoViewer();
    const view = scroller(viewer);
    let peak = 0;
    const rendered = new Set<number>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const element = record.target as HTMLElement;
        if (element.hasAttribute('data-rendered')) rendered.add(Number(element.dataset.pageIndex));
      }
    });
    observer.observe(view, { attributes: true, attributeFilter: ['data-rendered'], subtree: true });
    while (view.scrollTop + view.clientHeight < view.scrollHeight - 1) {
      view.scrollTop += view.clientHeight;
      await nextFrame();
      await nextFrame();
      peak = Math.max(peak, liveCanvases(viewer).length);
    }
    await renderedCanvas(viewer, 116, 20000);
    observer.disconnect();
    peak = Math.max(peak, liveCanvases(viewer).length);
    // pdf.js's rule: max(10, 2 × visible + 1); one or two pages are visible at a time here.
    expect(peak).to.be.at.most(MIN_BUFFER_SIZE + 2);
    expect(liveCanvases(viewer).length).to.be.at.most(MIN_BUFFER_SIZE);
    // Pages far behind were freed: their canvases are gone.
    expect(page(viewer, 0).querySelector('canvas')).to.equal(null);
    expect(page(viewer, 0).hasAttribute('data-rendered')).to.equal(false);
    // Fast scrolling skips pages that left the view before their turn.
    expect(rendered.size).to.be.lessThan(117);
    expect(rendered.has(116)).to.equal(true);
  });

  it('renders the visible page before the pages around it', async () => {
    const viewer = await geoTopoViewer();
    const order: number[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const element = record.target as HTMLElement;
        if (element.hasAttribute('data-rendered')) order.push(Number(element.dataset.pageIndex));
      }
    });
    observer.observe(scroller(viewer), { attributes: true, attributeFilter: ['data-rendered'], subtree: true });
    viewer.goToPage(60);
    await renderedCanvas(viewer, 61);
    observer.disconnect();
    expect(order[0]).to.equal(60);
    expect(order).to.include(61);
    expect(order.indexOf(60)).to.be.lessThan(order.indexOf(61));
  });

  it('redraws a freed page when it comes back into view', async () => {
    const viewer = await geoTopoViewer();
    for (const index of [20, 40, 60, 80, 100]) {
      viewer.goToPage(index);
      await renderedCanvas(viewer, index);
    }
    for (const index of [21, 41, 61, 81, 101, 110]) {
      viewer.goToPage(index);
      await renderedCanvas(viewer, index);
    }
    await waitFor(() => page(viewer, 0).querySelector('canvas') === null, 'page 0 to be freed');
    viewer.goToPage(0);
    const canvas = await renderedCanvas(viewer, 0);
    expect(canvas.width).to.be.greaterThan(0);
  });
});
