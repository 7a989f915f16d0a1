// What the host-page e2e scripts share: a static server that can serve the
// repository under any path prefix and add response headers (a CSP), a
// checklist runner, and waits on the element's public hooks.
import { fileURLToPath } from 'node:url';
import { startServer } from '../../bench/server.mjs';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Serves `mounts` (URL prefix ending in '/' → folder) with `headers` on every
 * response, and `routes` (exact path → handler) for generated content: the
 * benchmarks' server (bench/server.mjs). → { url, close() }
 */
export function serve({ mounts, routes = {}, headers = {} }) {
  return startServer({ mounts, routes, headers });
}

/** Reads a request body as text. */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** A list of named checks; `summary()` prints the count and gives the exit code. */
export function checklist() {
  const results = [];
  return {
    async check(name, body) {
      try {
        const note = await body();
        results.push(true);
        console.log(`  ✓ ${name}${note ? ` (${note})` : ''}`);
      } catch (error) {
        results.push(false);
        console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).replaceAll('\n', '\n      ')}`);
      }
    },
    summary() {
      const passed = results.filter(Boolean).length;
      console.log(`\n${passed} passed, ${results.length - passed} failed`);
      return results.length - passed ? 1 : 0;
    },
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Ends the process when a script hangs (a browser that never answers). */
export function deadline(name, ms) {
  const timer = setTimeout(() => {
    console.error(`${name}: timed out after ${ms / 1000} s`);
    process.exit(1);
  }, ms);
  timer.unref();
  return timer;
}

/**
 * Waits in the page until the first viewer's page `pageIndex` has a drawn
 * canvas (the public hook `[part~="page"][data-rendered]`), and returns the
 * share of its pixels that are not white.
 */
export async function waitForRenderedPage(page, { selector = 'instant-pdf-viewer', pageIndex = 0, timeout = 30_000 } = {}) {
  return page.evaluate(
    async ({ selector, pageIndex, timeout }) => {
      const started = performance.now();
      for (;;) {
        const viewer = document.querySelector(selector);
        const canvas = viewer?.shadowRoot?.querySelector(`[part~="page"][data-page-index="${pageIndex}"][data-rendered] canvas`);
        if (canvas) {
          const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
          let ink = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) ink++;
          return ink / (canvas.width * canvas.height);
        }
        if (performance.now() - started > timeout) throw new Error(`page ${pageIndex} of ${selector} was not drawn within ${timeout / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    { selector, pageIndex, timeout },
  );
}
