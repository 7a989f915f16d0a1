// Drives the built CDN bundle, dist/cdn/instant-pdf-viewer.js, the way a page
// that drops in one <script type="module"> tag uses it: real Chromium, real
// network requests for the worker and data files, the public contract only.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../bench/server.mjs';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = `<!doctype html><meta charset="utf-8">
<script type="module" src="/dist/cdn/instant-pdf-viewer.js"></script>
<instant-pdf-viewer id="a" style="width:800px;height:600px" zoom="fit-width"></instant-pdf-viewer>`;

const results = [];
async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n      ${error?.message ?? error}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const server = await startServer({
  mounts: {
    '/dist/': path.join(root, 'dist'),
    '/demo/': path.join(root, 'demo'),
    '/corpus/': path.join(root, '..', 'shared', 'corpus'),
  },
  routes: {
    '/page.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    },
  },
});
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const timer = setTimeout(() => {
  console.error('cdn-bundle e2e: timed out after 120 s');
  process.exit(1);
}, 120_000);

try {
  const page = await browser.newPage();
  const consoleLines = [];
  const requests = [];
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${server.url}/page.html`);
  console.log('dist/cdn/instant-pdf-viewer.js in Chromium');

  await check('loads a PDF through the src attribute and fires document-loaded', async () => {
    const detail = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const viewer = document.getElementById('a');
          setTimeout(() => reject(new Error('no document-loaded within 20 s')), 20_000);
          viewer.addEventListener('document-loaded', (event) => resolve(event.detail), { once: true });
          viewer.addEventListener('document-error', (event) => reject(new Error(event.detail.message)), { once: true });
          viewer.setAttribute('src', '/demo/sample.pdf');
        }),
    );
    assert(detail.pageCount === 8, `pageCount ${detail.pageCount}`);
    assert(typeof detail.pdfId?.permanent === 'string' && detail.pdfId.permanent.length === 24, 'pdfId missing');
  });

  await check('draws the first page into a canvas inside the shadow root', async () => {
    const ink = await page.evaluate(async () => {
      const viewer = document.getElementById('a');
      const started = performance.now();
      for (;;) {
        const canvas = viewer.shadowRoot.querySelector('[part~="page"][data-page-index="0"][data-rendered] canvas');
        if (canvas) {
          const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
          let dark = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) dark++;
          return dark / (canvas.width * canvas.height);
        }
        if (performance.now() - started > 20_000) throw new Error('page 0 never rendered');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    assert(ink > 0.05, `only ${(ink * 100).toFixed(2)} % of the page is drawn`);
  });

  await check('navigates with goToPage and reports page-changed', async () => {
    const pageIndex = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const viewer = document.getElementById('a');
          viewer.addEventListener('page-changed', (event) => resolve(event.detail.pageIndex), { once: true });
          viewer.goToPage(5);
        }),
    );
    assert(pageIndex === 5, `page-changed ${pageIndex}`);
  });

  await check('draws imported annotations and opens a note with a real click', async () => {
    const box = await page.evaluate(async () => {
      const viewer = document.getElementById('a');
      viewer.goToPage(0);
      await viewer.importInstantJson({
        format: 'https://pspdfkit.com/instant-json/v1',
        annotations: [
          { v: 2, id: 'e2e-rect', type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [60, 60, 120, 60], opacity: 1, strokeColor: '#ff0000', strokeWidth: 4 },
          { v: 2, id: 'e2e-note', type: 'pspdfkit/note', pageIndex: 0, bbox: [220, 60, 24, 24], opacity: 1, color: '#ffcc00', text: { format: 'plain', value: 'hello from e2e' } },
        ],
      });
      const started = performance.now();
      for (;;) {
        const note = viewer.shadowRoot.querySelector('[data-annotation-id="e2e-note"]');
        if (note && viewer.shadowRoot.querySelector('[data-annotation-id="e2e-rect"]')) {
          const rect = note.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        if (performance.now() - started > 10_000) throw new Error('annotations were not drawn');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await page.mouse.click(box.x, box.y);
    const text = await page.evaluate(async () => {
      const popover = document.getElementById('a').shadowRoot.querySelector('[part~="note-popover"]');
      for (let i = 0; i < 100 && popover.hidden; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      return popover.hidden ? null : popover.textContent;
    });
    assert(text?.includes('hello from e2e'), `popover text: ${text}`);
  });

  await check('reports a missing file through document-error', async () => {
    const message = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const viewer = document.getElementById('a');
          viewer.addEventListener('document-error', (event) => resolve(event.detail.message), { once: true });
          viewer.load('/demo/missing.pdf').catch(() => {});
        }),
    );
    assert(/not found/.test(message), message);
  });

  await check('loads pdf.js and its worker from dist/cdn/pdfjs/, without blob: URLs', async () => {
    assert(requests.some((url) => url.endsWith('/dist/cdn/pdfjs/pdf.min.mjs')), 'pdf.js not loaded from beside the bundle');
    assert(requests.some((url) => url.endsWith('/dist/cdn/pdfjs/pdf.worker.min.mjs')), 'worker not requested beside the bundle');
    assert(!requests.some((url) => url.startsWith('blob:')), 'a blob: URL was requested');
  });

  await check('ships production Lit and logs no errors', async () => {
    const bad = consoleLines.filter((line) => /dev mode|^error|pageerror/i.test(line) && !/missing\.pdf|404/.test(line));
    assert(bad.length === 0, bad.join('\n'));
  });
} finally {
  clearTimeout(timer);
  await browser.close();
  await server.close();
}

const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
