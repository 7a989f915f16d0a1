// The pages a site without a build step writes, against the built CDN bundle:
//   demo/script-tag.html — one <script type="module" src> and the element,
//     served under a path prefix (/some/prefix/), as a site would deploy it;
//   two copies of the bundle on one page (a CMS loading two plugins);
//   the assets-url attribute (pdf.js's worker and data files elsewhere);
//   demo/cms-form.html — the Instant JSON kept in a hidden form field.
// Needs `npm run build` first. CHROME_PATH picks the browser.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { assert, checklist, deadline, repoRoot, serve, waitForRenderedPage } from './e2e-kit.mjs';

const PREFIX = '/some/prefix/';
const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const bundlePath = path.join(repoRoot, 'dist', 'cdn', 'instant-pdf-viewer.js');
const bundle = readFileSync(bundlePath, 'utf8');
const OTHER_VERSION = '9.9.9-e2e';

const server = await serve({
  mounts: { [PREFIX]: repoRoot, '/mirror/pdfjs/': path.join(repoRoot, 'dist', 'cdn', 'pdfjs') },
  routes: {
    // The same bundle claiming another version, beside the real one (so its
    // relative import of ./pdfjs/pdf.min.mjs resolves the same way).
    [`${PREFIX}dist/cdn/instant-pdf-viewer-other-version.js`]: (_req, res) => {
      const matches = bundle.match(new RegExp(`"${version.replaceAll('.', '\\.')}"`, 'g')) ?? [];
      if (matches.length !== 1) {
        res.writeHead(500).end(`expected the version string once in the bundle, found it ${matches.length} times`);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(bundle.replace(`"${version}"`, `"${OTHER_VERSION}"`));
    },
    [`${PREFIX}demo/assets-elsewhere.html`]: (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="../dist/cdn/instant-pdf-viewer.js"></script>
<instant-pdf-viewer src="sample.pdf" assets-url="/mirror/pdfjs/"></instant-pdf-viewer>`);
    },
  },
});
const executablePath = findChrome();
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
const timer = deadline('script-tag e2e', 180_000);
const { check, summary } = checklist();

/** A page that records requests, console output and uncaught errors. */
async function openPage(url) {
  const page = await browser.newPage();
  const log = { requests: [], console: [], errors: [] };
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('console', (message) => log.console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => log.errors.push(error.message));
  await page.goto(url);
  return { page, log };
}

try {
  console.log(`Chromium ${browser.version()} (${executablePath})`);
  console.log(`demo/script-tag.html served under ${PREFIX}`);

  await check('the page is only a module script tag and markup', () => {
    const html = readFileSync(path.join(repoRoot, 'demo', 'script-tag.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert(scripts.length === 1, `${scripts.length} script elements`);
    const [, attributes, body] = scripts[0];
    assert(/type="module"/.test(attributes) && /src="\.\.\/dist\/cdn\/instant-pdf-viewer\.js"/.test(attributes), `script: ${attributes}`);
    assert(body.trim() === '', 'the script element has inline code');
    assert(!/<style\b|\sstyle=|\son[a-z]+=/i.test(html), 'inline style or event handler attribute');
  });

  const { page, log } = await openPage(`${server.url}${PREFIX}demo/script-tag.html`);

  await check('renders the sample PDF with its Instant JSON, from relative URLs only', async () => {
    const ink = await waitForRenderedPage(page);
    assert(ink > 0.05, `only ${(ink * 100).toFixed(2)} % of page 1 is drawn`);
    const state = await page.evaluate(async () => {
      const viewer = document.querySelector('instant-pdf-viewer');
      for (let i = 0; i < 200 && !viewer.shadowRoot.querySelector('[data-annotation-id="demo-rect"]'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return {
        pageCount: viewer.pageCount,
        drawn: Boolean(viewer.shadowRoot.querySelector('[data-annotation-id="demo-rect"]')),
        exported: viewer.exportInstantJson().annotations?.length ?? 0,
      };
    });
    assert(state.pageCount === 8, `pageCount ${state.pageCount}`);
    assert(state.drawn, 'the rectangle from sample-annotations.json was not drawn');
    assert(state.exported === 14, `${state.exported} annotations exported, expected the 14 of sample-annotations.json`);
    const outside = log.requests.filter((url) => url.startsWith(server.url) && !url.startsWith(`${server.url}${PREFIX}`));
    assert(outside.length === 0, `requested outside ${PREFIX}: ${outside.join(', ')}`);
    for (const file of ['dist/cdn/pdfjs/pdf.min.mjs', 'dist/cdn/pdfjs/pdf.worker.min.mjs', 'demo/sample.pdf', 'demo/sample-annotations.json']) {
      assert(log.requests.includes(`${server.url}${PREFIX}${file}`), `${PREFIX}${file} was not requested`);
    }
  });

  await check('a second copy of the same version on the page is ignored silently', async () => {
    const result = await page.evaluate(async () => {
      const before = customElements.get('instant-pdf-viewer');
      const copy = await import('../dist/cdn/instant-pdf-viewer.js?second-copy');
      return { same: customElements.get('instant-pdf-viewer') === before, distinct: copy.InstantPdfViewer !== before };
    });
    assert(result.distinct, 'the second import was not a separate copy of the module');
    assert(result.same, 'the second copy replaced the definition');
    const warnings = log.console.filter((m) => m.type === 'warning' && /already defined/.test(m.text));
    assert(warnings.length === 0, `warned: ${warnings.map((m) => m.text).join(' | ')}`);
  });

  await check('a copy of another version warns instead of throwing, and the first one keeps working', async () => {
    const result = await page.evaluate(async () => {
      const before = customElements.get('instant-pdf-viewer');
      const copy = await import('../dist/cdn/instant-pdf-viewer-other-version.js');
      const viewer = document.querySelector('instant-pdf-viewer');
      const created = viewer.createAnnotation({
        type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [72, 500, 100, 50], strokeColor: '#1e88e5', strokeWidth: 2, opacity: 1,
      });
      const fresh = document.createElement('instant-pdf-viewer');
      return {
        copyVersion: copy.InstantPdfViewer.version,
        same: customElements.get('instant-pdf-viewer') === before,
        freshIsFirst: fresh instanceof before,
        created: typeof created.id === 'string',
      };
    });
    assert(result.copyVersion === OTHER_VERSION, `the copy says version ${result.copyVersion}`);
    assert(result.same && result.freshIsFirst, 'the definition changed');
    assert(result.created, 'the viewer stopped working');
    const warning = log.console.find((m) => m.type === 'warning' && m.text.includes('already defined'));
    assert(warning?.text.includes(version) && warning.text.includes(OTHER_VERSION), `no warning naming both versions: ${warning?.text}`);
    return warning.text;
  });

  await check('no errors on the console and no uncaught exceptions', () => {
    const errors = [...log.errors, ...log.console.filter((m) => m.type === 'error').map((m) => m.text)];
    assert(errors.length === 0, errors.join('\n'));
  });
  await page.close();

  console.log('assets-url');
  await check('loads pdf.js worker and data from the folder assets-url names', async () => {
    const { page: other, log: otherLog } = await openPage(`${server.url}${PREFIX}demo/assets-elsewhere.html`);
    const ink = await waitForRenderedPage(other);
    assert(ink > 0.05, 'page 1 is blank');
    assert(otherLog.requests.includes(`${server.url}/mirror/pdfjs/pdf.worker.min.mjs`), 'the worker did not come from /mirror/pdfjs/');
    assert(!otherLog.requests.some((url) => url.endsWith('/dist/cdn/pdfjs/pdf.worker.min.mjs')), 'the worker was also loaded beside the bundle');
    await other.close();
  });

  console.log('demo/cms-form.html');
  await check('the hidden field feeds the viewer, every change updates it, and the form sends it', async () => {
    const { page: cms, log: cmsLog } = await openPage(`${server.url}${PREFIX}demo/cms-form.html`);
    await waitForRenderedPage(cms);
    const result = await cms.evaluate(async () => {
      const viewer = document.querySelector('instant-pdf-viewer');
      const field = document.querySelector('input[name="instant_json"]');
      for (let i = 0; i < 200 && !viewer.shadowRoot.querySelector('[data-annotation-id="cms-note"]'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const storedNoteDrawn = Boolean(viewer.shadowRoot.querySelector('[data-annotation-id="cms-note"]'));
      const created = viewer.createAnnotation({
        type: 'pspdfkit/shape/ellipse', pageIndex: 0, bbox: [100, 400, 120, 60], strokeColor: '#43a047', strokeWidth: 2, opacity: 1,
      });
      const inField = JSON.parse(field.value);
      document.querySelector('button:not([part])').click();
      const sent = JSON.parse(JSON.parse(document.getElementById('sent').textContent).instant_json);
      return {
        storedNoteDrawn,
        createdId: created.id,
        creatorName: created.creatorName,
        fieldIds: (inField.annotations ?? []).map((a) => a.id),
        sentIds: (sent.annotations ?? []).map((a) => a.id),
        status: document.getElementById('status').value,
        pdfId: inField.pdfId?.permanent,
      };
    });
    assert(result.storedNoteDrawn, 'the note stored in the hidden field was not drawn');
    assert(result.fieldIds.includes('cms-note') && result.fieldIds.includes(result.createdId), `field holds ${result.fieldIds}`);
    assert(result.sentIds.includes(result.createdId), `the form sent ${result.sentIds}`);
    assert(result.creatorName === 'Editor', `creatorName ${result.creatorName}`);
    assert(/2 annotations/.test(result.status), `status: ${result.status}`);
    const errors = [...cmsLog.errors, ...cmsLog.console.filter((m) => m.type === 'error').map((m) => m.text)];
    assert(errors.length === 0, errors.join('\n'));
    await cms.close();
    return result.status;
  });
} finally {
  clearTimeout(timer);
  await browser.close();
  await server.close();
}
process.exit(summary());
