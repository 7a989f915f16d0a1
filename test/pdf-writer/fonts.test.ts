/**
 * Fonts for text in any script: text the standard fonts can show stays in
 * them (nothing embedded); Greek, Cyrillic, CJK and Arabic get subsets of
 * the bundled fonts (or the host's), visible in pdf.js's rendering of the
 * saved file and readable from its text content.
 */
import { expect } from '@open-wc/testing';
import { Appearance } from '../../src/pdf-writer/appearance.js';
import { createTextFonts, FontLoadError } from '../../src/pdf-writer/fonts/create-text-fonts.js';
import type { TextStyle } from '../../src/pdf-writer/fonts/text-fonts.js';
import { visualRuns } from '../../src/pdf-writer/fonts/bidi.js';
import { loadPdfLib } from '../../src/pdf-writer/pdf-lib.js';
import { drawTextLines, layoutLines } from '../../src/pdf-writer/text/line-layout.js';
import { breakSegments } from '../../src/pdf-writer/text/line-breaks.js';
import { addWritten, embedsFontFile, isDark, renderPage, withSaved, writingDoc, type RenderedPage } from '../helpers/pdf-text-kit.js';

const BOX: [number, number, number, number] = [40, 40, 300, 60];

/** Saves a PDF with one annotation showing `text` in BOX (y down), drawn by the shared line layout. */
async function textPdf(text: string, options: { size?: number; style?: TextStyle; fonts?: (Uint8Array | string | URL)[] } = {}): Promise<Uint8Array> {
  const writing = await writingDoc(400, 300, { fonts: options.fonts ?? [] });
  const size = options.size ?? 20;
  const [left, top, width, height] = BOX;
  const rect = writing.env.frame.rect(BOX);
  const appearance = new Appearance(rect);
  const style = options.style ?? {};
  const lines = await layoutLines(writing.fonts, text, { size, width, style });
  drawTextLines(appearance, lines, { left, bottom: 300 - top - height, width, height }, { size, color: '#000000', metrics: writing.fonts.metrics(style) });
  addWritten(writing, { subtype: 'FreeText', rect, entries: {}, contents: text, appearance });
  return writing.doc.save({ useObjectStreams: false });
}

async function fontFileSize(bytes: Uint8Array): Promise<number> {
  const lib = await loadPdfLib();
  const doc = await lib.PDFDocument.load(bytes);
  let total = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof lib.PDFDict)) continue;
    for (const key of ['FontFile', 'FontFile2', 'FontFile3']) {
      const file = object.lookupMaybe(lib.PDFName.of(key), lib.PDFStream);
      if (file) total += file.getContentsSize();
    }
  }
  return total;
}

/** What pdf.js reads from the saved file: the free text's lines (from its appearance) and the ink inside the box. */
async function readBack(bytes: Uint8Array) {
  return withSaved(bytes, async (opened) => {
    const page = await opened.document.getPage(1);
    const [annotation] = (await page.getAnnotations()) as { textContent?: string[]; hasAppearance: boolean }[];
    const rendered = await renderPage(opened);
    return {
      hasAppearance: annotation?.hasAppearance,
      textContent: annotation?.textContent ?? [],
      ink: rendered.ink(BOX),
      darkPixels: rendered.count(BOX, isDark),
    };
  });
}

/** Connected areas of dark pixels in BOX bigger than a dot: the separate strokes of the drawn text. */
function strokes(page: RenderedPage): number {
  const [left, top, width, height] = BOX.map((value) => Math.round(value * page.scale)) as [number, number, number, number];
  const dark = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) dark[y * width + x] = isDark(page.at((left + x) / page.scale, (top + y) / page.scale)) ? 1 : 0;
  }
  const seen = new Uint8Array(width * height);
  let count = 0;
  for (let start = 0; start < dark.length; start++) {
    if (!dark[start] || seen[start]) continue;
    let size = 0;
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const at = stack.pop()!;
      size++;
      const [x, y] = [at % width, Math.floor(at / width)];
      for (const [nx, ny] of [[x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]] as const) {
        const next = ny * width + nx;
        if (nx >= 0 && ny >= 0 && nx < width && ny < height && dark[next] && !seen[next]) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    // Dots are a few dozen pixels at this size; letters are thousands.
    if (size > 400) count++;
  }
  return count;
}

describe('text fonts', () => {
  it('sets Latin text in a standard font and embeds no font file', async () => {
    const bytes = await textPdf('Hello, Wörld — 50 €');
    expect(embedsFontFile(bytes)).to.equal(false);
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text).to.match(/\/BaseFont \/Helvetica\b/);
    const read = await readBack(bytes);
    expect(read.textContent.join('')).to.equal('Hello, Wörld — 50 €');
    expect(read.darkPixels).to.be.greaterThan(200);
  });

  const scripts: [string, string][] = [
    ['Greek', 'Καλημέρα κόσμε'],
    ['Cyrillic', 'Привет, мир'],
    ['CJK', '你好世界'],
    ['Arabic', 'مرحبا بالعالم'],
  ];
  for (const [script, sample] of scripts) {
    it(`shows ${script} text in an embedded subset, visible and readable`, async () => {
      const bytes = await textPdf(sample);
      expect(embedsFontFile(bytes), 'a font file').to.equal(true);
      const size = await fontFileSize(bytes);
      console.log(`${script} "${sample}": font file ${size} bytes, PDF ${bytes.length} bytes`);
      expect(size).to.be.below(60_000);
      const read = await readBack(bytes);
      expect(read.hasAppearance).to.equal(true);
      expect(read.darkPixels, 'dark glyph pixels in the box').to.be.greaterThan(150);
      expect(read.ink!.left).to.be.at.least(BOX[0] - 1);
      expect(read.textContent.join('').replace(/\s+/g, ' ')).to.equal(sample);
    });
  }

  it('keeps a CJK subset of a few characters to kilobytes', async () => {
    const bytes = await textPdf('你好世界');
    const size = await fontFileSize(bytes);
    console.log(`CJK subset for 4 characters: ${size} bytes (Noto Sans SC is 10.5 MB)`);
    expect(size).to.be.below(20_000);
  });

  it('joins Arabic letters (shaped) into one connected word', async () => {
    // Four behs join into one stroke; with zero-width non-joiners between them they stand apart.
    const joined = await withSaved(await textPdf('بببب', { size: 40 }), (opened) => renderPage(opened));
    const apart = await withSaved(await textPdf('ب\u200cب\u200cب\u200cب', { size: 40 }), (opened) => renderPage(opened));
    const joinedStrokes = strokes(joined);
    const apartStrokes = strokes(apart);
    console.log(`Arabic: joined word ${joinedStrokes} stroke(s), letters kept apart ${apartStrokes}`);
    expect(joinedStrokes).to.equal(1);
    expect(apartStrokes).to.equal(4);
    const width = (page: RenderedPage) => page.ink(BOX)!.right - page.ink(BOX)!.left;
    expect(width(joined)).to.be.below(width(apart) * 0.7);
  });

  it('puts mixed left-to-right and right-to-left text in visual order', () => {
    expect(visualRuns('abc')).to.deep.equal([{ text: 'abc', rtl: false }]);
    expect(visualRuns('Hi مرحبا you')).to.deep.equal([
      { text: 'Hi ', rtl: false },
      { text: 'مرحبا', rtl: true },
      { text: ' you', rtl: false },
    ]);
    // Numbers inside Arabic read left to right, after the text that precedes them logically (to their right).
    // Each run keeps its logical order: the font's layout draws a right-to-left one reversed.
    expect(visualRuns('عدد 123 كتب')).to.deep.equal([
      { text: ' كتب', rtl: true },
      { text: '123', rtl: false },
      { text: 'عدد ', rtl: true },
    ]);
  });

  it('writes byte-identical files for the same input', async () => {
    const text = 'Grüße Καλημέρα 你好 مرحبا';
    const first = await textPdf(text);
    const second = await textPdf(text);
    expect(first.length).to.equal(second.length);
    expect(first.every((byte, i) => byte === second[i])).to.equal(true);
  });

  it('fails with an error naming a host font that cannot be loaded', async () => {
    const missing = new URL('/src/fonts/no-such-font.ttf', location.href).href;
    let error: unknown;
    try {
      await textPdf('Καλημέρα', { fonts: [missing] });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(FontLoadError);
    expect((error as Error).message).to.contain('host font 1').and.to.contain('no-such-font.ttf').and.to.contain('404');
  });

  it('fails with an error naming a host font that is not a font', async () => {
    let error: unknown;
    try {
      await textPdf('Καλημέρα', { fonts: [new TextEncoder().encode('not a font at all')] });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(FontLoadError);
    expect((error as Error).message).to.contain('host font 1');
  });

  it('draws a character no font has as a visible missing-glyph box, and keeps it in the text', async () => {
    const bytes = await textPdf('😀');
    const read = await readBack(bytes);
    expect(read.darkPixels, 'a box, not a blank').to.be.greaterThan(30);
    expect(read.textContent.join('')).to.equal('😀');
  });

  it('sets every line of a text alike: a Latin line beside a Greek one is in the embedded font too', async () => {
    const lib = await loadPdfLib();
    const fonts = createTextFonts(lib, await lib.PDFDocument.create());
    const [alone] = await fonts.runs('Hello');
    const [beside] = await fonts.runs('Hello', {}, { within: 'Hello\nΚαλημέρα' });
    const [greek] = await fonts.runs('Καλημέρα');
    expect(beside!.font).not.to.equal(alone!.font);
    expect(beside!.font).to.equal(greek!.font);
  });

  it('measures text without setting it, as wide as it is set', async () => {
    const lib = await loadPdfLib();
    const fonts = createTextFonts(lib, await lib.PDFDocument.create());
    for (const text of ['Hello, World', 'Καλημέρα', '你好世界', 'مرحبا بالعالم', 'AV Wa']) {
      const runs = await fonts.runs(text);
      expect(await fonts.width(text), text).to.be.closeTo(runs.reduce((sum, run) => sum + run.width, 0), 1e-9);
    }
    // Standard fonts are measured unkerned, as Tj draws them: "AV" is A + V.
    expect(await fonts.width('AV')).to.be.closeTo((await fonts.width('A')) + (await fonts.width('V')), 1e-9);
  });

  it('breaks lines after spaces, after hyphens inside words, between CJK characters (not before closing punctuation)', () => {
    const words = (text: string) => breakSegments(text).map(({ word, spaces }) => word + spaces);
    expect(words('two  words')).to.deep.equal(['two  ', 'words']);
    expect(words('well-known -5')).to.deep.equal(['well-', 'known ', '-5']);
    expect(words('你好，世界。')).to.deep.equal(['你', '好，', '世', '界。']);
    expect(words('no\u00a0break')).to.deep.equal(['no\u00a0break']);
  });

  it('wraps to a width, cuts a word wider than a line, and keeps empty lines', async () => {
    const lib = await loadPdfLib();
    const fonts = createTextFonts(lib, await lib.PDFDocument.create());
    const size = 10;
    const width = (await fonts.width('aaaa bbbb')) * size + 0.5;
    const lines = await layoutLines(fonts, 'aaaa bbbb cccc\n\nxxxxxxxxxxxxxxxxxxxxxxxx', { size, width });
    expect(lines.map((line) => line.text)).to.deep.equal(['aaaa bbbb', 'cccc', '', 'xxxxxxxxx', 'xxxxxxxxx', 'xxxxxx']);
    for (const line of lines) expect(line.width).to.be.at.most(width);
    expect(await layoutLines(fonts, '', { size })).to.deep.equal([]);
    const unwrapped = await layoutLines(fonts, 'aaaa bbbb cccc', { size });
    expect(unwrapped).to.have.length(1);
  });

  it('fetches a bundled font only when some text needs it', async () => {
    const fetched: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/fonts/')) fetched.push(url.slice(url.lastIndexOf('/') + 1));
      return realFetch(input, init);
    };
    try {
      const fontsFor = async (text: string, style: TextStyle = {}) => {
        fetched.length = 0;
        await textPdf(text, { style });
        return [...fetched];
      };
      expect(await fontsFor('Plain Latin, ÀÉÎ')).to.deep.equal([]);
      expect(await fontsFor('Ελληνικά')).to.deep.equal(['DejaVuSans.ttf']);
      expect(await fontsFor('你好')).to.deep.equal(['NotoSansSC-Regular.ttf']);
      expect(await fontsFor('سلام')).to.deep.equal(['NotoSansArabic-Regular.ttf']);
      expect(await fontsFor('Жирный', { bold: true })).to.deep.equal(['DejaVuSans-Bold.ttf']);
    } finally {
      window.fetch = realFetch;
    }
  });
});
