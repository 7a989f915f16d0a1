/**
 * What the five shapes look like on screen: stroke, fill, dashes, cloudy
 * borders and the nine line caps, read back from real screenshots.
 */
import { expect } from '@open-wc/testing';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { AnnotationInput, LineCap, Point } from '../../src/model/index.js';
import { cleanupViewers, near, page, screenPixels } from '../helpers/viewer-fixture.js';
import { BLUE, blankViewer, draw, settled, frameOf, GREEN, pagePixels, RED, toClient, WHITE, type BlankPage, type PagePixels } from '../helpers/annotation-kit.js';

type Rgb = [number, number, number];

/** Expects `colour` at each point, naming the point and what was seen when it is not. */
function expectColour(pixels: PagePixels, colour: Rgb, points: Array<[Point, string]>): void {
  for (const [point, what] of points) {
    const seen = pixels.at(point);
    expect(near(seen, colour), `${what} at ${point.join(',')}: saw ${seen.slice(0, 3).join(',')}, want ${colour.join(',')}`).to.be.true;
  }
}

const PAGE: BlankPage = { width: 400, height: 300 };

function line(startPoint: Point, endPoint: Point, extra: Partial<AnnotationInput> = {}): AnnotationInput {
  return {
    type: 'pspdfkit/shape/line',
    pageIndex: 0,
    bbox: [Math.min(startPoint[0], endPoint[0]), Math.min(startPoint[1], endPoint[1]), Math.abs(endPoint[0] - startPoint[0]), Math.abs(endPoint[1] - startPoint[1])],
    startPoint,
    endPoint,
    strokeColor: '#0000ff',
    strokeWidth: 2,
    ...extra,
  } as AnnotationInput;
}

async function drawAll(viewer: InstantPdfViewer, inputs: AnnotationInput[]): Promise<void> {
  for (const input of inputs) viewer.createAnnotation(input);
  await settled(viewer);
}

describe('shape annotations', () => {
  afterEach(cleanupViewers);

  it('draws ellipses, rectangles and polygons with stroke inside the bbox, fill, and dashes with gaps', async () => {
    const viewer = await blankViewer([PAGE]);
    for (const input of [
      { type: 'pspdfkit/shape/ellipse', pageIndex: 0, bbox: [20, 20, 160, 100], strokeColor: '#0000ff', strokeWidth: 4, fillColor: '#ff0000' },
      { type: 'pspdfkit/shape/ellipse', pageIndex: 0, bbox: [200, 20, 160, 100], strokeColor: '#0000ff', strokeWidth: 4 },
      {
        type: 'pspdfkit/shape/polygon',
        pageIndex: 0,
        bbox: [20, 140, 120, 80],
        points: [[20, 220], [140, 220], [80, 140]],
        strokeColor: '#0000ff',
        strokeWidth: 2,
        fillColor: '#ff0000',
      },
      { type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [200, 140, 160, 80], strokeColor: '#0000ff', strokeWidth: 4, strokeDashArray: [6, 6] },
      line([20, 260], [380, 260], { strokeDashArray: [10, 10], strokeWidth: 4 }),
    ] as AnnotationInput[]) {
      await draw(viewer, input);
    }
    const pixels = await pagePixels(viewer, 0, frameOf(PAGE));
    expectColour(pixels, BLUE, [
      [[22, 70], 'filled ellipse stroke, inside the bbox at its left edge'],
      [[100, 22], 'filled ellipse stroke at the top'],
      [[202, 70], 'unfilled ellipse stroke'],
      [[80, 220], 'polygon base edge'],
      [[50, 180], 'polygon side from (20,220) to (80,140)'],
      [[205, 142], 'first dash of the rectangle'],
      [[25, 260], 'first dash of the line'],
      [[45, 260], 'second dash of the line'],
    ]);
    expectColour(pixels, RED, [
      [[100, 70], 'ellipse fill'],
      [[80, 200], 'polygon fill'],
    ]);
    expectColour(pixels, WHITE, [
      [[25, 25], 'bbox corner outside the ellipse'],
      [[17, 70], 'left of the ellipse bbox'],
      [[280, 70], 'inside the unfilled ellipse'],
      [[40, 160], 'outside the polygon, inside its bbox'],
      [[211, 142], 'gap between dashes of the rectangle'],
      [[35, 260], 'gap between dashes of the line'],
      [[55, 260], 'next gap of the line'],
      [[280, 180], 'inside the unfilled rectangle'],
    ]);
  });

  it('draws cloudy borders as outward scallops beyond the plain outline', async () => {
    const viewer = await blankViewer([PAGE]);
    // Intensity 2 → arcs of radius 10 centred on the inset rectangle [110, 60, 180, 100];
    // its top edge gets 11 even steps of 180/11 points, so arc peaks are at x = 110 + k·16.36, y = 50.
    const cloudy = { type: 'pspdfkit/shape/rectangle', pageIndex: 0, strokeColor: '#0000ff', strokeWidth: 2, cloudyBorderIntensity: 2, cloudyBorderInset: [10, 10, 10, 10] };
    await draw(viewer, { ...cloudy, bbox: [100, 50, 200, 120] } as AnnotationInput);
    await draw(viewer, { ...cloudy, bbox: [100, 180, 200, 100], fillColor: '#ff0000' } as AnnotationInput);
    const step = 180 / 11;
    const peak = 110 + 5 * step;
    const notch = 110 + 5.5 * step;
    const pixels = await pagePixels(viewer, 0, frameOf(PAGE));
    expectColour(pixels, BLUE, [
      [[peak, 50], 'arc peak 10 pt outside the inset rectangle'],
      [[110 - 7.07, 60 - 7.07], 'corner arc, diagonally outside the corner'],
      [[peak, 180], 'arc peak of the filled cloud'],
    ]);
    expectColour(pixels, WHITE, [
      [[notch, 51], 'notch between two arcs, at the height of the peaks'],
      [[notch, 60], 'the plain rectangle edge is not drawn'],
      [[200, 110], 'inside the unfilled cloud'],
      [[notch, 181], 'notch of the filled cloud'],
    ]);
    expectColour(pixels, RED, [
      [[200, 230], 'inside the filled cloud'],
      [[peak, 185], 'inside a scallop of the filled cloud, outside the inset rectangle'],
    ]);
  });

  it('draws each of the nine line caps distinguishably, oriented along the line', async () => {
    const viewer = await blankViewer([PAGE]);
    // Stroke width 2 → caps of half size 6: arrows 12 long with wings ±6.93, squares and circles of radius 6.
    const caps: LineCap[] = ['square', 'circle', 'diamond', 'openArrow', 'closedArrow', 'butt', 'reverseOpenArrow', 'reverseClosedArrow', 'slash'];
    const rowY = (cap: LineCap): number => 25 + 30 * caps.indexOf(cap);
    await drawAll(viewer, [
      ...caps.map((cap) => line([40, rowY(cap)], [160, rowY(cap)], { fillColor: '#ff0000', lineCaps: { end: cap } })),
      line([220, 25], [340, 25], { lineCaps: { end: 'closedArrow' } }),
      line([220, 60], [320, 160], { fillColor: '#ff0000', lineCaps: { start: 'closedArrow', end: 'circle' } }),
    ]);
    const pixels = await pagePixels(viewer, 0, frameOf(PAGE));
    const at = (cap: LineCap, dx: number, dy: number): Point => [160 + dx, rowY(cap) + dy];
    expectColour(pixels, RED, [
      [at('square', 3, -3), 'square fill'],
      [at('circle', 3, 3), 'circle fill'],
      [at('diamond', 3, 0), 'diamond fill'],
      [at('closedArrow', -7, 0), 'closed arrow fill just behind the tip, on the axis'],
      [at('reverseClosedArrow', 7, 0), 'reverse closed arrow fill beyond the end'],
      [[220 + 7 / Math.SQRT2, 60 + 7 / Math.SQRT2], 'start closed arrow of a diagonal line, behind its tip'],
      [[322, 158], 'end circle of the diagonal line, off the line'],
    ]);
    expectColour(pixels, BLUE, [
      [at('square', 6, 6), 'square corner'],
      [at('circle', 0, -6), 'top of the circle'],
      [at('diamond', 0, -6), 'top corner of the diamond'],
      [at('openArrow', -6, 3.46), 'open arrow wing'],
      [at('closedArrow', -6, -3.46), 'closed arrow side'],
      [at('butt', 0, -5), 'butt bar above the line'],
      [at('butt', 0, 5), 'butt bar below the line'],
      [at('reverseOpenArrow', 6, 3.46), 'reverse open arrow wing, beyond the end'],
      [at('slash', 2.25, 3.9), 'slash, leaning forward below the line'],
      [at('slash', -2.25, -3.9), 'slash, leaning back above the line'],
      [[334, 25 + 3.46], 'side of an unfilled closed arrow'],
    ]);
    expectColour(pixels, WHITE, [
      [at('square', 9, 0), 'past the square'],
      [at('circle', 6, 6), 'outside the circle where a square would be'],
      [at('diamond', 5, -5), 'outside the diamond where a square would be'],
      [at('openArrow', 4, 0), 'past the open arrow tip'],
      [at('openArrow', -6, 6.5), 'outside the open arrow wing'],
      [at('closedArrow', 4, 0), 'past the closed arrow tip'],
      [at('butt', 3, 0), 'past the butt'],
      [at('reverseOpenArrow', 6, 0), 'between the reverse wings, past the line end'],
      [at('reverseClosedArrow', 15, 0), 'past the reverse closed arrow base'],
      [at('slash', 0, 5), 'where a butt bar would be'],
      [[333, 25], 'inside an unfilled closed arrow: neither filled nor crossed by the line'],
      [[220 - 4 / Math.SQRT2, 60 - 4 / Math.SQRT2], 'past the start arrow tip'],
    ]);
  });

  it('draws a polyline open and unfilled, with caps filled at both ends', async () => {
    const viewer = await blankViewer([PAGE]);
    await draw(viewer, {
      type: 'pspdfkit/shape/polyline',
      pageIndex: 0,
      bbox: [40, 40, 160, 80],
      points: [[40, 40], [120, 120], [200, 40]],
      strokeColor: '#008000',
      strokeWidth: 3,
      fillColor: '#ff0000',
      lineCaps: { start: 'circle', end: 'closedArrow' },
    } as AnnotationInput);
    const pixels = await pagePixels(viewer, 0, frameOf(PAGE));
    expectColour(pixels, GREEN, [
      [[80, 80], 'first segment'],
      [[160, 80], 'second segment'],
    ]);
    expectColour(pixels, RED, [
      [[38, 42], 'start circle, off the line'],
      // Stroke width 3 → arrow 18 long, pointing from (120,120) to (200,40).
      [[200 - 9 / Math.SQRT2, 40 + 9 / Math.SQRT2], 'end arrow behind its tip'],
    ]);
    expectColour(pixels, WHITE, [
      [[120, 60], 'inside the V: a polyline is never filled'],
      [[120, 40], 'the polyline is not closed'],
    ]);
  });

  it('scales with the zoom', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '2' });
    await draw(viewer, line([20, 150], [140, 150], { fillColor: '#ff0000', lineCaps: { end: 'closedArrow', start: 'butt' } }));
    await draw(viewer, {
      type: 'pspdfkit/shape/ellipse',
      pageIndex: 0,
      bbox: [20, 20, 160, 100],
      strokeColor: '#008000',
      strokeWidth: 1,
      cloudyBorderIntensity: 1,
      cloudyBorderInset: [5, 5, 5, 5],
    } as AnnotationInput);
    const pixels = await pagePixels(viewer, 0, frameOf(PAGE));
    expectColour(pixels, RED, [[[135, 150], 'closed arrow fill']]);
    expectColour(pixels, BLUE, [
      [[80, 150], 'line'],
      [[20, 145], 'start butt'],
    ]);
    // Base ellipse [25, 25, 150, 90]; arcs of radius 5 are centred at its rightmost and leftmost points.
    expectColour(pixels, GREEN, [
      [[180, 70], 'cloud peak right of the ellipse'],
      [[20, 70], 'cloud peak left of the ellipse'],
    ]);
    expectColour(pixels, WHITE, [
      [[143, 150], 'past the arrow tip'],
      [[170, 70], 'inside the cloud'],
      [[22, 22], 'bbox corner'],
    ]);
  });

  it('draws on a /Rotate 90 page where the page shows it', async () => {
    const spec: BlankPage = { width: 400, height: 300, rotate: 90 };
    const viewer = await blankViewer([spec]);
    const frame = frameOf(spec);
    await draw(viewer, line([60, 100], [200, 100], { fillColor: '#ff0000', lineCaps: { start: 'butt', end: 'closedArrow' } }));
    await draw(viewer, { type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [250, 50, 100, 60], strokeColor: '#008000', strokeWidth: 4 } as AnnotationInput);
    const pixels = await pagePixels(viewer, 0, frame);
    expectColour(pixels, RED, [[[193, 100], 'arrow fill behind the tip']]);
    expectColour(pixels, BLUE, [
      [[120, 100], 'line'],
      [[60, 95], 'butt'],
    ]);
    expectColour(pixels, GREEN, [[[252, 80], 'rectangle stroke inside the bbox']]);
    expectColour(pixels, WHITE, [
      [[204, 100], 'past the tip'],
      [[300, 80], 'inside the rectangle'],
    ]);
    // On screen the page is turned a quarter clockwise: the line runs downward, so the fill is above the tip.
    const tip = toClient(viewer, 0, [200, 100], frame);
    const start = toClient(viewer, 0, [60, 100], frame);
    expect(tip.y).to.be.greaterThan(start.y + 100);
    expect(Math.abs(tip.x - start.x)).to.be.lessThan(1);
    const screen = await screenPixels(page(viewer, 0));
    const scale = 96 / 72;
    expect(near(screen.at(tip.x, tip.y - 7 * scale), RED), 'fill above the tip on screen').to.be.true;
    expect(near(screen.at(tip.x, tip.y + 4 * scale), WHITE), 'nothing below the tip on screen').to.be.true;
  });
});
