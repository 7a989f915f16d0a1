// The CDN build saves PDFs the way the npm build does in Node: the element of
// dist/cdn/instant-pdf-viewer.js loads a corpus PDF without fetching the
// writer, then exportPdf() loads the writer's chunks (pdf-writer, pdf-lib,
// fontkit) and the bundled fonts from beside the bundle (no blob: URLs), and
// its bytes equal what dist/pdf-writer gives in Node for the same JSON: the
// minified, bundled writer writes the same file.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../bench/server.mjs';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { CORPUS, ROOT, sha256, writerCases } from './node-kit.mjs';

const WRITER_CHUNKS = /\/dist\/cdn\/chunks\/(pdf-writer|pdf-lib|fontkit)-[\w-]+\.js$/;
const PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/dist/cdn/instant-pdf-viewer.js"></script>
<instant-pdf-viewer id="viewer" style="width:800px;height:600px"></instant-pdf-viewer>`;

let server;
let browser;
before(async () => {
  assert.ok(existsSync(path.join(ROOT, 'dist', 'cdn', 'instant-pdf-viewer.js')), 'dist/cdn is missing: run `npm run build` first');
  server = await startServer({
    mounts: { '/dist/': path.join(ROOT, 'dist'), '/corpus/pdf/': CORPUS },
    routes: {
      '/page.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGE);
      },
    },
  });
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

it('the CDN element fetches the writer only to save, and saves the bytes Node writes', { timeout: 120_000 }, async () => {
  const testCase = writerCases().find((c) => c.pdf === 'pdfjs/annotation-line.pdf' && !c.options);
  const page = await browser.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${server.url}/page.html`);
  await page.evaluate(
    (src) =>
      new Promise((resolve, reject) => {
        const viewer = document.getElementById('viewer');
        setTimeout(() => reject(new Error('no document-loaded within 30 s')), 30_000);
        viewer.addEventListener('document-loaded', resolve, { once: true });
        viewer.addEventListener('document-error', (event) => reject(new Error(event.detail.message)), { once: true });
        viewer.setAttribute('src', src);
      }),
    `/corpus/pdf/${testCase.pdf}`,
  );
  await page.evaluate((json) => document.getElementById('viewer').importInstantJson(json), testCase.json);
  const beforeSave = requests.filter((url) => WRITER_CHUNKS.test(url) || url.includes('/fonts/'));
  assert.deepEqual(beforeSave, [], 'the writer or its fonts were fetched before anything was saved');

  const saved = await page.evaluate(async () => {
    const viewer = document.getElementById('viewer');
    const bytes = await viewer.exportPdf();
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return { base64: btoa(binary), json: viewer.exportInstantJson() };
  });
  const browserBytes = Buffer.from(saved.base64, 'base64');
  for (const chunk of ['pdf-writer', 'pdf-lib', 'fontkit']) {
    assert.ok(requests.some((url) => url.includes(`/dist/cdn/chunks/${chunk}-`)), `chunks/${chunk}-*.js was not loaded from beside the bundle`);
  }
  assert.ok(requests.some((url) => /\/dist\/cdn\/fonts\/[\w-]+\.ttf$/.test(url)), 'no bundled font was fetched from dist/cdn/fonts/ (the free text is Greek, Cyrillic and Chinese)');
  assert.ok(!requests.some((url) => url.startsWith('blob:')), 'a blob: URL was requested');
  assert.deepEqual(problems, []);

  const { applyInstantJson } = await import('../../dist/pdf-writer/index.js');
  const original = readFileSync(path.join(CORPUS, testCase.pdf));
  const nodeBytes = await applyInstantJson(new Uint8Array(original), saved.json);
  assert.equal(saved.json.annotations.length, testCase.json.annotations.length);
  assert.ok(browserBytes.subarray(0, original.length).equals(original), 'the original is not a prefix of the saved file');
  assert.equal(sha256(browserBytes), sha256(nodeBytes), `CDN ${browserBytes.length} bytes, Node ${nodeBytes.length} bytes`);
  await page.close();
});
