import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { bundledPackagesPlugin } from './scripts/bundled-packages-plugin.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { pdfAssetsMiddleware } from './scripts/dev-middleware.mjs';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';

const corpusRoot = fileURLToPath(new URL('../shared/corpus/', import.meta.url));
/** Downloads held halfway, by token, until the test asks for the rest. */
const heldDownloads = new Map();

/**
 * A slow network for load tests: `/__slow/<token>/<corpus path>` sends the
 * file's first half with its real Content-Length, then waits until
 * `/__release/<token>` is requested before sending the rest.
 */
async function slowDownloadMiddleware(context, next) {
  if (context.path.startsWith('/__release/')) {
    const token = context.path.slice('/__release/'.length);
    heldDownloads.get(token)?.();
    heldDownloads.delete(token);
    context.body = 'released';
    return;
  }
  if (!context.path.startsWith('/__slow/')) return next();
  const [token, ...rest] = context.path.slice('/__slow/'.length).split('/');
  const file = path.join(corpusRoot, decodeURIComponent(rest.join('/')));
  if (!file.startsWith(corpusRoot)) return next();
  const bytes = readFileSync(file);
  const half = Math.floor(bytes.length / 2);
  const body = new PassThrough();
  body.write(bytes.subarray(0, half));
  heldDownloads.set(token, () => body.end(bytes.subarray(half)));
  context.type = 'application/pdf';
  context.length = bytes.length;
  context.body = body;
}

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

/**
 * Touch and pen, as a phone or tablet sends them: `touch` dispatches CDP
 * touch events (`touchStart`, `touchMove`, `touchEnd`, `touchCancel`) with one
 * or more points, which Chromium turns into touch pointer events and, when the
 * page lets it, scrolling and pinch-zoom; `pen` dispatches CDP mouse events with
 * `pointerType: 'pen'`. Each step waits a frame so that moves arrive as moves.
 */
async function dispatchTouch(page, steps) {
  const client = page._client();
  await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  for (const step of steps) {
    const touchPoints = (step.points ?? []).map(([x, y], id) => ({ x, y, id, radiusX: 4, radiusY: 4, force: 1 }));
    await client.send('Input.dispatchTouchEvent', { type: step.type, touchPoints });
    await new Promise((resolve) => setTimeout(resolve, step.delay ?? 16));
  }
}

async function dispatchPen(page, steps) {
  const client = page._client();
  for (const step of steps) {
    const [x, y] = step.point;
    const pressed = step.type !== 'mouseMoved' || step.buttons === 1;
    await client.send('Input.dispatchMouseEvent', {
      type: step.type,
      x,
      y,
      button: step.type === 'mouseMoved' && !pressed ? 'none' : 'left',
      buttons: step.type === 'mouseReleased' ? 0 : step.buttons ?? 1,
      clickCount: step.type === 'mouseMoved' ? 0 : 1,
      pointerType: 'pen',
      force: step.type === 'mouseReleased' ? 0 : step.force ?? 0.6,
    });
    await new Promise((resolve) => setTimeout(resolve, step.delay ?? 16));
  }
}

/**
 * Real input the built-in commands lack: a mouse wheel with modifier keys
 * (ctrl + wheel zoom), a device pixel ratio (HiDPI rendering), a
 * double-click (a dblclick needs a click count), a burst of moves that
 * arrive coalesced (fast strokes); and a screenshot of a region, since
 * annotations are drawn in the DOM and only the compositor's output shows
 * what a person sees (blend modes included); and forced-colors emulation.
 */
const inputPlugin = {
  name: 'viewer-input-commands',
  async executeCommand({ command, payload, session }) {
    if (!['wheel', 'device-scale', 'screenshot', 'double-click', 'mouse-burst', 'forced-colors', 'touch', 'pen'].includes(command)) return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'touch') {
      await dispatchTouch(page, payload.steps);
      return true;
    }
    if (command === 'pen') {
      await dispatchPen(page, payload.steps);
      return true;
    }
    if (command === 'forced-colors') {
      // emulateMedia() of @web/test-runner-commands drops forcedColors under puppeteer; CDP has it.
      await page._client().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.value }] });
      return true;
    }
    if (command === 'double-click') {
      await page.mouse.click(payload.x, payload.y, { count: 2 });
      return true;
    }
    if (command === 'mouse-burst') {
      // Moves of a pressed left button sent all at once, for the page to receive coalesced (fast strokes).
      const client = page._client();
      const moves = payload.points.map(([x, y]) => client.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y, button: 'left', buttons: 1 }));
      await Promise.all(moves);
      const [x, y] = payload.points[payload.points.length - 1];
      await page.mouse.move(x, y);
      return true;
    }
    if (command === 'screenshot') {
      const { x, y, width, height } = payload;
      return page.screenshot({ encoding: 'base64', clip: { x, y, width, height }, captureBeyondViewport: false });
    }
    if (command === 'device-scale') {
      const viewport = page.viewport() ?? { width: 800, height: 600 };
      await page.setViewport({ ...viewport, deviceScaleFactor: payload.deviceScaleFactor });
      return true;
    }
    const modifier = payload.modifier;
    if (modifier) await page.keyboard.down(modifier);
    await page.mouse.move(payload.x, payload.y);
    await page.mouse.wheel({ deltaX: payload.deltaX ?? 0, deltaY: payload.deltaY ?? 0 });
    if (modifier) await page.keyboard.up(modifier);
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    bundledPackagesPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    inputPlugin,
  ],
  middleware: [slowDownloadMiddleware, pdfAssetsMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
};
