/**
 * Free text saved by applyInstantJson and reopened with pdf.js: text in
 * every script visible in the appearance, the dictionary's entries as
 * pdf.js and our reader read them back, and the text placed where the
 * viewer places it (wrapping, alignment, rotation), compared on pixels.
 *
 * Page points: Instant JSON coordinates (top-left of the page, y down); the
 * test page is 400 × 300, so user space is x = px, y = 300 − py.
 */
import { expect } from '@open-wc/testing';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Rect, TextAnnotation } from '../../src/model/index.js';
import { readPageAnnotations } from '../../src/pdf/annotation-reader.js';
import { FontLoadError } from '../../src/pdf-writer/fonts/create-text-fonts.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { loadPdfLib, type PDFDict } from '../../src/pdf-writer/pdf-lib.js';
import { blankPdf, blankViewer, draw, frameOf, pagePixels, type BlankPage } from '../helpers/annotation-kit.js';
import { embedsFontFile, isDark, renderPage, type InkBox, type Rgba, withSaved } from '../helpers/pdf-text-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import { afterEach, describe, it } from '../model/mocha.js';
import { instantJson, sameBytes } from './writer-kit.js';

const PAGE: BlankPage = { width: 400, height: 300 };

let serial = 0;
function freeText(bbox: Rect, text: string | TextAnnotation['text'], extra: Partial<TextAnnotation> = {}): TextAnnotation {
  serial += 1;
  return {
    v: 2,
    id: `01HTEXT${String(serial).padStart(19, '0')}`,
    type: 'pspdfkit/text',
    pageIndex: 0,
    bbox,
    opacity: 1,
    createdAt: '2024-05-01T10:00:00Z',
    updatedAt: '2024-05-01T10:00:00Z',
    text: typeof text === 'string' ? { format: 'plain', value: text } : text,
    fontSize: 16,
    fontColor: '#000000',
    horizontalAlign: 'left',
    verticalAlign: 'top',
    ...extra,
  } as TextAnnotation;
}

async function save(records: TextAnnotation[], options: Parameters<typeof applyInstantJson>[2] = {}): Promise<Uint8Array> {
  return applyInstantJson(blankPdf([PAGE]), instantJson({ annotations: records }), options);
}

interface PdfjsFreeText {
  subtype: string;
  rect: number[];
  hasAppearance: boolean;
  textContent?: string[];
  defaultAppearanceData?: { fontName: string; fontSize: number; fontColor: Uint8ClampedArray };
  color: Uint8ClampedArray | null;
  rotation: number;
  borderStyle: { width: number; style: number };
}

/** What pdf.js and our reader make of the saved page, and pdf.js's rendering. */
async function readBack(bytes: Uint8Array) {
  return withSaved(bytes, async (opened) => {
    const page = await opened.document.getPage(1);
    const pdfjs = (await page.getAnnotations()) as PdfjsFreeText[];
    const records = await readPageAnnotations(opened.document, 0);
    const rendered = await renderPage(opened);
    return { pdfjs, records: records as unknown as Record<string, unknown>[], rendered };
  });
}

/** The raw dictionaries of page 1's annotations. */
async function rawDicts(bytes: Uint8Array): Promise<{ dicts: PDFDict[]; get(dict: PDFDict, key: string): unknown }> {
  const lib = await loadPdfLib();
  const doc = await lib.PDFDocument.load(bytes, { updateMetadata: false });
  const annots = doc.getPage(0).node.Annots()!;
  const dicts = Array.from({ length: annots.size() }, (_, i) => annots.lookup(i, lib.PDFDict));
  const value = (object: unknown): unknown => {
    if (object instanceof lib.PDFNumber) return object.asNumber();
    if (object instanceof lib.PDFName) return object.asString();
    if (object instanceof lib.PDFBool) return object.asBoolean();
    if (object instanceof lib.PDFString || object instanceof lib.PDFHexString) return object.decodeText();
    if (object instanceof lib.PDFArray) return object.asArray().map((item) => value(item));
    if (object instanceof lib.PDFDict) return Object.fromEntries([...object.entries()].map(([key, item]) => [key.asString().slice(1), value(item)]));
    return object;
  };
  return { dicts, get: (dict, key) => value(dict.lookup(lib.PDFName.of(key))) };
}

/** The ink of the viewer's own drawing of `record` inside `area` (page points), read from a screenshot. */
async function viewerInk(viewer: InstantPdfViewer, record: TextAnnotation, area: Rect): Promise<InkBox | null> {
  await draw(viewer, record);
  const pixels = await pagePixels(viewer, 0, frameOf(PAGE));
  const [left, top, width, height] = area;
  let box: InkBox | null = null;
  const step = 0.25;
  for (let y = top; y < top + height; y += step) {
    for (let x = left; x < left + width; x += step) {
      const rgba = pixels.at([x, y]);
      if (!isDark(rgba)) continue;
      box = box
        ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x + step), bottom: Math.max(box.bottom, y + step) }
        : { left: x, top: y, right: x + step, bottom: y + step };
    }
  }
  return box;
}

/** How much of `ink` covers white at a pixel (0–1). */
function coverage(rgba: readonly number[], ink: string): number {
  const value = parseInt(ink.slice(1), 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  const direction = channels.map((channel) => channel - 255);
  const length = direction.reduce((sum, d) => sum + d * d, 0);
  return direction.reduce((sum, d, i) => sum + (rgba[i]! - 255) * d, 0) / length;
}

/** Runs [start, end) along 0..length (sampled every `step`) where `inked` holds. */
function runs(inked: (t: number) => boolean, length: number, step: number): [number, number][] {
  const found: [number, number][] = [];
  let start: number | undefined;
  for (let t = step / 2; t < length; t += step) {
    if (inked(t)) start ??= t - step / 2;
    else if (start !== undefined) {
      found.push([start, t - step / 2]);
      start = undefined;
    }
  }
  if (start !== undefined) found.push([start, length]);
  return found;
}

/** The box of dark pixels in `area` (page points), sampled every `step` points; null when there are none. */
function inkIn(at: (x: number, y: number) => Rgba, area: Rect, step: number): InkBox | null {
  const [left, top, width, height] = area;
  let box: InkBox | null = null;
  for (let y = top + step / 2; y < top + height; y += step) {
    for (let x = left + step / 2; x < left + width; x += step) {
      if (!isDark(at(x, y))) continue;
      const [l, t] = [x - step / 2, y - step / 2];
      box = box
        ? { left: Math.min(box.left, l), top: Math.min(box.top, t), right: Math.max(box.right, l + step), bottom: Math.max(box.bottom, t + step) }
        : { left: l, top: t, right: l + step, bottom: t + step };
    }
  }
  return box;
}

function expectNear(actual: InkBox, expected: InkBox, tolerance: number, what: string): void {
  for (const side of ['left', 'top', 'right', 'bottom'] as const) {
    expect(Math.abs(actual[side] - expected[side]), `${what}: ${side} ${actual[side].toFixed(2)} vs viewer ${expected[side].toFixed(2)}`).to.be.at.most(tolerance);
  }
}

function grow([left, top, width, height]: Rect, by: number): Rect {
  return [left - by, top - by, width + 2 * by, height + 2 * by];
}

describe('free text saved into the PDF', () => {
  afterEach(() => cleanupViewers());

  const samples: [string, string][] = [
    ['Greek', 'Γειά σου κόσμε'],
    ['Cyrillic', 'Здравствуй, мир'],
    ['CJK', '你好世界'],
    ['Arabic', 'مرحبا بالعالم'],
  ];
  for (const [script, sample] of samples) {
    it(`shows ${script} text in the saved file (appearance pixels and text)`, async () => {
      const bbox: Rect = [40, 40, 240, 40];
      const bytes = await save([freeText(bbox, sample, { fontSize: 20 })]);
      const { pdfjs, records, rendered } = await readBack(bytes);
      expect(pdfjs[0]!.subtype).to.equal('FreeText');
      expect(pdfjs[0]!.hasAppearance).to.equal(true);
      const dark = rendered.count(bbox, isDark);
      console.log(`${script}: ${dark} dark pixels in the box, file ${bytes.length} bytes`);
      expect(dark, 'dark glyph pixels inside the box').to.be.greaterThan(200);
      expect(rendered.count(grow(bbox, 40), isDark) - dark, 'nothing drawn outside the box').to.equal(0);
      expect(pdfjs[0]!.textContent!.join(' '), 'text of the appearance').to.equal(sample);
      expect((records[0]!['text'] as { value: string }).value, '/Contents read back').to.equal(sample);
      expect(embedsFontFile(bytes)).to.equal(true);
    });
  }

  it('keeps text in any script when flattened into the page', async () => {
    const bbox: Rect = [40, 40, 300, 40];
    const bytes = await save([freeText(bbox, 'Ωμέγα 你好 مرحبا', { fontSize: 20 })], { flatten: true });
    await withSaved(bytes, async (opened) => {
      const page = await opened.document.getPage(1);
      expect(await page.getAnnotations()).to.have.length(0);
      const text = await page.getTextContent();
      expect(text.items.map((item) => ('str' in item ? item.str : '')).join('')).to.equal('Ωμέγα 你好 مرحبا');
      const rendered = await renderPage(opened);
      expect(rendered.count(bbox, isDark)).to.be.greaterThan(300);
    });
  });

  it('sets Latin text in a standard font, embedding no font file', async () => {
    const bytes = await save([freeText([40, 40, 240, 40], 'Grüße, naïve café — 5 €')]);
    expect(embedsFontFile(bytes)).to.equal(false);
    const { pdfjs, rendered } = await readBack(bytes);
    expect(pdfjs[0]!.textContent!.join(' ')).to.equal('Grüße, naïve café — 5 €');
    expect(rendered.count([40, 40, 240, 40], isDark)).to.be.greaterThan(200);
  });

  it('writes the same bytes for the same input', async () => {
    const records = [
      freeText([20, 20, 200, 60], 'Καλημέρα 你好 مرحبا', { fontStyle: ['bold'] }),
      freeText([20, 100, 200, 60], 'Plain Latin', { backgroundColor: '#ffff00', borderStyle: 'dashed', borderWidth: 2 }),
    ];
    const first = await save(records);
    const second = await save(records);
    expect(sameBytes(first, second)).to.equal(true);
  });

  it('writes /DA, /DS, /Q, /C, /BS, /BE, /Contents and /RC, read back by pdf.js and our reader', async () => {
    const bytes = await save([
      freeText([40, 40, 200, 80], 'Centred\nsecond line', {
        fontSize: 12,
        fontColor: '#0000ff',
        horizontalAlign: 'center',
        backgroundColor: '#ffee00',
        borderStyle: 'dashed',
        borderWidth: 2,
        cloudyBorderIntensity: 1,
        font: 'Times New Roman',
        fontStyle: ['bold', 'italic'],
      }),
    ]);
    const { pdfjs, records } = await readBack(bytes);
    const data = pdfjs[0]!;
    expect(data.defaultAppearanceData!.fontName).to.equal('TiBI');
    expect(data.defaultAppearanceData!.fontSize).to.equal(12);
    expect([...data.defaultAppearanceData!.fontColor]).to.deep.equal([0, 0, 255]);
    expect([...data.color!]).to.deep.equal([255, 238, 0]);
    expect(data.borderStyle.width).to.equal(2);
    const raw = await rawDicts(bytes);
    const dict = raw.dicts[0]!;
    expect(raw.get(dict, 'DA')).to.equal('/TiBI 12 Tf 0 0 1 rg');
    expect(raw.get(dict, 'Q')).to.equal(1);
    // The viewer paints 2 pt as 2 whole pixels at 100 %: dashes of 3 and gaps of 2 of those pixels.
    expect(raw.get(dict, 'BS')).to.deep.equal({ W: 2, S: '/D', D: [4.5, 3] });
    expect(raw.get(dict, 'BE')).to.deep.equal({ S: '/C', I: 1 });
    expect(raw.get(dict, 'DS')).to.equal('font: italic bold 12pt Times; text-align:center; color:#0000FF');
    expect(raw.get(dict, 'RC')).to.contain('<p>Centred</p><p>second line</p>');
    expect(raw.get(dict, 'IT')).to.equal(undefined);
    expect(new TextDecoder('latin1').decode(bytes)).to.match(/\/BaseFont \/Times-BoldItalic\b/);
    const record = records[0]!;
    console.log(JSON.stringify((pdfjs[0] as unknown as { richText: unknown }).richText));
    expect(record['horizontalAlign']).to.equal('center');
    expect(record['fontColor']).to.equal('#0000ff');
    expect(record['fontSize']).to.equal(12);
    expect(record['backgroundColor']).to.equal('#ffee00');
    expect(record['borderStyle']).to.equal('dashed');
    expect((record['text'] as { value: string }).value).to.equal('Centred\nsecond line');
  });

  it('writes a callout as /IT /FreeTextCallout with /CL, /LE and /RD, and draws its line and arrow', async () => {
    const bbox: Rect = [40, 40, 300, 160];
    const record = freeText(bbox, 'Look here', {
      fontColor: '#000000',
      borderStyle: 'solid',
      borderWidth: 2,
      backgroundColor: '#ffffff',
      callout: { start: [50, 190], knee: [120, 120], end: [200, 80], cap: 'openArrow', innerRectInset: [160, 10, 10, 110] },
    });
    const bytes = await save([record]);
    const raw = await rawDicts(bytes);
    const dict = raw.dicts[0]!;
    expect(raw.get(dict, 'IT')).to.equal('/FreeTextCallout');
    expect(raw.get(dict, 'CL')).to.deep.equal([50, 110, 120, 180, 200, 220]);
    expect(raw.get(dict, 'LE')).to.equal('/OpenArrow');
    const rect = raw.get(dict, 'Rect') as number[];
    const rd = raw.get(dict, 'RD') as number[];
    // The text box is the bbox inset by innerRectInset, whatever /Rect grew by for the arrow.
    expect([rect[0]! + rd[0]!, rect[3]! - rd[1]!, rect[2]! - rd[2]!, rect[1]! + rd[3]!].map((v) => Math.round(v * 100) / 100)).to.deep.equal([200, 250, 330, 210]);
    const { rendered, pdfjs } = await readBack(bytes);
    expect(pdfjs[0]!.textContent!.join(' ')).to.equal('Look here');
    // The line's middle segment, from the knee to the box: dark.
    expect(rendered.count([158, 98, 4, 4], isDark), 'callout line').to.be.greaterThan(3);
    // Near the arrow's tip at the start.
    expect(rendered.count([48, 184, 8, 8], isDark), 'arrow at the start').to.be.greaterThan(3);
    // The text is in the inner box, not at the bbox's corner.
    const ink = rendered.ink([200, 50, 130, 100])!;
    expect(ink.left).to.be.within(200, 210);
  });

  it('turns rotated text (/Rotate and an appearance drawn turned)', async () => {
    // A box 40 wide and 200 tall holding text turned 90° counterclockwise: it reads bottom to top.
    const bbox: Rect = [100, 50, 40, 200];
    const bytes = await save([freeText(bbox, 'Rotated text', { rotation: 90, fontSize: 20 })]);
    const { pdfjs, records, rendered } = await readBack(bytes);
    expect(pdfjs[0]!.rotation).to.equal(90);
    expect(records[0]!['rotation']).to.equal(90);
    const ink = rendered.ink(grow(bbox, 20))!;
    expect(ink.bottom - ink.top, 'taller than wide').to.be.greaterThan((ink.right - ink.left) * 3);
    // Upright text starting at the top-left of the (upright) box ends up along the box's left side, from the bottom.
    expect(ink.left).to.be.within(100, 106);
    expect(ink.bottom).to.be.within(240, 251);
  });

  it('writes xhtml text as plain text in the appearance and /Contents, and the markup in /RC', async () => {
    const value = '<p>Hello <b>bold</b> &amp; <i>brave</i></p><p>2nd<script>alert(1)</script> line</p>';
    const bytes = await save([freeText([40, 40, 300, 80], { format: 'xhtml', value })]);
    const { pdfjs, records } = await readBack(bytes);
    expect(pdfjs[0]!.textContent).to.deep.equal(['Hello bold & brave', '2nd line']);
    expect((records[0]!['text'] as { value: string }).value).to.equal('Hello bold & brave\n2nd line');
    const raw = await rawDicts(bytes);
    expect(raw.get(raw.dicts[0]!, 'RC')).to.contain(value);
  });

  it('draws bold and italic faces: standard ones for Latin, emboldened and slanted embedded ones otherwise', async () => {
    const bytes = await save([
      freeText([20, 20, 300, 30], 'Bold Latin', { fontStyle: ['bold'] }),
      freeText([20, 60, 300, 30], 'Жирный', { fontStyle: ['bold'] }),
      freeText([20, 100, 300, 30], '粗体', { fontStyle: ['bold', 'italic'] }),
    ]);
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text).to.match(/\/BaseFont \/Helvetica-Bold\b/);
    expect(text).to.match(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    const { rendered, pdfjs } = await readBack(bytes);
    expect(pdfjs.map((item) => item.textContent!.join(''))).to.deep.equal(['Bold Latin', 'Жирный', '粗体']);
    const regular = await readBack(await save([freeText([20, 100, 300, 30], '粗体')]));
    const boldInk = rendered.count([20, 100, 300, 30], isDark);
    const regularInk = regular.rendered.count([20, 100, 300, 30], isDark);
    console.log(`CJK ink: regular ${regularInk}, synthetic bold italic ${boldInk}`);
    expect(boldInk).to.be.greaterThan(regularInk * 1.15);
  });

  it('applies the opacity to the whole box', async () => {
    const bytes = await save([freeText([40, 40, 200, 60], '', { backgroundColor: '#0000ff', opacity: 0.5 })]);
    const { rendered } = await readBack(bytes);
    const [r, g, b] = rendered.at(140, 70);
    expect(r).to.be.within(120, 135);
    expect(g).to.be.within(120, 135);
    expect(b).to.equal(255);
  });

  it('shrinks text that does not fit a box marked isFitting, and clips nothing', async () => {
    const bbox: Rect = [40, 40, 120, 40];
    const long = 'This text is far too long for its small box';
    const fitted = await readBack(await save([freeText(bbox, long, { isFitting: true, fontSize: 16 })]));
    expect(fitted.pdfjs[0]!.defaultAppearanceData!.fontSize).to.be.below(16);
    expect(fitted.pdfjs[0]!.textContent!.join(' ')).to.equal(long);
    const plain = await readBack(await save([freeText(bbox, long, { fontSize: 16 })]));
    expect(plain.pdfjs[0]!.defaultAppearanceData!.fontSize).to.equal(16);
  });

  it('rejects with an error naming a host font that cannot be loaded', async () => {
    let error: unknown;
    try {
      await save([freeText([40, 40, 200, 40], 'Ωμέγα')], { fonts: ['/src/fonts/missing-font.ttf'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(FontLoadError);
    expect((error as Error).message).to.contain('host font 1').and.to.contain('missing-font.ttf');
  });

  it('uses a host font before the bundled ones', async () => {
    const dejaVu = new Uint8Array(await (await fetch('/src/fonts/DejaVuSans-Bold.ttf')).arrayBuffer());
    const bytes = await save([freeText([40, 40, 200, 40], 'Ωμέγα')], { fonts: [dejaVu] });
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text).to.match(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(text).not.to.match(/\+DejaVuSans(?!-)/);
  });

  describe('places text where the viewer does', () => {
    const cases: [string, Partial<TextAnnotation>][] = [
      ['left, top', { horizontalAlign: 'left', verticalAlign: 'top' }],
      ['centre, centre', { horizontalAlign: 'center', verticalAlign: 'center' }],
      ['right, bottom', { horizontalAlign: 'right', verticalAlign: 'bottom' }],
      ['with a border and background', { borderStyle: 'solid', borderWidth: 3, backgroundColor: '#ffffcc', horizontalAlign: 'right' }],
    ];
    for (const [name, extra] of cases) {
      it(`wraps and aligns: ${name}`, async () => {
        const bbox: Rect = [50, 60, 180, 120];
        const record = freeText(bbox, 'The quick brown fox jumps over the lazy dog and keeps running', {
          font: 'Helvetica',
          fontSize: 16,
          ...extra,
        });
        const inner: Rect = extra.borderWidth ? grow(bbox, -extra.borderWidth - 0.5) : bbox;
        const viewer = await blankViewer([PAGE]);
        const live = await viewerInk(viewer, record, inner);
        const { rendered } = await readBack(await save([record]));
        const saved = rendered.ink(inner)!;
        console.log(
          `${name}: saved ink [${[saved.left, saved.top, saved.right, saved.bottom].map((v) => v.toFixed(1))}], viewer [${[live!.left, live!.top, live!.right, live!.bottom].map((v) => v.toFixed(1))}]`,
        );
        expectNear(saved, live!, 2, name);
      });
    }

    it('a rotated box', async () => {
      const bbox: Rect = [150, 40, 60, 220];
      const record = freeText(bbox, 'Turned a quarter', { font: 'Helvetica', rotation: 90, fontSize: 18, horizontalAlign: 'center' });
      const viewer = await blankViewer([PAGE]);
      const live = await viewerInk(viewer, record, bbox);
      const { rendered } = await readBack(await save([record]));
      expectNear(rendered.ink(bbox)!, live!, 2, 'rotated');
    });

    /**
     * Ink boxes of records as the viewer draws them at `zoom` and as pdf.js
     * renders the saved file at the same scale (page points, y down).
     */
    async function inkAtZoom(page: BlankPage, records: TextAnnotation[], zoom: number): Promise<{ live: InkBox; saved: InkBox }[]> {
      const scale = (zoom * 96) / 72;
      const viewer = await blankViewer([page], { zoom: String(zoom) }, { width: 1000, height: 700 });
      for (const record of records) await draw(viewer, record);
      const pixels = await pagePixels(viewer, 0, frameOf(page));
      const areas = records.map((record) => grow(record.bbox, 3));
      const live = areas.map((area) => inkIn((x, y) => pixels.at([x, y]), area, 1 / scale)!);
      const bytes = await applyInstantJson(blankPdf([page]), instantJson({ annotations: records }));
      const saved = await withSaved(bytes, async (opened) => {
        const rendered = await renderPage(opened, scale);
        return areas.map((area) => rendered.ink(area)!);
      });
      return records.map((_, index) => ({ live: live[index]!, saved: saved[index]! }));
    }

    const describeBox = (box: InkBox) => `[${[box.left, box.top, box.right, box.bottom].map((v) => v.toFixed(2)).join(', ')}]`;

    it('sets baselines where the viewer\'s CSS line box does (Arial/Liberation metrics), at the bottom as at the top', async () => {
      // Helvetica, Times and Courier are drawn by the browser with Arial, Times New Roman and Courier New or
      // their Liberation clones; the URW clones' metrics put the saved text 1.3 pt (Helvetica 12) to 2.3 pt
      // (Courier 14) higher than the viewer's.
      const page: BlankPage = { width: 220, height: 100 };
      const records = [
        freeText([10, 10, 95, 40], 'Right', { font: 'Courier', fontSize: 14, fontColor: '#283593', horizontalAlign: 'right', verticalAlign: 'bottom' }),
        freeText([115, 10, 95, 40], 'Dashed', { font: 'Helvetica', fontSize: 12 }),
        freeText([10, 55, 95, 40], 'Hello, PDF', { font: 'Times', fontSize: 14, verticalAlign: 'center' }),
        freeText([115, 55, 95, 40], 'Two\nlines', { font: 'Helvetica', fontSize: 14, verticalAlign: 'bottom' }),
      ];
      const boxes = await inkAtZoom(page, records, 3);
      boxes.forEach(({ live, saved }, index) => {
        const name = `${records[index]!.font} ${records[index]!.verticalAlign}`;
        console.log(`${name}: saved ink ${describeBox(saved)}, viewer ${describeBox(live)}`);
        expect(Math.abs(saved.top - live.top), `${name}: top`).to.be.at.most(0.4);
        expect(Math.abs(saved.bottom - live.bottom), `${name}: bottom`).to.be.at.most(0.4);
        expect(Math.abs(saved.left - live.left), `${name}: left`).to.be.at.most(0.4);
        expect(Math.abs(saved.right - live.right), `${name}: right`).to.be.at.most(0.4);
      });
    });

    it('turns text a quarter turn with the viewer\'s baseline: the glyphs\' up side lands where the viewer\'s does', async () => {
      // Turned 90°, the glyphs' up side faces the page's left; a baseline 1.3 pt too high moved the text 1.3 pt left.
      const page: BlankPage = { width: 160, height: 100 };
      const records = [
        freeText([20, 5, 30, 80], 'Turned', { font: 'Helvetica', fontSize: 12, rotation: 90 }),
        freeText([80, 5, 30, 80], 'Turned', { font: 'Helvetica', fontSize: 12, rotation: 270 }),
      ];
      const boxes = await inkAtZoom(page, records, 3);
      boxes.forEach(({ live, saved }, index) => {
        const name = `turned ${records[index]!.rotation}°`;
        console.log(`${name}: saved ink ${describeBox(saved)}, viewer ${describeBox(live)}`);
        // Across the lines (the page's x): where the baseline is.
        expect(Math.abs(saved.left - live.left), `${name}: left`).to.be.at.most(0.4);
        expect(Math.abs(saved.right - live.right), `${name}: right`).to.be.at.most(0.4);
        // Along the line, the rasterisers of turned glyphs differ by a pixel or so.
        expect(Math.abs(saved.top - live.top), `${name}: top`).to.be.at.most(0.75);
        expect(Math.abs(saved.bottom - live.bottom), `${name}: bottom`).to.be.at.most(0.75);
      });
    });

    it('dashes a border as the browser paints the viewer\'s CSS dashed border at 100 %: same dashes, corner to corner', async () => {
      const page: BlankPage = { width: 200, height: 130 };
      const records = [
        freeText([20, 20, 95, 40], 'Dashed', { font: 'Helvetica', fontSize: 12, fontColor: '#283593', borderStyle: 'dashed', borderWidth: 1 }),
        freeText([20, 75, 150, 40], '', { fontColor: '#283593', borderStyle: 'dashed', borderWidth: 2 }),
      ];
      const scale = 96 / 72;
      const viewer = await blankViewer([page], { zoom: '1' }, { width: 1000, height: 700 });
      for (const record of records) await draw(viewer, record);
      const pixels = await pagePixels(viewer, 0, frameOf(page));
      const bytes = await applyInstantJson(blankPdf([page]), instantJson({ annotations: records }));
      // The saved border drawn large, so its dashes are exact.
      const savedScale = 4;
      await withSaved(bytes, async (opened) => {
        const rendered = await renderPage(opened, savedScale);
        for (const record of records) {
          const [left, top, width, height] = record.bbox;
          // The border is in the text's colour (the record names no other).
          const inkedBand = (at: (x: number, y: number) => Rgba, across: (t: number) => [number, number][]) => (t: number) =>
            across(t).some(([x, y]) => coverage(at(x, y), record.fontColor) > 0.5);
          // A side's dashes: runs of ink along a band as wide as the border, clear of the text.
          const sides = {
            top: (t: number): [number, number][] => [0.2, 0.5, 0.8].map((f) => [left + t, top + f * (record.borderWidth ?? 1)]),
            left: (t: number): [number, number][] => [0.2, 0.5, 0.8].map((f) => [left + f * (record.borderWidth ?? 1), top + t]),
          };
          for (const [side, across] of Object.entries(sides)) {
            const length = side === 'top' ? width : height;
            const live = runs(inkedBand((x, y) => pixels.at([x, y]), across), length, 1 / scale);
            const saved = runs(inkedBand((x, y) => rendered.at(x, y), across), length, 1 / savedScale);
            const name = `${record.borderWidth} pt, ${side} side`;
            console.log(`${name}: ${live.length} dashes in the viewer, ${saved.length} saved; viewer ${JSON.stringify(live.slice(0, 4).map((r) => r.map((v) => +v.toFixed(2))))}…, saved ${JSON.stringify(saved.slice(0, 4).map((r) => r.map((v) => +v.toFixed(2))))}…`);
            expect(saved.length, `${name}: dashes`).to.equal(live.length);
            saved.forEach(([start, end], index) => {
              const [liveStart, liveEnd] = live[index]!;
              expect(Math.abs((start + end) / 2 - (liveStart + liveEnd) / 2), `${name}: dash ${index}'s middle`).to.be.at.most(0.75);
            });
          }
        }
      });
    });
  });
});


