import { expect } from '@open-wc/testing';
import { CORPUS, cleanupViewers, mountViewer, renderedCanvas, scroller } from '../helpers/viewer-fixture.js';

const GEOTOPO = `${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`;

describe('layout in the host page', () => {
  afterEach(cleanupViewers);

  for (const display of ['block', 'flex', 'grid', 'inline-block']) {
    it(`scrolls inside its own box when the host page sets display: ${display}`, async () => {
      const viewer = mountViewer({ zoom: '1', style: `display:${display};width:700px;height:500px` });
      await viewer.load(GEOTOPO);
      await renderedCanvas(viewer, 0);
      expect(viewer.getBoundingClientRect().height).to.equal(500);
      const view = scroller(viewer);
      expect(view.getBoundingClientRect().bottom).to.be.at.most(viewer.getBoundingClientRect().bottom + 0.5);
      expect(view.clientHeight).to.be.greaterThan(400);
      expect(view.scrollHeight).to.be.greaterThan(100 * view.clientHeight);
    });
  }

  it('is 600 px tall when the host page gives it no height', async () => {
    const viewer = document.createElement('instant-pdf-viewer');
    document.body.append(viewer);
    try {
      await viewer.load(GEOTOPO);
      expect(viewer.getBoundingClientRect().height).to.equal(600);
    } finally {
      viewer.remove();
    }
  });

  it('hides the built-in toolbar with toolbar="none" and takes a slotted one', async () => {
    const viewer = mountViewer({ toolbar: 'none' });
    await viewer.load(GEOTOPO);
    const toolbar = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="toolbar"]')!;
    expect(getComputedStyle(toolbar).display).to.equal('none');
    viewer.setAttribute('toolbar', 'default');
    const custom = document.createElement('div');
    custom.slot = 'toolbar';
    custom.textContent = 'my toolbar';
    viewer.append(custom);
    await viewer.updateComplete;
    expect(getComputedStyle(toolbar).display).to.not.equal('none');
    expect(custom.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(viewer.shadowRoot!.querySelector('[part~="zoom-select"]')!.getBoundingClientRect().height).to.equal(0);
  });
});
