// Runs the built bundle's browser checks in the oldest browser we support:
// Chromium 143 (about a year older than the current 156), unpacked from the
// npm package @sparticuz/chromium@143 — a headless build of the same Blink
// and V8, so what runs there runs in Chrome/Edge 143.
//
//   node scripts/check-old-chromium.mjs
//
// Installs the package once into OLD_CHROMIUM_DIR (default: a folder in the
// system temp dir, outside the repository), unpacks the browser to /tmp,
// proves it is old (it lacks Map.prototype.getOrInsertComputed, which
// pdf.js's modern build needs, hence our use of its legacy build), then runs
// with CHROME_PATH pointing at it: the CDN bundle e2e, the script-tag and
// strict-CSP e2e, and the framework demos (installed if missing). Needs
// `npm run build` first. The package ships Linux x64 binaries only: anywhere
// else the script says so and exits 0.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS } from './find-chrome.mjs';
import { repoRoot } from '../test/e2e/e2e-kit.mjs';

const PACKAGE = '@sparticuz/chromium@143.0.4';
const EXPECTED_MAJOR = 143;

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(`skipped: ${PACKAGE} ships Linux x64 binaries only (this is ${process.platform}-${process.arch}).`);
  process.exit(0);
}

const dir = process.env.OLD_CHROMIUM_DIR ?? path.join(tmpdir(), 'instant-pdf-viewer-chromium-143');
const started = performance.now();
const packageJson = path.join(dir, 'node_modules', '@sparticuz', 'chromium', 'package.json');
if (!existsSync(packageJson) || JSON.parse(readFileSync(packageJson, 'utf8')).version !== PACKAGE.split('@').pop()) {
  mkdirSync(dir, { recursive: true });
  console.log(`installing ${PACKAGE} into ${dir}`);
  execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error', PACKAGE], { stdio: 'inherit' });
}
// The package's ES module entry (its exports' "import" condition), from outside this repository.
const { default: sparticuz } = await import(pathToFileURL(path.join(dir, 'node_modules', '@sparticuz', 'chromium', 'build', 'esm', 'index.js')).href);
const executablePath = await sparticuz.executablePath();

// Is it really the old one? Its version, and a feature it must lack.
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
const version = browser.version();
const page = await browser.newPage();
const hasNewMapApi = await page.evaluate(() => typeof Map.prototype.getOrInsertComputed === 'function');
await browser.close();
console.log(`Chromium ${version} at ${executablePath} (ready in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
if (Number(version.split('.')[0]) !== EXPECTED_MAJOR || hasNewMapApi) {
  console.error(`expected Chromium ${EXPECTED_MAJOR} without Map.prototype.getOrInsertComputed, got ${version} (getOrInsertComputed: ${hasNewMapApi})`);
  process.exit(1);
}

const steps = [
  ['test/e2e/cdn-bundle.e2e.mjs'],
  ['test/e2e/script-tag.e2e.mjs'],
  ['test/e2e/strict-csp.e2e.mjs'],
  ['scripts/check-frameworks.mjs', '--no-install'],
];
let failed = 0;
for (const [script, ...args] of steps) {
  console.log(`\n==> ${script} ${args.join(' ')} in Chromium ${version}`);
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: repoRoot,
    env: { ...process.env, CHROME_PATH: executablePath },
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
console.log(`\nChromium ${version}: ${steps.length - failed} of ${steps.length} checks passed (${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
