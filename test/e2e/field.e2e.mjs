// The editor in the field: the built CDN bundle, embedded as a host page
// embeds it, used as people use it. A phone (390 px, touch only), a narrow
// column (600 px, mouse) and a desktop (1280 px, mouse): every tool reached
// through the toolbar in at most two presses, a rectangle and an ink stroke
// drawn with the finger or the mouse, what was drawn selected with handles,
// a tap or click selecting, two fingers scrolling without drawing, the
// property bar never over the pages, and a quiet console. Screenshots of each
// width go to .field-out/ for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { assert, checklist, deadline, repoRoot, serve } from './e2e-kit.mjs';

const OUT = path.join(repoRoot, '.field-out');
mkdirSync(OUT, { recursive: true });

const PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>html,body{margin:0;height:100%}instant-pdf-viewer{width:100%;height:100%}</style>
<script type="module" src="/dist/cdn/instant-pdf-viewer.js"></script>
<instant-pdf-viewer zoom="fit-width" src="/demo/sample.pdf"></instant-pdf-viewer>`;

const FIELDS = [
  { name: 'phone', width: 390, height: 780, touch: true },
  { name: 'column', width: 600, height: 800, touch: false },
  { name: 'desktop', width: 1280, height: 860, touch: false },
];

deadline('field e2e', 240_000);
const server = await serve({
  mounts: {
    '/dist/': path.join(repoRoot, 'dist'),
    '/demo/': path.join(repoRoot, 'demo'),
    '/corpus/': path.join(repoRoot, '..', 'shared', 'corpus'),
  },
  routes: {
    '/field.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    },
  },
});
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const { check, summary } = checklist();

/** Centre of an element inside the viewer's shadow root, by selector; null when not shown. */
async function centreOf(page, selector) {
  return page.evaluate((selector) => {
    const element = document.querySelector('instant-pdf-viewer').shadowRoot.querySelector(selector);
    if (!element || !element.checkVisibility()) return null;
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, selector);
}

/** The client point of a page point on page 0. */
async function pagePoint(page, [px, py]) {
  return page.evaluate(([px, py]) => {
    const viewer = document.querySelector('instant-pdf-viewer');
    const element = viewer.shadowRoot.querySelector('[part~="page"][data-page-index="0"]');
    const box = element.getBoundingClientRect();
    const scale = box.width / 595.28; // the sample's first page is A4 portrait
    return { x: box.left + px * scale, y: box.top + py * scale };
  }, [px, py]);
}

function fingers(page) {
  let cdp;
  const session = async () => (cdp ??= await page.context().newCDPSession(page));
  const send = async (type, points) => {
    const touchPoints = points.map(({ x, y }, id) => ({ x: Math.round(x), y: Math.round(y), id, radiusX: 4, radiusY: 4, force: 1 }));
    await (await session()).send('Input.dispatchTouchEvent', { type, touchPoints });
    await page.waitForTimeout(16);
  };
  return {
    async path(points) {
      await send('touchStart', [points[0]]);
      for (const point of points.slice(1)) await send('touchMove', [point]);
      await send('touchEnd', []);
    },
    async twoFingerDrag(a, b, dy) {
      await send('touchStart', [a, b]);
      for (let i = 1; i <= 10; i++) await send('touchMove', [{ x: a.x, y: a.y + (dy * i) / 10 }, { x: b.x, y: b.y + (dy * i) / 10 }]);
      await send('touchEnd', []);
    },
  };
}

/** A press as this field's person makes it: a finger tap or a mouse click. */
async function press(page, field, point) {
  if (field.touch) await page.touchscreen.tap(Math.round(point.x), Math.round(point.y));
  else await page.mouse.click(point.x, point.y);
}

/** A drag along page points, by finger or mouse. */
async function stroke(page, field, points) {
  const client = [];
  for (const point of points) client.push(await pagePoint(page, point));
  if (field.touch) {
    await fingers(page).path(client);
    return;
  }
  await page.mouse.move(client[0].x, client[0].y);
  await page.mouse.down();
  for (const point of client.slice(1)) await page.mouse.move(point.x, point.y, { steps: 3 });
  await page.mouse.up();
}

const exported = (page) => page.evaluate(() => document.querySelector('instant-pdf-viewer').exportInstantJson().annotations ?? []);
const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Chooses `id` through the toolbar: its own button, or the menu (group or More) holding it. Returns the presses used. */
async function chooseTool(page, field, id) {
  const own = await centreOf(page, `.toolbar-items > [data-id="tool:${id}"]`);
  if (own) {
    await press(page, field, own);
    return 1;
  }
  const menuKey = await page.evaluate((id) => {
    const root = document.querySelector('instant-pdf-viewer').shadowRoot;
    return root.querySelector(`.toolbar-menu [data-id="tool:${id}"]`)?.closest('[data-menu]')?.dataset.menu ?? null;
  }, id);
  assert(menuKey, `tool ${id} is neither in the row nor in a menu`);
  const opener = await centreOf(page, `[data-menu-button="${menuKey}"]`);
  assert(opener, `the menu button for ${id} is not shown`);
  await press(page, field, opener);
  await settle(page);
  const item = await centreOf(page, `[data-menu="${menuKey}"] [data-id="tool:${id}"]`);
  assert(item, `${id} is not visible in its open menu`);
  await press(page, field, item);
  return 2;
}

try {
  for (const field of FIELDS) {
    const context = await browser.newContext({
      viewport: { width: field.width, height: field.height },
      ...(field.touch ? { hasTouch: true, isMobile: true } : {}),
    });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${server.url}/field.html`);
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const viewer = document.querySelector('instant-pdf-viewer');
          if (viewer.pageCount) resolve();
          viewer.addEventListener('document-loaded', resolve, { once: true });
          viewer.addEventListener('document-error', (event) => reject(new Error(event.detail.message)), { once: true });
        }),
    );
    await page.waitForFunction(() => document.querySelector('instant-pdf-viewer').shadowRoot.querySelector('[part~="page"][data-rendered]'));
    await settle(page);
    console.log(`${field.name}: ${field.width} px, ${field.touch ? 'touch' : 'mouse'}`);
    await page.screenshot({ path: path.join(OUT, `${field.name}-loaded.png`) });

    await check(`${field.name}: the toolbar fits the viewer`, async () => {
      const overflow = await page.evaluate(() => {
        const root = document.querySelector('instant-pdf-viewer').shadowRoot;
        const strip = root.querySelector('[part~="toolbar"]').getBoundingClientRect();
        return [...root.querySelectorAll('[part~="toolbar"] button, [part~="toolbar"] input, [part~="toolbar"] select')]
          .filter((element) => !element.closest('[popover]') && element.checkVisibility())
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.left < strip.left - 0.5 || box.right > strip.right + 0.5 || box.width < 24 || box.height < 24;
          })
          .map((element) => element.getAttribute('aria-label') ?? element.tagName);
      });
      assert(overflow.length === 0, `outside the strip or smaller than 24 px: ${overflow.join(', ')}`);
    });

    await check(`${field.name}: every tool is reached through the toolbar in at most two presses`, async () => {
      const ids = await page.evaluate(() => document.querySelector('instant-pdf-viewer').shadowRoot.querySelector('ipv-toolbar').tools.map((tool) => tool.id));
      const presses = [];
      for (const id of ids.filter((id) => id !== 'image')) {
        const used = await chooseTool(page, field, id);
        await settle(page);
        const tool = await page.evaluate(() => document.querySelector('instant-pdf-viewer').tool);
        assert(tool === id, `chose ${id}, the viewer's tool is ${tool}`);
        presses.push(used);
        await page.keyboard.press('Escape'); // closes a tool's picker or editor, back to select
        await page.evaluate(() => (document.querySelector('instant-pdf-viewer').tool = 'select'));
      }
      return `${ids.length - 1} tools, ${presses.filter((n) => n === 2).length} through a menu`;
    });

    await check(`${field.name}: a rectangle drawn ${field.touch ? 'with a finger' : 'with the mouse'} is created and selected with handles`, async () => {
      await chooseTool(page, field, 'rectangle');
      await stroke(page, field, [[80, 200], [140, 240], [200, 280]]);
      await settle(page);
      const rectangles = (await exported(page)).filter((a) => a.type === 'pspdfkit/shape/rectangle');
      assert(rectangles.length === 1, `${rectangles.length} rectangles exported`);
      const [left, top, width, height] = rectangles[0].bbox;
      assert(Math.abs(left - 80) < 6 && Math.abs(top - 200) < 6 && Math.abs(width - 120) < 8 && Math.abs(height - 80) < 8, `bbox ${rectangles[0].bbox}`);
      const selection = await page.evaluate(() => {
        const viewer = document.querySelector('instant-pdf-viewer');
        return { ids: viewer.selectedAnnotationIds, handles: viewer.shadowRoot.querySelectorAll('.selection-handle').length };
      });
      assert(selection.ids.length === 1 && selection.ids[0] === rectangles[0].id, `selected ${selection.ids}`);
      assert(selection.handles >= 8, `${selection.handles} handles shown`);
      await page.screenshot({ path: path.join(OUT, `${field.name}-rectangle.png`) });
    });

    await check(`${field.name}: the property bar shows the selection and covers no page`, async () => {
      const boxes = await page.evaluate(() => {
        const root = document.querySelector('instant-pdf-viewer').shadowRoot;
        const bar = root.querySelector('[part~="inspector"]');
        const viewport = root.querySelector('[part~="viewport"]').getBoundingClientRect();
        const box = bar?.checkVisibility() ? bar.getBoundingClientRect() : null;
        return { bar: box && { top: box.top, bottom: box.bottom, left: box.left, right: box.right }, viewport: { top: viewport.top, bottom: viewport.bottom } };
      });
      assert(boxes.bar, 'no property bar is shown for the selection');
      assert(boxes.bar.bottom <= boxes.viewport.top + 0.5 || boxes.bar.top >= boxes.viewport.bottom - 0.5, `the bar ${JSON.stringify(boxes.bar)} overlaps the pages ${JSON.stringify(boxes.viewport)}`);
      assert(boxes.bar.left >= -0.5 && boxes.bar.right <= field.width + 0.5, 'the bar runs out of the window');
    });

    await check(`${field.name}: an ink stroke ${field.touch ? 'with a finger' : 'with the mouse'} follows the path`, async () => {
      await chooseTool(page, field, 'ink');
      await stroke(page, field, [[300, 200], [330, 230], [360, 200], [390, 230], [420, 200]]);
      await settle(page);
      const inks = (await exported(page)).filter((a) => a.type === 'pspdfkit/ink');
      assert(inks.length === 1, `${inks.length} ink annotations`);
      const points = inks[0].lines.points.flat();
      const xs = points.map(([x]) => x);
      assert(Math.min(...xs) < 310 && Math.max(...xs) > 410, `ink spans x ${Math.min(...xs)}–${Math.max(...xs)}`);
    });

    if (field.touch) {
      await check('phone: two fingers scroll the pages with ink active and draw nothing', async () => {
        const before = await page.evaluate(() => document.querySelector('instant-pdf-viewer').shadowRoot.querySelector('[part~="viewport"]').scrollTop);
        const count = (await exported(page)).length;
        const a = await pagePoint(page, [200, 600]);
        const b = await pagePoint(page, [350, 600]);
        await fingers(page).twoFingerDrag(a, b, -200);
        await settle(page);
        const after = await page.evaluate(() => document.querySelector('instant-pdf-viewer').shadowRoot.querySelector('[part~="viewport"]').scrollTop);
        assert(after > before + 50, `scrollTop ${before} → ${after}`);
        assert((await exported(page)).length === count, 'two fingers created an annotation');
        await page.evaluate(() => document.querySelector('instant-pdf-viewer').goToPage(0));
      });
    }

    await check(`${field.name}: ${field.touch ? 'a tap' : 'a click'} with Select selects the rectangle`, async () => {
      await chooseTool(page, field, 'select');
      await settle(page);
      const [rectangle] = (await exported(page)).filter((a) => a.type === 'pspdfkit/shape/rectangle');
      await press(page, field, await pagePoint(page, [80, 240])); // its left edge
      await settle(page);
      const ids = await page.evaluate(() => document.querySelector('instant-pdf-viewer').selectedAnnotationIds);
      assert(ids.length === 1 && ids[0] === rectangle.id, `selected ${ids}`);
      await page.screenshot({ path: path.join(OUT, `${field.name}-selected.png`) });
    });

    if (field.name === 'desktop') {
      await check('desktop: real-world PDFs open and scroll without a console warning (pdf.js stays quiet)', async () => {
        for (const file of ['py-pdf-sample-files/GeoTopo-komprimiert.pdf', 'py-pdf-sample-files/habibi-rotated.pdf', 'pdfjs/issue13931.pdf']) {
          await page.evaluate(async (url) => {
            const viewer = document.querySelector('instant-pdf-viewer');
            await viewer.load(url);
            for (let i = 0; i < Math.min(viewer.pageCount, 12); i += 3) {
              viewer.goToPage(i);
              await new Promise((resolve) => setTimeout(resolve, 150));
            }
          }, `/corpus/pdf/${file}`);
        }
      });
    }

    await check(`${field.name}: nothing was logged as a warning or error`, async () => {
      assert(problems.length === 0, problems.slice(0, 5).join('\n'));
    });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = summary();
