/**
 * Hostile sizes: a 1,000,000-point ink, a bbox 10⁹ pt wide and 100,000
 * annotations on one page. Each imports (or is refused with an
 * InstantJsonError) without freezing the page or crashing, draws nothing
 * absurd, and leaves the page scrollable. The longest main-thread task is
 * measured with a `longtask` PerformanceObserver and printed, so a run's log
 * carries the figures.
 */
import { expect } from '@open-wc/testing';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { InstantJson } from '../../src/model/index.js';
import { annotationBox, blankViewer, settled } from '../helpers/annotation-kit.js';
import { activeElements, longestTask, quietProblems, setTraps, type Traps } from '../helpers/hostile-kit.js';
import { cleanupViewers, scroller, waitFor } from '../helpers/viewer-fixture.js';

const FORMAT = 'https://pspdfkit.com/instant-json/v1';
/** Generous: the figure is printed; only a page frozen for this long fails. */
let traps: Traps;

/** Imports `json` and measures it; an InstantJsonError is an acceptable answer and is returned. */
async function measuredImport(viewer: InstantPdfViewer, json: InstantJson, what: string): Promise<{ error?: Error; longestMs: number; totalMs: number }> {
  const { result, longestMs, totalMs } = await longestTask(async () => {
    let error: Error | undefined;
    await viewer.importInstantJson(json).catch((rejected: Error) => (error = rejected));
    await settled(viewer);
    return error;
  });
  console.log(`[hostile sizes] ${what}: import + first draw ${totalMs.toFixed(0)} ms, longest task ${longestMs.toFixed(0)} ms${result ? `, refused: ${result.message}` : ''}`);
  if (result) expect(result.name, `${what}: a refusal is an InstantJsonError`).to.equal('InstantJsonError');
  return { ...(result && { error: result }), longestMs, totalMs };
}

/** The page still answers: a frame comes within a second. */
async function responsive(): Promise<number> {
  const start = performance.now();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
}

/** Elements of the viewer larger than any screen could need (a 10⁹-pixel canvas, say). */
function absurdElements(viewer: InstantPdfViewer): string[] {
  const found: string[] = [];
  for (const canvas of viewer.shadowRoot!.querySelectorAll('canvas')) {
    if (canvas.width * canvas.height > 64e6 || canvas.width > 32767 || canvas.height > 32767) found.push(`canvas ${canvas.width}×${canvas.height}`);
  }
  const scroll = scroller(viewer);
  if (scroll.scrollWidth > 1e6 || scroll.scrollHeight > 1e6) found.push(`scroll area ${scroll.scrollWidth}×${scroll.scrollHeight}`);
  return found;
}

describe('security: hostile sizes', function () {
  this.timeout(180000);

  beforeEach(() => {
    traps = setTraps();
  });
  afterEach(() => {
    traps.release();
    cleanupViewers();
  });

  it('a 1,000,000-point ink imports (or is refused) without freezing the page', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }]);
    const count = 1_000_000;
    const points: Array<[number, number]> = new Array(count);
    const intensities: number[] = new Array(count);
    for (let i = 0; i < count; i++) {
      points[i] = [20 + (i % 3600) / 10, 20 + (Math.floor(i / 3600) % 260)];
      intensities[i] = 0.5;
    }
    const json = {
      format: FORMAT,
      annotations: [
        {
          v: 2,
          id: 'huge-ink',
          type: 'pspdfkit/ink',
          pageIndex: 0,
          bbox: [20, 20, 360, 260],
          lines: { points: [points], intensities: [intensities] },
          lineWidth: 1,
          strokeColor: '#0000ff',
          isDrawnNaturally: false,
        },
      ],
    } as unknown as InstantJson;
    const { error } = await measuredImport(viewer, json, '1,000,000-point ink');
    if (!error) await waitFor(() => annotationBox(viewer, 'huge-ink'), 'the ink to be drawn', 60000);
    // Still answering (a figure in the log, not a threshold: CI timings are noise).
    console.log(`[hostile sizes] next frame after ${(await responsive()).toFixed(0)} ms`);
    expect(absurdElements(viewer)).to.deep.equal([]);
    expect(quietProblems(traps)).to.deep.equal([]);
  });

  for (const [what, bbox] of [
    ['a bbox 10⁹ pt wide', [0, 10, 1e9, 50]],
    ['a bbox 10⁹ pt tall, starting far off the page', [-1e9, -1e9, 50, 1e9]],
  ] as const) {
    it(`${what}: no crash, nothing absurd in the DOM`, async () => {
      const viewer = await blankViewer([{ width: 400, height: 300 }]);
      const json = {
        format: FORMAT,
        annotations: [
          { v: 2, id: 'wide-rect', type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox, strokeColor: '#ff0000', strokeWidth: 2 },
          { v: 2, id: 'wide-ink', type: 'pspdfkit/ink', pageIndex: 0, bbox, lines: { points: [[[bbox[0], bbox[1]], [bbox[0] + bbox[2], bbox[1] + bbox[3]]]], intensities: [[0.5, 0.5]] }, lineWidth: 2, strokeColor: '#0000ff', isDrawnNaturally: false },
          { v: 2, id: 'wide-text', type: 'pspdfkit/text', pageIndex: 0, bbox, text: { format: 'plain', value: 'wide' }, fontSize: 12, fontColor: '#000000', horizontalAlign: 'left', verticalAlign: 'top' },
        ],
      } as unknown as InstantJson;
      await measuredImport(viewer, json, what);
      expect(absurdElements(viewer)).to.deep.equal([]);
      // Still answering (a figure in the log, not a threshold: CI timings are noise).
    console.log(`[hostile sizes] next frame after ${(await responsive()).toFixed(0)} ms`);
      expect(quietProblems(traps)).to.deep.equal([]);
      expect(activeElements(viewer)).to.deep.equal([]);
    });
  }

  it('100,000 annotations on one page import and the page still scrolls', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }, { width: 400, height: 300 }, { width: 400, height: 300 }], { zoom: '1' }, { width: 600, height: 400 });
    const annotations = Array.from({ length: 100_000 }, (_, i) => ({
      v: 2,
      id: `r${i}`,
      type: 'pspdfkit/shape/rectangle',
      pageIndex: 0,
      bbox: [(i % 390) + 1, (Math.floor(i / 390) % 290) + 1, 8, 8],
      strokeColor: '#ff0000',
      strokeWidth: 1,
    }));
    const { error } = await measuredImport(viewer, { format: FORMAT, annotations } as unknown as InstantJson, '100,000 annotations on one page');
    if (!error) expect(viewer.exportInstantJson().annotations?.length).to.equal(100_000);
    const scroll = scroller(viewer);
    const start = performance.now();
    scroll.scrollTop = scroll.scrollHeight;
    await waitFor(() => viewer.pageIndex > 0 || undefined, 'the page index to follow the scroll', 30000);
    console.log(`[hostile sizes] 100,000 annotations: scrolled to page ${viewer.pageIndex + 1} in ${(performance.now() - start).toFixed(0)} ms`);
    // Still answering (a figure in the log, not a threshold: CI timings are noise).
    console.log(`[hostile sizes] next frame after ${(await responsive()).toFixed(0)} ms`);
    expect(quietProblems(traps)).to.deep.equal([]);
  });
});
