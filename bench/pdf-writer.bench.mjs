#!/usr/bin/env node
// The PDF writer in Node: applyInstantJson of 10,000 annotations (16 kinds in
// turn, 10 a page) to the generated 1,000-page PDF, against the same library
// doing nothing but opening and writing the same PDF, in the same run:
//
//   - load + save:   PDFDocument.load, then save() (a full rewrite);
//   - load + commit: PDFDocument.load for an incremental update, then commit()
//                    with nothing changed (what an incremental save costs bare);
//   - apply:         applyInstantJson (dist/pdf-writer): open for an
//                    incremental update, write 10,000 annotations with their
//                    appearance streams, commit.
//
// Every run is a fresh Node process (nothing warm from an earlier run, and the
// kernel's peak RSS of that process is the run's peak memory); the three
// alternate in order from run to run (A B C, C B A, …), warm-up runs are
// discarded, medians are reported. Target: apply ≤ 3 × load + save.
// Also reported: the output's size as the original bytes (an exact prefix)
// plus what the update added.
//
//   node bench/pdf-writer.bench.mjs [--runs=5] [--warmup=1] [--pages=1000]
//                                   [--annotations=10000] [--quick] [--help]
//     --quick   --runs=2 --warmup=0 --pages=200 --annotations=2000
//
// Needs the npm build (dist/pdf-writer; `npm run bench` builds first). Writes
// .bench-out/pdf-writer.json. Exit code: 0 measured (target met or not), 1 a
// run failed, 2 bad usage or no build.
// Registered suites of bench/run.mjs export `name` and `run(ctx)`; so does
// this file (it measures in Node and ignores the browser).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LARGE_PDF_ID, writeLargePdf } from '../scripts/make-large-pdf.mjs';
import { formatNumber, formatTable, median, ratio } from './stats.mjs';

export const name = 'pdf-writer';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = path.join(ROOT, '.bench-out');
const WRITER = path.join(ROOT, 'dist', 'pdf-writer', 'index.js');
const SELF = fileURLToPath(import.meta.url);
const TARGET_RATIO = 3;
const RUN_TIMEOUT_MS = 10 * 60_000;
const MODES = ['save', 'commit', 'apply'];
const LABELS = { save: 'load + save (full rewrite)', commit: 'load + commit (incremental, nothing changed)', apply: 'applyInstantJson' };

class UsageError extends Error {}

function parseArgs(argv) {
  const KNOWN = ['runs', 'warmup', 'pages', 'annotations', 'quick', 'help'];
  const args = {};
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m || !KNOWN.includes(m[1])) throw new UsageError(`unknown argument: ${arg} (see --help)`);
    args[m[1]] = m[2] ?? true;
  }
  if (args.help) return { help: true };
  const quick = Boolean(args.quick);
  const int = (key, fallback, min) => {
    const value = args[key] === undefined ? fallback : Number(args[key]);
    if (!Number.isInteger(value) || value < min) throw new UsageError(`--${key} must be an integer ≥ ${min}`);
    return value;
  };
  return {
    runs: int('runs', quick ? 2 : 5, 1),
    warmup: int('warmup', quick ? 0 : 1, 0),
    pages: int('pages', quick ? 200 : 1000, 1),
    annotations: int('annotations', quick ? 2000 : 10_000, 1),
  };
}

// ---------------------------------------------------------------------------
// The Instant JSON: realistic records of 16 kinds, 10 a page, in turn.

const A4 = { width: 595.28, height: 841.89 };

function hexToBase64(hex) {
  return Buffer.from(hex, 'hex').toString('base64');
}

/** A 16 × 8 PNG (red and blue halves), the one picture every image record shows: embedded once. */
function picture() {
  // Encoded once (zlib, by hand) and kept as text: no PNG encoder needed here.
  return 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAICAIAAAB/FOjAAAAAGElEQVR4nGN4ammKFcl1PMWKGEY10EIDANntt4FozgC0AAAAAElFTkSuQmCC';
}

/** `count` records over `pages` pages. */
export function benchDocument(count, pages) {
  const binary = picture();
  const imageId = 'bench-picture';
  const at = (i) => {
    const slot = Math.floor(i / pages) % 10; // ten slots down each page
    return { pageIndex: i % pages, left: 60 + (slot % 2) * 250, top: 60 + Math.floor(slot / 2) * 150 };
  };
  const kinds = [
    (b, l, t) => ({ ...b, type: 'pspdfkit/shape/rectangle', bbox: [l, t, 200, 100], strokeColor: '#d32f2f', strokeWidth: 2, strokeDashArray: [6, 3] }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/shape/ellipse', bbox: [l, t, 200, 100], strokeColor: '#6a1b9a', strokeWidth: 3, fillColor: '#e1bee7', opacity: 0.7 }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/shape/line', bbox: [l, t, 200, 100], startPoint: [l + 10, t + 90], endPoint: [l + 190, t + 10], strokeColor: '#000000', strokeWidth: 2, lineCaps: { end: 'openArrow' } }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/shape/polyline', bbox: [l, t, 200, 100], points: [[l + 10, t + 90], [l + 60, t + 10], [l + 120, t + 90], [l + 190, t + 10]], strokeColor: '#ef6c00', strokeWidth: 2, lineCaps: { start: 'circle', end: 'closedArrow' } }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/shape/polygon', bbox: [l, t, 200, 100], points: [[l + 100, t + 10], [l + 190, t + 90], [l + 10, t + 90]], strokeColor: '#2e7d32', strokeWidth: 2, fillColor: '#c8e6c9', cloudyBorderIntensity: 2 }),
    (b, l, t) => {
      const stroke = Array.from({ length: 24 }, (_, k) => [l + 8 * k, t + 50 + 40 * Math.sin(k / 2)]);
      return { ...b, type: 'pspdfkit/ink', bbox: [l - 2, t + 8, 196, 84], lines: { points: [stroke], intensities: [stroke.map(() => 0.5)] }, lineWidth: 3, strokeColor: '#1565c0', isDrawnNaturally: false };
    },
    (b, l, t) => ({ ...b, type: 'pspdfkit/markup/highlight', bbox: [l, t, 200, 30], rects: [[l, t, 200, 14], [l, t + 16, 120, 14]], color: '#ffff00', blendMode: 'multiply' }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/markup/underline', bbox: [l, t, 200, 30], rects: [[l, t, 200, 14], [l, t + 16, 120, 14]], color: '#0000ff' }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/markup/strikeout', bbox: [l, t, 200, 30], rects: [[l, t, 200, 14], [l, t + 16, 120, 14]], color: '#ff0000' }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/markup/squiggly', bbox: [l, t, 200, 30], rects: [[l, t, 200, 14], [l, t + 16, 120, 14]], color: '#00a000' }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/note', bbox: [l, t, 24, 24], text: { format: 'plain', value: `Note ${b.id}: check this figure` }, icon: 'comment', color: '#ffe066' }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/text', bbox: [l, t, 200, 60], text: { format: 'plain', value: `Free text ${b.id}, set in Helvetica over two lines or so` }, font: 'Helvetica', fontSize: 12, fontColor: '#1a237e', backgroundColor: '#fff9c4', horizontalAlign: 'left', verticalAlign: 'top' }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/stamp', bbox: [l, t, 160, 50], stampType: 'Approved' }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/link', bbox: [l, t, 150, 20], action: { type: 'uri', uri: `https://example.com/item/${b.id}` }, borderStyle: 'solid', borderWidth: 1, borderColor: '#0000ff' }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/markup/redaction', bbox: [l, t, 200, 30], rects: [[l, t, 200, 30]], outlineColor: '#ff0000', fillColor: '#000000', overlayText: 'REDACTED' }),
    (b, l, t) => ({ ...b, type: 'pspdfkit/image', bbox: [l, t, 160, 80], imageAttachmentId: imageId, contentType: 'image/png' }),
  ];
  const annotations = Array.from({ length: count }, (_, i) => {
    const { pageIndex, left, top } = at(i);
    const base = { v: 2, id: `bench-${String(i).padStart(5, '0')}`, pageIndex, opacity: 1, creatorName: 'Bench', createdAt: '2026-12-08T10:00:00.000Z', updatedAt: '2026-12-08T10:00:00.000Z' };
    return kinds[i % kinds.length](base, left, Math.min(top, A4.height - 120));
  });
  return {
    format: 'https://pspdfkit.com/instant-json/v1',
    pdfId: { permanent: hexToBase64(LARGE_PDF_ID[0]), changing: hexToBase64(LARGE_PDF_ID[1]) },
    annotations,
    attachments: { [imageId]: { binary, contentType: 'image/png' } },
    kinds: kinds.length,
  };
}

// ---------------------------------------------------------------------------
// One measured run, in a child process of its own.

async function child(mode, pdfFile, jsonFile, outFile) {
  const bytes = new Uint8Array(readFileSync(pdfFile));
  let run;
  if (mode === 'apply') {
    const { applyInstantJson } = await import(WRITER);
    const json = readFileSync(jsonFile, 'utf8');
    run = () => applyInstantJson(bytes, json);
  } else {
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    run =
      mode === 'save'
        ? async () => (await PDFDocument.load(bytes, { updateMetadata: false })).save()
        : async () => (await PDFDocument.load(bytes, { updateMetadata: false, forIncrementalUpdate: true })).commit();
  }
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  const output = await run();
  const ms = performance.now() - started;
  const peakRssKb = process.resourceUsage().maxRSS;
  if (outFile) await writeFile(outFile, output);
  const prefix = output.length >= bytes.length && Buffer.from(output.buffer, output.byteOffset, bytes.length).equals(Buffer.from(bytes));
  process.stdout.write(JSON.stringify({ mode, ms, peakRssKb, rssBeforeKb: before, outputBytes: output.length, prefix }));
}

function runChild(mode, files) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [SELF, `--child=${mode}`, files.pdf, files.json, files.out ?? ''], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (chunk) => (stdout += chunk));
    proc.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => proc.kill('SIGKILL'), RUN_TIMEOUT_MS);
    proc.on('error', reject);
    proc.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`${mode} run exited with ${code}: ${stderr.trim().split('\n').slice(-5).join('\n')}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

// ---------------------------------------------------------------------------

/** The suite: `ctx` as bench/run.mjs passes it (only `log` and `options` are used). */
export async function run(ctx = {}) {
  const log = ctx.log ?? console.log;
  // Under bench/run.mjs: its page count (e.g. --quick's 200), with this suite's own defaults otherwise.
  const fromRun = ctx.options?.pages ? { pages: ctx.options.pages } : {};
  const options = { ...parseArgs([]), ...fromRun, ...(ctx.writerOptions ?? {}) };
  if (!existsSync(WRITER)) return { name, ok: false, fatal: `${path.relative(ROOT, WRITER)} is missing: run \`npm run build\` first`, table: [] };
  await mkdir(OUT_DIR, { recursive: true });

  const pdfFile = path.join(OUT_DIR, `large-${options.pages}.pdf`);
  log(`generating ${options.pages}-page PDF → ${path.relative(ROOT, pdfFile)}`);
  const pdfBytes = await writeLargePdf(pdfFile, { pages: options.pages });
  const doc = benchDocument(options.annotations, options.pages);
  const kinds = doc.kinds;
  delete doc.kinds;
  const jsonText = JSON.stringify(doc);
  const jsonFile = path.join(OUT_DIR, `pdf-writer-${options.annotations}.json`);
  await writeFile(jsonFile, jsonText);
  log(`${options.annotations} annotations of ${kinds} kinds, ${(jsonText.length / 1024).toFixed(0)} KB of JSON`);

  const samples = Object.fromEntries(MODES.map((mode) => [mode, []]));
  const outFile = path.join(OUT_DIR, 'pdf-writer-output.pdf');
  const total = options.warmup + options.runs;
  for (let i = 0; i < total; i++) {
    // A B C, then C B A: no mode always runs first or after the same one.
    const order = i % 2 === 0 ? MODES : [...MODES].reverse();
    for (const mode of order) {
      const result = await runChild(mode, { pdf: pdfFile, json: jsonFile, out: mode === 'apply' ? outFile : undefined });
      const kept = i >= options.warmup;
      log(`${kept ? 'run' : 'warm-up'} ${i + 1}/${total} ${mode}: ${result.ms.toFixed(0)} ms, peak RSS ${(result.peakRssKb / 1024).toFixed(0)} MB, ${result.outputBytes} bytes`);
      if (kept) samples[mode].push(result);
    }
  }

  const med = (mode, key) => median(samples[mode].map((s) => s[key]));
  const figures = Object.fromEntries(
    MODES.map((mode) => [mode, { ms: med(mode, 'ms'), peakRssMb: med(mode, 'peakRssKb') / 1024, rssBeforeMb: med(mode, 'rssBeforeKb') / 1024, outputBytes: med(mode, 'outputBytes') }]),
  );
  const applyPrefix = samples.apply.every((s) => s.prefix);
  const added = figures.apply.outputBytes - pdfBytes;
  const vsSave = ratio(figures.apply.ms, figures.save.ms);
  const vsCommit = ratio(figures.apply.ms, figures.commit.ms);
  const row = (mode) => [
    LABELS[mode],
    formatNumber(figures[mode].ms),
    mode === 'apply' ? '1.00' : formatNumber(ratio(figures.apply.ms, figures[mode].ms), 2),
    formatNumber(figures[mode].peakRssMb),
    formatNumber(figures[mode].peakRssMb - figures[mode].rssBeforeMb),
    formatNumber(figures[mode].outputBytes),
  ];
  const table = [
    {
      title: `${options.annotations.toLocaleString('en-US')} annotations on a ${options.pages}-page PDF in Node ${process.version} (median of ${options.runs}, ${options.warmup} warm-up)`,
      rows: [
        ['', 'ms', 'apply ÷ this', 'peak RSS MB', 'peak − start MB', 'output bytes'],
        row('save'),
        row('commit'),
        row('apply'),
      ],
      notes: [
        `target apply ≤ ${TARGET_RATIO} × load + save: ${vsSave !== null && vsSave <= TARGET_RATIO ? 'met' : 'MISSED'} (${formatNumber(vsSave, 2)} ×; ${formatNumber(vsCommit, 2)} × load + commit)`,
        `output = original ${pdfBytes.toLocaleString('en-US')} bytes (${applyPrefix ? 'an exact prefix in every run' : 'NOT a prefix'}) + ${added.toLocaleString('en-US')} bytes added (${(added / options.annotations).toFixed(0)} bytes an annotation)`,
        'peak RSS: the process\'s maximum resident set (getrusage), so it includes Node itself; "peak − start" is what the operation added to the RSS it started with (the input already read).',
      ],
    },
  ];
  const data = { options, pdfBytes, kinds, figures, ratios: { applyVsSave: vsSave, applyVsCommit: vsCommit }, output: { originalBytes: pdfBytes, addedBytes: added, prefix: applyPrefix }, samples };
  return { name, ok: applyPrefix, fatal: applyPrefix ? undefined : 'the original is not a prefix of the output', table, data };
}

async function main(argv) {
  const childArg = argv.find((a) => a.startsWith('--child='));
  if (childArg) {
    const [, pdf, json, out] = argv;
    await child(childArg.slice('--child='.length), pdf, json, out || undefined);
    return 0;
  }
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`pdf-writer bench: ${error.message}`);
    return 2;
  }
  if (options.help) {
    const source = readFileSync(SELF, 'utf8');
    console.log(source.split('\n').slice(1).filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
    return 0;
  }
  if (!existsSync(WRITER)) {
    console.error(`pdf-writer bench: ${path.relative(ROOT, WRITER)} does not exist. Run \`npm run build\` first (or \`npm run bench\`, which builds).`);
    return 2;
  }
  const log = (line) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
  const result = await run({ log, writerOptions: options });
  console.log('');
  for (const t of result.table) {
    console.log(`${name} — ${t.title}`);
    console.log(formatTable(t.rows, { alignRight: [1, 2, 3, 4, 5] }));
    for (const note of t.notes ?? []) console.log(`  note: ${note}`);
    console.log('');
  }
  if (result.fatal) console.log(`${name}: FAILED — ${result.fatal}`);
  const file = path.join(OUT_DIR, 'pdf-writer.json');
  const meta = { date: new Date().toISOString(), commit: gitCommit(), node: process.version, cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}` };
  await writeFile(file, `${JSON.stringify({ meta, ...result }, null, 2)}\n`);
  log(`results written to ${path.relative(ROOT, file)}`);
  return result.ok ? 0 : 1;
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
