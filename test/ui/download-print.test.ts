/**
 * The toolbar's Download and Print, and exportPdf(), in a real viewer 390
 * (by touch), 600 and 1280 px wide: the buttons are where a person finds
 * them (in "More" on a phone), Download hands the host the annotated PDF in
 * a cancellable `pdf-export` event and then saves `<name>-annotated.pdf`,
 * Print prints it; both wait for a document and for each other; failures
 * are shown. Saving is observed at the anchor the viewer clicks, so no file
 * is written.
 */
import { expect } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { PdfExportDetail } from '../../src/events.js';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { AnnotationInput } from '../../src/model/index.js';
import { readPageAnnotations } from '../../src/pdf/annotation-reader.js';
import { openPdfDocument } from '../../src/pdf/pdf-document-loader.js';
import { defaultToolbarItems } from '../../src/ui/toolbar-items.js';
import { annotatedFileName } from '../../src/viewer/download.js';
import { tap } from '../helpers/input-kit.js';
import { capturePrints, isColour } from '../helpers/print-kit.js';
import { centre, itemPath, menuItem, toolbarOf, toolbarSettled } from '../helpers/toolbar-kit.js';
import { CORPUS, cleanupViewers, mountViewer, nextEvent, waitFor } from '../helpers/viewer-fixture.js';

const HEIGHT = 560;
const RECT = { type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [60, 80, 150, 90], strokeColor: '#ff0000', strokeWidth: 3 } as AnnotationInput;

interface SavedFile {
  readonly download: string;
  readonly href: string;
}

/** Records the `<a download>` clicks of the viewer instead of letting the browser save files. */
function captureSaves(): { saves: SavedFile[]; restore(): void } {
  const saves: SavedFile[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.hasAttribute('download')) saves.push({ download: this.download, href: this.href });
    else click.call(this);
  };
  return { saves, restore: () => (HTMLAnchorElement.prototype.click = click) };
}

async function openSample(width: number, attributes: Record<string, string> = {}): Promise<InstantPdfViewer> {
  const viewer = mountViewer({ src: '/demo/sample.pdf', ...attributes }, { width, height: HEIGHT });
  await nextEvent(viewer, 'document-loaded');
  await toolbarSettled(viewer);
  return viewer;
}

type Press = (element: Element) => Promise<void>;
const click: Press = (element) => sendMouse({ type: 'click', position: centre(element) });
const touch: Press = (element) => tap(centre(element));

/** Presses toolbar item `key` as a person would: its button, or the menu button and then the item. Returns whether it was in a menu. */
async function pressItem(viewer: InstantPdfViewer, key: string, press: Press): Promise<boolean> {
  const path = itemPath(viewer, key);
  expect(path, `${key} is in the toolbar or one of its menus`).to.not.equal(undefined);
  await press(path!.button);
  await toolbarSettled(viewer);
  if (!path!.menu) return false;
  expect(path!.menu.matches(':popover-open'), `${key}: its menu opened`).to.equal(true);
  await press(menuItem(path!.menu, key));
  return true;
}

/** The toolbar button or menu item of `key`, wherever it is now. */
function itemElement(viewer: InstantPdfViewer, key: string): HTMLButtonElement | null {
  return toolbarOf(viewer).querySelector<HTMLButtonElement>(`[data-id="${key}"]`);
}

async function expectRectangleIn(bytes: Uint8Array): Promise<void> {
  const saved = await openPdfDocument(bytes);
  try {
    const records = await readPageAnnotations(saved.document, 0);
    const rectangle = records.find((record) => record.type === 'pspdfkit/shape/rectangle');
    expect(rectangle, 'the rectangle drawn before is in the saved PDF').to.not.equal(undefined);
    rectangle!.bbox.forEach((value, index) => expect(value, `bbox[${index}]`).to.be.closeTo(RECT.bbox[index]!, 0.5));
    expect((rectangle as { strokeColor?: string }).strokeColor).to.equal('#ff0000');
    const page = await saved.document.getPage(1);
    const raw = (await page.getAnnotations()) as { subtype: string; hasAppearance: boolean }[];
    expect(raw.find((item) => item.subtype === 'Square')?.hasAppearance, '/AP written').to.equal(true);
  } finally {
    await saved.destroy();
  }
}

before(() => {
  document.body.style.margin = '0';
});
after(() => setViewport({ width: 800, height: 600 }));
afterEach(cleanupViewers);

const WIDTHS: { width: number; press: Press; how: string }[] = [
  { width: 390, press: touch, how: 'by touch' },
  { width: 600, press: click, how: 'with the mouse' },
  { width: 1280, press: click, how: 'with the mouse' },
];

for (const { width, press, how } of WIDTHS) {
  describe(`Download and Print in a viewer ${width} px wide, ${how}`, () => {
    before(() => setViewport({ width, height: 720 }));

    it('Download fires pdf-export with the annotated PDF, then saves <name>-annotated.pdf', async () => {
      const viewer = await openSample(width);
      viewer.createAnnotation(RECT);
      await toolbarSettled(viewer);
      const capture = captureSaves();
      try {
        const exported = nextEvent<PdfExportDetail>(document, 'pdf-export', 30000);
        const inMenu = await pressItem(viewer, 'button:download', press);
        if (width === 390) expect(inMenu, 'on a phone, Download is in "More"').to.equal(true);
        if (width === 1280) expect(inMenu, 'on a wide screen, Download is in the row').to.equal(false);
        const event = await exported;
        expect(event.cancelable && event.bubbles && event.composed, 'cancelable, bubbling, composed').to.equal(true);
        expect(event.detail.fileName).to.equal('sample-annotated.pdf');
        expect(event.detail.bytes).to.be.instanceOf(Uint8Array);
        await expectRectangleIn(event.detail.bytes);
        expect(capture.saves).to.have.length(1);
        expect(capture.saves[0]!.download).to.equal('sample-annotated.pdf');
        expect(capture.saves[0]!.href).to.match(/^blob:/);
      } finally {
        capture.restore();
      }
    });

    it('Print prints every page of the saved PDF', async () => {
      const viewer = await openSample(width);
      viewer.createAnnotation(RECT);
      const prints = capturePrints(viewer);
      try {
        const inMenu = await pressItem(viewer, 'button:print', press);
        if (width === 390) expect(inMenu, 'on a phone, Print is in "More"').to.equal(true);
        await waitFor(() => prints.calls.length === 1, 'the frame to print', 30000);
        const { sheets } = prints.calls[0]!;
        expect(sheets).to.have.length(viewer.pageCount);
        // The rectangle's red border, printed where it was drawn (points, top-left origin).
        const [left, top, w] = RECT.bbox;
        expect(sheets[0]!.share([left! + 10, top! - 1, w! - 20, 3], isColour([255, 0, 0], 60)), 'the rectangle prints').to.be.above(0.5);
        await waitFor(() => !viewer.shadowRoot!.querySelector('iframe'), 'the frame to go');
      } finally {
        prints.stop();
      }
    });
  });
}

describe('Download', () => {
  before(() => setViewport({ width: 1280, height: 720 }));

  it('preventDefault() in a pdf-export listener stops the save', async () => {
    const viewer = await openSample(1280);
    viewer.createAnnotation(RECT);
    const capture = captureSaves();
    let objectUrls = 0;
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      objectUrls++;
      return createObjectURL.call(URL, object);
    };
    const onExport = (event: Event) => event.preventDefault();
    viewer.addEventListener('pdf-export', onExport);
    try {
      const exported = nextEvent<PdfExportDetail>(viewer, 'pdf-export', 30000);
      await click(itemElement(viewer, 'button:download')!);
      const event = await exported;
      expect(event.defaultPrevented).to.equal(true);
      await expectRectangleIn(event.detail.bytes);
      await waitFor(() => !itemElement(viewer, 'button:download')!.disabled, 'Download to be enabled again');
      expect(capture.saves, 'no file saved').to.have.length(0);
      expect(objectUrls, 'no object URL made').to.equal(0);
    } finally {
      viewer.removeEventListener('pdf-export', onExport);
      URL.createObjectURL = createObjectURL;
      capture.restore();
    }
  });

  it('Download and Print are disabled until a document is open, and while one of them runs', async () => {
    const viewer = mountViewer({}, { width: 1280, height: HEIGHT });
    await viewer.updateComplete;
    await toolbarSettled(viewer);
    expect(itemElement(viewer, 'button:download')!.disabled, 'Download without a document').to.equal(true);
    expect(itemElement(viewer, 'button:print')!.disabled, 'Print without a document').to.equal(true);
    const loaded = nextEvent(viewer, 'document-loaded');
    viewer.src = '/demo/sample.pdf';
    await loaded;
    await toolbarSettled(viewer);
    expect(itemElement(viewer, 'button:download')!.disabled).to.equal(false);
    expect(itemElement(viewer, 'button:print')!.disabled).to.equal(false);
    // readonly viewers still save and print: neither changes the document.
    viewer.readonly = true;
    await toolbarSettled(viewer);
    expect(itemElement(viewer, 'button:download')!.disabled, 'readonly').to.equal(false);

    const capture = captureSaves();
    try {
      const states: boolean[] = [];
      viewer.addEventListener('pdf-export', () => states.push(itemElement(viewer, 'button:download')!.disabled, itemElement(viewer, 'button:print')!.disabled), { once: true });
      const exported = nextEvent(viewer, 'pdf-export', 30000);
      await click(itemElement(viewer, 'button:download')!);
      await toolbarSettled(viewer);
      await exported;
      expect(states, 'both disabled while the PDF is prepared').to.deep.equal([true, true]);
      await waitFor(() => !itemElement(viewer, 'button:print')!.disabled, 'Print to be enabled after the download');
    } finally {
      capture.restore();
    }
  });

  it('a PDF that cannot be saved shows why, announced, and fires no pdf-export', async () => {
    // Encrypted (RC4, empty user password): pdf.js opens it, the writer refuses it with a clear error.
    const viewer = mountViewer({ src: `${CORPUS}/pdfjs/issue17215.pdf` }, { width: 1280, height: HEIGHT });
    await nextEvent(viewer, 'document-loaded');
    await toolbarSettled(viewer);
    let exports = 0;
    viewer.addEventListener('pdf-export', () => exports++);
    const error = console.error;
    console.error = () => undefined;
    try {
      await click(itemElement(viewer, 'button:download')!);
      const message = await waitFor(() => viewer.shadowRoot!.querySelector<HTMLElement>('[part~="export-error"]'), 'the error message', 30000);
      expect(message.checkVisibility()).to.equal(true);
      const alert = message.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('The PDF could not be saved.');
      expect(alert.textContent!.length, 'with the reason').to.be.above('The PDF could not be saved.'.length + 10);
      console.log(`download error shown: ${alert.textContent}`);
      await expect(viewer).to.be.accessible();
    } finally {
      console.error = error;
    }
    expect(exports).to.equal(0);
    await toolbarSettled(viewer);
    expect(itemElement(viewer, 'button:download')!.disabled, 'Download usable again').to.equal(false);
  });

  it('names the file after the source', () => {
    expect(annotatedFileName('/files/Quarterly%20report.pdf?version=3#page=2')).to.equal('Quarterly report-annotated.pdf');
    expect(annotatedFileName('https://example.com/a/b/SCAN.PDF')).to.equal('SCAN-annotated.pdf');
    expect(annotatedFileName('https://example.com/download/')).to.equal('document-annotated.pdf');
    expect(annotatedFileName('/get?id=7')).to.equal('get-annotated.pdf');
    expect(annotatedFileName('/a:b*c.pdf')).to.equal('a_b_c-annotated.pdf');
    expect(annotatedFileName(new File([new Uint8Array(1)], 'contract.pdf'))).to.equal('contract-annotated.pdf');
    expect(annotatedFileName(new Blob([new Uint8Array(1)]))).to.equal('document-annotated.pdf');
    expect(annotatedFileName(new Uint8Array(1))).to.equal('document-annotated.pdf');
    expect(annotatedFileName(null)).to.equal('document-annotated.pdf');
  });
});

describe('toolbarItems with download and print', () => {
  before(() => setViewport({ width: 1280, height: 720 }));

  function allKeys(viewer: InstantPdfViewer): string[] {
    return [...toolbarOf(viewer).querySelectorAll<HTMLElement>('[data-id]')].map((element) => element.dataset['id']!);
  }

  it('hides them when left out', async () => {
    const viewer = await openSample(1280);
    expect(allKeys(viewer)).to.include.members(['button:download', 'button:print']);
    const tools = toolbarOf(viewer).tools;
    viewer.toolbarItems = defaultToolbarItems(tools).filter((item) => item.id !== 'download' && item.id !== 'print');
    await toolbarSettled(viewer);
    expect(allKeys(viewer)).to.not.include('button:download');
    expect(allKeys(viewer)).to.not.include('button:print');
    // Narrow, with "More": not in any menu either.
    viewer.style.width = '390px';
    await toolbarSettled(viewer);
    expect(allKeys(viewer)).to.not.include('button:download');
    expect(allKeys(viewer)).to.not.include('button:print');
  });

  it('moves them, and a host onPress replaces the built-in action', async () => {
    const viewer = await openSample(1280, { locale: 'de' });
    let pressed = 0;
    let exports = 0;
    viewer.addEventListener('pdf-export', () => exports++);
    viewer.toolbarItems = [
      { id: 'print', type: 'button' },
      { id: 'select', type: 'tool' },
      { id: 'download', type: 'button', title: 'Save to cloud', onPress: () => pressed++ },
    ];
    await toolbarSettled(viewer);
    const row = [...toolbarOf(viewer).querySelectorAll<HTMLElement>('.toolbar-items > [data-id]')].map((element) => element.dataset['id']);
    expect(row).to.deep.equal(['button:print', 'tool:select', 'button:download']);
    const print = itemElement(viewer, 'button:print')!;
    expect(print.getAttribute('aria-label'), 'the built-in Print, in German').to.equal('Drucken');
    expect(print.disabled).to.equal(false);
    const download = itemElement(viewer, 'button:download')!;
    expect(download.getAttribute('aria-label')).to.equal('Save to cloud');
    await click(download);
    await toolbarSettled(viewer);
    expect(pressed).to.equal(1);
    expect(exports, 'the host\'s own Download fires no pdf-export').to.equal(0);
  });

  it('labels them in German', async () => {
    const viewer = await openSample(1280, { locale: 'de' });
    expect(itemElement(viewer, 'button:download')!.getAttribute('aria-label')).to.equal('Herunterladen');
    expect(itemElement(viewer, 'button:print')!.getAttribute('title')).to.equal('Drucken');
  });
});

describe('exportPdf()', () => {
  it('rejects before a document is loaded', async () => {
    const viewer = mountViewer();
    await viewer.updateComplete;
    const error = await viewer.exportPdf().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.match(/No document is loaded/);
  });

  it('waits for a load in progress, and saves incrementally by default', async () => {
    const viewer = mountViewer({}, { width: 800, height: HEIGHT });
    const original = new Uint8Array(await (await fetch('/demo/sample.pdf')).arrayBuffer());
    viewer.src = original;
    const bytes = await viewer.exportPdf();
    expect(bytes.length).to.be.at.least(original.length);
    expect(bytes.subarray(0, original.length).every((byte, index) => byte === original[index]), 'the original is a prefix').to.equal(true);
  });

  it('flatten: true draws the annotations into the pages and removes them', async () => {
    const viewer = await openSample(800);
    viewer.createAnnotation({ ...RECT, fillColor: '#ff0000' } as AnnotationInput);
    const started = performance.now();
    const bytes = await viewer.exportPdf({ flatten: true });
    console.log(`exportPdf({ flatten: true }) of sample.pdf: ${Math.round(performance.now() - started)} ms, ${bytes.length} bytes`);
    const saved = await openPdfDocument(bytes);
    try {
      const page = await saved.document.getPage(1);
      const raw = (await page.getAnnotations()) as { subtype: string }[];
      expect(raw.filter((item) => item.subtype === 'Square'), 'no Square annotation left').to.have.length(0);
      const viewport = page.getViewport({ scale: 1 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      await page.render({ canvas, viewport, annotationMode: saved.pdfjs.AnnotationMode.DISABLE }).promise;
      const [left, top, w, h] = RECT.bbox;
      const pixel = canvas.getContext('2d')!.getImageData(left! + w! / 2, top! + h! / 2, 1, 1).data;
      expect([...pixel.slice(0, 3)], 'the rectangle is page content now').to.deep.equal([255, 0, 0]);
    } finally {
      await saved.destroy();
    }
  });
});
