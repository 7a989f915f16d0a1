import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DocumentErrorDetail } from '../../src/events.js';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { PdfLoadError } from '../../src/pdf/pdf-load-error.js';
import { CORPUS, cleanupViewers, fetchBytes, inkStats, mountViewer, nextEvent, renderedCanvas } from '../helpers/viewer-fixture.js';

const GOOD = `${CORPUS}/pdfjs/annotation-line.pdf`;
const ENCRYPTED = `${CORPUS}/pdfjs/pr6531_2.pdf`;

/** Loads a bad source; returns the document-error detail and what load() rejected with. */
async function failingLoad(viewer: InstantPdfViewer, source: Parameters<InstantPdfViewer['load']>[0], password?: string) {
  const error = nextEvent<DocumentErrorDetail>(viewer, 'document-error');
  const rejection = await viewer.load(source, password === undefined ? {} : { password }).then(
    () => {
      throw new Error('load() resolved for a bad document');
    },
    (reason: unknown) => reason as PdfLoadError,
  );
  const { detail } = await error;
  expect(detail.error).to.equal(rejection);
  expect(detail.message).to.equal(rejection.message);
  expect(detail.message.length).to.be.greaterThan(10);
  return detail as { message: string; error: PdfLoadError };
}

/** After any failure the same element must show a good document. */
async function expectRecovers(viewer: InstantPdfViewer): Promise<void> {
  await viewer.load(GOOD);
  expect(viewer.pageCount).to.equal(1);
  expect(viewer.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  expect(inkStats(await renderedCanvas(viewer, 0)).inkFraction).to.be.greaterThan(0.001);
}

describe('document errors', () => {
  afterEach(cleanupViewers);

  it('reports a missing URL, shows why, then loads another document', async () => {
    const viewer = mountViewer();
    const { error, message } = await failingLoad(viewer, '/corpus/pdf/no-such-file.pdf');
    expect(error.name).to.equal('PdfLoadError');
    expect(error.kind).to.equal('not-found');
    expect(error.status).to.equal(404);
    expect(message).to.contain('no-such-file.pdf');
    await viewer.updateComplete;
    expect(viewer.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('not found');
    expect(viewer.pageCount).to.equal(0);
    await expectRecovers(viewer);
  });

  it('reports an unrecoverably corrupt file', async () => {
    const viewer = mountViewer();
    const { error } = await failingLoad(viewer, `${CORPUS}/pdfjs/bug1020226.pdf`);
    expect(error.kind).to.equal('invalid-pdf');
    await expectRecovers(viewer);
  });

  it('reports a truncated file', async () => {
    const bytes = await fetchBytes(`${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`);
    const viewer = mountViewer();
    const { error } = await failingLoad(viewer, bytes.slice(0, 600));
    expect(error.kind).to.equal('invalid-pdf');
    await expectRecovers(viewer);
  });

  it('reports a file that is not a PDF', async () => {
    const viewer = mountViewer();
    const json = new Blob([JSON.stringify({ hello: 'world' })], { type: 'application/json' });
    const { error, message } = await failingLoad(viewer, json);
    expect(error.kind).to.equal('invalid-pdf');
    expect(message).to.contain('not a PDF');
    await expectRecovers(viewer);
  });

  it('reports a download that breaks off instead of waiting for the missing bytes', async () => {
    const bytes = new Uint8Array(await fetchBytes(`${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`));
    const originalFetch = window.fetch;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).endsWith('/broken.pdf')) return originalFetch(input, init);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, 4096));
          setTimeout(() => controller.error(new TypeError('network connection lost')), 50);
        },
      });
      return new Response(body, { headers: { 'content-length': String(bytes.length), 'content-type': 'application/pdf' } });
    }) as typeof fetch;
    try {
      const viewer = mountViewer();
      const { error, message } = await failingLoad(viewer, '/broken.pdf');
      expect(error.kind).to.equal('network');
      expect(message).to.contain('stopped downloading');
      await expectRecovers(viewer);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('rejects a source of the wrong type with a clear message', async () => {
    const viewer = mountViewer();
    const { error } = await failingLoad(viewer, 42 as unknown as string);
    expect(error.kind).to.equal('unsupported-source');
    await expectRecovers(viewer);
  });

  it('asks for a missing password, then opens the file when the person types it', async () => {
    const viewer = mountViewer();
    const { error } = await failingLoad(viewer, ENCRYPTED);
    expect(error.kind).to.equal('password-required');
    await viewer.updateComplete;
    const input = viewer.shadowRoot!.querySelector<HTMLInputElement>('[part~="password-prompt"] input[type="password"]')!;
    expect(input).to.exist;
    input.focus();
    const loaded = nextEvent(viewer, 'document-loaded');
    await sendKeys({ type: 'asdfasdf' });
    await sendKeys({ press: 'Enter' });
    await loaded;
    expect(viewer.pageCount).to.equal(1);
    expect(viewer.shadowRoot!.querySelector('[part~="password-prompt"]')).to.equal(null);
    await renderedCanvas(viewer, 0);
  });

  it('reports a wrong password, keeps asking, and accepts the right one from load()', async () => {
    const viewer = mountViewer();
    const { error } = await failingLoad(viewer, ENCRYPTED, 'wrong');
    expect(error.kind).to.equal('password-incorrect');
    await viewer.updateComplete;
    expect(viewer.shadowRoot!.querySelector('[part~="password-prompt"]')!.textContent).to.contain('incorrect');
    await viewer.load(ENCRYPTED, { password: 'asdfasdf' });
    expect(viewer.pageCount).to.equal(1);
    await expectRecovers(viewer);
  });

  it('opens an encrypted file with an empty user password without asking', async () => {
    const viewer = mountViewer();
    await viewer.load(`${CORPUS}/pdfjs/issue17215.pdf`);
    expect(viewer.pageCount).to.equal(1);
  });

  it('recovers a damaged file that pdf.js can repair', async () => {
    const viewer = mountViewer();
    await viewer.load(`${CORPUS}/pdfjs/bug1250079.pdf`);
    expect(viewer.pageCount).to.equal(1);
    await renderedCanvas(viewer, 0);
  });
});
