// The annotation drawing suite: 1,000 annotations drawn on one page after an
// import (against the model's own import of the same records, in the same
// page), and scrolling with annotations on every page (against the same
// scroll without any). See bench/pages/annotations.html.
import { median, withTimeout } from './stats.mjs';

export const name = 'annotations';

const COUNT = 1000;
const TARGETS = { drawMs: 50, pagesWithDom: 12 };
const SCROLL = { pages: 60, perPage: 100 };

const fmt = (ms) => (ms === null ? '—' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const times = (a, b) => (a !== null && b ? `${(a / b).toFixed(2)}×` : '—');

export async function run({ browser, baseUrl, log, options }) {
  const runs = Math.max(3, options.passes?.[0]?.runs ?? 5);
  const kindRuns = 3;
  log(`annotations: ${COUNT} on one page × ${runs} runs; scroll ${SCROLL.pages} pages × ${SCROLL.perPage}`);
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1200, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/pages/annotations.html`);
    await withTimeout(page.waitForFunction(() => window.annotationBenchReady === true), 30_000, 'annotations page did not load');
    const result = await withTimeout(
      page.evaluate((args) => window.runAnnotationBench(args), { pdfUrl: '/bench-doc.pdf', count: COUNT, runs, kindRuns, scroll: SCROLL }),
      10 * 60_000,
      'annotation benchmark timed out',
    );
    const draw = {
      modelMs: median(result.draw.map((r) => r.modelMs)),
      floorMs: median(result.draw.map((r) => r.floorMs)),
      handDrawnMs: median(result.draw.map((r) => r.handDrawnMs)),
      domMs: median(result.draw.map((r) => r.domMs)),
      paintedMs: median(result.draw.map((r) => r.paintedMs)),
      singlePaintedMs: median(result.single.map((r) => r.paintedMs)),
    };
    const { scrollPlain: plain, scrollAnnotated: annotated, scrollMarkedUp: markedUp } = result;
    const rows = [
      ['metric (median)', 'ours ms', 'baseline ms', 'ratio', 'target', ''],
      ['1,000 annotations: import → all in the DOM', fmt(draw.domMs), fmt(draw.modelMs), times(draw.domMs, draw.modelMs), `≤ ${TARGETS.drawMs} ms`, draw.domMs <= TARGETS.drawMs ? 'met' : 'MISSED'],
      [
        '1,000 annotations: import → next frame painted',
        fmt(draw.paintedMs),
        fmt(draw.modelMs),
        times(draw.paintedMs, draw.modelMs),
        `≤ ${TARGETS.drawMs} ms`,
        draw.paintedMs <= TARGETS.drawMs ? 'met' : 'MISSED',
      ],
      ['1,000 annotations painted, against the floor (1,000 bare SVG paths)', fmt(draw.paintedMs), fmt(draw.floorMs), times(draw.paintedMs, draw.floorMs), '', ''],
      ['1,000 annotations painted, against the same mix in hand-written DOM', fmt(draw.paintedMs), fmt(draw.handDrawnMs), times(draw.paintedMs, draw.handDrawnMs), '', ''],
      ['1 annotation: import → next frame painted (the fixed cost of a frame)', fmt(draw.singlePaintedMs), '', '', '', ''],
      ...result.byKind.map(({ name, runs: kindRuns }) => {
        const dom = median(kindRuns.map((r) => r.domMs));
        const painted = median(kindRuns.map((r) => r.paintedMs));
        return [`1,000 ${name} alone: import → in the DOM / painted`, `${fmt(dom)} / ${fmt(painted)}`, '', '', '', ''];
      }),
      ['scroll: median frame (with / without annotations)', fmt(annotated.medianFrame), fmt(plain.medianFrame), times(annotated.medianFrame, plain.medianFrame), '', ''],
      ['scroll: 95th percentile frame', fmt(annotated.p95Frame), fmt(plain.p95Frame), times(annotated.p95Frame, plain.p95Frame), '', ''],
      ['scroll: longest frame', fmt(annotated.maxFrame), fmt(plain.maxFrame), times(annotated.maxFrame, plain.maxFrame), '', ''],
      ['scroll: frames over 30 ms', `${annotated.over30} of ${annotated.frames}`, `${plain.over30} of ${plain.frames}`, '', '', ''],
      ['scroll, marked-up document: median frame', fmt(markedUp.medianFrame), fmt(plain.medianFrame), times(markedUp.medianFrame, plain.medianFrame), '', ''],
      ['scroll, marked-up document: 95th percentile frame', fmt(markedUp.p95Frame), fmt(plain.p95Frame), times(markedUp.p95Frame, plain.p95Frame), '', ''],
      ['scroll, marked-up document: frames over 30 ms', `${markedUp.over30} of ${markedUp.frames}`, `${plain.over30} of ${plain.frames}`, '', '', ''],
      [
        'scroll: most pages holding annotation DOM',
        String(annotated.maxPagesWithDom),
        '',
        '',
        `≤ ${TARGETS.pagesWithDom}`,
        annotated.maxPagesWithDom <= TARGETS.pagesWithDom ? 'met' : 'MISSED',
      ],
      ['scroll: most annotation boxes at once', String(annotated.maxBoxes), '', '', '', ''],
    ];
    log(`annotations: draw ${fmt(draw.paintedMs)} ms (model ${fmt(draw.modelMs)} ms); scroll p95 ${fmt(annotated.p95Frame)} vs ${fmt(plain.p95Frame)} ms`);
    return {
      ok: true,
      table: [
        {
          title: `Annotation drawing (baseline: the model's import of the same records; scroll: the same scroll without annotations)`,
          rows,
          notes: [
            `scroll: ${SCROLL.pages} pages with ${SCROLL.perPage} annotations each, a quarter viewport per frame`,
            'marked-up document: the same scroll with 38 annotations a page: highlights on text lines, notes and comments in the margins, a few ink strokes, boxes and arrows',
            'floor: the same number of bare SVG paths with the hooks an annotation carries, built by plain DOM code over the same page — what any DOM drawing costs on this machine',
            'hand-written DOM: the same records drawn by minimal page code, its markup prepared before the clock starts (no parsing, no geometry) — what the browser alone needs to show this mix',
            `"alone" rows: medians of ${kindRuns} runs each; the mix above has a seventh of each kind`,
          ],
        },
      ],
      data: { count: COUNT, draw, runs: result.draw, byKind: result.byKind, scroll: { plain, annotated, markedUp }, targets: TARGETS },
    };
  } catch (error) {
    return { ok: false, fatal: String(error?.message ?? error), table: [], data: {} };
  } finally {
    await context.close();
  }
}
