// The same apply in Node gives the same bytes as in the browser. Each case of
// writer-cases.json is applied here by the `instant-json` command (the built
// package in Node) and its SHA-256 compared with what Chromium produced for
// the same PDF and JSON bytes (test/pdf-writer/node-parity.test.ts writes
// those to node_modules/.cache/instant-pdf-viewer/writer-parity-browser.json).
//
// When that record is missing, or was made from other inputs, or disagrees,
// this test runs the browser test itself (once) and compares with the fresh
// record: a stale record can cause a rerun, never a pass. Any difference left
// after that fails the test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { ROOT, corpusPath, runCli, sha256, temporaryFolder, writerCases } from './node-kit.mjs';
import { writeFileSync } from 'node:fs';

const RECORD = path.join(ROOT, 'node_modules', '.cache', 'instant-pdf-viewer', 'writer-parity-browser.json');
const BROWSER_TEST = 'test/pdf-writer/node-parity.test.ts';

let temp;
before(() => {
  assert.ok(existsSync(path.join(ROOT, 'dist', 'pdf-writer', 'index.js')), 'dist/ is missing: run `npm run build` first');
  temp = temporaryFolder();
});
after(() => temp.remove());

/** Runs the browser half; its record is rewritten. */
function runBrowserTest() {
  const wtr = path.join(ROOT, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
  const result = spawnSync(process.execPath, [wtr, '--config', 'web-test-runner.config.mjs', '--files', BROWSER_TEST], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  assert.equal(result.status, 0, `${BROWSER_TEST} failed:\n${result.stdout}\n${result.stderr}`);
}

function readRecord() {
  return existsSync(RECORD) ? JSON.parse(readFileSync(RECORD, 'utf8')) : undefined;
}

it('every case gives byte-identical output in Node (instant-json apply) and in Chromium', async () => {
  const cases = writerCases();
  const node = [];
  for (const [index, testCase] of cases.entries()) {
    const pdf = corpusPath(testCase.pdf);
    const jsonText = JSON.stringify(testCase.json);
    const jsonPath = path.join(temp.folder, `case-${index}.json`);
    writeFileSync(jsonPath, jsonText);
    const out = path.join(temp.folder, `case-${index}.pdf`);
    const result = await runCli(['apply', pdf, jsonPath, '-o', out, ...(testCase.options?.flatten ? ['--flatten'] : [])]);
    assert.equal(result.code, 0, `${testCase.name}: ${result.stderr}`);
    const output = readFileSync(out);
    node.push({ name: testCase.name, pdf: sha256(readFileSync(pdf)), json: sha256(jsonText), output: sha256(output), length: output.length });
  }

  const sameInputs = (record) =>
    record?.results?.length === node.length && record.results.every((r, i) => r.pdf === node[i].pdf && r.json === node[i].json);
  const differences = (record) =>
    node.flatMap((n, i) => {
      const b = record.results[i];
      return b.output === n.output ? [] : [`${n.name}: Node ${n.output.slice(0, 16)}… (${n.length} bytes), browser ${b.output.slice(0, 16)}… (${b.length} bytes)`];
    });

  let record = readRecord();
  let ranBrowser = false;
  if (!sameInputs(record) || differences(record).length > 0) {
    runBrowserTest();
    ranBrowser = true;
    record = readRecord();
  }
  assert.ok(sameInputs(record), `${BROWSER_TEST} did not record the same inputs (PDF and JSON bytes) as this test applied`);
  const different = differences(record);
  assert.deepEqual(different, [], `outputs differ between Node and ${record.runtime}:\n${different.join('\n')}`);
  for (const n of node) console.log(`  ${n.name}: ${n.length} bytes, sha256 ${n.output.slice(0, 16)}… in both${ranBrowser ? ' (browser run now)' : ''}`);
});
