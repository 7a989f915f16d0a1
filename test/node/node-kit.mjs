// Helpers of the Node tests (node --test test/node/): the corpus, the cases
// of writer-cases.json, running the `instant-json` command, and reading saved
// PDFs back with the writer's own PDF library (pdf.js needs a DOM).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from '@cantoo/pdf-lib';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(ROOT, 'bin', 'instant-json.mjs');
export const CORPUS = path.join(ROOT, '..', 'shared', 'corpus', 'pdf');
export const FORMAT = 'https://pspdfkit.com/instant-json/v1';

/** The cases shared with test/pdf-writer/node-parity.test.ts. */
export function writerCases() {
  return JSON.parse(readFileSync(path.join(ROOT, 'test', 'node', 'writer-cases.json'), 'utf8')).cases;
}

export function corpusPath(file) {
  return path.join(CORPUS, file);
}

export function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

/** A fresh temporary folder, removed by the returned function. */
export function temporaryFolder() {
  const folder = mkdtempSync(path.join(tmpdir(), 'instant-json-test-'));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * Runs `instant-json <args>`; resolves with its exit code and output.
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export function runCli(args, { timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`instant-json ${args.join(' ')}: no exit within ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The offset after the last `startxref`. */
export function lastStartXref(bytes) {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  const matches = [...tail.matchAll(/startxref\s+(\d+)/g)];
  if (matches.length === 0) throw new Error('no startxref');
  return Number(matches.at(-1)[1]);
}

/** The /Prev of the cross-reference section (table or stream) at the last startxref. */
export function lastPrev(bytes) {
  const at = lastStartXref(bytes);
  const text = Buffer.from(bytes.subarray(at, Math.min(bytes.length, at + 4096))).toString('latin1');
  const match = /\/Prev\s+(\d+)/.exec(text.slice(0, text.indexOf('stream') >= 0 ? text.indexOf('stream') : undefined));
  return match ? Number(match[1]) : null;
}

function textOf(object) {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
}

/**
 * What a reader finds in a PDF: page count, trailer /ID (hex) and each
 * page's annotations with their /Subtype, /NM, /Contents, object number and
 * whether they have a normal appearance.
 */
export async function readBack(bytes) {
  const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  const pages = doc.getPages().map((page) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    const refs = annots instanceof PDFArray ? annots.asArray() : [];
    const annotations = refs.map((ref) => {
      const dict = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
      if (!(dict instanceof PDFDict)) return { objectNumber: ref instanceof PDFRef ? ref.objectNumber : undefined };
      const subtype = dict.lookup(PDFName.of('Subtype'));
      const ap = dict.lookup(PDFName.of('AP'));
      return {
        objectNumber: ref instanceof PDFRef ? ref.objectNumber : undefined,
        subtype: subtype instanceof PDFName ? subtype.decodeText() : undefined,
        nm: textOf(dict.lookup(PDFName.of('NM'))),
        contents: textOf(dict.lookup(PDFName.of('Contents'))),
        hasAppearance: ap instanceof PDFDict && ap.get(PDFName.of('N')) !== undefined,
      };
    });
    return { annotations, contentLength: contentLength(doc, page) };
  });
  const id = doc.context.trailerInfo.ID;
  const idArray = id instanceof PDFRef ? doc.context.lookup(id) : id;
  const ids = idArray instanceof PDFArray ? idArray.asArray().map((item) => Buffer.from(item.asBytes()).toString('hex')) : null;
  return { pageCount: pages.length, pages, id: ids };
}

/** Bytes of a page's content streams (as stored), a measure of what is drawn into it. */
function contentLength(doc, page) {
  const contents = page.node.get(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  return streams.reduce((sum, ref) => {
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
    return sum + (stream?.getContentsSize?.() ?? 0);
  }, 0);
}
