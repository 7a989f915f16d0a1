/**
 * The full fuzz run: the main config with test/fuzz/*.test.ts only, a page
 * that sets `globalThis.FUZZ_RUNS` (default 100,000 generated documents per
 * property; override with the FUZZ_RUNS environment variable, e.g. for a
 * quick check) and no per-test timeout.
 *
 *   wtr --config web-test-runner.fuzz.config.mjs
 */
import base from './web-test-runner.config.mjs';

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
if (!(Number.isInteger(runs) && runs > 0)) throw new Error(`FUZZ_RUNS must be a positive integer, got ${process.env.FUZZ_RUNS}`);

export default {
  ...base,
  files: ['test/fuzz/*.test.ts'],
  testFramework: { ...base.testFramework, config: { ...base.testFramework?.config, timeout: 0 } },
  testsFinishTimeout: 24 * 60 * 60 * 1000,
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>globalThis.FUZZ_RUNS = ${runs};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
