/**
 * Bad PDFs (issue 20): each one ends in a `document-error` of the right kind
 * or a rendered document, throws nothing uncaught, and leaves the element able
 * to show a good document. errors.test.ts covers the basic cases (missing URL,
 * corrupt file, JSON, broken download, pr6531_2's missing and wrong password,
 * issue17215's empty user password, bug1250079's repair); these are the rest.
 */
import { expect } from '@open-wc/testing';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import {
  BLACK_SQUARE,
  JPX_HALF_BLACK_HALF_RED,
  concatBytes,
  deflateRepeated,
  expectLoadError,
  expectRecovers,
  lastIndexOf,
  onePagePdf,
  pageInk,
  stream,
  watchLongTasks,
  watchUncaught,
  writePdf,
} from '../helpers/bad-pdf-kit.js';
import { CSS_UNITS, MAX_CANVAS_PIXELS } from '../../src/pdf/page-view.js';
import { CORPUS, cleanupViewers, fetchBytes, inkStats, mountViewer, page, renderedCanvas, scroller } from '../helpers/viewer-fixture.js';

/** A 4-page PDF with a classic xref table at its end (15 kB). */
const CLASSIC = `${CORPUS}/py-pdf-sample-files/habibi-rotated.pdf`;

/**
 * Runs a case in a fresh viewer, fails it on any uncaught error or unhandled
 * rejection, and ends by loading a good document into the same element.
 */
async function badPdfCase(run: (viewer: InstantPdfViewer) => Promise<void>): Promise<void> {
  const uncaught = watchUncaught();
  try {
    const viewer = mountViewer();
    await run(viewer);
    await expectRecovers(viewer);
    // An unhandled rejection is reported after the task that dropped it.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    expect(uncaught.stop()).to.deep.equal([]);
  }
}

async function classicBytes(): Promise<Uint8Array> {
  return new Uint8Array(await fetchBytes(CLASSIC));
}

describe('bad PDFs', function () {
  this.timeout(30000);
  afterEach(cleanupViewers);

  it('reports an empty (0-byte) file as not a PDF', () =>
    badPdfCase(async (viewer) => {
      await expectLoadError(viewer, new Blob([], { type: 'application/pdf' }), 'invalid-pdf');
    }));

  it('reports a file cut after its header', () =>
    badPdfCase(async (viewer) => {
      const bytes = await classicBytes();
      await expectLoadError(viewer, bytes.slice(0, 9), 'invalid-pdf');
    }));

  it('reports a file cut in the middle of its objects', () =>
    badPdfCase(async (viewer) => {
      const bytes = await classicBytes();
      await expectLoadError(viewer, bytes.slice(0, bytes.length >> 1), 'invalid-pdf');
    }));

  it('reports a file cut just before its xref table (no trailer, no /Root)', () =>
    badPdfCase(async (viewer) => {
      const bytes = await classicBytes();
      await expectLoadError(viewer, bytes.slice(0, lastIndexOf(bytes, 'xref\n0 ')), 'invalid-pdf');
    }));

  it('repairs a file cut after its trailer, before startxref, and renders it', () =>
    badPdfCase(async (viewer) => {
      const bytes = await classicBytes();
      await viewer.load(bytes.slice(0, lastIndexOf(bytes, 'startxref')));
      expect(viewer.pageCount).to.equal(4);
      // The page holds a few lines of text.
      expect(await pageInk(viewer)).to.be.greaterThan(0.0002);
    }));

  it('reports an HTML page given as a Blob', () =>
    badPdfCase(async (viewer) => {
      const page = new Blob(['<!doctype html><html><head><title>Login</title></head><body><p>Please sign in</p></body></html>'], {
        type: 'application/pdf',
      });
      const error = await expectLoadError(viewer, page, 'invalid-pdf');
      expect(error.message).to.contain('not a PDF');
    }));

  it('reports a URL that answers with an HTML page', () =>
    badPdfCase(async (viewer) => {
      const error = await expectLoadError(viewer, '/demo/index.html', 'invalid-pdf');
      expect(error.message).to.contain('/demo/index.html');
    }));

  it('opens an RC4 file with an empty user password and no trailer /ID without asking', () =>
    badPdfCase(async (viewer) => {
      await viewer.load(`${CORPUS}/pypdf/encrypted_doc_no_id.pdf`);
      expect(viewer.pageCount).to.equal(3);
      expect(viewer.shadowRoot!.querySelector('[part~="password-prompt"]')).to.equal(null);
      // Pages 1 and 3 are blank; page 2 is a decrypted CCITT fax scan.
      viewer.goToPage(1);
      expect(await pageInk(viewer, 1)).to.be.greaterThan(0.001);
    }));

  it('reports a wrong password for a file whose user password is empty, then opens it without one', () =>
    badPdfCase(async (viewer) => {
      const source = `${CORPUS}/pypdf/encrypted_doc_no_id.pdf`;
      await expectLoadError(viewer, source, 'password-incorrect', 'wrong');
      await viewer.load(source);
      expect(viewer.pageCount).to.equal(3);
    }));

  it('treats an empty password as a missing one', () =>
    badPdfCase(async (viewer) => {
      await expectLoadError(viewer, `${CORPUS}/pdfjs/pr6531_2.pdf`, 'password-required', '');
    }));

  it('repairs an xref table whose offsets are all shifted and renders the page', () =>
    badPdfCase(async (viewer) => {
      await viewer.load(onePagePdf(BLACK_SQUARE, { options: { xrefShift: 7 } }));
      expect(viewer.pageCount).to.equal(1);
      expect(await pageInk(viewer)).to.be.greaterThan(0.2);
    }));

  it('reports an xref that cannot be repaired (no catalog anywhere)', () =>
    badPdfCase(async (viewer) => {
      const bytes = writePdf(['<< /Type /Pages /Kids [] /Count 0 >>', '(just a string)'], { xrefShift: 9999 });
      await expectLoadError(viewer, bytes, 'invalid-pdf');
    }));

  it('reports a document with zero pages', () =>
    badPdfCase(async (viewer) => {
      const bytes = writePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']);
      const error = await expectLoadError(viewer, bytes, 'invalid-pdf');
      expect(error.message).to.contain('no pages');
    }));

  it('reports a page tree whose only page is not a page', () =>
    badPdfCase(async (viewer) => {
      const bytes = writePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '(not a page)']);
      await expectLoadError(viewer, bytes, 'invalid-pdf');
    }));

  it('shows the good pages of a document whose second page is not a page', () =>
    badPdfCase(async (viewer) => {
      const bytes = writePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>',
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>`,
        stream('', BLACK_SQUARE),
        '(not a page)',
      ]);
      await viewer.load(bytes);
      expect(viewer.pageCount).to.equal(2);
      expect(await pageInk(viewer)).to.be.greaterThan(0.2);
      expect(page(viewer, 1)).to.exist;
      // The document is usable: its (empty) changes export.
      expect(viewer.exportInstantJson().format).to.equal('https://pspdfkit.com/instant-json/v1');
    }));

  it('renders a 200 × 200 inch page without crashing and stays responsive', () =>
    badPdfCase(async (viewer) => {
      const size = 200 * 72;
      const bytes = onePagePdf(`0 g 0 0 ${size} ${size} re f`, { mediaBox: [0, 0, size, size] });
      // At 100 % the page is 19,200 CSS px square: its canvas must be capped, not fail to allocate.
      viewer.zoom = 1;
      const longTasks = watchLongTasks();
      await viewer.load(bytes);
      expect(viewer.pageCount).to.equal(1);
      expect(page(viewer, 0).getBoundingClientRect().width).to.be.closeTo(size * CSS_UNITS, 2);
      const canvas = await renderedCanvas(viewer, 0);
      expect(canvas.width * canvas.height).to.be.within(1, MAX_CANVAS_PIXELS);
      expect(await pageInk(viewer)).to.be.greaterThan(0.5);
      // It still scrolls.
      scroller(viewer).scrollTop = 5000;
      expect(scroller(viewer).scrollTop).to.equal(5000);
      const longest = longTasks.stop();
      // A figure for the log, not a threshold: timings on shared CI machines are noise.
      console.log(`[bad pdfs] longest main-thread task ${longest.toFixed(0)} ms`);
    }));

  it('survives a decompression bomb (a content stream inflating to 256 MB) without blocking the page', () =>
    badPdfCase(async (viewer) => {
      const bomb = await deflateRepeated(0x20, 256 << 20);
      const bytes = onePagePdf(stream('/Filter /FlateDecode', bomb));
      const longTasks = watchLongTasks();
      const started = performance.now();
      const loading = viewer.load(bytes);
      // The main thread stays free while the worker inflates.
      const ticks = await new Promise<number>((resolve) => {
        let count = 0;
        const tick = () => (++count === 10 ? resolve(count) : setTimeout(tick, 10));
        tick();
      });
      expect(ticks).to.equal(10);
      await loading;
      expect(viewer.pageCount).to.equal(1);
      await renderedCanvas(viewer, 0, 20000);
      console.log(`[bad pdfs] decompression bomb opened and drawn in ${(performance.now() - started).toFixed(0)} ms`);
      const longest = longTasks.stop();
      // A figure for the log, not a threshold: timings on shared CI machines are noise.
      console.log(`[bad pdfs] longest main-thread task ${longest.toFixed(0)} ms`);
    }));

  it('renders around 100,000 levels of nested arrays in a content stream', () =>
    badPdfCase(async (viewer) => {
      const depth = 100_000;
      const content = `${BLACK_SQUARE}\n${'['.repeat(depth)}${']'.repeat(depth)}\n${'<< /A '.repeat(depth)}1${' >>'.repeat(depth)}\n`;
      const bytes = onePagePdf(content);
      const longTasks = watchLongTasks();
      await viewer.load(bytes);
      expect(viewer.pageCount).to.equal(1);
      expect(await pageInk(viewer)).to.be.greaterThan(0.2);
      const longest = longTasks.stop();
      // A figure for the log, not a threshold: timings on shared CI machines are noise.
      console.log(`[bad pdfs] longest main-thread task ${longest.toFixed(0)} ms`);
    }));

  it('renders a JPEG 2000 (JPXDecode) image', () =>
    badPdfCase(async (viewer) => {
      const image = stream('/Type /XObject /Subtype /Image /Width 16 /Height 16 /Filter /JPXDecode', JPX_HALF_BLACK_HALF_RED);
      await viewer.load(onePagePdf('q 200 0 0 200 0 0 cm /Im1 Do Q', { resources: '/XObject << /Im1 6 0 R >>', extra: [image] }));
      const canvas = await renderedCanvas(viewer, 0);
      const context = canvas.getContext('2d')!;
      const [lr, lg, lb] = context.getImageData(canvas.width * 0.25, canvas.height * 0.5, 1, 1).data;
      const [rr, rg, rb] = context.getImageData(canvas.width * 0.75, canvas.height * 0.5, 1, 1).data;
      expect(lr! + lg! + lb!, 'left half black').to.be.lessThan(120);
      expect(rr, 'right half red').to.be.greaterThan(150);
      expect(rg! + rb!, 'right half red').to.be.lessThan(150);
    }));

  it('draws the rest of a page whose JBIG2 image is garbage', () =>
    badPdfCase(async (viewer) => {
      const garbage = Uint8Array.from({ length: 512 }, (_, i) => (i * 73 + 11) & 0xff);
      const image = stream('/Type /XObject /Subtype /Image /Width 64 /Height 64 /BitsPerComponent 1 /Filter /JBIG2Decode', garbage);
      const content = `${BLACK_SQUARE}\nq 40 0 0 40 10 10 cm /Im1 Do Q`;
      await viewer.load(onePagePdf(content, { resources: '/XObject << /Im1 6 0 R >>', extra: [image] }));
      expect(await pageInk(viewer)).to.be.greaterThan(0.2);
    }));

  it('draws the rest of a page whose embedded TrueType font is garbage', () =>
    badPdfCase(async (viewer) => {
      const garbage = concatBytes(['\x00\x01\x00\x00', Uint8Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) & 0xff)]);
      const font = '<< /Type /Font /Subtype /TrueType /BaseFont /Broken /FirstChar 32 /LastChar 126 /FontDescriptor 7 0 R >>';
      const descriptor = '<< /Type /FontDescriptor /FontName /Broken /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 8 0 R >>';
      const content = `${BLACK_SQUARE}\nBT /F2 24 Tf 20 170 Td (Hello broken font) Tj ET`;
      await viewer.load(onePagePdf(content, { fonts: '/F2 6 0 R', extra: [font, descriptor, stream('', garbage)] }));
      const { inkFraction, box } = inkStats(await renderedCanvas(viewer, 0));
      expect(inkFraction).to.be.greaterThan(0.2);
      // pdf.js falls back to a standard font: the line of text above the square is drawn too.
      expect(box!.top).to.be.lessThan(0.2);
    }));
});
