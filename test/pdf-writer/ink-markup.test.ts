/**
 * Ink and the four text markups saved into a PDF by applyInstantJson,
 * reopened with pdf.js: what pdf.js reads back, what it paints from the
 * appearance streams (over a page with dark content, to see blend modes),
 * what our reader makes of the saved file, and whether it looks like the
 * viewer's own drawing.
 *
 * Page points: Instant JSON coordinates (top-left of the page, y down).
 * On the 400 × 300 test page user space is x = px, y = 300 − py.
 */
import { expect } from '@open-wc/testing';
import type { Annotation, Point } from '../../src/model/index.js';
import { loadPdfLib, type PDFDict } from '../../src/pdf-writer/pdf-lib.js';
import type { BlankPage } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import { afterEach, describe, it } from '../model/mocha.js';
import { compareWithViewer, expectClose, expectColor, near, numbers, record, type Rgb, type Saved, saveOnBlankPages, WHITE } from './shape-kit.js';
import { closeReopened } from './writer-kit.js';

/** A page with a black band: page points x 100…200, y 160…200. */
const PAGE: BlankPage = { width: 400, height: 300, content: '0 g 100 100 100 40 re f' };
const RED: Rgb = [255, 0, 0];
const BLUE: Rgb = [0, 0, 255];
const YELLOW: Rgb = [255, 255, 0];
const BLACK: Rgb = [0, 0, 0];

function ink(fields: Record<string, unknown>): Annotation {
  const points = (fields.lines as Point[][]) ?? [];
  return record({
    type: 'pspdfkit/ink',
    isDrawnNaturally: false,
    strokeColor: '#0000ff',
    lineWidth: 4,
    ...fields,
    lines: { points, intensities: points.map((segment) => segment.map(() => 0.5)) },
  });
}

function save(records: Annotation[], page: BlankPage = PAGE): Promise<Saved> {
  return saveOnBlankPages(records, [page]);
}

/** The graphics states of an annotation's normal appearance, as `{ key: value }` text. */
async function appearanceStates(dict: PDFDict): Promise<Record<string, string>[]> {
  const lib = await loadPdfLib();
  const ap = dict.lookup(lib.PDFName.of('AP'), lib.PDFDict);
  const normal = ap.lookup(lib.PDFName.of('N'), lib.PDFStream);
  const resources = normal.dict.lookup(lib.PDFName.of('Resources'), lib.PDFDict);
  const states = resources.lookupMaybe(lib.PDFName.of('ExtGState'), lib.PDFDict);
  if (!states) return [];
  return states.values().map((value) => {
    const state = dict.context.lookup(value, lib.PDFDict);
    return Object.fromEntries(state.entries().map(([key, entry]) => [key.decodeText(), entry.toString()]));
  });
}

afterEach(async () => {
  await closeReopened();
  cleanupViewers();
});

describe('PDF writer: ink', () => {
  it('ink becomes /Ink with /InkList in user space, /C and /BS /W; the strokes are smoothed and round-capped', async () => {
    const saved = await save([
      ink({
        id: 'i',
        bbox: [50, 50, 250, 60],
        lineWidth: 6,
        lines: [
          [[60, 60], [100, 100], [140, 60], [180, 100]],
          [[220, 60], [300, 60]],
        ],
      }),
    ]);
    const item = saved.pdfjs.get('i')!;
    expect(item.subtype).to.equal('Ink');
    expect(item.hasAppearance).to.equal(true);
    const inkLists = (item.inkLists as ArrayLike<number>[]).map((list) => Array.from(list));
    expect(inkLists.length).to.equal(2);
    expectClose(inkLists[0], [60, 240, 100, 200, 140, 240, 180, 200], 'inkLists[0]');
    expectClose(inkLists[1], [220, 240, 300, 240], 'inkLists[1]');
    expect(Array.from(item.color!)).to.deep.equal(BLUE);
    expect((item.borderStyle as { width: number }).width).to.equal(6);
    // Round caps reach 3 pt past the samples: /Rect holds them.
    expectClose(item.rect, [50, 190, 303, 250], 'rect');

    expectColor(saved.at([260, 60]), BLUE, 'the straight stroke');
    expectColor(saved.at([302.5, 60]), BLUE, 'the round cap past the last sample');
    expectColor(saved.at([302.5, 62.5]), WHITE, 'beyond the round cap’s corner (a square cap would cover it)');
    // The curve runs from sample to the midpoints between samples, controlled by the samples: through (95, 85), not through (100, 100).
    expectColor(saved.at([95, 85]), BLUE, 'the smoothed curve');
    expectColor(saved.at([100, 100]), WHITE, 'an inner sample the smoothing passes by');

    const back = saved.read.get('i')!;
    expect(back.type).to.equal('pspdfkit/ink');
    const lines = back.lines as { points: number[][][] };
    expectClose(lines.points[0]!.flat(), [60, 60, 100, 100, 140, 60, 180, 100], 'read points[0]');
    expectClose(lines.points[1]!.flat(), [220, 60, 300, 60], 'read points[1]');
    expect(back.lineWidth).to.equal(6);
    expect(back.strokeColor).to.equal('#0000ff');
  });

  it('a single sample is a dot; backgroundColor fills the bbox under the strokes', async () => {
    const saved = await save([ink({ id: 'd', bbox: [250, 20, 100, 100], lineWidth: 10, strokeColor: '#ff0000', backgroundColor: '#ffff00', lines: [[[300, 70]]] })]);
    expect(saved.pdfjs.get('d')!.hasAppearance).to.equal(true);
    expectColor(saved.at([300, 70]), RED, 'the dot');
    expectColor(saved.at([304, 70]), RED, 'inside the dot’s radius');
    expectColor(saved.at([306, 70]), YELLOW, 'beyond it, the background');
    expectColor(saved.at([252, 22]), YELLOW, 'the background’s corner');
    expectColor(saved.at([248, 22]), WHITE, 'outside the bbox');
  });

  it('a highlighter (multiply) leaves the page’s dark content dark; the blend mode is in the appearance’s /BM', async () => {
    const stroke = { bbox: [40, 170, 220, 20], lineWidth: 20, strokeColor: '#ffff00', lines: [[[50, 180], [250, 180]]] };
    const saved = await save([ink({ id: 'h', ...stroke, blendMode: 'multiply' })]);
    expectColor(saved.at([150, 180]), BLACK, 'over the black band');
    expectColor(saved.at([70, 180]), YELLOW, 'over white');
    expect((await appearanceStates(await saved.dict('h'))).map((state) => state.BM)).to.deep.equal(['/Multiply']);

    // The same stroke without the blend mode hides the band: the check above can tell them apart.
    await closeReopened();
    const plain = await save([ink({ id: 'n', ...stroke })]);
    expectColor(plain.at([150, 180]), YELLOW, 'a normal stroke over the black band');
    expect(await appearanceStates(await plain.dict('n'))).to.deep.equal([]);
  });

  it('opacity is in the appearance’s graphics state as well as /CA, applied once where strokes cross', async () => {
    const saved = await save([
      ink({ id: 'o', bbox: [20, 20, 160, 120], lineWidth: 8, opacity: 0.5, lines: [[[30, 30], [170, 130]], [[30, 130], [170, 30]]] }),
    ]);
    const dict = await saved.dict('o');
    const lib = await loadPdfLib();
    expect(dict.lookup(lib.PDFName.of('CA'), lib.PDFNumber).asNumber()).to.equal(0.5);
    const states = await appearanceStates(dict);
    expect(states.map((state) => [state.CA, state.ca])).to.deep.equal([['0.5', '0.5']]);
    expectColor(saved.at([40, 37.1]), [128, 128, 255], 'one stroke', 20);
    expectColor(saved.at([100, 80]), [128, 128, 255], 'where the two strokes cross', 20);
  });

  it('lineWidth 0 draws only the background; empty segments are kept in /InkList', async () => {
    const saved = await save([
      ink({ id: 'z', bbox: [20, 20, 60, 60], lineWidth: 0, backgroundColor: '#ffff00', lines: [[], [[30, 30], [60, 60]]] }),
    ]);
    const item = saved.pdfjs.get('z')!;
    expect(item.hasAppearance).to.equal(true);
    expectColor(saved.at([45, 45]), YELLOW, 'the background, no stroke');
    const lib = await loadPdfLib();
    const inkList = (await saved.dict('z')).lookup(lib.PDFName.of('InkList'), lib.PDFArray);
    expect(inkList.size()).to.equal(2);
    expect(inkList.lookup(0, lib.PDFArray).size()).to.equal(0);
  });
});

describe('PDF writer: text markups', () => {
  it('a highlight becomes /Highlight with /QuadPoints (UL, UR, LL, LR per rect) and multiplies onto the text', async () => {
    const saved = await save([
      record({ id: 'h', type: 'pspdfkit/markup/highlight', bbox: [100, 150, 120, 42], rects: [[100, 150, 120, 20], [100, 172, 80, 20]], color: '#ffff00' }),
    ]);
    const item = saved.pdfjs.get('h')!;
    expect(item.subtype).to.equal('Highlight');
    expect(item.hasAppearance).to.equal(true);
    expect(Array.from(item.color!)).to.deep.equal(YELLOW);
    expectClose(item.rect, [100, 108, 220, 150], 'rect');
    expectClose(
      await numbers(await saved.dict('h'), 'QuadPoints'),
      [100, 150, 220, 150, 100, 130, 220, 130, 100, 128, 180, 128, 100, 108, 180, 108],
      '/QuadPoints',
    );
    expect((await appearanceStates(await saved.dict('h'))).map((state) => state.BM)).to.deep.equal(['/Multiply']);

    expectColor(saved.at([150, 165]), BLACK, 'the black band under the highlight');
    expectColor(saved.at([150, 155]), YELLOW, 'white page under the highlight');
    expectColor(saved.at([210, 180]), WHITE, 'beside the shorter second rect');
    expectColor(saved.at([190, 180]), BLACK, 'the band beside the shorter second rect');

    const back = saved.read.get('h')!;
    expect(back.type).to.equal('pspdfkit/markup/highlight');
    expectClose((back.rects as number[][]).flat(), [100, 150, 120, 20, 100, 172, 80, 20], 'read rects');
    expect(back.color).to.equal('#ffff00');
    expect(back.blendMode).to.equal('multiply');
  });

  it('a highlight whose record says blendMode normal covers the text', async () => {
    const saved = await save([
      record({ id: 'h', type: 'pspdfkit/markup/highlight', bbox: [100, 150, 120, 20], rects: [[100, 150, 120, 20]], color: '#ffff00', blendMode: 'normal' }),
    ]);
    expectColor(saved.at([150, 165]), YELLOW, 'over the black band');
    // Named although it is the default: pdf.js replaces a highlight's appearance that has no /ExtGState with its own multiplied one.
    expect((await appearanceStates(await saved.dict('h'))).map((state) => state.BM)).to.deep.equal(['/Normal']);
  });

  it('underline, strikeout and squiggly are drawn where the viewer draws them', async () => {
    const saved = await save(
      [
        record({ id: 'u', type: 'pspdfkit/markup/underline', bbox: [50, 50, 200, 20], rects: [[50, 50, 200, 20]], color: '#ff0000' }),
        record({ id: 's', type: 'pspdfkit/markup/strikeout', bbox: [50, 100, 200, 20], rects: [[50, 100, 200, 20]], color: '#ff0000' }),
        record({ id: 'q', type: 'pspdfkit/markup/squiggly', bbox: [50, 200, 200, 20], rects: [[50, 200, 200, 20]], color: '#0000ff' }),
      ],
      { width: 400, height: 300 },
    );
    expect(['u', 's', 'q'].map((id) => saved.pdfjs.get(id)!.subtype)).to.deep.equal(['Underline', 'StrikeOut', 'Squiggly']);
    for (const id of ['u', 's', 'q']) {
      const item = saved.pdfjs.get(id)!;
      expect(item.hasAppearance, id).to.equal(true);
      expect(Array.from(item.quadPoints as ArrayLike<number>).length, `${id} quadPoints`).to.equal(8);
    }
    // A 20 pt rect: marks 1.4 pt thick. Underline just inside the bottom; strikeout through the middle.
    expectColor(saved.at([150, 69.3]), RED, 'underline');
    expectColor(saved.at([150, 60]), WHITE, 'above the underline');
    expectColor(saved.at([150, 110]), RED, 'strikeout');
    expectColor(saved.at([150, 117]), WHITE, 'below the strikeout');
    // The squiggle zig-zags between y 216.3 and 219.3 every 3 pt: a row through its middle crosses it again and again.
    let crossings = 0;
    let inside = false;
    for (let x = 50; x <= 250; x += 0.25) {
      const now = near(saved.at([x, 217.8]), BLUE, 110);
      if (now && !inside) crossings++;
      inside = now;
    }
    expect(crossings, `squiggle crossings (${crossings})`).to.be.at.least(40);
    expectColor(saved.at([150, 205]), WHITE, 'above the squiggle');

    const types = ['u', 's', 'q'].map((id) => saved.read.get(id)!.type);
    expect(types).to.deep.equal(['pspdfkit/markup/underline', 'pspdfkit/markup/strikeout', 'pspdfkit/markup/squiggly']);
    expectClose((saved.read.get('q')!.rects as number[][]).flat(), [50, 200, 200, 20], 'squiggly rects');
    expect(saved.read.get('u')!.color).to.equal('#ff0000');
    expect(saved.read.get('q')!.color).to.equal('#0000ff');
  });

  it('a markup with no rects marks its bbox, as the viewer does', async () => {
    const saved = await save([record({ id: 'e', type: 'pspdfkit/markup/strikeout', bbox: [60, 40, 100, 10], rects: [], color: '#ff0000' })]);
    expectClose(await numbers(await saved.dict('e'), 'QuadPoints'), [60, 260, 160, 260, 60, 250, 160, 250], '/QuadPoints');
    expectColor(saved.at([100, 45]), RED, 'the strikeout through the bbox', 100);
  });
});

describe('PDF writer: ink and markups look like the viewer’s drawing', () => {
  it('pdf.js’s rendering of the saved appearances matches the viewer’s drawing of the same records', async () => {
    const records = [
      ink({ id: 'i', bbox: [20, 20, 160, 100], lineWidth: 5, strokeColor: '#800080', opacity: 0.7, lines: [[[30, 30], [60, 90], [90, 40], [130, 100], [170, 30]], [[40, 110]]] }),
      ink({ id: 'h', bbox: [90, 150, 150, 40], lineWidth: 16, strokeColor: '#ffcc00', blendMode: 'multiply', lines: [[[100, 170], [160, 165], [230, 175]]] }),
      record({ id: 'm', type: 'pspdfkit/markup/highlight', bbox: [210, 20, 150, 42], rects: [[210, 20, 150, 20], [210, 42, 90, 20]], color: '#00ff00', opacity: 0.8 }),
      record({ id: 'u', type: 'pspdfkit/markup/underline', bbox: [210, 80, 150, 16], rects: [[210, 80, 150, 16]], color: '#0000ff' }),
      record({ id: 's', type: 'pspdfkit/markup/strikeout', bbox: [210, 110, 150, 16], rects: [[210, 110, 150, 16]], color: '#ff0000' }),
      record({ id: 'q', type: 'pspdfkit/markup/squiggly', bbox: [20, 230, 300, 24], rects: [[20, 230, 180, 24], [200, 230, 120, 24]], color: '#008000' }),
    ];
    const agreement = await compareWithViewer(records, PAGE);
    for (const [id, share] of agreement) {
      console.log(`ink/markup ${id}: ${(share.area * 100).toFixed(1)} % of the area, ${(share.ink * 100).toFixed(1)} % of the inked pixels agree`);
      expect(share.area, `${id}: share of the area that agrees`).to.be.at.least(0.9);
      expect(share.ink, `${id}: share of inked pixels that agree`).to.be.at.least(0.8);
    }
  });
});
