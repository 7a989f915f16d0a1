// The built CDN bundle under a strict Content-Security-Policy: no inline
// script or style, no eval, no blob: scripts or workers.
//
// Every response (the page, the bundle, pdf.js's worker, the PDF) carries
// exactly POLICY. The same policy is also sent as Report-Only with a
// report-uri, so violations anywhere — the page, the shadow root, the pdf.js
// worker — are also POSTed back to this server. A violation counts when it
// reaches any of: a `securitypolicyviolation` listener in the page, the
// browser's console log (CDP Log domain, which is where "Refused to …" lines
// go), or the report endpoint. A control page with one inline <style> first
// proves that all three channels see a violation.
//
// The page is demo/script-tag.html (markup only). It loads a PDF with Instant
// JSON, renders, draws all the sample's annotation types, takes real clicks
// (a note's popover, the toolbar's zoom buttons) and keyboard input, and
// edits through the API (create, update, delete, undo, redo, import, an image
// annotation from an attachment). Needs `npm run build` first.
//
// Known limit, checked too: a PDF with CMYK colours makes pdf.js's worker
// compile WebAssembly (qcms), which `script-src 'self'` blocks. pdf.js then
// falls back to JavaScript and the page renders, but the worker reports one
// `wasm-eval` violation; with 'wasm-unsafe-eval' added to script-src there is
// none. pdf.js decodes JPEG 2000 and JBIG2 images with WebAssembly too (not
// covered here: no such PDF in the corpus).
import { PDFDocument, cmyk } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { assert, checklist, deadline, readBody, repoRoot, serve, waitForRenderedPage } from './e2e-kit.mjs';

const POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:";
const WASM_POLICY = POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

// One page with a CMYK red square: pdf.js converts DeviceCMYK through an ICC
// profile with its qcms WebAssembly module.
const cmykDocument = await PDFDocument.create();
cmykDocument.addPage([300, 300]).drawRectangle({ x: 50, y: 50, width: 200, height: 200, color: cmyk(0, 1, 1, 0) });
const cmykPdf = Buffer.from(await cmykDocument.save());

/** The repository served with `policy` on every response, and its violation reports. */
async function policyServer(policy) {
  const reports = [];
  const headers = { 'Content-Security-Policy': policy, 'Content-Security-Policy-Report-Only': `${policy}; report-uri /csp-report` };
  const html = (body) => (_req, res) => {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">${body}`);
  };
  const server = await serve({
    mounts: { '/': repoRoot },
    headers,
    routes: {
      '/csp-report': async (req, res) => {
        const body = await readBody(req);
        try {
          const report = JSON.parse(body)['csp-report'];
          reports.push(`${report['effective-directive'] ?? report['violated-directive']} blocked ${report['blocked-uri'] || 'inline'} in ${report['source-file'] ?? report['document-uri']}`);
        } catch {
          reports.push(body);
        }
        res.writeHead(204).end();
      },
      '/csp-control.html': html('<style>p { color: red }</style><p>control</p>'),
      '/cmyk.html': html('<script type="module" src="/dist/cdn/instant-pdf-viewer.js"></script><instant-pdf-viewer src="/cmyk.pdf" zoom="1"></instant-pdf-viewer>'),
      '/cmyk.pdf': (_req, res) => {
        res.writeHead(200, { ...headers, 'Content-Type': 'application/pdf', 'Content-Length': cmykPdf.length });
        res.end(cmykPdf);
      },
    },
  });
  return { url: server.url, reports, close: server.close };
}

const strict = await policyServer(POLICY);
const withWasm = await policyServer(WASM_POLICY);
const executablePath = findChrome();
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
const timer = deadline('strict-csp e2e', 180_000);
const { check, summary } = checklist();

/** A page with every violation channel wired up. */
async function openWatched(server, path) {
  const page = await browser.newPage();
  const seen = { events: [], log: [], errors: [] };
  // Injected by the browser itself, so the policy does not apply to it.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (event) => window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`),
      true,
    );
  });
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' || /Content Security Policy/i.test(entry.text)) seen.log.push(`${entry.source}: ${entry.text}`);
  });
  await cdp.send('Log.enable');
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) seen.log.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  await page.goto(`${server.url}${path}`);
  const violations = async () => {
    await new Promise((resolve) => setTimeout(resolve, 500)); // reports are POSTed asynchronously
    const events = await page.evaluate(() => window.__cspViolations);
    return { events, log: seen.log, errors: seen.errors, reports: server.reports.splice(0) };
  };
  return { page, violations };
}

try {
  console.log(`Chromium ${browser.version()}, Content-Security-Policy: ${POLICY}`);

  await check('control: an inline <style> under this policy is seen by all three channels', async () => {
    const { page, violations } = await openWatched(strict, '/csp-control.html');
    const seen = await violations();
    assert(seen.events.length > 0, 'no securitypolicyviolation event');
    assert(seen.log.some((line) => /Content Security Policy/.test(line)), 'nothing in the console log');
    assert(seen.reports.length > 0, 'no report reached the report-uri');
    await page.close();
  });

  const { page, violations } = await openWatched(strict, '/demo/script-tag.html');

  await check('loads and renders the sample PDF with its Instant JSON', async () => {
    const ink = await waitForRenderedPage(page);
    assert(ink > 0.05, `only ${(ink * 100).toFixed(2)} % of page 1 is drawn`);
    const drawn = await page.evaluate(async () => {
      const viewer = document.querySelector('instant-pdf-viewer');
      // Page 1 holds 7 of the sample's annotations, page 2 the other 7: page 2 is drawn once the
      // viewer starts rendering it, just after page 1, so wait for it rather than race it.
      const count = () => viewer.shadowRoot.querySelectorAll('[data-annotation-id]').length;
      for (let i = 0; i < 200 && (!viewer.shadowRoot.querySelector('[data-annotation-id="demo-rect"]') || count() < 10); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return count();
    });
    assert(drawn >= 10, `${drawn} annotations drawn`);
    const text = await page.evaluate(() => document.querySelector('instant-pdf-viewer').shadowRoot.querySelector('.textLayer')?.textContent ?? '');
    assert(text.trim().length > 0, 'the text layer is empty');
    return `${drawn} annotations drawn, text layer present`;
  });

  await check('opens a note popover with a real click', async () => {
    const box = await page.evaluate(() => {
      const note = document.querySelector('instant-pdf-viewer').shadowRoot.querySelector('[data-annotation-id="demo-note"]');
      if (!note) return null;
      note.scrollIntoView({ block: 'center' });
      const rect = note.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    assert(box, 'no note with id demo-note is drawn');
    await page.mouse.click(box.x, box.y);
    const shown = await page.evaluate(async () => {
      const popover = document.querySelector('instant-pdf-viewer').shadowRoot.querySelector('[part~="note-popover"]');
      for (let i = 0; i < 100 && popover?.hidden; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      return popover && !popover.hidden ? popover.textContent.trim() : null;
    });
    assert(shown, 'the popover did not open');
    await page.keyboard.press('Escape');
  });

  await check('edits through the API: create, update, delete, undo, redo, import, an image from an attachment', async () => {
    const result = await page.evaluate(async () => {
      const viewer = document.querySelector('instant-pdf-viewer');
      const changes = [];
      viewer.addEventListener('annotations-changed', (event) => changes.push(event.detail.source));
      const rect = viewer.createAnnotation({ type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [60, 520, 120, 60], strokeColor: '#1e88e5', strokeWidth: 3, opacity: 1 });
      const text = viewer.createAnnotation({
        type: 'pspdfkit/text', pageIndex: 0, bbox: [200, 520, 200, 40], opacity: 1, fontColor: '#c62828', fontSize: 14, font: 'Helvetica',
        horizontalAlign: 'center', verticalAlign: 'center', text: { format: 'plain', value: 'Added under a strict CSP' },
      });
      viewer.createAnnotation({ type: 'pspdfkit/ink', pageIndex: 0, bbox: [420, 520, 100, 60], opacity: 1, strokeColor: '#6a1b9a', lineWidth: 3, isDrawnNaturally: false, lines: { points: [[[420, 520], [470, 580], [520, 530]]], intensities: [[1, 1, 1]] } });
      viewer.updateAnnotation({ ...rect, strokeColor: '#ff6f00', opacity: 0.5 });
      viewer.deleteAnnotation(text.id);
      viewer.undo();
      viewer.redo();

      const canvas = new OffscreenCanvas(40, 20);
      const context = canvas.getContext('2d');
      context.fillStyle = '#00897b';
      context.fillRect(0, 0, 40, 20);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      const binary = btoa(String.fromCharCode(...bytes));
      const current = viewer.exportInstantJson();
      await viewer.importInstantJson({
        ...current,
        annotations: [
          ...(current.annotations ?? []),
          { v: 2, id: 'csp-image', type: 'pspdfkit/image', pageIndex: 0, bbox: [60, 600, 80, 40], opacity: 1, imageAttachmentId: 'csp-png', contentType: 'image/png' },
        ],
        attachments: { ...(current.attachments ?? {}), 'csp-png': { binary, contentType: 'image/png' } },
      });
      for (let i = 0; i < 100 && !viewer.shadowRoot.querySelector('[data-annotation-id="csp-image"] img'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const image = viewer.shadowRoot.querySelector('[data-annotation-id="csp-image"] img');
      if (image && !image.complete) await new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
      return {
        changes,
        image: image ? image.naturalWidth : 0,
        rectDrawn: Boolean(viewer.shadowRoot.querySelector(`[data-annotation-id="${rect.id}"]`)),
        textDrawn: Boolean(viewer.shadowRoot.querySelector(`[data-annotation-id="${text.id}"]`)),
      };
    });
    assert(result.rectDrawn, 'the rectangle is not drawn');
    assert(!result.textDrawn, 'the text deleted, undone and redone is still drawn');
    assert(result.image === 40, `the image annotation did not load (naturalWidth ${result.image})`);
    assert(result.changes.includes('api') && result.changes.includes('history') && result.changes.includes('import'), `events: ${result.changes}`);
    return `events: ${result.changes.join(', ')}`;
  });

  await check('real toolbar clicks and keys: zoom in and out, next pages render', async () => {
    const before = await page.evaluate(() => document.querySelector('instant-pdf-viewer').currentScale);
    const buttons = await page.evaluate(() =>
      [...document.querySelector('instant-pdf-viewer').shadowRoot.querySelectorAll('[part~="toolbar-button"]')].map((button) => {
        const rect = button.getBoundingClientRect();
        return { label: button.getAttribute('aria-label') ?? button.textContent.trim(), x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }),
    );
    const zoomIn = buttons.find((button) => /zoom in|\+/i.test(button.label));
    assert(zoomIn, `no zoom-in button among ${buttons.map((b) => b.label).join(', ')}`);
    await page.mouse.click(zoomIn.x, zoomIn.y);
    await page.waitForFunction((scale) => document.querySelector('instant-pdf-viewer').currentScale > scale, before, { timeout: 10_000 });
    await page.evaluate(() => document.querySelector('instant-pdf-viewer').focus());
    await page.keyboard.press('End');
    await waitForRenderedPage(page, { pageIndex: 7 });
    await page.keyboard.press('Home');
    await waitForRenderedPage(page, { pageIndex: 0 });
  });

  await check('Download and Print under the policy: the writer chunks and fonts load, the PDF saves, the print frame fills', async () => {
    const result = await page.evaluate(async () => {
      const viewer = document.querySelector('instant-pdf-viewer');
      // Greek text needs a bundled font: the font fetch runs under the policy too.
      viewer.createAnnotation({
        type: 'pspdfkit/text', pageIndex: 0, bbox: [60, 680, 200, 30], opacity: 1, fontColor: '#000000', fontSize: 12,
        horizontalAlign: 'left', verticalAlign: 'top', text: { format: 'plain', value: 'Καλημέρα' },
      });
      const exported = new Promise((resolve) =>
        viewer.addEventListener('pdf-export', (event) => {
          event.preventDefault();
          resolve(event.detail);
        }, { once: true }),
      );
      const download = [...viewer.shadowRoot.querySelectorAll('[part~="toolbar-button"]')].find((button) => button.getAttribute('aria-label') === 'Download');
      if (!download) return { error: 'no Download button' };
      download.click();
      const { bytes, fileName } = await exported;
      // Print: catch the hidden frame and count its sheets instead of opening a dialog.
      let sheets = -1;
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof HTMLIFrameElement) {
              node.contentWindow.print = () => {
                sheets = [...node.contentDocument.images].filter((image) => image.complete && image.naturalWidth > 0).length;
              };
            }
          }
        }
      });
      observer.observe(viewer.shadowRoot, { childList: true, subtree: true });
      await viewer.print();
      observer.disconnect();
      const head = new TextDecoder().decode(bytes.subarray(0, 5));
      return { head, size: bytes.length, fileName, sheets, pageCount: viewer.pageCount };
    });
    assert(!result.error, result.error);
    assert(result.head === '%PDF-', `the saved bytes start with ${result.head}`);
    assert(result.fileName.endsWith('-annotated.pdf'), `file name ${result.fileName}`);
    assert(result.sheets === result.pageCount, `${result.sheets} printed sheets with a loaded image for ${result.pageCount} pages`);
    const chunks = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\/chunks\/|\/fonts\//.test(name)));
    assert(chunks.some((name) => name.includes('/dist/cdn/fonts/')), `no bundled font fetched: ${chunks.join(', ')}`);
    return `${result.size} bytes saved, ${result.sheets} sheets, ${chunks.length} chunks and fonts loaded`;
  });

  await check('no violation reported by any channel, no errors', async () => {
    const seen = await violations();
    const all = [
      ...seen.events.map((line) => `event: ${line}`),
      ...seen.log.map((line) => `log: ${line}`),
      ...seen.reports.map((line) => `report: ${line}`),
      ...seen.errors.map((line) => `pageerror: ${line}`),
    ];
    assert(all.length === 0, all.join('\n'));
  });

  await check('pdf.js ran in a worker from the same origin, with no blob: URL', async () => {
    const workers = page.workers().map((worker) => worker.url());
    assert(workers.some((url) => url === `${strict.url}/dist/cdn/pdfjs/pdf.worker.min.mjs`), `workers: ${workers.join(', ') || 'none'}`);
    assert(!workers.some((url) => url.startsWith('blob:')), 'a blob: worker');
  });
  await page.close();

  console.log('Known limit: WebAssembly in pdf.js\'s worker (CMYK colours)');
  /** Opens the CMYK PDF and returns the colour in the middle of the square and what was reported. */
  const openCmyk = async (server) => {
    const { page: cmykPage, violations: cmykViolations } = await openWatched(server, '/cmyk.html');
    await waitForRenderedPage(cmykPage);
    const rgb = await cmykPage.evaluate(() => {
      const canvas = document.querySelector('instant-pdf-viewer').shadowRoot.querySelector('[data-rendered] canvas');
      return [...canvas.getContext('2d').getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data].slice(0, 3);
    });
    const seen = await cmykViolations();
    await cmykPage.close();
    return { rgb, seen };
  };
  const isRed = ([r, g, b]) => r > 200 && g < 90 && b < 90;

  await check("strict policy: a CMYK PDF still renders (pdf.js falls back to JavaScript); the worker's wasm-eval is the only violation", async () => {
    const { rgb, seen } = await openCmyk(strict);
    assert(isRed(rgb), `the CMYK red square is drawn as rgb(${rgb})`);
    const others = [
      ...seen.events,
      ...seen.reports.filter((line) => !/^script-src blocked wasm-eval in .*pdf\.worker\.min\.mjs$/.test(line)),
      ...seen.log.filter((line) => !/WebAssembly/.test(line)),
      ...seen.errors,
    ];
    assert(others.length === 0, others.join('\n'));
    return seen.reports.length ? `reported: ${[...new Set(seen.reports)].join('; ')}` : 'nothing reported';
  });

  await check("with 'wasm-unsafe-eval' added to script-src: the CMYK PDF renders with no violation at all", async () => {
    const { rgb, seen } = await openCmyk(withWasm);
    assert(isRed(rgb), `the CMYK red square is drawn as rgb(${rgb})`);
    const all = [...seen.events, ...seen.reports, ...seen.log, ...seen.errors];
    assert(all.length === 0, all.join('\n'));
  });
} finally {
  clearTimeout(timer);
  await browser.close();
  await strict.close();
  await withWasm.close();
}
process.exit(summary());
