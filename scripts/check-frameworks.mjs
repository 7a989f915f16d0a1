// Installs, builds and opens each framework demo (demo/react, demo/vue,
// demo/angular) in headless Chromium, the way an app team would use the
// package: `instant-pdf-viewer` comes from `file:../..` (this checkout's
// package.json `exports`, so run `npm run build` first), the element is used
// without a wrapper, `src` and `instantJson` are set as properties, and the
// app keeps the Instant JSON of `annotations-changed` in its own state and
// shows the annotation count in #annotation-count.
//
// For each app it checks that the PDF renders, that the saved JSON the app
// passed as a property is drawn, that an annotation created through the
// element's API reaches the framework's state (count + 1, and the JSON the
// app shows holds the new id), and that nothing was logged as an error.
//
//   node scripts/check-frameworks.mjs [react|vue|angular …] [--no-install]
//
// --no-install skips `npm ci` for demos whose node_modules already exist.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { assert, checklist, deadline, repoRoot, serve, waitForRenderedPage } from '../test/e2e/e2e-kit.mjs';

const ALL = ['react', 'vue', 'angular'];
const args = process.argv.slice(2);
const noInstall = args.includes('--no-install');
const demos = args.filter((arg) => !arg.startsWith('--'));
for (const demo of demos) if (!ALL.includes(demo)) throw new Error(`unknown demo "${demo}" (one of ${ALL.join(', ')})`);
const selected = demos.length ? demos : ALL;

if (!existsSync(path.join(repoRoot, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first (the demos install this checkout as their instant-pdf-viewer).');
  process.exit(1);
}

const timer = deadline('check-frameworks', 600_000);
const { check, summary } = checklist();
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

function run(command, commandArgs, cwd) {
  execFileSync(command, commandArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

// Install and build every demo first, then share one browser for the checks.
const built = [];
for (const demo of selected) {
  const dir = path.join(repoRoot, 'demo', demo);
  const started = performance.now();
  await check(`${demo}: npm ci and build`, () => {
    try {
      if (!(noInstall && existsSync(path.join(dir, 'node_modules')))) {
        run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
      }
      const installed = seconds(started);
      run('npm', ['run', 'build', '--silent'], dir);
      assert(existsSync(path.join(dir, 'dist', 'index.html')), 'the build wrote no dist/index.html');
      built.push(demo);
      return `install ${installed} s, total ${seconds(started)} s`;
    } catch (error) {
      throw new Error(`${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`.trim());
    }
  });
}

const mounts = Object.fromEntries(built.map((demo) => [`/${demo}/`, path.join(repoRoot, 'demo', demo, 'dist')]));
const server = await serve({ mounts });
const executablePath = findChrome();
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
console.log(`Chromium ${browser.version()}`);

try {
  for (const demo of built) {
    await check(`${demo}: renders the PDF, draws the saved JSON, and annotations-changed reaches the app's state`, async () => {
      const started = performance.now();
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      try {
        await page.goto(`${server.url}/${demo}/`);
        const ink = await waitForRenderedPage(page);
        assert(ink > 0.05, `only ${(ink * 100).toFixed(2)} % of page 1 is drawn`);
        const result = await page.evaluate(async () => {
          const wait = async (test, what) => {
            for (let i = 0; i < 200; i++) {
              const value = test();
              if (value) return value;
              await new Promise((resolve) => setTimeout(resolve, 25));
            }
            throw new Error(`timed out waiting for ${what}`);
          };
          const viewer = document.querySelector('instant-pdf-viewer');
          const count = () => Number(document.getElementById('annotation-count')?.textContent);
          await wait(() => viewer.shadowRoot.querySelector('[data-annotation-id="saved-note"]'), 'the saved note to be drawn');
          const before = count();
          const properties = {
            src: typeof viewer.src,
            instantJson: typeof viewer.instantJson,
            instantJsonAttribute: viewer.getAttribute('instant-json'),
          };
          const created = viewer.createAnnotation({
            type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [72, 500, 120, 60], strokeColor: '#1e88e5', strokeWidth: 2, opacity: 1,
          });
          await wait(() => count() === before + 1, `#annotation-count to go from ${before} to ${before + 1} (it shows ${count()})`);
          await wait(() => document.getElementById('instant-json')?.textContent.includes(created.id), 'the app to show the new JSON');
          viewer.deleteAnnotation(created.id);
          await wait(() => count() === before, `#annotation-count to go back to ${before}`);
          return { before, properties };
        });
        assert(result.before === 1, `the app showed ${result.before} annotations at first, expected the 1 saved`);
        assert(result.properties.instantJson === 'object', `instantJson is a ${result.properties.instantJson} on the element: not set as a property`);
        assert(result.properties.instantJsonAttribute === null, 'instantJson was set as an attribute');
        assert(result.properties.src === 'string', `src is a ${result.properties.src}`);
        assert(problems.length === 0, problems.join('\n'));
        return `${seconds(started)} s in the browser`;
      } finally {
        await page.close();
      }
    });
  }
} finally {
  clearTimeout(timer);
  await browser.close();
  await server.close();
}
process.exit(summary());
