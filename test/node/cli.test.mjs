// `instant-json` as a server or a CMS back end runs it: apply on corpus PDFs
// (xref streams, object streams, rotated pages, edited and deleted originals),
// --flatten, validate with the JSON path of every problem, exit codes, and
// files written whole or not at all. Run after `npm run build` (the command
// imports dist/): `npm run test:node`.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FORMAT, corpusPath, lastPrev, lastStartXref, readBack, runCli, temporaryFolder, writerCases } from './node-kit.mjs';

const cases = writerCases();
const byPdf = (file, flatten = false) => {
  const found = cases.find((c) => c.pdf === file && Boolean(c.options?.flatten) === flatten);
  assert.ok(found, `writer-cases.json has no case for ${file}${flatten ? ' (flatten)' : ''}`);
  return found;
};

let temp;
before(() => {
  assert.ok(existsSync(new URL('../../dist/pdf-writer/index.js', import.meta.url)), 'dist/ is missing: run `npm run build` first');
  temp = temporaryFolder();
});
after(() => temp.remove());

/** Writes a case's JSON into the temporary folder; returns its path. */
function jsonFile(name, json) {
  const file = path.join(temp.folder, name);
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  return file;
}

describe('instant-json apply', () => {
  const incremental = [
    ['pdfjs/annotation-line.pdf', 'a cross-reference stream'],
    ['py-pdf-sample-files/GeoTopo-komprimiert.pdf', 'object streams and a cross-reference stream'],
    ['qpdf/annotations-rotated-90.pdf', 'rotated annotations, one edited and one deleted'],
    ['py-pdf-sample-files/habibi-rotated.pdf', 'pages at /Rotate 90, 180 and 270, Arabic text'],
  ];
  for (const [file, what] of incremental) {
    it(`${file} (${what}): exit 0, an incremental update holding every record`, async () => {
      const testCase = byPdf(file);
      const input = readFileSync(corpusPath(file));
      const out = path.join(temp.folder, `${path.basename(file, '.pdf')}-out.pdf`);
      const result = await runCli(['apply', corpusPath(file), jsonFile(`${path.basename(file)}.json`, testCase.json), '-o', out]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, '');
      const output = readFileSync(out);
      assert.ok(output.length > input.length, 'nothing was appended');
      assert.ok(output.subarray(0, input.length).equals(input), 'the original bytes are not an exact prefix of the output');
      assert.equal(lastPrev(output), lastStartXref(input), "the new section's /Prev is not the original's startxref");

      const before = await readBack(input);
      const saved = await readBack(output);
      assert.equal(saved.pageCount, before.pageCount);
      if (before.id) {
        assert.equal(saved.id[0], before.id[0], '/ID[0] changed');
        assert.notEqual(saved.id[1], before.id[1], '/ID[1] did not change');
      }
      const records = testCase.json.annotations;
      const skipped = new Set(testCase.json.skippedPdfObjectIds ?? []);
      for (const record of records) {
        const found = saved.pages[record.pageIndex].annotations.filter((a) => a.nm === record.id);
        assert.equal(found.length, 1, `${record.id} (${record.type}) is on page ${record.pageIndex} ${found.length} times`);
        assert.ok(found[0].hasAppearance, `${record.id} (${record.type}) has no /AP /N`);
        if (record.pdfObjectId !== undefined) assert.equal(found[0].objectNumber, record.pdfObjectId, `${record.id} lost its object number`);
      }
      for (const [pageIndex, page] of before.pages.entries()) {
        for (const original of page.annotations) {
          const kept = saved.pages[pageIndex].annotations.some((a) => a.objectNumber === original.objectNumber);
          const edited = records.some((r) => r.pdfObjectId === original.objectNumber);
          if (skipped.has(original.objectNumber) && !edited) assert.ok(!kept, `deleted original ${original.objectNumber} is still on page ${pageIndex}`);
          if (!skipped.has(original.objectNumber) && original.subtype !== 'Popup') assert.ok(kept, `untouched original ${original.objectNumber} is gone`);
        }
      }
      // The same JSON still belongs to the saved file.
      if (testCase.json.pdfId) {
        const check = await runCli(['validate', jsonFile('again.json', testCase.json), '--pdf', out]);
        assert.equal(check.code, 0, check.stdout + check.stderr);
        assert.equal(check.stdout.trim(), 'valid');
      }
    });
  }

  it('--flatten: the drawings go into the page content, the annotations go; a redaction and a link stay', async () => {
    const testCase = byPdf('pdfjs/annotation-line.pdf', true);
    const input = readFileSync(corpusPath(testCase.pdf));
    const out = path.join(temp.folder, 'flat.pdf');
    const result = await runCli(['apply', corpusPath(testCase.pdf), jsonFile('flat.json', testCase.json), '-o', out, '--flatten']);
    assert.equal(result.code, 0, result.stderr);
    const output = readFileSync(out);
    const before = await readBack(input);
    const saved = await readBack(output);
    const ours = saved.pages[0].annotations.filter((a) => testCase.json.annotations.some((r) => r.id === a.nm));
    // A redaction is not applied by flattening; a link stays clickable.
    assert.deepEqual(ours.map((a) => a.subtype).sort(), ['Link', 'Redact'], 'only the redaction and the link should stay annotations');
    assert.ok(saved.pages[0].contentLength > before.pages[0].contentLength, 'the page content did not grow');
    const incremental = await runCli(['apply', corpusPath(testCase.pdf), jsonFile('flat.json', testCase.json), '-o', path.join(temp.folder, 'not-flat.pdf')]);
    assert.equal(incremental.code, 0, incremental.stderr);
    const notFlat = await readBack(readFileSync(path.join(temp.folder, 'not-flat.pdf')));
    assert.equal(notFlat.pages[0].annotations.filter((a) => testCase.json.annotations.some((r) => r.id === a.nm)).length, testCase.json.annotations.length);
  });

  it('-o may name the input itself: it is replaced whole, and no temporary file stays', async () => {
    const folder = path.join(temp.folder, 'in-place');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    const pdf = path.join(folder, 'doc.pdf');
    copyFileSync(corpusPath('qpdf/annotations-rotated-90.pdf'), pdf);
    const original = readFileSync(pdf);
    const json = path.join(temp.folder, 'in-place.json');
    writeFileSync(json, JSON.stringify(byPdf('qpdf/annotations-rotated-90.pdf').json));
    const result = await runCli(['apply', pdf, json, '-o', pdf]);
    assert.equal(result.code, 0, result.stderr);
    const updated = readFileSync(pdf);
    assert.ok(updated.length > original.length && updated.subarray(0, original.length).equals(original));
    assert.deepEqual(readdirSync(folder), ['doc.pdf']);
  });

  it('--progress reports on stderr up to 100 %, stdout stays empty', async () => {
    const annotations = Array.from({ length: 1200 }, (_, i) => ({
      v: 2, id: `progress-${i}`, type: 'pspdfkit/shape/rectangle', pageIndex: i % 100, bbox: [40 + (i % 7) * 60, 60, 50, 40],
      opacity: 1, strokeColor: '#1e88e5', strokeWidth: 2,
    }));
    const out = path.join(temp.folder, 'progress.pdf');
    const result = await runCli(['apply', corpusPath('py-pdf-sample-files/GeoTopo-komprimiert.pdf'), jsonFile('progress.json', { format: FORMAT, annotations }), '-o', out, '--progress']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    const lines = result.stderr.trim().split('\n');
    assert.ok(lines.some((line) => /GeoTopo-komprimiert\.pdf: \d+ % \(\d+\/\d+ steps\)/.test(line) && !line.includes('100 %')), result.stderr);
    assert.match(lines.at(-2), /100 % \(1202\/1202 steps\)/);
    assert.match(lines.at(-1), /wrote .*progress\.pdf \(\d+ bytes\)/);
  });

  it('refuses JSON made for another PDF: exit 1, says so, writes nothing', async () => {
    const testCase = byPdf('pdfjs/annotation-line.pdf');
    const out = path.join(temp.folder, 'mismatch.pdf');
    const result = await runCli(['apply', corpusPath('qpdf/annotations-rotated-90.pdf'), jsonFile('mismatch.json', testCase.json), '-o', out]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /belongs to another PDF/);
    assert.ok(!existsSync(out), 'an output file was written');
  });

  it('refuses invalid JSON with every problem and its path: exit 1, nothing written', async () => {
    const json = {
      format: FORMAT,
      annotations: [
        { v: 2, id: 'ok', type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [10, 10, 50, 50], opacity: 1, strokeColor: '#000000', strokeWidth: 1 },
        { v: 2, id: 'bad-box', type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [10, 10, -5, 50], opacity: 1, strokeColor: '#000000', strokeWidth: 1 },
        { v: 2, id: 'bad-opacity', type: 'pspdfkit/shape/ellipse', pageIndex: 0, bbox: [10, 10, 5, 5], opacity: 2, strokeColor: '#000000', strokeWidth: 1 },
      ],
    };
    const out = path.join(temp.folder, 'invalid.pdf');
    const result = await runCli(['apply', corpusPath('pdfjs/annotation-line.pdf'), jsonFile('invalid.json', json), '-o', out]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^ {2}annotations\[1\]\.bbox: /m);
    assert.match(result.stderr, /^ {2}annotations\[2\]\.opacity: /m);
    assert.ok(!existsSync(out));
  });

  it('names what is wrong with the PDF: not a PDF, encrypted, missing file, unwritable output', async () => {
    const json = jsonFile('empty.json', { format: FORMAT });
    const notPdf = jsonFile('not.pdf', 'hello, I am text');
    const cases = [
      [['apply', notPdf, json, '-o', path.join(temp.folder, 'x.pdf')], /not a PDF/],
      [['apply', corpusPath('pypdf/encrypted_doc_no_id.pdf'), json, '-o', path.join(temp.folder, 'x.pdf')], /encrypted/i],
      [['apply', corpusPath('pypdf/encrypted_doc_no_id.pdf'), json, '-o', path.join(temp.folder, 'x.pdf')], /encrypted/i],
      [['apply', path.join(temp.folder, 'missing.pdf'), json, '-o', path.join(temp.folder, 'x.pdf')], /cannot read the PDF .*missing\.pdf: no such file/],
      [['apply', corpusPath('pdfjs/annotation-line.pdf'), json, '-o', path.join(temp.folder, 'no', 'such', 'folder', 'x.pdf')], /cannot write .*x\.pdf: no such folder/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args);
      assert.equal(result.code, 1, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message);
    }
    assert.ok(!existsSync(path.join(temp.folder, 'x.pdf')));
  });
});

describe('instant-json validate', () => {
  it('prints "valid" and exits 0 for a good document', async () => {
    const result = await runCli(['validate', jsonFile('good.json', byPdf('pdfjs/annotation-line.pdf').json)]);
    assert.deepEqual([result.code, result.stdout], [0, 'valid\n']);
  });

  it('prints every problem on a line of its own, starting with its JSON path, and exits 1', async () => {
    const rect = (id, extra = {}) => ({ v: 2, id, type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [10, 10, 50, 50], opacity: 1, strokeColor: '#000000', strokeWidth: 1, ...extra });
    const json = {
      format: FORMAT,
      pdfId: { permanent: 42, changing: 'AAAAAAAAAAAAAAAAAAAAAA==' },
      annotations: [rect('a'), rect('b', { bbox: [0, 0, 10] }), rect('c', { strokeColor: 'red' }), rect('a'), rect('d', { pageIndex: 5 })],
      attachments: { img: { binary: 7 } },
    };
    const result = await runCli(['validate', jsonFile('many.json', json), '--pdf', corpusPath('pdfjs/annotation-line.pdf')]);
    assert.equal(result.code, 1);
    const paths = result.stdout.trim().split('\n').map((line) => line.slice(0, line.indexOf(': ')));
    for (const wanted of ['pdfId.permanent', 'annotations[1].bbox', 'annotations[2].strokeColor', 'annotations[3].id', 'annotations[4].pageIndex', 'attachments.img.binary']) {
      assert.ok(paths.includes(wanted), `no line for ${wanted}:\n${result.stdout}`);
    }
    assert.ok(!paths.some((p) => p.startsWith('annotations[0]')), `a good record was blamed:\n${result.stdout}`);
    assert.match(result.stdout, /^annotations\[3\]\.id: .*annotations\[0\]/m);
    // Without the PDF, the page index cannot be checked.
    const alone = await runCli(['validate', path.join(temp.folder, 'many.json')]);
    assert.equal(alone.code, 1);
    assert.doesNotMatch(alone.stdout, /annotations\[4\]/);
  });

  it('with --pdf: a pdfId of another PDF is an error at pdfId.permanent', async () => {
    const json = byPdf('pdfjs/annotation-line.pdf').json;
    const result = await runCli(['validate', jsonFile('other.json', json), '--pdf', corpusPath('qpdf/annotations-rotated-90.pdf')]);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^pdfId\.permanent: ".+" does not match the PDF's trailer \/ID\[0\] ".+"/m);
    const own = await runCli(['validate', path.join(temp.folder, 'other.json'), '--pdf', corpusPath('pdfjs/annotation-line.pdf')]);
    assert.deepEqual([own.code, own.stdout], [0, 'valid\n']);
  });

  it('text that is not JSON, or not Instant JSON, is one problem at the document', async () => {
    const broken = await runCli(['validate', jsonFile('broken.json', '{"format": ')]);
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /^\(document\): not valid JSON text/);
    const other = await runCli(['validate', jsonFile('other-format.json', { format: 'something else', annotations: 5 })]);
    assert.equal(other.code, 1);
    assert.deepEqual(other.stdout.trim().split('\n').length, 1, other.stdout);
    assert.match(other.stdout, /^format: /);
  });
});

describe('instant-json usage', () => {
  it('--help prints the usage and exits 0', async () => {
    for (const args of [['--help'], ['-h'], ['apply', '--help'], ['validate', '--help']]) {
      const result = await runCli(args);
      assert.equal(result.code, 0, args.join(' '));
      assert.match(result.stdout, /^Usage:\n {2}instant-json apply /);
    }
  });

  it('a bad command line prints the usage on stderr and exits 2', async () => {
    const pdf = corpusPath('pdfjs/annotation-line.pdf');
    const json = jsonFile('usage.json', { format: FORMAT });
    const bad = [
      [[], /no command given/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['apply', pdf, json, '-o', path.join(temp.folder, 'u.pdf'), '--flattn'], /unknown option --flattn/],
      [['apply', pdf, json], /apply needs -o <out\.pdf>/],
      [['apply', pdf, '-o', path.join(temp.folder, 'u.pdf')], /apply takes <in\.pdf> <changes\.json>, got 1/],
      [['validate', json, '--pdf'], /--pdf/],
      [['apply', pdf, json, '-o', path.join(temp.folder, 'u.pdf'), '--quiet', '--progress'], /contradict/],
    ];
    for (const [args, message] of bad) {
      const result = await runCli(args);
      assert.equal(result.code, 2, `${args.join(' ')} → ${result.code}: ${result.stderr}`);
      assert.match(result.stderr, message);
      assert.match(result.stderr, /Usage:/);
      assert.equal(result.stdout, '');
    }
    assert.ok(!existsSync(path.join(temp.folder, 'u.pdf')));
  });
});
