import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PageChangedDetail } from '../../src/events.js';
import { CORPUS, cleanupViewers, mountViewer, nextEvent, page, renderedCanvas, scroller, waitFor } from '../helpers/viewer-fixture.js';

const GEOTOPO = `${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`;

function inView(viewer: ReturnType<typeof mountViewer>, index: number): boolean {
  const view = scroller(viewer).getBoundingClientRect();
  const box = page(viewer, index).getBoundingClientRect();
  return box.top < view.bottom && box.bottom > view.top;
}

describe('navigation', () => {
  afterEach(cleanupViewers);

  it('goToPage scrolls the page into view and fires page-changed', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(GEOTOPO);
    const changed = nextEvent<PageChangedDetail>(viewer, 'page-changed');
    viewer.goToPage(41);
    expect((await changed).detail.pageIndex).to.equal(41);
    expect(viewer.pageIndex).to.equal(41);
    await viewer.updateComplete;
    expect(viewer.getAttribute('page-index')).to.equal('41');
    expect(inView(viewer, 41)).to.equal(true);
    await renderedCanvas(viewer, 41);
  });

  it('opens at the page-index attribute and follows later changes to it', async () => {
    const viewer = mountViewer({ zoom: '1', 'page-index': '10' });
    await viewer.load(GEOTOPO);
    expect(viewer.pageIndex).to.equal(10);
    expect(inView(viewer, 10)).to.equal(true);
    await renderedCanvas(viewer, 10);
    const changed = nextEvent<PageChangedDetail>(viewer, 'page-changed');
    viewer.setAttribute('page-index', '20');
    expect((await changed).detail.pageIndex).to.equal(20);
    expect(inView(viewer, 20)).to.equal(true);
  });

  it('scrolling fires page-changed for the page most in view', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(GEOTOPO);
    const seen: number[] = [];
    viewer.addEventListener('page-changed', (event) => seen.push(event.detail.pageIndex));
    const view = scroller(viewer);
    const pageHeight = page(viewer, 1).getBoundingClientRect().top - page(viewer, 0).getBoundingClientRect().top;
    view.scrollTop = pageHeight * 2.9;
    await waitFor(() => seen.length > 0, 'page-changed');
    // At 2.9 page heights, page 3 fills most of the view.
    expect(seen[seen.length - 1]).to.equal(3);
    expect(viewer.pageIndex).to.equal(3);
  });

  it('clamps goToPage to the document', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(GEOTOPO);
    viewer.goToPage(5000);
    expect(viewer.pageIndex).to.equal(116);
    viewer.goToPage(-3);
    expect(viewer.pageIndex).to.equal(0);
  });

  it('PageDown, PageUp, End and Home move by page when the element has focus', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(GEOTOPO);
    viewer.focus();
    expect(document.activeElement).to.equal(viewer);
    await sendKeys({ press: 'PageDown' });
    await waitFor(() => viewer.pageIndex === 1, 'page 1');
    await sendKeys({ press: 'PageDown' });
    await waitFor(() => viewer.pageIndex === 2, 'page 2');
    await sendKeys({ press: 'PageUp' });
    await waitFor(() => viewer.pageIndex === 1, 'back to page 1');
    await sendKeys({ press: 'End' });
    await waitFor(() => viewer.pageIndex === 116, 'the last page');
    expect(inView(viewer, 116)).to.equal(true);
    await sendKeys({ press: 'Home' });
    await waitFor(() => viewer.pageIndex === 0, 'the first page');
    expect(scroller(viewer).scrollTop).to.be.lessThan(20);
  });

  it('ignores page keys when the element does not have focus', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(GEOTOPO);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    await sendKeys({ press: 'PageDown' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(viewer.pageIndex).to.equal(0);
    outside.remove();
  });

  it('the toolbar page field jumps to a typed page number', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(GEOTOPO);
    await viewer.updateComplete;
    const input = viewer.shadowRoot!.querySelector<HTMLInputElement>('[part~="page-input"]')!;
    expect(input.value).to.equal('1');
    input.focus();
    input.select();
    await sendKeys({ type: '30' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => viewer.pageIndex === 29, 'page 30');
    expect(inView(viewer, 29)).to.equal(true);
  });
});
