/**
 * The browser's half of "the same apply in Node gives the same bytes": the
 * cases of test/node/writer-cases.json (our own Instant JSON on corpus PDFs)
 * applied here, in Chromium, and the SHA-256 of each output written to
 * node_modules/.cache/instant-pdf-viewer/writer-parity-browser.json. The Node
 * half (test/node/writer-parity.test.mjs) applies the same cases with the
 * built package and the `instant-json` command and fails unless every hash
 * equals this file's; it runs this test itself when the file is missing or
 * was made from other inputs.
 */
import { expect } from '@open-wc/testing';
import { writeFile } from '@web/test-runner-commands';
import type { InstantJson } from '../../src/model/index.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { corpusBytes } from './writer-kit.js';

interface WriterCase {
  name: string;
  pdf: string;
  options?: { flatten?: boolean };
  json: InstantJson;
}

/** Relative to this file (the test runner's file commands resolve paths so). */
const RECORD_PATH = '../../node_modules/.cache/instant-pdf-viewer/writer-parity-browser.json';

async function sha256(bytes: Uint8Array | string): Promise<string> {
  // A copy on a plain ArrayBuffer: what crypto.subtle takes.
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('writer output in the browser, for comparison with Node', function () {
  this.timeout(120_000);

  it('applies every case twice with the same bytes, and records their SHA-256 for the Node test', async () => {
    const response = await fetch('/test/node/writer-cases.json');
    expect(response.ok, 'test/node/writer-cases.json').to.equal(true);
    const { cases } = (await response.json()) as { cases: WriterCase[] };
    expect(cases.length).to.be.greaterThan(3);
    const results = [];
    for (const testCase of cases) {
      const pdf = await corpusBytes(testCase.pdf);
      // The JSON as text, exactly as the command line reads it from a file.
      const jsonText = JSON.stringify(testCase.json);
      const started = performance.now();
      const first = await applyInstantJson(pdf, jsonText, testCase.options ?? {});
      const milliseconds = Math.round(performance.now() - started);
      const second = await applyInstantJson(pdf, jsonText, testCase.options ?? {});
      const output = await sha256(first);
      expect(await sha256(second), `${testCase.name}: a second apply`).to.equal(output);
      expect(first.length, testCase.name).to.be.greaterThan(pdf.length / 2);
      if (!testCase.options?.flatten) {
        expect(first.subarray(0, pdf.length).every((byte, index) => byte === pdf[index]), `${testCase.name}: the original is a prefix`).to.equal(true);
      }
      results.push({ name: testCase.name, pdf: await sha256(pdf), json: await sha256(jsonText), output, length: first.length });
      console.log(`${testCase.name}: ${pdf.length} → ${first.length} bytes in ${milliseconds} ms, sha256 ${output.slice(0, 16)}…`);
    }
    await writeFile({
      path: RECORD_PATH,
      content: `${JSON.stringify({ runtime: navigator.userAgent, results }, null, 2)}\n`,
    });
  });
});
