/**
 * Rectangles, ellipses, lines, polylines and polygons saved into a PDF by
 * applyInstantJson, reopened with pdf.js: what pdf.js reads back, what it
 * paints from the appearance streams, what our reader makes of the saved
 * file, and whether it looks like the viewer's own drawing.
 *
 * Page points: Instant JSON coordinates (top-left of the crop box, y down).
 * On the 400 × 300 test page user space is x = px, y = 300 − py.
 */
import { expect } from '@open-wc/testing';
import type { Annotation, Point } from '../../src/model/index.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { loadPdfLib, type PDFDict } from '../../src/pdf-writer/pdf-lib.js';
import { type BlankPage, blankPdf } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import { afterEach, describe, it } from '../model/mocha.js';
import { compareWithViewer, expectClose, expectColor, near, numbers, record, type Rgb, type Saved, saveOnBlankPages, WHITE } from './shape-kit.js';
import { closeReopened, instantJson, type PdfjsAnnotation, renderPage, reopen } from './writer-kit.js';

const PAGE: BlankPage = { width: 400, height: 300 };
const RED: Rgb = [255, 0, 0];
const BLUE: Rgb = [0, 0, 255];
const GREEN: Rgb = [0, 128, 0];
const BLACK: Rgb = [0, 0, 0];

function save(records: Annotation[], pages: BlankPage[] = [PAGE]): Promise<Saved> {
  return saveOnBlankPages(records, pages);
}

async function nameOf(dict: PDFDict, key: string): Promise<string | undefined> {
  const lib = await loadPdfLib();
  return dict.lookupMaybe(lib.PDFName.of(key), lib.PDFName)?.decodeText();
}

function rgbOf(item: PdfjsAnnotation): number[] {
  return Array.from(item.color ?? []);
}

afterEach(async () => {
  await closeReopened();
  cleanupViewers();
});

describe('PDF writer: rectangles and ellipses', () => {
  it('a rectangle becomes a /Square: stroke inside the bbox, /IC fill, /BS width', async () => {
    const saved = await save([
      record({ id: 'r', type: 'pspdfkit/shape/rectangle', bbox: [60, 40, 120, 80], strokeColor: '#ff0000', strokeWidth: 6, fillColor: '#0000ff' }),
    ]);
    const item = saved.pdfjs.get('r')!;
    expect(item.subtype).to.equal('Square');
    expect(item.hasAppearance).to.equal(true);
    expectClose(item.rect, [60, 180, 180, 260], 'rect');
    expect(rgbOf(item)).to.deep.equal(RED);
    expect((item.borderStyle as { width: number; style: number }).width).to.equal(6);
    expect((item.borderStyle as { style: number }).style).to.equal(1);
    expect(await numbers(await saved.dict('r'), 'IC')).to.deep.equal([0, 0, 1]);

    expectColor(saved.at([62, 80]), RED, 'left edge, inside the bbox');
    expectColor(saved.at([120, 42]), RED, 'top edge, inside the bbox');
    expectColor(saved.at([178, 118]), RED, 'bottom-right corner');
    expectColor(saved.at([120, 80]), BLUE, 'inside');
    expectColor(saved.at([57, 80]), WHITE, 'left of the bbox');

    const back = saved.read.get('r')!;
    expect(back.type).to.equal('pspdfkit/shape/rectangle');
    expectClose(back.bbox as number[], [60, 40, 120, 80], 'read bbox');
    expect(back.strokeColor).to.equal('#ff0000');
    expect(back.strokeWidth).to.equal(6);
  });

  it('an ellipse becomes a /Circle whose dashed stroke has gaps', async () => {
    const saved = await save([
      record({ id: 'e', type: 'pspdfkit/shape/ellipse', bbox: [60, 40, 200, 120], strokeColor: '#008000', strokeWidth: 4, strokeDashArray: [8, 8] }),
    ]);
    const item = saved.pdfjs.get('e')!;
    expect(item.subtype).to.equal('Circle');
    expect(item.hasAppearance).to.equal(true);
    expectClose(item.rect, [60, 140, 260, 260], 'rect');
    expect(rgbOf(item)).to.deep.equal(GREEN);
    const border = item.borderStyle as { width: number; style: number; dashArray: number[] };
    expect(border.width).to.equal(4);
    expect(border.style, 'dashed').to.equal(2);
    expect(Array.from(border.dashArray)).to.deep.equal([8, 8]);

    // Along the stroke's centreline (the bbox inset by half the width): dashes and gaps.
    let dashes = 0;
    let gaps = 0;
    for (let i = 0; i < 360; i++) {
      const angle = (i * Math.PI) / 180;
      const colour = saved.at([160 + 98 * Math.cos(angle), 100 + 58 * Math.sin(angle)]);
      if (near(colour, GREEN, 60)) dashes++;
      else if (near(colour, WHITE, 30)) gaps++;
    }
    expect(dashes, `dash samples (${dashes})`).to.be.greaterThan(100);
    expect(gaps, `gap samples (${gaps})`).to.be.greaterThan(100);
    expectColor(saved.at([160, 100]), WHITE, 'unfilled inside');
    expectColor(saved.at([61, 41]), WHITE, 'bbox corner, outside the ellipse');

    const back = saved.read.get('e')!;
    expect(back.type).to.equal('pspdfkit/shape/ellipse');
    expectClose(back.bbox as number[], [60, 40, 200, 120], 'read bbox');
    expect(back.strokeDashArray).to.deep.equal([8, 8]);
    expect(back.strokeColor).to.equal('#008000');
  });

  it('a cloudy rectangle gets /BE and /RD, and its clouds are drawn', async () => {
    const saved = await save([
      record({
        id: 'c',
        type: 'pspdfkit/shape/rectangle',
        bbox: [60, 40, 240, 120],
        strokeColor: '#ff0000',
        strokeWidth: 2,
        cloudyBorderIntensity: 2,
        cloudyBorderInset: [12, 12, 12, 12],
      }),
    ]);
    const item = saved.pdfjs.get('c')!;
    expect(item.subtype).to.equal('Square');
    expect(item.hasAppearance).to.equal(true);
    expectClose(item.rect, [60, 140, 300, 260], 'rect');
    const dict = await saved.dict('c');
    const lib = await loadPdfLib();
    const effect = dict.lookup(lib.PDFName.of('BE'), lib.PDFDict);
    expect(await nameOf(effect, 'S')).to.equal('C');
    expect(effect.lookup(lib.PDFName.of('I'), lib.PDFNumber).asNumber()).to.equal(2);
    expectClose(await numbers(dict, 'RD'), [12, 12, 12, 12], '/RD');

    // Just below the bumps' tops, the border is a row of separate arcs, not one straight line.
    const runs = colourRuns(saved, 41.75, [60, 300], RED);
    expect(runs, `separate red runs along y = 42 (${runs})`).to.be.at.least(8);
    // The base rectangle (bbox minus the inset) is not itself drawn: between bumps its edge is white.
    expectColor(saved.at([180, 100]), WHITE, 'inside the cloud');

    const back = saved.read.get('c')!;
    expect(back.type).to.equal('pspdfkit/shape/rectangle');
    expectClose(back.bbox as number[], [60, 40, 240, 120], 'read bbox');
  });

  it('clouds reaching past a small cloudyBorderInset widen the /Rect to hold them, /RD describing it', async () => {
    const saved = await save([
      record({
        id: 'c',
        type: 'pspdfkit/shape/ellipse',
        bbox: [80, 60, 200, 120],
        strokeColor: '#0000ff',
        strokeWidth: 2,
        cloudyBorderIntensity: 2,
        cloudyBorderInset: [2, 2, 2, 2],
      }),
    ]);
    const item = saved.pdfjs.get('c')!;
    const [llx, lly, urx, ury] = item.rect;
    // Radius 10 + half the stroke reach 9 pt past the base ellipse's 2 pt inset.
    expect(llx, 'left').to.be.below(80 - 7);
    expect(urx, 'right').to.be.above(280 + 7);
    expect(lly, 'bottom').to.be.below(300 - 180 - 7);
    expect(ury, 'top').to.be.above(300 - 60 + 7);
    const rd = await numbers(await saved.dict('c'), 'RD');
    expectClose(rd, [80 - llx + 2, ury - 240 + 2, urx - 280 + 2, 120 - lly + 2], '/RD = rect to base ellipse', 0.01);
    // Left of the bbox the bump is drawn (pdf.js clips an appearance to its /BBox: this shows the /BBox holds it).
    let outside = 0;
    for (let x = 70; x < 80; x += 0.5) for (let y = 100; y < 140; y += 0.5) if (near(saved.at([x, y]), BLUE, 80)) outside++;
    expect(outside, 'blue pixels 6 pt left of the bbox').to.be.greaterThan(0);
  });
});

describe('PDF writer: lines and polylines', () => {
  it('a line becomes a /Line with /L, /LE and /IC; its caps are drawn over the line', async () => {
    const saved = await save([
      record({
        id: 'l',
        type: 'pspdfkit/shape/line',
        bbox: [50, 140, 260, 20],
        startPoint: [60, 150],
        endPoint: [300, 150],
        strokeColor: '#ff0000',
        strokeWidth: 3,
        fillColor: '#0000ff',
        lineCaps: { start: 'circle', end: 'closedArrow' },
      }),
    ]);
    const item = saved.pdfjs.get('l')!;
    expect(item.subtype).to.equal('Line');
    expect(item.hasAppearance).to.equal(true);
    expectClose(item.lineCoordinates as number[], [60, 150, 300, 150], '/L');
    expect(item.lineEndings).to.deep.equal(['Circle', 'ClosedArrow']);
    expect(rgbOf(item)).to.deep.equal(RED);
    expect((item.borderStyle as { width: number }).width).to.equal(3);
    expect(await numbers(await saved.dict('l'), 'IC')).to.deep.equal([0, 0, 1]);
    // The circle (radius 9 for a 3 pt line) and its stroke reach 10.5 pt left of the start point.
    expect(item.rect[0]).to.be.at.most(60 - 10.5 + 0.01);

    expectColor(saved.at([150, 150]), RED, 'the line');
    expectColor(saved.at([60, 144]), BLUE, 'inside the circle cap, off the line');
    expectColor(saved.at([60, 141]), RED, 'the circle’s outline');
    // The closed arrow: 18 pt long, its base at x = 282; the line stops there instead of running through the fill.
    expectColor(saved.at([292, 150]), BLUE, 'inside the arrow, on the line’s axis');
    expectColor(saved.at([283, 158]), RED, 'the arrow’s wing');
    expectColor(saved.at([290, 162]), WHITE, 'outside the arrow');

    const back = saved.read.get('l')!;
    expect(back.type).to.equal('pspdfkit/shape/line');
    expectClose(back.startPoint as number[], [60, 150], 'startPoint');
    expectClose(back.endPoint as number[], [300, 150], 'endPoint');
    expect(back.lineCaps).to.deep.equal({ start: 'circle', end: 'closedArrow' });
    expect(back.strokeColor).to.equal('#ff0000');
    expect(back.strokeWidth).to.equal(3);
  });

  it('every Instant JSON line cap is written as its PDF line ending name, a missing one as None', async () => {
    const caps = ['square', 'circle', 'diamond', 'openArrow', 'closedArrow', 'butt', 'reverseOpenArrow', 'reverseClosedArrow', 'slash'];
    const names = ['Square', 'Circle', 'Diamond', 'OpenArrow', 'ClosedArrow', 'Butt', 'ROpenArrow', 'RClosedArrow', 'Slash'];
    const saved = await save(
      caps.map((cap, i) =>
        record({ id: `l${i}`, type: 'pspdfkit/shape/line', bbox: [40, 20 + i * 28, 300, 20], startPoint: [50, 30 + i * 28], endPoint: [330, 30 + i * 28], strokeWidth: 2, lineCaps: { end: cap } }),
      ),
    );
    caps.forEach((cap, i) => {
      const item = saved.pdfjs.get(`l${i}`)!;
      expect(item.lineEndings, cap).to.deep.equal(['None', names[i]]);
      expect(item.hasAppearance).to.equal(true);
      expect(saved.read.get(`l${i}`)!.lineCaps, cap).to.deep.equal({ end: cap });
      // Each cap is drawn: black pixels around the end point, beyond the 2 pt line itself.
      let inked = 0;
      for (let dx = -12; dx <= 12; dx += 1) for (let dy = -8; dy <= 8; dy += 1) if (Math.abs(dy) > 1.5 && near(saved.at([330 + dx, 30 + i * 28 + dy]), BLACK, 100)) inked++;
      expect(inked, `${cap}: cap pixels off the line (${inked})`).to.be.greaterThan(3);
    });
  });

  it('a dashed line has gaps; its arrow head is drawn solid', async () => {
    const saved = await save([
      record({ id: 'l', type: 'pspdfkit/shape/line', bbox: [50, 90, 260, 20], startPoint: [60, 100], endPoint: [300, 100], strokeColor: '#ff0000', strokeWidth: 2, strokeDashArray: [6, 6], lineCaps: { end: 'openArrow' } }),
    ]);
    const item = saved.pdfjs.get('l')!;
    expect((item.borderStyle as { style: number }).style).to.equal(2);
    let red = 0;
    let white = 0;
    for (let x = 70; x < 270; x += 0.5) {
      if (near(saved.at([x, 100]), RED, 60)) red++;
      else if (near(saved.at([x, 100]), WHITE, 30)) white++;
    }
    expect(red, `dashes (${red})`).to.be.greaterThan(150);
    expect(white, `gaps (${white})`).to.be.greaterThan(150);
    // The upper wing runs from the tip (300, 100) back 12 pt and 6.93 pt aside: every sample along it is red.
    for (let t = 0.1; t < 0.9; t += 0.05) expectColor(saved.at([300 - 12 * t, 100 - 6.93 * t]), RED, `wing at t=${t.toFixed(2)}`, 90);
  });

  it('a polyline becomes a /PolyLine with /Vertices; its /Rect holds the mitered corner', async () => {
    const saved = await save([
      record({
        id: 'p',
        type: 'pspdfkit/shape/polyline',
        bbox: [60, 100, 120, 150],
        points: [[60, 250], [120, 100], [180, 250]],
        strokeColor: '#0000ff',
        strokeWidth: 8,
        lineCaps: { start: 'square' },
      }),
    ]);
    const item = saved.pdfjs.get('p')!;
    expect(item.subtype).to.equal('PolyLine');
    expect(item.hasAppearance).to.equal(true);
    expectClose(item.vertices as number[], [60, 50, 120, 200, 180, 50], '/Vertices');
    expect(item.lineEndings).to.deep.equal(['Square', 'None']);
    // The apex's miter reaches 4 / sin(21.8°) = 10.8 pt above the vertex: /Rect's top ≥ 300 − 89.2.
    expect(item.rect[3]).to.be.at.least(210.7);
    expectColor(saved.at([120, 92]), BLUE, 'the miter tip above the apex');
    expectColor(saved.at([120, 150]), WHITE, 'between the legs (a polyline is never filled)');

    const back = saved.read.get('p')!;
    expect(back.type).to.equal('pspdfkit/shape/polyline');
    expectClose((back.points as number[][]).flat(), [60, 250, 120, 100, 180, 250], 'points');
    expect(back.lineCaps).to.deep.equal({ start: 'square' });
    expect(back.strokeWidth).to.equal(8);
  });
});

describe('PDF writer: polygons', () => {
  it('a polygon becomes a /Polygon with /Vertices, stroked and filled with /IC', async () => {
    const saved = await save([
      record({
        id: 'g',
        type: 'pspdfkit/shape/polygon',
        bbox: [60, 40, 200, 160],
        points: [[60, 200], [160, 40], [260, 200]],
        strokeColor: '#000000',
        strokeWidth: 4,
        fillColor: '#00ff00',
      }),
    ]);
    const item = saved.pdfjs.get('g')!;
    expect(item.subtype).to.equal('Polygon');
    expect(item.hasAppearance).to.equal(true);
    expectClose(item.vertices as number[], [60, 100, 160, 260, 260, 100], '/Vertices');
    expect(await numbers(await saved.dict('g'), 'IC')).to.deep.equal([0, 1, 0]);
    expectColor(saved.at([160, 150]), [0, 255, 0], 'inside');
    expectColor(saved.at([160, 200]), BLACK, 'bottom edge');
    expectColor(saved.at([80, 60]), WHITE, 'outside');

    const back = saved.read.get('g')!;
    expect(back.type).to.equal('pspdfkit/shape/polygon');
    expectClose((back.points as number[][]).flat(), [60, 200, 160, 40, 260, 200], 'points');
  });

  it('a cloudy polygon gets /BE and clouds around its points, inside a /Rect that holds them', async () => {
    const saved = await save([
      record({
        id: 'g',
        type: 'pspdfkit/shape/polygon',
        bbox: [100, 60, 200, 160],
        points: [[100, 220], [200, 60], [300, 220]],
        strokeColor: '#ff0000',
        strokeWidth: 2,
        cloudyBorderIntensity: 1,
      }),
    ]);
    const item = saved.pdfjs.get('g')!;
    const dict = await saved.dict('g');
    const lib = await loadPdfLib();
    expect(await nameOf(dict.lookup(lib.PDFName.of('BE'), lib.PDFDict), 'S')).to.equal('C');
    // Circles of radius 5 on the points, plus the stroke: 6 pt beyond the points each way.
    expectClose(item.rect, [94, 300 - 226, 306, 300 - 54], 'rect');
    const runs = colourRuns(saved, 225.25, [100, 300], RED);
    expect(runs, `bumps along the bottom edge (${runs})`).to.be.at.least(10);
    expectClose((saved.read.get('g')!.points as number[][]).flat(), [100, 220, 200, 60, 300, 220], 'points');
  });
});

describe('PDF writer: shape opacity, defaults and odd input', () => {
  it('opacity applies to the drawing as a whole, as the viewer’s does: the stroke covers the fill', async () => {
    const saved = await save([
      record({ id: 'r', type: 'pspdfkit/shape/rectangle', bbox: [60, 40, 160, 120], strokeColor: '#ff0000', strokeWidth: 10, fillColor: '#0000ff', opacity: 0.5 }),
    ]);
    const lib = await loadPdfLib();
    const dict = await saved.dict('r');
    expect(dict.lookup(lib.PDFName.of('CA'), lib.PDFNumber).asNumber()).to.equal(0.5);
    // Half red over white; a stroke painted with its own opacity over the half-blue fill would be purple here.
    expectColor(saved.at([68, 100]), [255, 128, 128], 'inner half of the stroke', 20);
    expectColor(saved.at([62, 100]), [255, 128, 128], 'outer half of the stroke', 20);
    expectColor(saved.at([140, 100]), [128, 128, 255], 'fill', 20);
  });

  it('a filled, stroked shape with blendMode multiply is multiplied onto the page as a whole', async () => {
    // A black band across page points x 100…200, y 160…200.
    const banded: BlankPage = { ...PAGE, content: '0 g 100 100 100 40 re f' };
    const saved = await save(
      [record({ id: 'r', type: 'pspdfkit/shape/rectangle', bbox: [60, 140, 200, 80], strokeColor: '#0000ff', strokeWidth: 10, fillColor: '#ffff00', blendMode: 'multiply' })],
      [banded],
    );
    expectColor(saved.at([150, 180]), BLACK, 'fill over the band', 10);
    expectColor(saved.at([150, 150]), [255, 255, 0], 'fill over white', 10);
    // Blue multiplied with the yellow fill under it would be black: the viewer multiplies the finished drawing, not each part.
    expectColor(saved.at([68, 180]), BLUE, 'inner half of the stroke, over white', 10);
  });

  it('flattening draws the appearances into the page: the same pixels, no annotations left', async () => {
    const records = [
      record({ id: 'r', type: 'pspdfkit/shape/rectangle', bbox: [60, 40, 160, 120], strokeColor: '#ff0000', strokeWidth: 10, fillColor: '#0000ff', opacity: 0.5 }),
      record({ id: 'l', type: 'pspdfkit/shape/line', bbox: [40, 200, 300, 40], startPoint: [50, 220], endPoint: [330, 220], strokeWidth: 3, lineCaps: { end: 'closedArrow' }, fillColor: '#00ff00' }),
    ];
    const bytes = await applyInstantJson(blankPdf([PAGE]), instantJson({ annotations: records }), { flatten: true });
    const pdf = await reopen(bytes);
    expect(await (await pdf.document.getPage(1)).getAnnotations()).to.have.length(0);
    const { pixels } = await renderPage(pdf.document, 0, { scale: 1 });
    const at = ([x, y]: Point): Rgb => {
      const offset = (Math.floor(y) * pixels.width + Math.floor(x)) * 4;
      return [pixels.data[offset]!, pixels.data[offset + 1]!, pixels.data[offset + 2]!];
    };
    expectColor(at([64, 100]), [255, 128, 128], 'half-transparent stroke', 20);
    expectColor(at([140, 100]), [128, 128, 255], 'half-transparent fill', 20);
    expectColor(at([324, 220]), [0, 255, 0], 'the arrow’s fill', 40);
  });

  it('a record without strokeColor and strokeWidth is drawn with the viewer’s 1 pt black stroke', async () => {
    const saved = await save([record({ id: 'r', type: 'pspdfkit/shape/rectangle', bbox: [60, 40, 160, 120] })]);
    const item = saved.pdfjs.get('r')!;
    expect(rgbOf(item)).to.deep.equal(BLACK);
    expect((item.borderStyle as { width: number }).width).to.equal(1);
    expectColor(saved.at([60.6, 100]), BLACK, 'left edge', 90);
    expectColor(saved.at([140, 100]), WHITE, 'inside');
  });

  it('strokeWidth 0 draws only the fill, and /BS /W is 0', async () => {
    const saved = await save([
      record({ id: 'r', type: 'pspdfkit/shape/rectangle', bbox: [60, 40, 160, 120], strokeColor: '#ff0000', strokeWidth: 0, fillColor: '#0000ff' }),
    ]);
    const lib = await loadPdfLib();
    const border = (await saved.dict('r')).lookup(lib.PDFName.of('BS'), lib.PDFDict);
    expect(border.lookup(lib.PDFName.of('W'), lib.PDFNumber).asNumber()).to.equal(0);
    expectColor(saved.at([60.5, 100]), BLUE, 'the edge is fill, not stroke');
    expectColor(saved.at([219.5, 159.5]), BLUE, 'the far corner');
  });

  it('degenerate geometry still gives valid annotations with appearances whose /Rect holds the stroke', async () => {
    const saved = await save([
      record({ id: 'dot', type: 'pspdfkit/shape/rectangle', bbox: [100, 100, 0, 0], strokeWidth: 4, strokeColor: '#ff0000' }),
      record({ id: 'empty', type: 'pspdfkit/shape/polygon', bbox: [10, 10, 10, 10], points: [] }),
      record({ id: 'one', type: 'pspdfkit/shape/polyline', bbox: [200, 200, 0, 0], points: [[200, 200]], lineCaps: { end: 'openArrow' } }),
      record({ id: 'zero', type: 'pspdfkit/shape/line', bbox: [300, 100, 0, 0], startPoint: [300, 100], endPoint: [300, 100], strokeWidth: 2, lineCaps: { start: 'closedArrow', end: 'closedArrow' } }),
    ]);
    for (const id of ['dot', 'empty', 'one', 'zero']) expect(saved.pdfjs.get(id)!.hasAppearance, id).to.equal(true);
    // A zero-size rectangle paints nothing (in SVG and PDF alike), but its /Rect has room for the stroke it asks for.
    expectClose(saved.pdfjs.get('dot')!.rect, [98, 198, 102, 202], 'the 4 pt square of a point stroked 4 pt wide');
    expectClose(saved.pdfjs.get('empty')!.rect, [10, 280, 20, 290], 'an empty polygon keeps its bbox');
    expect(saved.read.get('zero')!.type).to.equal('pspdfkit/shape/line');
  });

  it('pages with an offset crop box and /Rotate 90 keep the geometry the record had', async () => {
    const rotated: BlankPage = { width: 500, height: 400, cropBox: [50, 30, 400, 300], rotate: 90 };
    const saved = await save(
      [
        record({ id: 'r', type: 'pspdfkit/shape/rectangle', bbox: [60, 40, 120, 80], strokeColor: '#ff0000', strokeWidth: 2 }),
        record({ id: 'l', type: 'pspdfkit/shape/line', bbox: [50, 140, 260, 20], startPoint: [60, 150], endPoint: [300, 160], strokeWidth: 2, lineCaps: { end: 'openArrow' } }),
      ],
      [rotated],
    );
    // User space: x = 50 + px, y = 30 + 300 − py.
    expectClose(saved.pdfjs.get('r')!.rect, [110, 210, 230, 290], 'rect');
    // pdf.js reorders /L's coordinates (see shape-mapping.ts): read the dictionary's own.
    expectClose(await numbers(await saved.dict('l'), 'L'), [110, 180, 350, 170], '/L');
    expectClose(saved.read.get('r')!.bbox as number[], [60, 40, 120, 80], 'read bbox');
    // pdf.js hands our reader /L reordered (a rising line comes back falling, see shape-mapping.ts): compare the x and the y values.
    const line = saved.read.get('l')!;
    const [start, end] = [line.startPoint as number[], line.endPoint as number[]];
    expectClose([start[0]!, end[0]!].sort((a, b) => a - b), [60, 300], 'line ends, x');
    expectClose([start[1]!, end[1]!].sort((a, b) => a - b), [150, 160], 'line ends, y');
  });

  it('the same records give byte-identical files', async () => {
    const records = [
      record({ id: 'c', type: 'pspdfkit/shape/ellipse', bbox: [60, 40, 200, 120], strokeWidth: 3, cloudyBorderIntensity: 1.5, fillColor: '#ffcc00', opacity: 0.7 }),
      record({ id: 'p', type: 'pspdfkit/shape/polyline', bbox: [0, 0, 300, 300], points: [[10.123456, 20.98765], [200.5, 250.25], [299, 3]], lineCaps: { start: 'diamond', end: 'slash' }, strokeDashArray: [3, 1] }),
    ];
    const first = await applyInstantJson(blankPdf([PAGE]), instantJson({ annotations: records }));
    const second = await applyInstantJson(blankPdf([PAGE]), instantJson({ annotations: records }));
    expect(first.length).to.equal(second.length);
    expect(first.every((byte, i) => byte === second[i])).to.equal(true);
  });
});

describe('PDF writer: shapes look like the viewer’s drawing', () => {
  it('pdf.js’s rendering of the saved appearances matches the viewer’s drawing of the same records', async () => {
    const records = [
      record({ id: 'r', type: 'pspdfkit/shape/rectangle', bbox: [20, 20, 100, 60], strokeColor: '#ff0000', strokeWidth: 4, fillColor: '#ffff00', opacity: 0.6 }),
      record({ id: 'e', type: 'pspdfkit/shape/ellipse', bbox: [140, 20, 100, 60], strokeColor: '#0000ff', strokeWidth: 3, strokeDashArray: [6, 3] }),
      record({ id: 'c', type: 'pspdfkit/shape/rectangle', bbox: [260, 20, 120, 80], strokeColor: '#008000', strokeWidth: 2, cloudyBorderIntensity: 2, fillColor: '#ccffcc' }),
      record({ id: 'l', type: 'pspdfkit/shape/line', bbox: [20, 120, 160, 40], startPoint: [30, 150], endPoint: [170, 125], strokeColor: '#800080', strokeWidth: 3, fillColor: '#ff8800', lineCaps: { start: 'diamond', end: 'closedArrow' } }),
      record({ id: 'p', type: 'pspdfkit/shape/polyline', bbox: [200, 120, 180, 60], points: [[210, 170], [250, 125], [300, 170], [370, 130]], strokeColor: '#000000', strokeWidth: 4, lineCaps: { end: 'openArrow' } }),
      record({ id: 'g', type: 'pspdfkit/shape/polygon', bbox: [40, 190, 300, 90], points: [[50, 270], [120, 200], [200, 260], [330, 195], [300, 275]], strokeColor: '#ff00ff', strokeWidth: 3, fillColor: '#00ffff', cloudyBorderIntensity: 1 }),
    ];
    const agreement = await compareWithViewer(records, PAGE);
    for (const [id, share] of agreement) {
      console.log(`shape ${id}: ${(share.area * 100).toFixed(1)} % of the area, ${(share.ink * 100).toFixed(1)} % of the inked pixels agree`);
      expect(share.area, `${id}: share of the area that agrees`).to.be.at.least(0.9);
      expect(share.ink, `${id}: share of inked pixels that agree`).to.be.at.least(0.8);
    }
  });
});

/** How many separate runs of `colour` a row of the rendering at page y crosses between x0 and x1. */
function colourRuns(saved: Saved, y: number, [x0, x1]: [number, number], colour: Rgb): number {
  let runs = 0;
  let inside = false;
  for (let x = x0; x <= x1; x += 0.5) {
    const now = near(saved.at([x, y + 0.25]), colour, 90);
    if (now && !inside) runs++;
    inside = now;
  }
  return runs;
}
