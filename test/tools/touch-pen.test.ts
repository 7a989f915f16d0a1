/**
 * Touch and pen as first-class input, on a phone-sized viewer (390 px wide):
 * real CDP touch events and pen pointer events (test/helpers/input-kit.ts).
 */
import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation, Point } from '../../src/model/index.js';
import { blankViewer, settled, toClient, type Frame } from '../helpers/annotation-kit.js';
import { penPath, pinch, tap, touchDrag, touchPath, touchSteps, twoFingerDrag, type XY } from '../helpers/input-kit.js';
import { cleanupViewers, page, scroller, waitFor } from '../helpers/viewer-fixture.js';

const FRAME: Frame = { width: 400, height: 300, rotate: 0 };
const PHONE = { width: 390, height: 700 };

const RECT = {
  type: 'pspdfkit/shape/rectangle',
  pageIndex: 0,
  bbox: [100, 80, 120, 90],
  strokeColor: '#ff0000',
  strokeWidth: 4,
  fillColor: '#00ff00',
} as const;

/** Four 400 × 300 pt pages at fit-width on a 390 × 700 viewer: the pages scroll. */
async function phoneViewer(tool: string): Promise<InstantPdfViewer> {
  const spec = { width: FRAME.width, height: FRAME.height };
  const viewer = await blankViewer([spec, spec, spec, spec], { zoom: 'fit-width', toolbar: 'none' }, PHONE);
  viewer.tool = tool;
  await viewer.updateComplete;
  await settled(viewer);
  return viewer;
}

function at(viewer: InstantPdfViewer, point: Point, pageIndex = 0): XY {
  const { x, y } = toClient(viewer, pageIndex, point, FRAME);
  return [Math.round(x), Math.round(y)];
}

function exported(viewer: InstantPdfViewer): Annotation[] {
  return (viewer.exportInstantJson().annotations ?? []) as Annotation[];
}

function expectClose(actual: readonly number[], expected: readonly number[], tolerance: number, what: string): void {
  expect(actual, what).to.have.length(expected.length);
  expected.forEach((value, i) => expect(Math.abs(actual[i]! - value), `${what}[${i}]: ${actual.join(', ')} vs ${expected.join(', ')}`).to.be.at.most(tolerance));
}

/** Points per CSS pixel at the current zoom, for tolerances of a pixel or two. */
function pointsPerPixel(viewer: InstantPdfViewer): number {
  return 1 / (viewer.currentScale * (96 / 72));
}

async function frames(count = 3): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('touch and pen input', () => {
  afterEach(async () => {
    await resetMouse();
    cleanupViewers();
  });

  it('a tap with select selects the annotation under the finger; a tap on an empty spot clears the selection', async () => {
    const viewer = await phoneViewer('select');
    const rect = viewer.createAnnotation(RECT as never);
    await settled(viewer);
    const selections: string[][] = [];
    viewer.addEventListener('selection-changed', (event) => selections.push((event as CustomEvent<{ annotationIds: string[] }>).detail.annotationIds));

    await tap(at(viewer, [160, 125]));
    await waitFor(() => selections.length > 0, 'selection-changed after the tap', 3000);
    expect(viewer.selectedAnnotationIds).to.deep.equal([rect.id]);
    expect(selections).to.deep.equal([[rect.id]]);

    await tap(at(viewer, [320, 250]));
    await waitFor(() => selections.length > 1, 'selection-changed after the second tap', 3000);
    expect(viewer.selectedAnnotationIds).to.deep.equal([]);
    expect(exported(viewer)[0]!.bbox, 'a tap moves nothing').to.deep.equal(RECT.bbox);
  });

  it('one finger with rectangle draws a rectangle whose bbox is the drag', async () => {
    const viewer = await phoneViewer('rectangle');
    const from: Point = [60, 50];
    const to: Point = [260, 200];
    await touchDrag(at(viewer, from), at(viewer, to));
    await settled(viewer);
    const annotations = exported(viewer);
    expect(annotations.map((a) => a.type)).to.deep.equal(['pspdfkit/shape/rectangle']);
    expectClose(annotations[0]!.bbox, [60, 50, 200, 150], 2 * pointsPerPixel(viewer) + 0.5, 'bbox');
    expect(viewer.tool).to.equal('rectangle');
  });

  it('one finger with ink draws a stroke along its path, and the view does not pan', async () => {
    const viewer = await phoneViewer('ink');
    const view = scroller(viewer);
    const scrollTop = view.scrollTop;
    const path: Point[] = [[50, 200], [90, 150], [130, 110], [170, 100], [210, 120], [250, 160], [290, 210]];
    await touchPath(path.map((point) => at(viewer, point)));
    await settled(viewer);
    const annotations = exported(viewer);
    expect(annotations.map((a) => a.type)).to.deep.equal(['pspdfkit/ink']);
    const points = (annotations[0] as unknown as { lines: { points: Point[][] } }).lines.points;
    expect(points).to.have.length(1);
    const stroke = points[0]!;
    const tolerance = 2 * pointsPerPixel(viewer) + 0.5;
    expectClose(stroke[0]!, path[0]!, tolerance, 'first point');
    expectClose(stroke[stroke.length - 1]!, path[path.length - 1]!, tolerance, 'last point');
    // Every finger position is on the stroke.
    for (const point of path) {
      const nearest = Math.min(...stroke.map(([x, y]) => Math.hypot(x - point[0], y - point[1])));
      expect(nearest, `the stroke passes ${point.join(',')}`).to.be.at.most(tolerance);
    }
    expect(view.scrollTop, 'ink does not pan the view').to.equal(scrollTop);
  });

  it('two fingers with ink scroll the pages and draw nothing; the stroke the first finger began is dropped', async () => {
    const viewer = await phoneViewer('ink');
    const view = scroller(viewer);
    const changes: unknown[] = [];
    viewer.addEventListener('annotations-changed', (event) => changes.push(event));
    const before = view.scrollTop;
    await twoFingerDrag([150, 500], [250, 500], 0, -200);
    await frames();
    expect(view.scrollTop - before, 'two fingers up by 200 px scroll down').to.be.within(150, 250);
    await settled(viewer);
    expect(changes).to.deep.equal([]);
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
    expect(viewer.shadowRoot!.querySelector('.tool-overlay path'), 'no stroke preview left behind').to.equal(null);
  });

  it('a second finger cancels a one-finger stroke in progress without committing it', async () => {
    const viewer = await phoneViewer('ink');
    const a = at(viewer, [80, 100]);
    const b = at(viewer, [160, 120]);
    await touchSteps([
      { type: 'touchStart', points: [a] },
      { type: 'touchMove', points: [[a[0] + 20, a[1] + 10]] },
      { type: 'touchMove', points: [[a[0] + 40, a[1] + 20]] },
      { type: 'touchStart', points: [[a[0] + 40, a[1] + 20], b] },
      { type: 'touchMove', points: [[a[0] + 40, a[1] - 20], [b[0], b[1] - 40]] },
      { type: 'touchEnd', points: [] },
    ]);
    await settled(viewer);
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
    expect(viewer.shadowRoot!.querySelector('.tool-overlay path'), 'no stroke preview left behind').to.equal(null);

    // The next one-finger stroke draws as usual.
    await touchPath([at(viewer, [60, 200]), at(viewer, [120, 220]), at(viewer, [180, 200])]);
    await settled(viewer);
    expect(exported(viewer).map((a) => a.type)).to.deep.equal(['pspdfkit/ink']);
  });

  it('two fingers that spread while they move zoom and scroll at once: the spot between them stays between them', async () => {
    const viewer = await phoneViewer('ink');
    const view = scroller(viewer);
    view.scrollTop = 200;
    await frames();
    const scale = viewer.currentScale;
    const a: XY = [150, 450];
    const b: XY = [230, 450];
    // Where a viewport point is on page 1, in points.
    const spot = (x: number, y: number): Point => toPagePoint(x, y);
    const toPagePoint = (x: number, y: number): Point => {
      const box = page(viewer, 1).getBoundingClientRect();
      const perPoint = box.width / FRAME.width;
      return [(x - box.left) / perPoint, (y - box.top) / perPoint];
    };
    const before = spot(190, 450);
    const moves = 12;
    const steps: Parameters<typeof touchSteps>[0][number][] = [{ type: 'touchStart', points: [a, b] }];
    for (let i = 1; i <= moves; i++) {
      const t = i / moves;
      const spread = 40 * (1 + 0.6 * t);
      const y = 450 - 150 * t;
      steps.push({ type: 'touchMove', points: [[190 - spread, y], [190 + spread, y]] });
    }
    steps.push({ type: 'touchEnd', points: [] });
    await touchSteps(steps);
    await frames();
    expect(viewer.currentScale / scale, 'zoomed by the spread').to.be.within(1.5, 1.7);
    const after = spot(190, 300);
    expectClose(after, before, 6, 'the spot under the fingers (points)');
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
  });

  it('a pinch zooms, with a drawing tool and with select', async () => {
    for (const tool of ['ink', 'select']) {
      const viewer = await phoneViewer(tool);
      const scale = viewer.currentScale;
      await pinch([140, 400], [240, 400], 1.8);
      await waitFor(() => viewer.currentScale > scale * 1.4, `${tool}: the zoom to follow the pinch (${viewer.currentScale} from ${scale})`, 3000);
      await settled(viewer);
      expect(viewer.exportInstantJson().annotations, `${tool}: nothing drawn`).to.equal(undefined);
      cleanupViewers();
    }
  });

  it('one finger with select scrolls the pages: nothing is created, moved or selected', async () => {
    const viewer = await phoneViewer('select');
    const rect = viewer.createAnnotation({ ...RECT, pageIndex: 1 } as never);
    await settled(viewer);
    const view = scroller(viewer);
    const before = view.scrollTop;
    const changes: unknown[] = [];
    viewer.addEventListener('annotations-changed', (event) => changes.push(event));
    await touchDrag([200, 550], [200, 300], 10);
    await waitFor(() => view.scrollTop - before > 100, 'the pages to scroll', 3000);
    await settled(viewer);
    expect(changes).to.deep.equal([]);
    expect(viewer.selectedAnnotationIds).to.deep.equal([]);
    expect(exported(viewer).find((a) => a.id === rect.id)!.bbox).to.deep.equal(RECT.bbox);
  });

  it('one finger on a selected annotation moves it (select), and the pages do not scroll', async () => {
    const viewer = await phoneViewer('select');
    const rect = viewer.createAnnotation(RECT as never);
    viewer.selectedAnnotationIds = [rect.id];
    await settled(viewer);
    const view = scroller(viewer);
    const before = view.scrollTop;
    // On the rectangle's fill, away from its handles.
    await touchDrag(at(viewer, [150, 125]), at(viewer, [190, 155]), 10);
    await settled(viewer);
    const moved = exported(viewer).find((a) => a.id === rect.id)!;
    expectClose(moved.bbox, [140, 110, 120, 90], 2 * pointsPerPixel(viewer) + 0.5, 'moved bbox');
    expect(view.scrollTop).to.equal(before);
    expect(viewer.selectedAnnotationIds).to.deep.equal([rect.id]);
  });

  it('a pen draws with ink while a finger rests on the page; with select it draws nothing', async () => {
    const viewer = await phoneViewer('ink');
    const palm = at(viewer, [300, 250]);
    const path: Point[] = [[60, 60], [100, 80], [140, 70], [180, 90]];
    await touchSteps([{ type: 'touchStart', points: [palm] }]);
    await penPath(path.map((point) => at(viewer, point)));
    await touchSteps([{ type: 'touchEnd', points: [] }]);
    await settled(viewer);
    const annotations = exported(viewer);
    expect(annotations.map((a) => a.type)).to.deep.equal(['pspdfkit/ink']);
    const stroke = (annotations[0] as unknown as { lines: { points: Point[][] } }).lines.points;
    expect(stroke, 'one stroke, the pen\'s').to.have.length(1);
    expectClose(stroke[0]![0]!, path[0]!, 2, 'the pen stroke starts where the pen came down');

    viewer.tool = 'select';
    await viewer.updateComplete;
    await penPath([[60, 200], [100, 220], [140, 210]].map((point) => at(viewer, point as Point)));
    await settled(viewer);
    expect(exported(viewer)).to.have.length(1);
  });
});
