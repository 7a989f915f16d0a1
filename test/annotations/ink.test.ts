/** What ink annotations look like on screen, read back from real screenshots. */
import { expect } from '@open-wc/testing';
import type { AnnotationInput, Point } from '../../src/model/index.js';
import { cleanupViewers, near } from '../helpers/viewer-fixture.js';
import { BLUE, blankViewer, draw, frameOf, pagePixels, WHITE, type BlankPage, type PagePixels } from '../helpers/annotation-kit.js';

type Rgb = [number, number, number];

function expectColour(pixels: PagePixels, colour: Rgb, points: Array<[Point, string]>, tolerance = 40): void {
  for (const [point, what] of points) {
    const seen = pixels.at(point);
    expect(near(seen, colour, tolerance), `${what} at ${point.join(',')}: saw ${seen.slice(0, 3).join(',')}, want ${colour.join(',')}`).to.be.true;
  }
}

function ink(segments: Point[][], extra: Partial<AnnotationInput> = {}): AnnotationInput {
  const all = segments.flat();
  const xs = all.map(([x]) => x);
  const ys = all.map(([, y]) => y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return {
    type: 'pspdfkit/ink',
    pageIndex: 0,
    bbox: [left, top, Math.max(...xs) - left, Math.max(...ys) - top],
    lines: { points: segments, intensities: segments.map((segment) => segment.map(() => 0.5)) },
    lineWidth: 2,
    strokeColor: '#0000ff',
    isDrawnNaturally: false,
    ...extra,
  } as AnnotationInput;
}

const PAGE: BlankPage = { width: 400, height: 300 };

describe('ink annotations', () => {
  afterEach(cleanupViewers);

  it('draws smooth curves with round caps, dots for single points, and every segment', async () => {
    const viewer = await blankViewer([PAGE]);
    // The curve starts at (100,100) bending toward (150,50): a quadratic to the midpoint (175,75),
    // whose middle is (143.75, 68.75), 8.8 pt off the straight polyline; the corner (150,50) is not on it.
    await draw(viewer, ink([[[100, 100], [150, 50], [200, 100]], [[60, 200], [160, 200]], [[300, 50]]], { lineWidth: 6 }));
    const pixels = await pagePixels(viewer, 0, frameOf(PAGE));
    expectColour(pixels, BLUE, [
      [[143.75, 68.75], 'the smooth curve, away from the polyline'],
      [[100, 100], 'start of the curve'],
      [[199, 99], 'end of the curve'],
      [[110, 200], 'second segment'],
      [[162, 200], 'round cap past the end of the second segment'],
      [[300, 50], 'a one-point segment is a dot'],
      [[302, 50], 'the dot has the line width'],
    ]);
    expectColour(pixels, WHITE, [
      [[150, 52], 'the corner a polyline would have'],
      [[137.5, 62.5], 'on the straight polyline from (100,100) to (150,50)'],
      [[165, 200], 'past the round cap'],
      [[305, 50], 'past the dot'],
    ]);
  });

  it('fills the bbox with backgroundColor and multiplies a highlighter over a coloured fill', async () => {
    const viewer = await blankViewer([PAGE]);
    await draw(viewer, ink([[[260, 160], [340, 220]]], { bbox: [250, 150, 100, 80], backgroundColor: '#ffff00' }));
    await draw(viewer, {
      type: 'pspdfkit/shape/rectangle',
      pageIndex: 0,
      bbox: [50, 30, 150, 60],
      strokeWidth: 0,
      fillColor: '#80c0ff',
    } as AnnotationInput);
    await draw(viewer, ink([[[30, 60], [230, 60]]], { lineWidth: 20, strokeColor: '#ffff00', blendMode: 'multiply', opacity: 1 }));
    const pixels = await pagePixels(viewer, 0, frameOf(PAGE));
    expectColour(pixels, [255, 255, 0], [
      [[255, 155], 'background, away from the stroke'],
      [[40, 60], 'highlighter over the white page'],
    ]);
    expectColour(pixels, BLUE, [[[300, 190], 'stroke over the background']]);
    expectColour(pixels, WHITE, [[[245, 155], 'outside the bbox']]);
    // #80c0ff × #ffff00 = #80c000: darker than the fill and than the ink.
    const mixed = pixels.at([120, 60]);
    expect(near(mixed, [128, 192, 0], 24), `multiplied colour, saw ${mixed.slice(0, 3).join(',')}`).to.be.true;
    expectColour(pixels, [128, 192, 255], [[[120, 40], 'the fill outside the highlighter']]);
  });

  it('follows the zoom and the page rotation', async () => {
    const curve: Point[][] = [[[40, 100], [90, 50], [140, 100]]];
    // Middle of the first piece: 0.25·(40,100) + 0.5·(90,50) + 0.25·(115,75) = (83.75, 68.75).
    const zoomed = await blankViewer([PAGE], { zoom: '2' });
    await draw(zoomed, ink(curve, { lineWidth: 3 }));
    let pixels = await pagePixels(zoomed, 0, frameOf(PAGE));
    expectColour(pixels, BLUE, [[[83.75, 68.75], 'curve at zoom 2']]);
    expectColour(pixels, WHITE, [[[90, 52], 'corner at zoom 2']]);
    cleanupViewers();

    const rotated: BlankPage = { width: 400, height: 300, rotate: 90 };
    const viewer = await blankViewer([rotated]);
    await draw(viewer, ink(curve, { lineWidth: 3 }));
    pixels = await pagePixels(viewer, 0, frameOf(rotated));
    expectColour(pixels, BLUE, [
      [[83.75, 68.75], 'curve on a rotated page'],
      [[140, 100], 'end on a rotated page'],
    ]);
    expectColour(pixels, WHITE, [[[90, 52], 'corner on a rotated page']]);
  });
});
