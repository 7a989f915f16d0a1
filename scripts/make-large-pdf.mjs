// Generates a large, simple PDF for benchmarks: N A4 pages (default 1000), each
// with a heading "Page N", a few lines of real text and a coloured rectangle.
// Deterministic (fixed dates and trailer /ID), fast (fonts embedded once, one
// short content stream per page). Not committed: the benchmark writes it into
// the gitignored `.bench-out/` folder.
//
// Usage: node scripts/make-large-pdf.mjs [pages] [output path]
//        (default: 1000 pages → .bench-out/large-1000.pdf)
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFHexString, PageSizes, StandardFonts, rgb } from 'pdf-lib';

const FIXED_DATE = new Date('2025-01-01T00:00:00Z');
/** Fixed trailer /ID pair ("ipv-large-bench-p", "ipv-large-bench-c"), 16 bytes each. */
export const LARGE_PDF_ID = ['6970762D6C617267652D62656E63682D', '6970762D6C617267652D62656E636843'];

const LINES = [
  'This page was generated for the instant-pdf-viewer benchmark.',
  'Every page carries a heading, a few lines of text and one coloured rectangle,',
  'so that rendering each page costs a little text layout and a little painting.',
  'The benchmark scrolls from the first page to the last and counts live canvases.',
];

/**
 * @param {{ pages?: number }} [options]
 * @returns {Promise<Uint8Array>}
 */
export async function makeLargePdf({ pages = 1000 } = {}) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const body = await doc.embedFont(StandardFonts.TimesRoman);
  const [width, height] = PageSizes.A4;
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage([width, height]);
    page.drawText(`Page ${i}`, { x: 64, y: height - 100, size: 28, font: bold, color: rgb(0.11, 0.36, 0.71) });
    page.drawText(`of ${pages}`, { x: 64, y: height - 124, size: 12, font: body, color: rgb(0.42, 0.45, 0.5) });
    LINES.forEach((line, n) => {
      page.drawText(line, { x: 64, y: height - 170 - n * 18, size: 12, font: body, color: rgb(0.13, 0.15, 0.2) });
    });
    const hue = (i * 37) % 360;
    const [r, g, b] = hslToRgb(hue / 360, 0.6, 0.6);
    page.drawRectangle({
      x: 64,
      y: 120,
      width: width - 128,
      height: 420,
      color: rgb(r, g, b),
      borderColor: rgb(0.13, 0.15, 0.2),
      borderWidth: 1,
    });
    page.drawText(`${i}`, { x: 84, y: 150, size: 48, font: bold, color: rgb(1, 1, 1) });
  }
  doc.setTitle(`instant-pdf-viewer benchmark document (${pages} pages)`);
  doc.setCreator('instant-pdf-viewer scripts/make-large-pdf.mjs');
  doc.setProducer('pdf-lib (https://github.com/Hopding/pdf-lib)');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.context.trailerInfo.ID = doc.context.obj(LARGE_PDF_ID.map((hex) => PDFHexString.of(hex)));
  return doc.save({ useObjectStreams: true, objectsPerTick: Infinity });
}

/** Writes the document to `file` (creating folders) and returns its size in bytes. */
export async function writeLargePdf(file, options) {
  const bytes = await makeLargePdf(options);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return bytes.length;
}

function hslToRgb(h, s, l) {
  const k = (n) => (n + h * 12) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0), f(8), f(4)];
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const pages = Number(process.argv[2] ?? 1000);
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`bad page count: ${process.argv[2]}`);
  const out = path.resolve(process.argv[3] ?? path.join(root, '.bench-out', `large-${pages}.pdf`));
  const started = performance.now();
  const size = await writeLargePdf(out, { pages });
  const ms = Math.round(performance.now() - started);
  console.log(`wrote ${out} (${pages} pages, ${(size / 1024).toFixed(0)} KB, ${ms} ms)`);
}
