// The model suite: importing, exporting and editing 10,000 annotations, each
// against JSON.parse of the same text in the same page (the baseline).
import { median, withTimeout } from './stats.mjs';

export const name = 'model';

const COUNT = 10_000;
const TARGETS = { importMs: 100, importRatio: 5, editMs: 1 };

const fmt = (ms) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

export async function run({ browser, baseUrl, log, options }) {
  const runs = Math.max(3, options.passes?.[0]?.runs ?? 5);
  const edits = 200;
  log(`model: ${COUNT.toLocaleString('en')} annotations, ${runs} runs, ${edits} edits`);
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/pages/model.html`);
    await withTimeout(page.waitForFunction(() => window.modelBenchReady === true), 30_000, 'model page did not load');
    const result = await withTimeout(
      page.evaluate((args) => window.runModelBench(args), {
        count: COUNT,
        pageCount: options.pages ?? 1000,
        runs,
        edits,
        pdfUrl: '/bench-doc.pdf',
      }),
      10 * 60_000,
      'model benchmark timed out',
    );
    const m = Object.fromEntries(Object.entries(result.samples).map(([key, values]) => [key, median(values)]));
    const rows = [
      ['metric (median)', 'ms', 'JSON.parse ms', 'ratio', 'target', ''],
      ['JSON.parse of the document (baseline)', fmt(m.parse), fmt(m.parse), '1.00×', '', ''],
      [
        'import into the store (parse + validate + apply)',
        fmt(m.importStore),
        fmt(m.parse),
        ratio(m.importStore, m.parse),
        `≤ ${TARGETS.importMs} ms and ≤ ${TARGETS.importRatio}×`,
        m.importStore <= TARGETS.importMs && m.importStore / m.parse <= TARGETS.importRatio ? 'met' : 'MISSED',
      ],
      ['importInstantJson() on the element', fmt(m.importElement), fmt(m.parse), ratio(m.importElement, m.parse), '', ''],
      ['exportInstantJson() after an edit', fmt(m.export), fmt(m.parse), ratio(m.export, m.parse), '', ''],
      ['JSON.stringify of that export (for scale)', fmt(m.stringify), fmt(m.parse), ratio(m.stringify, m.parse), '', ''],
      [
        'one edit + annotations-changed (listener reads created/updated)',
        fmt(m.edit),
        fmt(m.parse),
        ratio(m.edit, m.parse),
        `≤ ${TARGETS.editMs} ms`,
        m.edit <= TARGETS.editMs ? 'met' : 'MISSED',
      ],
      ['one edit when the listener reads detail.instantJson', fmt(m.editReadingJson), fmt(m.parse), ratio(m.editReadingJson, m.parse), '', ''],
    ];
    log(`model: import ${fmt(m.importStore)} ms, parse ${fmt(m.parse)} ms, edit ${fmt(m.edit)} ms`);
    return {
      ok: true,
      table: [{ title: `Instant JSON model: ${COUNT.toLocaleString('en')} annotations (${(result.bytes / 1e6).toFixed(1)} MB)`, rows }],
      data: { count: COUNT, bytes: result.bytes, medians: m, samples: result.samples, targets: TARGETS },
    };
  } catch (error) {
    return { ok: false, fatal: String(error?.message ?? error), table: [], data: {} };
  } finally {
    await context.close();
  }
}
