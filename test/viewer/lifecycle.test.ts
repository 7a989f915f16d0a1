import { expect } from '@open-wc/testing';
import type { DocumentLoadedDetail } from '../../src/events.js';
import {
  CORPUS,
  cleanupViewers,
  inkStats,
  liveCanvases,
  mountViewer,
  nextEvent,
  renderedCanvas,
  waitFor,
} from '../helpers/viewer-fixture.js';

const GEOTOPO = `${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`;
const HABIBI = `${CORPUS}/py-pdf-sample-files/habibi-rotated.pdf`;

/** Counts worker threads started and ended while `run` is in progress. */
function trackWorkers() {
  const started: Worker[] = [];
  const terminated = new Set<Worker>();
  const OriginalWorker = window.Worker;
  const originalTerminate = OriginalWorker.prototype.terminate;
  window.Worker = class extends OriginalWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      started.push(this);
    }
  };
  OriginalWorker.prototype.terminate = function terminate(this: Worker) {
    terminated.add(this);
    return originalTerminate.call(this);
  };
  return {
    started,
    terminated,
    restore() {
      window.Worker = OriginalWorker;
      OriginalWorker.prototype.terminate = originalTerminate;
    },
  };
}

describe('lifecycle', () => {
  afterEach(cleanupViewers);

  it('runs two viewers side by side, each with its own document, worker and page', async () => {
    const workers = trackWorkers();
    try {
      const left = mountViewer({ zoom: '1' }, { width: 500, height: 500 });
      const right = mountViewer({ zoom: '0.5' }, { width: 500, height: 500 });
      const [leftLoaded, rightLoaded] = [
        nextEvent<DocumentLoadedDetail>(left, 'document-loaded'),
        nextEvent<DocumentLoadedDetail>(right, 'document-loaded'),
      ];
      left.src = GEOTOPO;
      right.src = HABIBI;
      expect((await leftLoaded).detail.pageCount).to.equal(117);
      expect((await rightLoaded).detail.pageCount).to.equal(4);
      expect(workers.started).to.have.length(2);

      left.goToPage(30);
      expect(left.pageIndex).to.equal(30);
      expect(right.pageIndex).to.equal(0);
      expect(inkStats(await renderedCanvas(left, 30)).inkFraction).to.be.greaterThan(0.001);
      await renderedCanvas(right, 0);

      // Closing one leaves the other working.
      left.remove();
      await waitFor(() => workers.terminated.has(workers.started[0]!), 'the left worker to end');
      right.goToPage(3);
      await renderedCanvas(right, 3);
      expect(workers.terminated.has(workers.started[1]!)).to.equal(false);
    } finally {
      workers.restore();
    }
  });

  it('removing the element ends its worker and frees its canvases', async () => {
    const workers = trackWorkers();
    try {
      const viewer = mountViewer({ zoom: '1' });
      await viewer.load(GEOTOPO);
      await renderedCanvas(viewer, 0);
      const canvases = liveCanvases(viewer);
      expect(canvases.length).to.be.greaterThan(0);
      viewer.remove();
      expect(workers.started).to.have.length(1);
      await waitFor(() => workers.terminated.has(workers.started[0]!), 'the worker to end');
      for (const canvas of canvases) expect(canvas.width * canvas.height).to.equal(0);
      expect(viewer.shadowRoot!.querySelectorAll('[part~="page"]')).to.have.length(0);
      expect(viewer.pageCount).to.equal(0);
    } finally {
      workers.restore();
    }
  });

  it('removing the element mid-load abandons the load', async () => {
    const workers = trackWorkers();
    try {
      const viewer = mountViewer();
      let loadedEvents = 0;
      viewer.addEventListener('document-loaded', () => loadedEvents++);
      const loading = viewer.load(GEOTOPO);
      viewer.remove();
      const result = await loading.then(
        () => 'resolved',
        (error: Error) => error.name,
      );
      expect(result).to.equal('AbortError');
      // Depending on how far the load got, a worker may or may not have started; none may survive.
      await waitFor(() => workers.started.every((worker) => workers.terminated.has(worker)), 'workers to end');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(loadedEvents).to.equal(0);
    } finally {
      workers.restore();
    }
  });

  it('moving the element in the DOM keeps its document; re-adding a removed one reloads it', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(HABIBI);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(viewer);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(viewer.pageCount).to.equal(4);
    await renderedCanvas(viewer, 0);

    viewer.remove();
    await waitFor(() => viewer.pageCount === 0, 'teardown');
    const reloaded = nextEvent<DocumentLoadedDetail>(viewer, 'document-loaded');
    document.body.append(viewer);
    expect((await reloaded).detail.pageCount).to.equal(4);
    await renderedCanvas(viewer, 0);
    elsewhere.remove();
  });

  it('still opens documents where a worker thread cannot start (a cross-origin bundle)', async () => {
    const OriginalWorker = window.Worker;
    window.Worker = class {
      constructor() {
        throw new DOMException('Script at a different origin', 'SecurityError');
      }
    } as unknown as typeof Worker;
    try {
      const viewer = mountViewer({ zoom: '1' });
      await viewer.load(HABIBI);
      expect(viewer.pageCount).to.equal(4);
      expect(inkStats(await renderedCanvas(viewer, 0)).inkFraction).to.be.greaterThan(0.0001);
    } finally {
      window.Worker = OriginalWorker;
    }
  });

  it('registers once even when a second copy of the module defines it again', async () => {
    const { defineInstantPdfViewer, InstantPdfViewer } = await import('../../src/instant-pdf-viewer.js');
    expect(() => defineInstantPdfViewer()).to.not.throw();
    expect(customElements.get('instant-pdf-viewer')).to.equal(InstantPdfViewer);
  });
});
