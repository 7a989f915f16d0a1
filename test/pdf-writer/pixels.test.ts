/**
 * Issue 18, "Pixels": the saved PDF rendered by pdf.js (annotations drawn
 * from their appearance streams) against our live drawing of the same
 * records (imported into the element over the same blank page), annotation
 * by annotation, on a plain page, a /Rotate 90 page and an offset crop box.
 *
 * Both are compared on the same pixel grid: the element at zoom 1 shows a
 * page point as 96/72 CSS pixels, which is the scale pdf.js renders at here;
 * the element's pixels are read from a real screenshot (the annotation layer
 * is DOM and SVG over the canvas). What is compared is each annotation's
 * bbox (as shown, rotated with the page) plus two pixels of antialiasing, and
 * only the pixels inked in either rendering (see `agreement` in
 * round-trip-kit.ts): a missing annotation scores 0 %, not the white around it.
 * The figure for each type is logged; the target is 90 %.
 *
 * Two pages of records: one of each of the 17 types (on all three page
 * variants), and the styles the issue says the appearances must keep
 * (records-of-every-type.ts `recordsOfManyStyles`: clouds, dashes, caps,
 * blend modes, opacity, rotation, fonts, callouts; plain and /Rotate 90).
 *
 * Also the flags that decide what is drawn: print intent leaves noPrint
 * annotations out, hidden ones are drawn at no intent.
 */
import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation, Attachment, InstantJson } from '../../src/model/index.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { readPageAnnotations } from '../../src/pdf/annotation-reader.js';
import { CSS_UNITS } from '../../src/pdf/page-view.js';
import { settled } from '../helpers/annotation-kit.js';
import { cleanupViewers, mountViewer, nextEvent, renderedCanvas, screenPixels, scroller, waitFor } from '../helpers/viewer-fixture.js';
import { after, afterEach, before, describe, it } from '../model/mocha.js';
import { EVERY_TYPE, type EveryType, recordOf, recordsOfEveryType, recordsOfManyStyles } from './records-of-every-type.js';
import {
  agreement,
  blankPdfWithId,
  displayBox,
  frameOf,
  PAGE_VARIANTS,
  type PageVariant,
  type Raster,
  rasterOf,
  rawAnnotationsByName,
} from './round-trip-kit.js';
import { closeReopened, countPixels, FORMAT, pdfjsAnnotations, renderPage, reopen } from './writer-kit.js';

/** Pixels per point: the element's at zoom 1 (and its constant-size icons' size), and pdf.js's render scale here. */
const SCALE = CSS_UNITS;
const TARGET = 0.9;
/** Antialiased edges reach past the bbox by up to a pixel on each side. */
const MARGIN = 2;

/** The element showing the blank page with the records imported, every drawing (pictures included) done. */
async function liveViewer(original: Uint8Array, json: InstantJson): Promise<InstantPdfViewer> {
  const viewer = mountViewer({ zoom: '1' }, { width: 800, height: 560 });
  const loaded = nextEvent(viewer, 'document-loaded');
  viewer.src = original.slice();
  await loaded;
  await renderedCanvas(viewer, 0);
  await viewer.importInstantJson(json);
  await settled(viewer);
  await waitFor(
    () => [...viewer.shadowRoot!.querySelectorAll<HTMLImageElement>('img')].every((image) => image.complete),
    'pictures to decode',
  );
  await resetMouse();
  await settled(viewer);
  return viewer;
}

/** Scrolls the element until a box of page pixels is in view; returns the page canvas's place on screen. */
async function bringIntoView(viewer: InstantPdfViewer, box: { y: number; height: number }): Promise<DOMRect> {
  const view = scroller(viewer);
  const canvas = await renderedCanvas(viewer, 0);
  const viewRect = view.getBoundingClientRect();
  const top = canvas.getBoundingClientRect().top + box.y;
  const visibleTop = Math.max(viewRect.top, 0) + 8;
  const visibleBottom = Math.min(viewRect.bottom, window.innerHeight) - 8;
  if (top < visibleTop || top + box.height > visibleBottom) {
    view.scrollTop += top - visibleTop;
    await settled(viewer);
  }
  return (await renderedCanvas(viewer, 0)).getBoundingClientRect();
}

/** The screen's pixels of a box of page pixels, as a raster in page pixels (outside the box: white). */
async function livePixels(viewer: InstantPdfViewer, box: { x: number; y: number; width: number; height: number }): Promise<Raster> {
  const canvasRect = await bringIntoView(viewer, box);
  const shot = await screenPixels({ x: canvasRect.left + box.x, y: canvasRect.top + box.y, width: box.width, height: box.height });
  return {
    width: Math.ceil(canvasRect.width),
    height: Math.ceil(canvasRect.height),
    at(x, y) {
      if (x < box.x || y < box.y || x >= box.x + box.width || y >= box.y + box.height) return [255, 255, 255, 255];
      return shot.at(canvasRect.left + x + 0.5, canvasRect.top + y + 0.5);
    },
  };
}

/** The comparison box of an annotation: its bbox as shown, in whole page pixels, plus the antialiasing margin. */
function comparedBox(record: Annotation, frame: ReturnType<typeof frameOf>) {
  const shown = displayBox(record.bbox, frame, SCALE);
  const x = Math.floor(shown.x) - MARGIN;
  const y = Math.floor(shown.y) - MARGIN;
  return { x, y, width: Math.ceil(shown.x + shown.width) + MARGIN - x, height: Math.ceil(shown.y + shown.height) + MARGIN - y };
}

const figures: string[] = [];

/** What one page of a pixel suite shows: the records, their attachments, and the labelled records to compare. */
interface PixelPage {
  readonly annotations: Annotation[];
  readonly attachments: Record<string, Attachment>;
  readonly compared: readonly { readonly label: string; readonly record: Annotation }[];
}

/**
 * One `it` per compared record: its area in the saved PDF (pdf.js) against
 * the same area of our live drawing, on `variant`'s page.
 */
function pixelSuite(variant: PageVariant, labels: readonly string[], load: () => Promise<PixelPage>): void {
  describe(`on ${variant.name}`, () => {
    const original = blankPdfWithId([variant.spec]);
    const frame = frameOf(variant.spec);
    let page: PixelPage;
    let saved: Raster;
    let viewer: InstantPdfViewer;
    before(async () => {
      page = await load();
      const json = { format: FORMAT, annotations: page.annotations, attachments: page.attachments } as InstantJson;
      const bytes = await applyInstantJson(original, json);
      const pdf = await reopen(bytes);
      saved = rasterOf((await renderPage(pdf.document, 0, { scale: SCALE })).pixels);
      viewer = await liveViewer(original, json);
    });
    after(cleanupViewers);

    labels.forEach((label, index) => {
      it(`${label}: agrees with our drawing on at least 90 % of its pixels`, async () => {
        const { record } = page.compared[index]!;
        expect(page.compared[index]!.label).to.equal(label);
        const box = comparedBox(record, frame);
        const live = await livePixels(viewer, box);
        const result = agreement(live, saved, box);
        const line = `${variant.name.padEnd(32)} ${label.padEnd(48)} ${(result.share * 100).toFixed(1).padStart(5)} %  (strict ${(result.strictShare * 100).toFixed(1)} %, inked: live ${result.inkedA}, saved ${result.inkedB}, either ${result.inked})`;
        figures.push(line);
        console.log(line);
        expect(result.inkedA, 'our drawing shows the annotation').to.be.greaterThan(0);
        expect(result.inkedB, 'the saved PDF shows the annotation').to.be.greaterThan(0);
        expect(result.share, `agreement of ${label}`).to.be.at.least(TARGET);
      });
    });
  });
}

const TURNED_TEXT = 'free text turned 90°';

/** The labels of the style set, known before its records are built (tests are declared synchronously). */
const STYLE_LABELS = [
  'cloudy rectangle',
  'dashed ellipse',
  'cloudy polygon',
  'free text with a callout',
  'free text in Courier, right and bottom aligned',
  'free text with a dashed border',
  'stamp turned 90°',
  'custom stamp with subtitle',
  'image turned 90°',
  'dashed line, closed arrows, filled',
  'note with the key icon, dark',
  'highlight under a multiplied ink',
  'multiplied ink at 80 % over the highlight',
  'dashed link border',
  'redaction over two rects',
  'polyline, round caps, wide',
];

describe('PDF writer: pixels of the saved PDF against our live drawing', () => {
  before(() => {
    expect(window.devicePixelRatio, 'one device pixel per CSS pixel, so the grids match').to.equal(1);
  });
  afterEach(closeReopened);
  after(() => {
    cleanupViewers();
    // One table of every figure, for the report.
    console.log(`agreement (inked pixels; same colour within 48/255, or within 1 px as is or as an antialiased edge)\n${figures.join('\n')}`);
  });

  describe('one record of each type', () => {
    const everyType = async (): Promise<PixelPage> => {
      const document = await recordsOfEveryType();
      const compared = EVERY_TYPE.map((type) => ({ label: type, record: recordOf(document, type) }));
      return { annotations: document.annotations, attachments: document.attachments, compared };
    };
    for (const variant of PAGE_VARIANTS) pixelSuite(variant, EVERY_TYPE, everyType);
  });

  /** The style records whose label passes `keep`, as one page. */
  const stylePage = async (keep: (label: string) => boolean): Promise<PixelPage> => {
    const { styled, attachments } = await recordsOfManyStyles();
    const shown = styled.filter(({ label }) => keep(label));
    return { annotations: shown.map(({ record }) => record), attachments, compared: shown };
  };

  describe('styles the appearance must keep: clouds, dashes, caps, blend modes, opacity, rotation, fonts', () => {
    for (const variant of PAGE_VARIANTS.slice(0, 2)) pixelSuite(variant, STYLE_LABELS, () => stylePage((label) => label !== TURNED_TEXT));
  });

  // The turned free text is measured on a page of its own. Among the other
  // style records Chromium gives the viewer's turned text frame a composited
  // layer of its own and rotates it as an image, which blurs the live drawing
  // (351 inked pixels instead of 267; adding `will-change: transform` to the
  // frame alone reproduces exactly those pixels). That blur is the viewer's
  // (noted for the viewer), not a difference of the saved PDF: the same record,
  // same spot, same saved file agrees 91.6 % alone and 85.3 % with the others.
  describe('a turned free text, alone on its page', () => {
    for (const variant of PAGE_VARIANTS.slice(0, 2)) pixelSuite(variant, [TURNED_TEXT], () => stylePage((label) => label === TURNED_TEXT));
  });
});

/** The measure itself: it must tell a missing, moved or recoloured stroke from antialiasing. */
describe('PDF writer: the pixel agreement measure', () => {
  const WIDTH = 40;
  const HEIGHT = 20;
  /** A white raster with a vertical stroke of `colour` over columns [x, x + width), edge columns at `edge` coverage. */
  function stroke(x: number, width: number, colour: [number, number, number], edge = 1): Raster {
    const image = new ImageData(WIDTH, HEIGHT);
    for (let py = 0; py < HEIGHT; py += 1) {
      for (let px = 0; px < WIDTH; px += 1) {
        const inside = px >= x && px < x + width;
        const coverage = !inside ? 0 : px === x || px === x + width - 1 ? edge : 1;
        const offset = (py * WIDTH + px) * 4;
        for (let channel = 0; channel < 3; channel += 1) image.data[offset + channel] = Math.round(255 + coverage * (colour[channel]! - 255));
        image.data[offset + 3] = 255;
      }
    }
    return rasterOf(image);
  }
  const BLUE: [number, number, number] = [0, 0, 255];
  const all = { x: 0, y: 0, width: WIDTH, height: HEIGHT };
  const share = (a: Raster, b: Raster) => agreement(a, b, all).share;

  it('is 1 for the same drawing, 0 for a missing one or another colour', () => {
    expect(share(stroke(10, 4, BLUE), stroke(10, 4, BLUE))).to.equal(1);
    expect(share(stroke(10, 4, BLUE), stroke(0, 0, BLUE))).to.equal(0);
    expect(share(stroke(10, 4, BLUE), stroke(10, 4, [255, 0, 0]))).to.equal(0);
  });

  it('forgives a one-pixel shift and antialiased edges, not a stroke drawn elsewhere or twice as wide', () => {
    expect(share(stroke(10, 4, BLUE), stroke(11, 4, BLUE))).to.equal(1);
    expect(share(stroke(10, 4, BLUE), stroke(10, 4, BLUE, 0.4))).to.equal(1);
    expect(share(stroke(10, 4, BLUE), stroke(16, 4, BLUE))).to.equal(0);
    expect(share(stroke(10, 4, BLUE), stroke(10, 8, BLUE))).to.be.below(0.9);
  });
});

/** The flags that decide what is drawn where, at display and at print intent. */
describe('PDF writer: flags at display and print intent', () => {
  afterEach(closeReopened);

  const PAGE = { width: 400, height: 300 };
  const box = (index: number): [number, number, number, number] => [20 + index * 95, 100, 80, 80];
  /** Filled squares, one per flag set, each a colour of its own. */
  const squares: { flags?: string[]; color: [number, number, number] }[] = [
    { color: [255, 0, 0] },
    { flags: ['noPrint'], color: [0, 0, 255] },
    { flags: ['hidden'], color: [0, 160, 0] },
    { flags: ['noView'], color: [255, 0, 255] },
  ];
  const hex = ([r, g, b]: [number, number, number]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  const records = squares.map((square, index) => ({
    v: 2,
    type: 'pspdfkit/shape/rectangle',
    id: `01JFLAGS000000000000000${index}`,
    pageIndex: 0,
    bbox: box(index),
    strokeColor: hex(square.color),
    strokeWidth: 2,
    fillColor: hex(square.color),
    ...(square.flags && { flags: square.flags }),
  }));
  const shows = (pixels: ImageData, index: number, color: [number, number, number]): boolean => {
    const [left, top, width, height] = box(index);
    const area = { x: (left + 10) * 2, y: (top + 10) * 2, width: (width - 20) * 2, height: (height - 20) * 2 };
    const near = (r: number, g: number, b: number) => Math.abs(r - color[0]) < 40 && Math.abs(g - color[1]) < 40 && Math.abs(b - color[2]) < 40;
    return countPixels(pixels, area, near) > 0.9 * area.width * area.height;
  };

  it('writes /F: Print unless noPrint, Hidden, NoView', async () => {
    const bytes = await applyInstantJson(blankPdfWithId([PAGE]), { format: FORMAT, annotations: records } as never);
    const raw = await rawAnnotationsByName(bytes, 0);
    expect(records.map((record) => raw.get(record.id)?.number('F'))).to.deep.equal([4, 0, 4 | 2, 4 | 32]);
  });

  it('display intent draws the plain and the noPrint square, not the hidden or noView one', async () => {
    const bytes = await applyInstantJson(blankPdfWithId([PAGE]), { format: FORMAT, annotations: records } as never);
    const pdf = await reopen(bytes);
    const { pixels } = await renderPage(pdf.document, 0, { scale: 2, intent: 'display' });
    expect(squares.map((square, index) => shows(pixels, index, square.color))).to.deep.equal([true, true, false, false]);
    // pdf.js lists a hidden annotation at display intent (a script may show it) but draws it only when shown; NoView it leaves out.
    const listed = (await pdfjsAnnotations(pdf, 0, 'display')).map((annotation) => annotation.annotationFlags);
    expect(listed, 'pdf.js lists plain, noPrint and hidden').to.deep.equal([4, 0, 4 | 2]);
    const read = await readPageAnnotations(pdf.document, 0);
    expect(read.map((record) => record.flags ?? []), 'our reader keeps the flags').to.deep.equal([[], ['noPrint'], ['hidden']]);
  });

  it('print intent leaves the noPrint square out, and the hidden one; prints the plain one and the noView one', async () => {
    const bytes = await applyInstantJson(blankPdfWithId([PAGE]), { format: FORMAT, annotations: records } as never);
    const pdf = await reopen(bytes);
    const { pixels } = await renderPage(pdf.document, 0, { scale: 2, intent: 'print' });
    // NoView hides an annotation on screen only (PDF 32000-1, table 165): it still prints.
    expect(squares.map((square, index) => shows(pixels, index, square.color))).to.deep.equal([true, false, false, true]);
    const printed = await pdfjsAnnotations(pdf, 0, 'print');
    expect(printed.map((annotation) => annotation.annotationFlags)).to.deep.equal([4, 4 | 32]);
  });

  it('each type with noPrint is drawn on screen and left out of print', async () => {
    const document = await recordsOfEveryType();
    const annotations = document.annotations.map((record) => ({ ...record, flags: ['noPrint'] }));
    const bytes = await applyInstantJson(blankPdfWithId([{ width: 600, height: 450 }]), { format: FORMAT, annotations, attachments: document.attachments } as never);
    const pdf = await reopen(bytes);
    const display = await renderPage(pdf.document, 0, { scale: 1, intent: 'display' });
    const print = await renderPage(pdf.document, 0, { scale: 1, intent: 'print' });
    const notWhite = (r: number, g: number, b: number) => r + g + b < 720;
    const missing: EveryType[] = [];
    const printed: EveryType[] = [];
    for (const type of EVERY_TYPE) {
      const [left, top, width, height] = recordOf(document, type).bbox;
      const area = { x: left, y: top, width, height };
      if (countPixels(display.pixels, area, notWhite) === 0) missing.push(type);
      if (countPixels(print.pixels, area, notWhite) > 0) printed.push(type);
    }
    expect(printed, 'types printed despite noPrint').to.deep.equal([]);
    expect(missing, 'types not drawn on screen').to.deep.equal([]);
  });
});
