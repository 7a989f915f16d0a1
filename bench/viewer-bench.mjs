// Viewer benchmark: <instant-pdf-viewer> (bench/pages/ours.html) against pdf.js's
// own PDFViewer (bench/pages/pdfjs.html) on the same large document, same
// window size and the same fit-width zoom.
//
// Per run (fresh browser context, so no HTTP or code cache carries over):
//   1. time to first rendered page: performance.now() in the page at the
//      moment page 1 is known to be drawn (ours: [data-rendered] on the page-0
//      container; pdf.js: `pagerendered` for page 1), i.e. ms since navigation start;
//   2. scroll first → last page: from the top, scrollTop += clientHeight on every
//      animation frame until the last page is rendered (same stepping for both);
//   3. peak live canvases: on every step, canvases in the DOM (shadow roots
//      included) whose width > 0; also their pixel memory (w × h × 4);
//   4. JS heap after the scroll, after a forced GC (CDP HeapProfiler.collectGarbage
//      + Runtime.getHeapUsage; main thread only, workers not included).
//
// Exports `run(ctx)` for bench/run.mjs.
import { median, ratio, withTimeout, formatNumber } from './stats.mjs';

export const name = 'viewer';

const VIEWERS = /** @type {const} */ (['ours', 'pdfjs']);
const LABEL = { ours: 'ours', pdfjs: 'pdf.js' };

/** Targets the product has set itself (reported, never fatal). */
export const TARGETS = {
  firstPageRatio: 0.9, // ours ≤ 0.9 × pdf.js
  peakCanvases: 12, // ours ≤ 12 live canvases
};

/**
 * Runs in the page: scrolls the viewer from top to bottom one viewport per
 * animation frame and samples live canvases on every step.
 */
function scrollDriver({ timeoutMs }) {
  const B = window.__bench;
  const scroller = B.scroller();
  if (!scroller) return { error: 'no scrollable element found' };
  if (!(B.pageCount > 0)) return { error: 'page count unknown' };
  const last = B.pageCount - 1;

  let roots = [];
  const findRoots = () => {
    const out = [document];
    for (let i = 0; i < out.length; i++) {
      for (const node of out[i].querySelectorAll('*')) if (node.shadowRoot) out.push(node.shadowRoot);
    }
    roots = out;
  };
  const canvasStats = () => {
    let count = 0;
    let pixels = 0;
    for (const root of roots) {
      for (const canvas of root.querySelectorAll('canvas')) {
        if (canvas.width > 0 && canvas.height > 0) {
          count++;
          pixels += canvas.width * canvas.height;
        }
      }
    }
    return { count, pixels };
  };

  scroller.scrollTop = 0;
  const renderCountStart = B.renderCount;
  return new Promise((resolve) => {
    const t0 = performance.now();
    let prev = t0;
    let steps = 0;
    let frames = 0;
    let longestFrame = 0;
    let peakCanvases = 0;
    let peakCanvasPixels = 0;
    let reachedBottomAt = null;
    const finish = (extra) =>
      resolve({
        steps,
        frames,
        longestFrameMs: longestFrame,
        peakCanvases,
        peakCanvasBytes: peakCanvasPixels * 4,
        pagesRendered: B.renderCount - renderCountStart,
        reachedBottomMs: reachedBottomAt === null ? null : reachedBottomAt - t0,
        scrollHeight: scroller.scrollHeight,
        clientHeight: scroller.clientHeight,
        ...extra,
      });
    const frame = () => {
      const now = performance.now();
      frames++;
      if (frames > 1) longestFrame = Math.max(longestFrame, now - prev);
      prev = now;
      if (frames % 30 === 1) findRoots();
      const { count, pixels } = canvasStats();
      peakCanvases = Math.max(peakCanvases, count);
      peakCanvasPixels = Math.max(peakCanvasPixels, pixels);
      if (B.isRendered(last)) return finish({ ms: now - t0 });
      if (now - t0 > timeoutMs) return finish({ timedOut: true, ms: null, scrollTop: scroller.scrollTop });
      const before = scroller.scrollTop;
      scroller.scrollTop = before + scroller.clientHeight;
      if (scroller.scrollTop !== before) steps++;
      else if (reachedBottomAt === null) reachedBottomAt = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Runs in the page: size of page 0's canvas (to check both drew at a similar scale). */
function firstPageInfo() {
  const B = window.__bench;
  const el = B.pageElement(0);
  const canvas = el?.querySelector('canvas');
  return {
    marks: B.marks,
    pageCount: B.pageCount,
    pdfId: B.pdfId ?? null,
    errors: B.errors,
    failed: Boolean(B.failed),
    canvas: canvas ? { width: canvas.width, height: canvas.height, cssWidth: canvas.getBoundingClientRect().width } : null,
  };
}

async function heapUsage(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * One measurement in a fresh context. Never throws: failures come back as
 * `{ ok: false, error }` so that one bad run does not end the benchmark.
 */
async function measureOnce(browser, baseUrl, viewer, opts) {
  const { dpr, viewport, scroll, timeouts, log } = opts;
  const context = await withTimeout(
    browser.newContext({ viewport, deviceScaleFactor: dpr }),
    timeouts.step,
    'newContext',
  );
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error?.message ?? error)));
  const result = { viewer, dpr, ok: false };
  try {
    await page.goto(`${baseUrl}/pages/${viewer}.html`, { waitUntil: 'commit', timeout: timeouts.step });
    try {
      await page.waitForFunction(
        () => window.__bench && (window.__bench.marks.firstPageRendered !== undefined || window.__bench.failed),
        null,
        { timeout: timeouts.firstPage, polling: 100 },
      );
    } catch {
      // Timed out: fall through and report what the page knows.
    }
    const info = await withTimeout(page.evaluate(firstPageInfo), timeouts.step, 'reading first-page info');
    Object.assign(result, {
      scriptReadyMs: info.marks.scriptReady ?? null,
      firstPageMs: info.marks.firstPageRendered ?? null,
      documentLoadedMs: info.marks.documentLoaded ?? null,
      pageCount: info.pageCount,
      pdfId: info.pdfId,
      page0Canvas: info.canvas,
      pageErrors: info.errors,
    });
    if (info.marks.firstPageRendered === undefined) {
      result.error = info.failed
        ? `viewer reported failure: ${info.errors.join('; ')}`
        : `first page not rendered within ${timeouts.firstPage / 1000} s`;
      return result;
    }
    result.ok = true;
    // "Document loaded" (all page sizes known) may come after the first page.
    const loaded = await page
      .waitForFunction(() => window.__bench.marks.documentLoaded !== undefined, null, { timeout: timeouts.step, polling: 100 })
      .then(() => true, () => false);
    if (loaded) {
      const marks = await page.evaluate(() => ({ ...window.__bench.marks, pageCount: window.__bench.pageCount }));
      result.documentLoadedMs = marks.documentLoaded;
      result.pageCount = marks.pageCount;
      result.marks = marks;
    }
    if (!scroll) return result;

    // Let the initial burst of work settle, the same for both viewers.
    await page.waitForTimeout(opts.settleMs);
    result.heapBeforeScroll = await withTimeout(heapUsage(page), timeouts.step, 'heap before scroll');
    const scrolled = await withTimeout(
      page.evaluate(scrollDriver, { timeoutMs: timeouts.scroll }),
      timeouts.scroll + timeouts.step,
      'scroll driver',
    );
    Object.assign(result, {
      scrollMs: scrolled.ms ?? null,
      scrollTimedOut: Boolean(scrolled.timedOut),
      scrollError: scrolled.error ?? null,
      scrollSteps: scrolled.steps,
      scrollFrames: scrolled.frames,
      reachedBottomMs: scrolled.reachedBottomMs,
      longestFrameMs: scrolled.longestFrameMs,
      peakCanvases: scrolled.peakCanvases,
      peakCanvasBytes: scrolled.peakCanvasBytes,
      pagesRenderedDuringScroll: scrolled.pagesRendered,
      scrollHeight: scrolled.scrollHeight,
    });
    if (scrolled.error) log(`    ${LABEL[viewer]}: scroll failed: ${scrolled.error}`);
    result.heapAfterScroll = await withTimeout(heapUsage(page), timeouts.step, 'heap after scroll');
    return result;
  } catch (error) {
    result.ok = false;
    result.error = String(error?.message ?? error).split('\n')[0];
    return result;
  } finally {
    if (consoleErrors.length) result.consoleErrors = consoleErrors.slice(0, 10);
    await withTimeout(context.close(), timeouts.step, 'closing context').catch(() => {});
  }
}

const MB = 1024 * 1024;

/** Metric definitions: how to read a run, unit, formatting, target. */
const METRICS = [
  { key: 'scriptReadyMs', label: 'script ready (ms; element defined / pdf.js modules run)', digits: 0 },
  { key: 'firstPageMs', label: 'first page rendered (ms from navigation)', digits: 0,
    target: { text: `ours ≤ ${TARGETS.firstPageRatio}× pdf.js`, met: (o, p) => o !== null && p !== null && o <= TARGETS.firstPageRatio * p } },
  { key: 'documentLoadedMs', label: 'all page sizes known (ms; document-loaded / pagesloaded)', digits: 0 },
  { key: 'scrollMs', label: 'scroll first → last page rendered (ms)', digits: 0, scroll: true },
  { key: 'longestFrameMs', label: 'longest frame during scroll (ms)', digits: 0, scroll: true },
  { key: 'pagesRenderedDuringScroll', label: 'page renders during scroll', digits: 0, scroll: true },
  { key: 'peakCanvases', label: 'peak live canvases', digits: 0, scroll: true,
    target: { text: `ours ≤ ${TARGETS.peakCanvases}`, met: (o) => o !== null && o <= TARGETS.peakCanvases } },
  { key: 'peakCanvasBytes', label: 'peak canvas pixel memory (MB)', digits: 1, scale: 1 / MB, scroll: true },
  { key: 'heapBeforeScroll', label: 'JS heap after first page, after GC (MB)', digits: 1, scale: 1 / MB, scroll: true },
  { key: 'heapAfterScroll', label: 'JS heap after scroll, after GC (MB)', digits: 1, scale: 1 / MB, scroll: true },
];

function summarize(runs, scroll) {
  const metrics = {};
  for (const m of METRICS) {
    if (m.scroll && !scroll) continue;
    const entry = { label: m.label };
    for (const viewer of VIEWERS) {
      const values = runs[viewer].filter((r) => r.ok).map((r) => r[m.key]).filter((v) => typeof v === 'number');
      const med = median(values);
      entry[viewer] = { median: med === null ? null : med * (m.scale ?? 1), values: values.map((v) => v * (m.scale ?? 1)) };
    }
    entry.ratio = ratio(entry.ours.median, entry.pdfjs.median);
    if (m.target) {
      entry.target = m.target.text;
      const needsBaseline = m.key === 'firstPageMs';
      const measurable = entry.ours.median !== null && (!needsBaseline || entry.pdfjs.median !== null);
      entry.met = measurable ? m.target.met(entry.ours.median, entry.pdfjs.median) : null;
    }
    metrics[m.key] = entry;
  }
  return metrics;
}

function tableRows(metrics, scroll) {
  const rows = [['metric', 'ours', 'pdf.js', 'ours/pdf.js', 'target', '']];
  for (const m of METRICS) {
    const e = metrics[m.key];
    // Scroll passes list only their own metrics (their load times are in the JSON).
    if (!e || (scroll && !m.scroll)) continue;
    rows.push([
      m.label,
      formatNumber(e.ours.median, m.digits),
      formatNumber(e.pdfjs.median, m.digits),
      e.ratio === null ? '—' : `${e.ratio.toFixed(2)}×`,
      e.target ?? '',
      e.target === undefined ? '' : e.met === null ? 'n/a' : e.met ? 'met' : 'MISSED',
    ]);
  }
  return rows;
}

/**
 * @param {{ browser, baseUrl: string, log: (s: string) => void, options: {
 *   passes: { dpr: number, scroll: boolean, runs: number, warmup: number }[],
 *   viewport: { width: number, height: number }, viewers?: string[],
 *   timeouts: { step: number, firstPage: number, scroll: number }, settleMs: number } }} ctx
 */
export async function run({ browser, baseUrl, log, options }) {
  const viewers = VIEWERS.filter((v) => !options.viewers || options.viewers.includes(v));
  const passes = [];
  let oursLoadedOnce = false;
  let oursTried = false;

  for (const pass of options.passes) {
    if (oursTried && !oursLoadedOnce) break;
    const title = `dpr ${pass.dpr}${pass.scroll ? ', load + scroll' : ', load only'}`;
    log(`viewer: pass ${title} (${pass.warmup} warm-up + ${pass.runs} runs per viewer)`);
    const runs = { ours: [], pdfjs: [] };
    const common = {
      dpr: pass.dpr,
      viewport: options.viewport,
      scroll: pass.scroll,
      timeouts: options.timeouts,
      settleMs: options.settleMs,
      log,
    };
    const total = pass.warmup + pass.runs;
    for (let i = 0; i < total; i++) {
      const warm = i < pass.warmup;
      // Alternate which viewer goes first so that drift hits both alike.
      const order = i % 2 === 0 ? viewers : [...viewers].reverse();
      for (const viewer of order) {
        const r = await measureOnce(browser, baseUrl, viewer, common);
        if (viewer === 'ours') {
          oursTried = true;
          if (r.ok) oursLoadedOnce = true;
        }
        const tag = warm ? 'warm-up' : `run ${i - pass.warmup + 1}/${pass.runs}`;
        log(`  ${tag.padEnd(9)} ${LABEL[viewer].padEnd(6)} ${describe(r)}`);
        if (!r.ok && r.consoleErrors) log(`      console: ${r.consoleErrors.slice(0, 3).join(' | ')}`);
        if (!warm) runs[viewer].push(r);
      }
      // If ours cannot load at all, do not spend minutes proving it again.
      if (viewers.includes('ours') && !oursLoadedOnce && i >= pass.warmup) break;
    }
    const metrics = summarize(runs, pass.scroll);
    passes.push({ ...pass, title, metrics, measurements: runs });
  }

  const table = passes.map((p) => ({
    title: `${p.title}: medians of ${p.runs} runs, ${options.viewport.width}×${options.viewport.height}, fit-width`,
    rows: tableRows(p.metrics, p.scroll),
    notes: failureNotes(p.measurements),
  }));

  const fatal =
    viewers.includes('ours') && oursTried && !oursLoadedOnce
      ? 'instant-pdf-viewer never rendered its first page (see the per-run lines above)'
      : null;
  return { name, ok: !fatal, fatal, table, data: { targets: TARGETS, passes } };
}

function describe(r) {
  if (!r.ok) return `FAILED: ${r.error}`;
  const parts = [`first page ${Math.round(r.firstPageMs)} ms`];
  if (r.page0Canvas) parts.push(`(canvas ${r.page0Canvas.width}×${r.page0Canvas.height})`);
  if (r.scrollMs !== undefined) {
    parts.push(r.scrollTimedOut ? 'scroll TIMED OUT' : r.scrollMs === null ? 'scroll failed' : `scroll ${Math.round(r.scrollMs)} ms`);
    parts.push(`peak canvases ${r.peakCanvases}`);
    if (typeof r.heapAfterScroll === 'number') parts.push(`heap ${(r.heapAfterScroll / MB).toFixed(1)} MB`);
  }
  return parts.join(', ');
}

function failureNotes(runs) {
  const notes = [];
  for (const viewer of VIEWERS) {
    const failed = runs[viewer].filter((r) => !r.ok).length;
    const timedOut = runs[viewer].filter((r) => r.scrollTimedOut || r.scrollError).length;
    if (failed) notes.push(`${LABEL[viewer]}: ${failed} of ${runs[viewer].length} runs failed to render the first page`);
    if (timedOut) notes.push(`${LABEL[viewer]}: ${timedOut} scroll(s) did not reach a rendered last page`);
  }
  return notes;
}
