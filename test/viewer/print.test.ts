/**
 * print(): the saved PDF drawn at print intent into a hidden frame in the
 * viewer's shadow root, one image per page on a sheet of the page's own
 * size; progress and Cancel; Ctrl+P; the host page left alone. The frame's
 * print() is replaced by a recorder (test/helpers/print-kit.ts), so what
 * is checked is exactly what the print dialog would get.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { AnnotationInput } from '../../src/model/index.js';
import { readPageAnnotations } from '../../src/pdf/annotation-reader.js';
import { openPdfDocument } from '../../src/pdf/pdf-document-loader.js';
import { PrintRenderer } from '../../src/pdf/print-renderer.js';
import { blankPdf, blankViewer, settled, type BlankPage } from '../helpers/annotation-kit.js';
import { capturePrints, hostPageState, isColour } from '../helpers/print-kit.js';
import { centre } from '../helpers/toolbar-kit.js';
import { CORPUS, cleanupViewers, fetchBytes, mountViewer, nextEvent, waitFor } from '../helpers/viewer-fixture.js';

const RED = [255, 0, 0] as const;
const BLUE = [0, 0, 255] as const;
const GREEN = [0, 160, 0] as const;
const WHITE = [255, 255, 255] as const;

function box(pageIndex: number, bbox: [number, number, number, number], colour: string, flags?: string[]): AnnotationInput {
  return {
    type: 'pspdfkit/shape/rectangle',
    pageIndex,
    bbox,
    strokeColor: colour,
    fillColor: colour,
    strokeWidth: 2,
    ...(flags ? { flags } : {}),
  } as AnnotationInput;
}

/** Console errors the viewer logs on purpose for a failed print, kept out of the test output. */
function quietConsoleError(): () => void {
  const original = console.error;
  console.error = () => undefined;
  return () => (console.error = original);
}

afterEach(cleanupViewers);

async function pressControlP(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyP' });
  await sendKeys({ up: 'Control' });
}

describe('print()', () => {
  const PAGES: BlankPage[] = [
    { width: 400, height: 300 },
    { width: 300, height: 500 },
    { width: 612, height: 792, rotate: 90 },
  ];

  it('prints one image per page, each on a sheet of its own size and orientation', async () => {
    const viewer = await blankViewer(PAGES);
    // Top-left corner of the unrotated page 3; printed rotated by 90°, it lands at the top right.
    viewer.createAnnotation(box(2, [20, 20, 60, 40], '#ff0000'));
    await settled(viewer);
    const capture = capturePrints(viewer);
    const started = performance.now();
    await viewer.print();
    console.log(`print of 3 pages: ${Math.round(performance.now() - started)} ms`);
    capture.stop();

    expect(capture.calls).to.have.length(1);
    const { sheets, title, parent } = capture.calls[0]!;
    expect(parent, 'the frame is in the viewer\'s shadow root').to.equal(viewer.shadowRoot);
    expect(title).to.equal('document-annotated.pdf');
    expect(sheets.map((sheet) => sheet.size)).to.deep.equal([
      [400, 300],
      [300, 500],
      [792, 612],
    ]);
    for (const [index, sheet] of sheets.entries()) {
      const [width, height] = sheet.size;
      expect(sheet.pixelWidth / sheet.pixelHeight, `page ${index + 1} image aspect`).to.be.closeTo(width / height, 0.01);
      expect(sheet.pixelWidth, `page ${index + 1} at 150 dpi`).to.be.closeTo((width * 150) / 72, 1);
      expect(sheet.box[0], `page ${index + 1} sheet width in px`).to.be.closeTo((width * 4) / 3, 0.5);
      expect(sheet.box[1], `page ${index + 1} sheet height in px`).to.be.closeTo((height * 4) / 3, 0.5);
    }
    // Unrotated (x, y) on a page 612 wide and 792 high shows at (792 − y, x) once turned by 90°.
    const rotated = sheets[2]!;
    expect(rotated.share([792 - 60 + 5, 20 + 5, 40 - 10, 60 - 10], isColour(RED)), 'rectangle turned with its page').to.be.above(0.9);
    expect(rotated.share([20 + 5, 20 + 5, 40 - 10, 60 - 10], isColour(WHITE)), 'nothing at the unrotated place').to.be.above(0.9);
    expect(capture.frames).to.have.length(1);
    expect(capture.frames[0]!.isConnected, 'the frame is removed afterwards').to.equal(false);
    expect(viewer.shadowRoot!.querySelector('iframe')).to.equal(null);
  });

  it('leaves out annotations marked noPrint or hidden, as Acrobat prints', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }]);
    viewer.createAnnotation(box(0, [40, 40, 100, 80], '#ff0000'));
    viewer.createAnnotation(box(0, [220, 40, 100, 80], '#0000ff', ['noPrint']));
    viewer.createAnnotation(box(0, [40, 170, 100, 80], '#00a000', ['hidden']));
    await settled(viewer);

    // The saved PDF holds all three: what print leaves out, it leaves out by their flags.
    const saved = await openPdfDocument(await viewer.exportPdf());
    try {
      const records = await readPageAnnotations(saved.document, 0);
      const flagsByPlace = Object.fromEntries(records.map((record) => [record.bbox.slice(0, 2).join(','), record.flags ?? []]));
      expect(flagsByPlace).to.deep.equal({ '40,40': [], '220,40': ['noPrint'], '40,170': ['hidden'] });
    } finally {
      await saved.destroy();
    }

    const capture = capturePrints(viewer);
    await viewer.print();
    capture.stop();
    const [sheet] = capture.calls[0]!.sheets;
    const inside = (bbox: [number, number, number, number]): [number, number, number, number] => [bbox[0] + 6, bbox[1] + 6, bbox[2] - 12, bbox[3] - 12];
    expect(sheet!.share(inside([40, 40, 100, 80]), isColour(RED)), 'the normal annotation prints').to.be.above(0.95);
    expect(sheet!.share(inside([220, 40, 100, 80]), isColour(WHITE)), 'noPrint is left out').to.be.above(0.99);
    expect(sheet!.share(inside([40, 170, 100, 80]), isColour(WHITE)), 'hidden is left out').to.be.above(0.99);
    expect(sheet!.share([0, 0, 400, 300], isColour(BLUE)), 'no blue anywhere').to.equal(0);
    expect(sheet!.share([0, 0, 400, 300], isColour(GREEN)), 'no green anywhere').to.equal(0);
  });

  it('never prints or restyles the host page, and frees every image it made', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }, { width: 400, height: 300 }]);
    viewer.createAnnotation(box(0, [40, 40, 100, 80], '#ff0000'));
    await settled(viewer);
    const before = hostPageState();
    let hostPrints = 0;
    const hostPrint = window.print;
    window.print = () => void hostPrints++;
    const created: string[] = [];
    const revoked = new Set<string>();
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = createObjectURL.call(URL, object);
      created.push(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.add(url);
      revokeObjectURL.call(URL, url);
    };
    const capture = capturePrints(viewer);
    let duringPrint = '';
    const observer = new MutationObserver(() => undefined);
    try {
      const printing = viewer.print();
      // The state of the host page while the frame is filled and printed.
      await waitFor(() => capture.frames.length > 0, 'the print frame');
      duringPrint = hostPageState();
      await printing;
    } finally {
      window.print = hostPrint;
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      capture.stop();
      observer.disconnect();
    }
    expect(capture.calls, 'the frame printed once').to.have.length(1);
    expect(hostPrints, 'window.print of the host page').to.equal(0);
    expect(duringPrint, 'host page while printing').to.equal(before);
    expect(hostPageState(), 'host page after printing').to.equal(before);
    expect(created.length, 'one image per page').to.equal(2);
    expect(created.every((url) => revoked.has(url)), 'every image URL revoked').to.equal(true);
  });

  it('shows progress with Cancel; Cancel stops drawing and prints nothing', async () => {
    const pageCount = 60;
    const viewer = await blankViewer(Array.from({ length: pageCount }, () => ({ width: 612, height: 792 })));
    const capture = capturePrints(viewer);
    const printing = viewer.print();
    const progress = await waitFor(() => {
      const element = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="export-progress"]');
      return element && /Preparing page [2-9]\d? of 60/.test(element.textContent ?? '') ? element : undefined;
    }, 'progress past page 1');
    const bar = progress.querySelector('progress')!;
    expect(bar.max).to.equal(pageCount);
    expect(bar.getAttribute('aria-valuetext')).to.match(/^Preparing page \d+ of 60$/);
    expect(bar.value).to.be.above(0);
    const toolbarPrint = viewer.shadowRoot!.querySelector<HTMLButtonElement>('ipv-toolbar [data-id="button:print"]');
    if (toolbarPrint) expect(toolbarPrint.disabled, 'Print is disabled while printing').to.equal(true);
    const cancel = progress.querySelector<HTMLElement>('[part~="export-cancel-button"]')!;
    expect(cancel.textContent!.trim()).to.equal('Cancel');
    const reached = Number(/page (\d+) of/.exec(progress.textContent ?? '')![1]);
    await sendMouse({ type: 'click', position: centre(cancel) });
    await printing;
    console.log(`cancelled while preparing page ${reached} of ${pageCount}`);
    expect(reached, 'cancelled part way').to.be.below(pageCount);
    expect(capture.calls, 'nothing printed').to.have.length(0);
    expect(capture.frames.every((frame) => !frame.isConnected), 'frame removed').to.equal(true);
    await viewer.updateComplete;
    expect(viewer.shadowRoot!.querySelector('[part~="export-progress"]'), 'progress gone').to.equal(null);
    capture.stop();
  });

  it('Ctrl+P in the viewer prints the document, not the host page; Escape cancels from the focused Cancel', async () => {
    const viewer = await blankViewer(Array.from({ length: 40 }, () => ({ width: 612, height: 792 })));
    const capture = capturePrints(viewer);
    const prevented: boolean[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'p' && event.ctrlKey) prevented.push(event.defaultPrevented);
    };
    window.addEventListener('keydown', onKey);
    try {
      viewer.focus();
      await pressControlP();
      const progress = await waitFor(() => viewer.shadowRoot!.querySelector<HTMLElement>('[part~="export-progress"]'), 'print progress');
      expect(prevented, 'the browser\'s own print is prevented').to.deep.equal([true]);
      const cancel = progress.querySelector('[part~="export-cancel-button"]');
      await waitFor(() => viewer.shadowRoot!.activeElement === cancel, 'focus on Cancel');
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !viewer.shadowRoot!.querySelector('[part~="export-progress"]'), 'progress to end');
      expect(capture.calls, 'Escape cancelled').to.have.length(0);
      expect(document.activeElement, 'focus back in the viewer').to.equal(viewer);

      await pressControlP();
      await waitFor(() => capture.calls.length === 1, 'the second Ctrl+P to print', 30000);
      expect(capture.calls[0]!.sheets).to.have.length(40);
      await waitFor(() => capture.frames.every((frame) => !frame.isConnected), 'frame removal');
    } finally {
      window.removeEventListener('keydown', onKey);
      capture.stop();
    }
  });

  it('a failed print rejects and says why in the viewer', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }]);
    const capture = capturePrints(viewer);
    const toBlob = HTMLCanvasElement.prototype.toBlob;
    HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
      callback(null);
    };
    const restoreConsole = quietConsoleError();
    let error: unknown;
    try {
      await viewer.print();
    } catch (caught) {
      error = caught;
    } finally {
      HTMLCanvasElement.prototype.toBlob = toBlob;
      restoreConsole();
      capture.stop();
    }
    expect(error).to.be.instanceOf(Error);
    await viewer.updateComplete;
    const message = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="export-error"]')!;
    expect(message.checkVisibility()).to.equal(true);
    const alert = message.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('The document could not be printed.');
    expect(alert.textContent).to.contain((error as Error).message);
    expect(capture.calls).to.have.length(0);
    expect(capture.frames.every((frame) => !frame.isConnected)).to.equal(true);
    message.querySelector<HTMLButtonElement>('button')!.click();
    await viewer.updateComplete;
    expect(viewer.shadowRoot!.querySelector('[part~="export-error"]'), 'Close removes the message').to.equal(null);
  });

  it('print() before a document rejects', async () => {
    const viewer = mountViewer();
    await viewer.updateComplete;
    const restoreConsole = quietConsoleError();
    try {
      await viewer.print().then(
        () => expect.fail('print() resolved'),
        (error: Error) => expect(error.message).to.match(/No document is loaded/),
      );
    } finally {
      restoreConsole();
    }
  });
});

describe('PrintRenderer', () => {
  it('draws a real PDF\'s pages at print intent, one canvas at a time', async () => {
    const bytes = new Uint8Array(await fetchBytes(`${CORPUS}/py-pdf-sample-files/GeoTopo-komprimiert.pdf`));
    const renderer = await PrintRenderer.open(bytes);
    const canvases: HTMLCanvasElement[] = [];
    const createElement = document.createElement;
    document.createElement = function (this: Document, name: string, options?: ElementCreationOptions) {
      const element = createElement.call(this, name, options);
      if (element instanceof HTMLCanvasElement) canvases.push(element);
      return element;
    } as typeof document.createElement;
    try {
      let maxLive = 0;
      const started = performance.now();
      let bytesOut = 0;
      for (let index = 0; index < 5; index++) {
        const page = await renderer.renderPage(index);
        bytesOut += page.image.size;
        maxLive = Math.max(maxLive, canvases.filter((canvas) => canvas.width > 0).length);
        expect(page.image.type).to.equal('image/png');
        expect(page.pixelWidth).to.be.closeTo((page.width * 150) / 72, 1);
      }
      console.log(`GeoTopo, 5 pages at 150 dpi: ${Math.round(performance.now() - started)} ms, ${Math.round(bytesOut / 1024)} kB of PNG`);
      expect(renderer.pageCount).to.equal(117);
      expect(canvases.length, 'one canvas per page').to.equal(5);
      expect(maxLive, 'each canvas freed before the next page').to.equal(0);
    } finally {
      document.createElement = createElement;
      await renderer.close();
    }
  });

  it('a cancelled page rejects with the signal\'s reason', async () => {
    const renderer = await PrintRenderer.open(blankPdf([{ width: 400, height: 300 }]));
    try {
      const controller = new AbortController();
      controller.abort(new DOMException('stop', 'AbortError'));
      const error = await renderer.renderPage(0, controller.signal).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect((error as DOMException).name).to.equal('AbortError');
    } finally {
      await renderer.close();
    }
  });
});

describe('print() of a loaded corpus PDF', () => {
  it('prints every page of a rotated real PDF', async () => {
    const viewer = mountViewer({ src: `${CORPUS}/qpdf/annotations-rotated-90.pdf` });
    await nextEvent(viewer, 'document-loaded');
    const capture = capturePrints(viewer);
    await viewer.print();
    capture.stop();
    const saved = await openPdfDocument(await viewer.exportPdf());
    try {
      const sizes = await Promise.all(
        Array.from({ length: saved.pageCount }, async (_, index) => {
          const viewport = (await saved.document.getPage(index + 1)).getViewport({ scale: 1 });
          return [Math.round(viewport.width * 100) / 100, Math.round(viewport.height * 100) / 100];
        }),
      );
      expect(capture.calls[0]!.sheets.map((sheet) => sheet.size)).to.deep.equal(sizes);
    } finally {
      await saved.destroy();
    }
  });
});

export type { InstantPdfViewer };
