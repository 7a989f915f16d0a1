import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { pdfAssetsMiddleware } from './scripts/dev-middleware.mjs';

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

/**
 * Real input the built-in commands lack: a mouse wheel with modifier keys
 * (ctrl + wheel zoom), a double-click, and a device pixel ratio (HiDPI rendering); and a
 * screenshot of a region, since annotations are drawn in the DOM and only
 * the compositor's output shows what a person sees (blend modes included).
 */
const inputPlugin = {
  name: 'viewer-input-commands',
  async executeCommand({ command, payload, session }) {
    if (command !== 'wheel' && command !== 'device-scale' && command !== 'screenshot' && command !== 'double-click') return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'double-click') {
      // Two presses the browser counts as one double-click (dblclick), which sendMouse cannot make.
      await page.mouse.click(payload.x, payload.y, { count: 2 });
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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), inputPlugin],
  middleware: [pdfAssetsMiddleware],
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
