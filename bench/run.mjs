#!/usr/bin/env node
// Benchmark orchestrator (`npm run bench` builds first, then runs this).
//
//   node bench/run.mjs [options]
//     --suite=viewer[,…]    suites to run (default: all registered below)
//     --runs=5              measured runs per viewer in each load pass
//     --warmup=1            discarded warm-up runs per viewer in each load pass
//     --dpr=1,2             device pixel ratios of the load passes (first page only)
//     --scroll-runs=3       measured runs per viewer in each scroll pass (each
//                           scroll through 1000 pages takes one to two minutes)
//     --scroll-dpr=1        device pixel ratios of the scroll passes (scroll,
//                           canvases, heap); --scroll-dpr= for none
//     --pages=1000          pages in the generated benchmark PDF
//     --viewer=ours|pdfjs   only one side (pdfjs alone is handy before a build exists)
//     --width=1200 --height=900
//     --quick               --runs=2 --warmup=0 --dpr=1 --scroll-runs=1 --pages=200
//     --timeout-min=45      hard limit for the whole benchmark
//     --help                this text
//
// Writes .bench-out/results.json. Exit code: 0 when every suite ran (targets
// missed or not), 1 when a suite could not run at all (e.g. our element never
// rendered), 2 on bad usage or a missing build, 3 when the hard time limit hit.
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { writeLargePdf } from '../scripts/make-large-pdf.mjs';
import { startServer } from './server.mjs';
import { formatTable, withTimeout } from './stats.mjs';

/** Registered suites. A suite module exports `name` and `run(ctx)` (see bench/README.md). */
const SUITES = {
  viewer: () => import('./viewer-bench.mjs'),
  model: () => import('./model-bench.mjs'),
  annotations: () => import('./annotations-bench.mjs'),
};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = path.join(ROOT, '.bench-out');
const CDN_BUNDLE = path.join(ROOT, 'dist', 'cdn', 'instant-pdf-viewer.js');

const log = (line) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

function parseArgs(argv) {
  const KNOWN = ['suite', 'runs', 'warmup', 'dpr', 'scroll-runs', 'scroll-dpr', 'pages', 'viewer', 'width', 'height',
    'quick', 'timeout-min', 'help'];
  const args = {};
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m || !KNOWN.includes(m[1])) throw new UsageError(`unknown argument: ${arg} (see --help)`);
    args[m[1]] = m[2] ?? true;
  }
  if (args.help) return { help: true };
  const quick = Boolean(args.quick);
  const int = (key, fallback, min = 0) => {
    const value = args[key] === undefined ? fallback : Number(args[key]);
    if (!Number.isInteger(value) || value < min) throw new UsageError(`--${key} must be an integer ≥ ${min}`);
    return value;
  };
  const list = (key, fallback) => String(args[key] ?? fallback).split(',').map((s) => s.trim()).filter(Boolean);
  const dprs = list('dpr', quick ? '1' : '1,2').map(Number);
  const scrollDprs = list('scroll-dpr', '1').map(Number);
  if ([...dprs, ...scrollDprs].some((d) => !(d > 0))) throw new UsageError('--dpr and --scroll-dpr take numbers, e.g. --dpr=1,2');
  const runs = int('runs', quick ? 2 : 5, 1);
  const warmup = int('warmup', quick ? 0 : 1);
  const scrollRuns = int('scroll-runs', quick ? 1 : 3, 1);
  const suites = list('suite', Object.keys(SUITES).join(','));
  for (const s of suites) if (!SUITES[s]) throw new UsageError(`unknown suite "${s}" (have: ${Object.keys(SUITES).join(', ')})`);
  const viewers = args.viewer ? list('viewer', '') : undefined;
  if (viewers?.some((v) => v !== 'ours' && v !== 'pdfjs')) throw new UsageError('--viewer is ours or pdfjs');
  return {
    suites,
    pages: int('pages', quick ? 200 : 1000, 1),
    passes: [
      ...dprs.map((dpr) => ({ dpr, scroll: false, runs, warmup })),
      // The load passes have warmed the browser; scroll runs are long, so no warm-up.
      ...scrollDprs.map((dpr) => ({ dpr, scroll: true, runs: scrollRuns, warmup: 0 })),
    ],
    viewers,
    viewport: { width: int('width', 1200, 100), height: int('height', 900, 100) },
    timeoutMin: int('timeout-min', 45, 1),
    timeouts: { step: 30_000, firstPage: 60_000, scroll: 300_000 },
    settleMs: 500,
  };
}

class UsageError extends Error {}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** Size of the CDN bundle as served (from the dist snapshot). */
function bundleInfo(distDir) {
  const file = path.join(distDir, 'cdn', 'instant-pdf-viewer.js');
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  return { path: 'dist/cdn/instant-pdf-viewer.js', bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`bench: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
    console.log(source.split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
    return 0;
  }

  const needsOurs = !options.viewers || options.viewers.includes('ours');
  if (needsOurs && !existsSync(CDN_BUNDLE)) {
    console.error(
      `bench: ${path.relative(ROOT, CDN_BUNDLE)} does not exist. Run \`npm run build\` first ` +
        '(or `npm run bench`, which builds), or measure the baseline alone with --viewer=pdfjs.',
    );
    return 2;
  }

  // Hard limit: whatever hangs, the benchmark ends.
  const watchdog = setTimeout(() => {
    console.error(`bench: hard time limit of ${options.timeoutMin} min reached; giving up.`);
    process.exit(3);
  }, options.timeoutMin * 60_000);
  watchdog.unref();

  await mkdir(OUT_DIR, { recursive: true });
  // Serve a snapshot of dist/, so that a rebuild running meanwhile cannot swap
  // files under a measurement.
  const distSnapshot = path.join(OUT_DIR, 'dist');
  await rm(distSnapshot, { recursive: true, force: true });
  if (existsSync(path.join(ROOT, 'dist'))) {
    await cp(path.join(ROOT, 'dist'), distSnapshot, { recursive: true, filter: (src) => !src.endsWith('.map') });
  }
  const pdfPath = path.join(OUT_DIR, `large-${options.pages}.pdf`);
  log(`generating ${options.pages}-page PDF → ${path.relative(ROOT, pdfPath)}`);
  const started = performance.now();
  const pdfBytes = await writeLargePdf(pdfPath, { pages: options.pages });
  log(`  ${(pdfBytes / 1024).toFixed(0)} KB in ${Math.round(performance.now() - started)} ms`);

  const server = await startServer({
    mounts: {
      '/dist/': distSnapshot,
      '/pdfjs/': path.join(ROOT, 'node_modules', 'pdfjs-dist'),
      '/pages/': path.join(ROOT, 'bench', 'pages'),
      '/bench-doc.pdf': pdfPath,
    },
    routes: {
      '/favicon.ico': (req, res) => res.writeHead(204).end(),
    },
    log: (line) => log(`server: ${line}`),
  });
  log(`server at ${server.url}`);

  let browser;
  const results = {
    meta: {
      date: new Date().toISOString(),
      commit: gitCommit(),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
      bundle: bundleInfo(distSnapshot),
      pdf: { pages: options.pages, bytes: pdfBytes },
      options: { ...options, timeouts: options.timeouts },
    },
    suites: {},
  };
  let exitCode = 0;
  try {
    const executablePath = findChrome();
    log(`launching ${executablePath}`);
    browser = await chromium.launch({ executablePath, args: CHROME_ARGS, timeout: 60_000 });
    results.meta.browser = `Chromium ${browser.version()}`;
    log(`  ${results.meta.browser}`);

    for (const suiteName of options.suites) {
      const suite = await SUITES[suiteName]();
      log(`suite ${suiteName}: start`);
      let result;
      try {
        result = await suite.run({ browser, baseUrl: server.url, log, options, root: ROOT, outDir: OUT_DIR });
      } catch (error) {
        result = { name: suiteName, ok: false, fatal: `suite crashed: ${error?.stack ?? error}`, table: [] };
      }
      results.suites[suiteName] = { ok: result.ok, fatal: result.fatal ?? null, tables: result.table, ...result.data };
      printSuite(suiteName, result);
      if (!result.ok) exitCode = 1;
    }
  } finally {
    if (browser) await withTimeout(browser.close(), 30_000, 'closing browser').catch(() => {});
    await server.close();
    const file = path.join(OUT_DIR, 'results.json');
    await writeFile(file, JSON.stringify(results, null, 2) + '\n');
    log(`results written to ${path.relative(ROOT, file)}`);
  }
  return exitCode;
}

function printSuite(suiteName, result) {
  console.log('');
  for (const t of result.table ?? []) {
    console.log(`${suiteName} — ${t.title}`);
    console.log(formatTable(t.rows, { alignRight: [1, 2, 3] }));
    for (const note of t.notes ?? []) console.log(`  note: ${note}`);
    console.log('');
  }
  if (result.fatal) console.log(`${suiteName}: FAILED — ${result.fatal}\n`);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
