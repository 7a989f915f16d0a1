/**
 * What a person sees while a document loads and when it fails: a progress
 * indicator with the percentage, a Retry button that loads the same source
 * again, and no focus ring around the whole element after a click.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { CORPUS, cleanupViewers, fetchBytes, mountViewer, nextEvent, page, renderedCanvas, waitFor } from '../helpers/viewer-fixture.js';

const GOOD = `${CORPUS}/pdfjs/annotation-line.pdf`;
const realFetch = window.fetch;

/** Replaces `fetch` for one URL (by its path); everything else goes to the network as usual. */
function interceptFetch(path: string, respond: () => Response | Promise<Response>): void {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname === path) return Promise.resolve(respond());
    return realFetch(input, init);
  };
}

function center(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('load states', () => {
  afterEach(() => {
    window.fetch = realFetch;
    cleanupViewers();
  });

  it('shows the percentage loaded while the PDF arrives', async () => {
    // The test server sends half of the file with its real length, then waits for the release.
    const token = `progress-${Date.now()}`;
    const viewer = mountViewer();
    const loaded = nextEvent(viewer, 'document-loaded');
    viewer.src = `/__slow/${token}/pdf/pdfjs/annotation-line.pdf`;
    const label = await waitFor(() => {
      const element = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="progress-label"]');
      return /[1-9]\d*\s*%/.test(element?.textContent ?? '') ? element : undefined;
    }, 'a progress label with a percentage');
    const percent = Number(/(\d+)\s*%/.exec(label.textContent!)![1]);
    expect(percent).to.be.within(40, 60);
    expect(label.textContent).to.contain('Loading document');
    // Visible: a real box inside the viewer, not a hairline.
    expect(label.getBoundingClientRect().height).to.be.greaterThan(16);
    const bar = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="progress"]')!;
    expect(bar.getBoundingClientRect().height).to.be.at.least(4);
    expect(bar.getAttribute('aria-valuenow')).to.equal(String(percent));
    await fetch(`/__release/${token}`);
    await loaded;
    await viewer.updateComplete;
    expect(viewer.shadowRoot!.querySelector('[part~="progress-label"]')).to.equal(null);
  });

  it('offers Retry after a failed load, and loads the same source with it', async () => {
    let failures = 1;
    const bytes = await fetchBytes(GOOD);
    interceptFetch('/flaky/annotation-line.pdf', () =>
      failures-- > 0
        ? new Response('Service unavailable', { status: 503 })
        : new Response(bytes, { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
    );
    const viewer = mountViewer();
    const failed = nextEvent(viewer, 'document-error');
    viewer.src = '/flaky/annotation-line.pdf';
    await failed;
    await viewer.updateComplete;
    const error = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
    expect(error.textContent).to.contain('503');
    const retry = viewer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    expect(retry.textContent!.trim()).to.equal('Try again');

    const loaded = nextEvent(viewer, 'document-loaded');
    // Click where the button is once layout has settled: the toolbar fits its
    // items in the frame after an update, which can move the message.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    await sendMouse({ type: 'click', position: center(retry) });
    await loaded;
    expect(viewer.pageCount).to.equal(1);
    await renderedCanvas(viewer, 0);
    await viewer.updateComplete;
    expect(viewer.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    // Focus stays in the viewer, so its keys keep working.
    expect(document.activeElement).to.equal(viewer);
  });

  it('names Retry in German', async () => {
    const viewer = mountViewer({ locale: 'de' });
    await viewer.load(`${CORPUS}/no-such-file.pdf`).catch(() => undefined);
    await viewer.updateComplete;
    expect(viewer.shadowRoot!.querySelector('[part~="retry-button"]')!.textContent!.trim()).to.equal('Erneut versuchen');
  });

  it('draws no focus ring around the element after a click on a page, and one after Tab', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const viewer = mountViewer({ zoom: '1' });
      await viewer.load(GOOD);
      await renderedCanvas(viewer, 0);
      const box = page(viewer, 0).getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
      await waitFor(() => document.activeElement === viewer, `the viewer to take focus (${document.activeElement?.tagName})`);
      expect(getComputedStyle(viewer).outlineStyle).to.equal('none');

      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(viewer);
      expect(getComputedStyle(viewer).outlineStyle).to.equal('solid');
    } finally {
      before.remove();
    }
  });
});
