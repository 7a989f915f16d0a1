// Soak test: 50 load/unload cycles of the 117-page GeoTopo book in real
// Chromium, with a few dozen annotations imported each time. After every
// cycle it checks that the element let go of everything it held: every
// pdf.js worker ended (Playwright's page.workers(), since the browser-level
// target list does not show dedicated workers) and no canvas kept its pixels.
// At the end it compares the JS heap after a forced GC (CDP) between cycles.
//
// V8 keeps compiled code for a while, so the first ~10 cycles grow the heap
// by up to ~20 % without any leak (TOOLCHAIN.md). Chromium runs with the
// js-flags that switch the optimising tiers off and keep bytecode, which
// removes most of that; cycle 2 is the baseline (cycle 1 still compiles the
// element's code paths), and 2 → 20 as well as 2 → 50 must stay within 10 %.
//
// Run after `npm run build` (it drives dist/cdn/instant-pdf-viewer.js):
//   node test/e2e/soak.e2e.mjs [--cycles 50] [--default-js-flags] [--retain]
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { assert, checklist, deadline, repoRoot, serve } from './e2e-kit.mjs';

const cyclesArg = process.argv.indexOf('--cycles');
const CYCLES = cyclesArg > 0 ? Number(process.argv[cyclesArg + 1]) : 50;
/** `--default-js-flags`: run with V8's usual tiers, to see the code-caching growth the flags remove. */
const JS_FLAGS = process.argv.includes('--default-js-flags') ? [] : ['--js-flags=--no-opt --no-maglev --no-sparkplug --no-flush-bytecode'];
/** `--retain`: keep every removed element reachable from window, to show that the heap check catches a leak. */
const RETAIN = process.argv.includes('--retain');
const MAX_GROWTH = 0.1;
const GEOTOPO = '/corpus/pdf/py-pdf-sample-files/GeoTopo-komprimiert.pdf';
/** Annotations imported each cycle: shapes, ink, notes and highlights spread over the first pages. */
const ANNOTATION_COUNT = 40;

const PAGE = `<!doctype html><meta charset="utf-8">
<script type="module" src="/dist/cdn/instant-pdf-viewer.js"></script>
<body></body>`;

deadline('soak e2e', 6 * 60_000);
const server = await serve({
  mounts: {
    '/dist/': path.join(repoRoot, 'dist'),
    '/corpus/': path.join(repoRoot, '..', 'shared', 'corpus'),
  },
  routes: {
    '/soak.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    },
  },
});
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: [...CHROME_ARGS, ...JS_FLAGS],
});
const checks = checklist();

/** In the page: the annotations to import, made once through the public API so they are valid records. */
async function makeInstantJson(page) {
  return page.evaluate(
    async ({ src, count }) => {
      await customElements.whenDefined('instant-pdf-viewer');
      const viewer = document.createElement('instant-pdf-viewer');
      viewer.style.cssText = 'display:block;width:800px;height:600px';
      document.body.append(viewer);
      await viewer.load(src);
      for (let i = 0; i < count; i++) {
        const pageIndex = i % 12;
        const x = 40 + (i % 5) * 60;
        const y = 60 + Math.floor(i / 5) * 50;
        const kind = i % 4;
        if (kind === 0) {
          viewer.createAnnotation({ type: 'pspdfkit/shape/rectangle', pageIndex, bbox: [x, y, 50, 30], strokeColor: '#D00000', strokeWidth: 2 });
        } else if (kind === 1) {
          const points = Array.from({ length: 30 }, (_, p) => [x + p * 2, y + Math.sin(p / 3) * 10]);
          viewer.createAnnotation({ type: 'pspdfkit/ink', pageIndex, bbox: [x, y - 10, 60, 20], lines: { points: [points], intensities: [points.map(() => 0.5)] }, lineWidth: 2, strokeColor: '#0040FF', isDrawnNaturally: false });
        } else if (kind === 2) {
          viewer.createAnnotation({ type: 'pspdfkit/note', pageIndex, bbox: [x, y, 24, 24], text: { format: 'plain', value: `Note ${i}` }, color: '#FFE000', icon: 'comment' });
        } else {
          viewer.createAnnotation({ type: 'pspdfkit/markup/highlight', pageIndex, bbox: [x, y, 80, 12], rects: [[x, y, 80, 12]], color: '#FFFF00', blendMode: 'multiply' });
        }
      }
      const json = viewer.exportInstantJson();
      viewer.remove();
      return json;
    },
    { src: GEOTOPO, count: ANNOTATION_COUNT },
  );
}

/**
 * In the page: one cycle. Mounts a viewer, loads GeoTopo, waits for the first
 * page's canvas, imports the annotations, checks they are shown, then removes
 * the element and waits for its teardown. Returns what is left holding pixels.
 */
async function runCycle(page, json) {
  return page.evaluate(
    async ({ src, json, count, retain }) => {
      const viewer = document.createElement('instant-pdf-viewer');
      viewer.style.cssText = 'display:block;width:800px;height:600px';
      viewer.setAttribute('zoom', 'fit-width');
      document.body.append(viewer);
      await viewer.load(src);
      const started = performance.now();
      for (;;) {
        if (viewer.shadowRoot.querySelector('[part~="page"][data-page-index="0"][data-rendered] canvas')) break;
        if (performance.now() - started > 30_000) throw new Error('the first page was not drawn within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await viewer.importInstantJson(json);
      const imported = viewer.exportInstantJson().annotations?.length ?? 0;
      if (imported !== count) throw new Error(`imported ${imported} annotations, expected ${count}`);
      const drawnCanvases = [...viewer.shadowRoot.querySelectorAll('canvas')].filter((c) => c.width * c.height > 0).length;
      viewer.remove();
      if (retain) (window.retainedViewers ??= []).push(viewer);
      // The element tears down in a microtask after it left the document.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const heldByRemoved = [...viewer.shadowRoot.querySelectorAll('canvas')].filter((c) => c.width * c.height > 0).length;
      // Canvases with pixels anywhere in the document, shadow roots included.
      const inDocument = (root) =>
        [...root.querySelectorAll('*')].reduce(
          (sum, element) =>
            sum + (element instanceof HTMLCanvasElement && element.width * element.height > 0 ? 1 : 0) + (element.shadowRoot ? inDocument(element.shadowRoot) : 0),
          0,
        );
      return { drawnCanvases, heldByRemoved, inDocument: inDocument(document), pageCount: viewer.pageCount };
    },
    { src: GEOTOPO, json, count: ANNOTATION_COUNT, retain: RETAIN },
  );
}

async function waitForWorkers(page, expected, timeout = 10_000) {
  const started = Date.now();
  while (page.workers().length !== expected) {
    if (Date.now() - started > timeout) return page.workers().length;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return expected;
}

async function heapAfterGc(cdp) {
  // Twice: the first pass can leave objects whose finalisers free more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A failed request is reported below with its URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  let workersStarted = 0;
  page.on('worker', () => workersStarted++);
  await page.goto(`${server.url}/soak.html`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const baselineWorkers = page.workers().length;

  const json = await makeInstantJson(page);
  await waitForWorkers(page, baselineWorkers);
  console.log(`GeoTopo (117 pages), ${CYCLES} cycles of load → first page drawn → import ${ANNOTATION_COUNT} annotations → remove`);

  const heap = [];
  const workerLeaks = [];
  const canvasLeaks = [];
  const failures = [];
  const wall = Date.now();
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    const workersBefore = workersStarted;
    try {
      const result = await runCycle(page, json);
      if (workersStarted === workersBefore) failures.push(`cycle ${cycle}: no pdf.js worker started`);
      const workers = await waitForWorkers(page, baselineWorkers);
      if (workers !== baselineWorkers) workerLeaks.push(`cycle ${cycle}: ${workers} workers (baseline ${baselineWorkers})`);
      if (result.heldByRemoved || result.inDocument) {
        canvasLeaks.push(`cycle ${cycle}: ${result.heldByRemoved} canvases with pixels in the removed element, ${result.inDocument} in the document`);
      }
      if (result.drawnCanvases === 0) failures.push(`cycle ${cycle}: no canvas was drawn`);
    } catch (error) {
      failures.push(`cycle ${cycle}: ${error.message}`);
    }
    heap[cycle] = await heapAfterGc(cdp);
    if (cycle === 1 || cycle % 10 === 0) console.log(`  cycle ${String(cycle).padStart(2)}: heap ${mb(heap[cycle])}, workers ${page.workers().length}`);
  }
  console.log(`  ${CYCLES} cycles in ${((Date.now() - wall) / 1000).toFixed(1)} s`);

  await checks.check(`every cycle loaded, drew the first page and imported ${ANNOTATION_COUNT} annotations`, () => {
    assert(failures.length === 0, failures.slice(0, 5).join('\n'));
  });
  await checks.check('every pdf.js worker ended after each removal', () => {
    assert(workerLeaks.length === 0, workerLeaks.slice(0, 5).join('\n'));
    return `${workersStarted} workers started in all, ${page.workers().length} alive at the end, baseline ${baselineWorkers}`;
  });
  await checks.check('no canvas kept its pixels after each removal', () => {
    assert(canvasLeaks.length === 0, canvasLeaks.slice(0, 5).join('\n'));
  });
  const growth = (from, to) => (heap[to] - heap[from]) / heap[from];
  const mid = Math.min(20, CYCLES);
  await checks.check(`JS heap after GC grows ≤ ${MAX_GROWTH * 100} % from cycle 2 to ${mid}`, () => {
    const g = growth(2, mid);
    const note = `${mb(heap[2])} → ${mb(heap[mid])}, ${(g * 100).toFixed(1)} %`;
    assert(g <= MAX_GROWTH, note);
    return note;
  });
  await checks.check(`JS heap after GC grows ≤ ${MAX_GROWTH * 100} % from cycle 2 to ${CYCLES}`, () => {
    const g = growth(2, CYCLES);
    const note = `${mb(heap[2])} → ${mb(heap[CYCLES])}, ${(g * 100).toFixed(1)} %`;
    assert(g <= MAX_GROWTH, note);
    return note;
  });
  await checks.check('no uncaught error or console error in the page', () => {
    assert(errors.length === 0, errors.slice(0, 5).join('\n'));
  });
} finally {
  await browser.close();
  await server.close();
}
process.exit(checks.summary());
