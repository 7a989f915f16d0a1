/**
 * Notes, comment markers, comment replies and stamps written into a PDF:
 * what pdf.js reads back from the saved file, what its rendering of their
 * appearance streams shows, the PDF entries themselves (pdf.js hides a
 * note's /Name once it has an appearance and never reports a stamp's), and
 * what our own reader makes of them.
 */
import { expect } from '@open-wc/testing';
import { noteIcon } from '../../src/annotations/note-icons.js';
import { STANDARD_STAMPS } from '../../src/annotations/stamp-types.js';
import { type Annotation, type Comment, NOTE_ICONS, STAMP_TYPES } from '../../src/model/index.js';
import { readPageAnnotations } from '../../src/pdf/annotation-reader.js';
import { ContentBuilder } from '../../src/pdf-writer/content-stream.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { loadPdfLib, type PDFDict } from '../../src/pdf-writer/pdf-lib.js';
import { iconHitRect, NOTE_GLYPHS } from '../../src/annotations/note-glyphs.js';
import { PDF_ICON_NAMES } from '../../src/pdf-writer/writers/markers/note-icon-names.js';
import { appendSvgPath } from '../../src/pdf-writer/writers/markers/svg-path.js';
import { blankPdf } from '../helpers/annotation-kit.js';
import { cleanupViewers, setDeviceScaleFactor } from '../helpers/viewer-fixture.js';
import { afterEach, describe, it } from '../model/mocha.js';
import { agreementWithViewer, bboxOfRect, expectRect, MARKER_PAGE, MARKER_SCALE, region } from './marker-kit.js';
import { closeReopened, countPixels, instantJson, type PdfjsAnnotation, pdfjsAnnotations, renderPage, reopen } from './writer-kit.js';

/** The test page: 400 × 300 points, no crop offset, so a bbox's top is 300 − the /Rect's top. */
const PAGE = MARKER_PAGE;
/** Rendering scale for pixel checks. */
const SCALE = MARKER_SCALE;

type Rgb = [number, number, number];

const near = (target: Rgb, tolerance = 40) => (r: number, g: number, b: number) =>
  Math.abs(r - target[0]) <= tolerance && Math.abs(g - target[1]) <= tolerance && Math.abs(b - target[2]) <= tolerance;
const white = near([255, 255, 255], 8);

function hexRgb(color: string): Rgb {
  const value = parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

let sequence = 0;
/** A record with the base fields filled in. */
function record<T extends object>(fields: T): T & { v: 2; id: string; pageIndex: number } {
  sequence += 1;
  return { v: 2, id: `01JMARKER${String(sequence).padStart(17, '0')}`, pageIndex: 0, ...fields };
}

interface Saved {
  bytes: Uint8Array;
  warnings: string[];
  annotations: PdfjsAnnotation[];
  /** The saved annotation dictionaries by /NM, as pdf-lib parses them. */
  dicts: Map<string, PDFDict>;
  records: Annotation[];
  pixels: ImageData;
}

/** The /NM → annotation dictionary of page 1 of a saved file. */
async function annotationDicts(bytes: Uint8Array): Promise<Map<string, PDFDict>> {
  const lib = await loadPdfLib();
  const doc = await lib.PDFDocument.load(bytes, { updateMetadata: false });
  const dicts = new Map<string, PDFDict>();
  const annots = doc.getPage(0).node.Annots();
  for (let index = 0; index < (annots?.size() ?? 0); index += 1) {
    const dict = annots!.lookup(index, lib.PDFDict);
    const nm = dict.lookup(lib.PDFName.of('NM'));
    if (nm instanceof lib.PDFString || nm instanceof lib.PDFHexString) dicts.set(nm.decodeText(), dict);
  }
  return dicts;
}

async function nameOf(dict: PDFDict | undefined, key: string): Promise<string | undefined> {
  const lib = await loadPdfLib();
  const value = dict?.lookup(lib.PDFName.of(key));
  return value instanceof lib.PDFName ? value.decodeText() : undefined;
}

async function save(records: object[], extra: object = {}): Promise<Saved> {
  const warnings: string[] = [];
  const bytes = await applyInstantJson(blankPdf([PAGE]), instantJson({ annotations: records, ...extra } as never), {
    onWarning: (message) => warnings.push(message),
  });
  const pdf = await reopen(bytes);
  const annotations = await pdfjsAnnotations(pdf, 0);
  const records_ = await readPageAnnotations(pdf.document, 0);
  const { pixels } = await renderPage(pdf.document, 0, { scale: SCALE });
  return { bytes, warnings, annotations, dicts: await annotationDicts(bytes), records: records_, pixels };
}

/** The pdf.js annotation whose /Rect is at the bbox's top-left corner, of a subtype. */
function at(saved: Saved, subtype: string, bbox: readonly number[]): PdfjsAnnotation {
  const found = saved.annotations.find(
    (annotation) => annotation.subtype === subtype && Math.abs(annotation.rect[0] - bbox[0]!) < 0.5 && Math.abs(PAGE.height - annotation.rect[3] - bbox[1]!) < 0.5,
  );
  expect(found, `a ${subtype} at ${bbox.join(',')}`).to.exist;
  return found!;
}

function readBack(saved: Saved, type: string, bbox: readonly number[]): Record<string, unknown> {
  const found = saved.records.find((r) => r.type === type && Math.abs(r.bbox[0] - bbox[0]!) < 0.5 && Math.abs(r.bbox[1] - bbox[1]!) < 0.5);
  expect(found, `our reader reads a ${type} at ${bbox.join(',')}`).to.exist;
  return found as unknown as Record<string, unknown>;
}

/** The bounding box (device pixels) of the pixels in a region that match. */
function extent(image: ImageData, area: ReturnType<typeof region>, matches: (r: number, g: number, b: number) => boolean) {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = Math.floor(area.y); y < area.y + area.height; y += 1) {
    for (let x = Math.floor(area.x); x < area.x + area.width; x += 1) {
      const offset = (y * image.width + x) * 4;
      if (matches(image.data[offset]!, image.data[offset + 1]!, image.data[offset + 2]!)) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
  return { width: maxX - minX + 1, height: maxY - minY + 1 };
}

describe('PDF writer: notes and comment markers', () => {
  afterEach(closeReopened);

  it('writes a note as a Text annotation with its icon name, colour, text, appearance and popup', async () => {
    const bbox = [40, 30, 18, 18];
    const note = record({ type: 'pspdfkit/note', bbox, icon: 'circle', color: '#80ff80', text: { format: 'plain', value: 'Check this figure' } });
    const saved = await save([note]);
    const text = at(saved, 'Text', bbox);
    expectRect(bboxOfRect(text.rect), bbox, 'rect');
    expect([...text.color!]).to.deep.equal([128, 255, 128]);
    expect(text.contentsObj?.str).to.equal('Check this figure');
    expect(text.hasAppearance).to.equal(true);
    expect(text['popupRef'], 'the note has a /Popup').to.be.a('string');
    expect(saved.annotations.some((a) => a.subtype === 'Popup' && a['parentRect'] !== undefined)).to.equal(true);
    expect(await nameOf(saved.dicts.get(note.id), 'Name')).to.equal('Circle');

    const read = readBack(saved, 'pspdfkit/note', bbox);
    expect(read['color']).to.equal('#80ff80');
    expect(read['text']).to.deep.equal({ format: 'plain', value: 'Check this figure' });

    // The icon: mostly the note's green, with the dark ring of the circle icon inside.
    const area = region(bbox);
    const green = countPixels(saved.pixels, area, near([128, 255, 128], 30));
    const dark = countPixels(saved.pixels, area, near([31, 31, 31], 60));
    expect(green / (area.width * area.height), 'share of the icon in the note colour').to.be.greaterThan(0.35);
    expect(dark, 'dark marks').to.be.greaterThan(20);
  });

  it('writes the PDF name of every icon and draws each one', async () => {
    const notes = NOTE_ICONS.map((icon, index) => record({ type: 'pspdfkit/note', bbox: [10 + (index % 7) * 50, 20 + Math.floor(index / 7) * 50, 18, 18], icon, color: '#ffe066', text: { format: 'plain', value: 'x' } }));
    const saved = await save(notes);
    for (const [index, note] of notes.entries()) {
      expect(await nameOf(saved.dicts.get(note.id), 'Name'), note.icon).to.equal(PDF_ICON_NAMES[NOTE_ICONS[index]!]);
      const drawn = countPixels(saved.pixels, region(note.bbox), (r, g, b) => !white(r, g, b));
      expect(drawn, `${note.icon} is drawn`).to.be.greaterThan(100);
    }
  });

  it('reads v1 and XHTML note text as plain /Contents', async () => {
    const v1 = { ...record({ type: 'pspdfkit/note', bbox: [20, 20, 18, 18], color: '#ffe066', text: 'Plain v1 text' }), v: 1 };
    const xhtml = record({ type: 'pspdfkit/note', bbox: [80, 20, 18, 18], color: '#ffe066', text: { format: 'xhtml', value: '<p>First &amp; <b>bold</b></p><p>Second</p>' } });
    const saved = await save([v1, xhtml]);
    expect(at(saved, 'Text', v1.bbox).contentsObj?.str).to.equal('Plain v1 text');
    expect(at(saved, 'Text', xhtml.bbox).contentsObj?.str).to.equal('First & bold\nSecond');
  });

  it('draws the icon at the viewer’s size in the top-left corner of a large bbox, and grows a tiny bbox to hold it', async () => {
    const large = record({ type: 'pspdfkit/note', bbox: [40, 40, 80, 60], color: '#ff0000', text: { format: 'plain', value: 'a' } });
    const tiny = record({ type: 'pspdfkit/note', bbox: [200, 40, 0, 0], color: '#ff0000', text: { format: 'plain', value: 'b' } });
    const saved = await save([large, tiny]);
    expectRect(bboxOfRect(at(saved, 'Text', large.bbox).rect), large.bbox, 'large rect');
    // The viewer's icon is 24 CSS pixels, 18 points.
    expectRect(bboxOfRect(at(saved, 'Text', tiny.bbox).rect), [200, 40, 18, 18], 'tiny rect');
    const red = near([255, 0, 0], 40);
    expect(countPixels(saved.pixels, region([40, 40, 18, 18]), red), 'icon of the large note').to.be.greaterThan(200);
    expect(countPixels(saved.pixels, region([60, 60, 60, 40]), (r, g, b) => !white(r, g, b)), 'rest of the large bbox').to.equal(0);
    expect(countPixels(saved.pixels, region([200, 40, 18, 18]), red), 'icon of the tiny note').to.be.greaterThan(200);
  });

  it('keeps the glyphs the same as the viewer’s icons', () => {
    for (const icon of NOTE_ICONS) {
      const drawn = noteIcon([0, 0, 18, 18], icon, '#ffe066');
      const paths = [...drawn.querySelectorAll('path')].map((path) => path.getAttribute('d'));
      const glyph = NOTE_GLYPHS[icon];
      expect(paths, icon).to.deep.equal([glyph.body, glyph.marks, glyph.dots].filter((d) => d !== undefined));
    }
  });

  it('turns SVG arcs into curves that stay on the circle', () => {
    const content = new ContentBuilder();
    appendSvgPath(content, 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20z');
    const curves = content.toString().split('\n').filter((line) => line.endsWith(' c'));
    expect(curves.length, 'two half circles in quarter pieces').to.equal(4);
    for (const curve of curves) {
      const [, , , , x, y] = curve.split(' ').map(Number);
      expect(Math.hypot(x! - 12, y! - 12), curve).to.be.closeTo(10, 1e-3);
    }
    expect(() => appendSvgPath(new ContentBuilder(), 'M0 0 L1')).to.throw(SyntaxError);
  });

  it('writes a comment marker as a Text annotation: Comment icon, its colour or the viewer’s amber, its text when it has one', async () => {
    const plain = record({ type: 'pspdfkit/comment-marker', bbox: [30, 30, 18, 18] });
    const styled = record({ type: 'pspdfkit/comment-marker', bbox: [90, 30, 18, 18], icon: 'star', color: '#3366ff', text: { format: 'plain', value: 'Thread' } });
    const saved = await save([plain, styled]);
    const plainText = at(saved, 'Text', plain.bbox);
    expect(plainText.hasAppearance).to.equal(true);
    expect([...plainText.color!]).to.deep.equal([255, 194, 26]);
    expect(plainText.contentsObj?.str ?? '').to.equal('');
    expect(plainText['popupRef'], 'no popup without text').to.equal(null);
    expect(await nameOf(saved.dicts.get(plain.id), 'Name')).to.equal('Comment');
    const styledText = at(saved, 'Text', styled.bbox);
    expect([...styledText.color!]).to.deep.equal([51, 102, 255]);
    expect(styledText.contentsObj?.str).to.equal('Thread');
    expect(await nameOf(saved.dicts.get(styled.id), 'Name')).to.equal('Star');
    // No private keys: only what PDF defines.
    expect([...saved.dicts.get(styled.id)!.keys()].map((key) => key.decodeText()).filter((key) => key.includes(':'))).to.deep.equal([]);
    expect(countPixels(saved.pixels, region(plain.bbox), near([255, 194, 26], 30))).to.be.greaterThan(300);
    expect(readBack(saved, 'pspdfkit/note', styled.bbox)['text']).to.deep.equal({ format: 'plain', value: 'Thread' });
  });
});

describe('PDF writer: comment replies', () => {
  afterEach(closeReopened);

  it('writes each comment as a Text reply to its thread’s root: /IRT, /RT /R, the root’s /Rect, its text and author', async () => {
    const marker = record({ type: 'pspdfkit/comment-marker', bbox: [60, 50, 18, 18] });
    const highlight = record({ type: 'pspdfkit/markup/highlight', bbox: [200, 50, 120, 14], rects: [[200, 50, 120, 14]], color: '#ffff00', isCommentThreadRoot: true });
    const comments: Comment[] = [
      { v: 1, type: 'pspdfkit/comment', id: '01JCOMMENT0000000000000001', rootId: marker.id, text: 'First reply', creatorName: 'Ana', createdAt: '2026-12-08T10:00:00.000Z' },
      { v: 2, type: 'pspdfkit/comment', id: '01JCOMMENT0000000000000002', rootId: marker.id, text: { format: 'xhtml', value: '<p>Second &lt;reply&gt;</p>' } },
      { v: 2, type: 'pspdfkit/comment', id: '01JCOMMENT0000000000000003', rootId: highlight.id, text: { format: 'plain', value: 'On the highlight' } },
      { v: 2, type: 'pspdfkit/comment', id: '01JCOMMENT0000000000000004', rootId: 'no-such-root', text: { format: 'plain', value: 'Orphan' } },
    ];
    const saved = await save([marker, highlight], { comments });
    expect(saved.warnings.join('\n')).to.contain('no-such-root');
    const markerRoot = at(saved, 'Text', marker.bbox);
    const highlightRoot = at(saved, 'Highlight', highlight.bbox);
    const repliesTo = (root: PdfjsAnnotation) => saved.annotations.filter((a) => a['inReplyTo'] === root.id);
    expect(repliesTo(markerRoot).map((a) => a.contentsObj?.str)).to.deep.equal(['First reply', 'Second <reply>']);
    expect(repliesTo(highlightRoot).map((a) => a.contentsObj?.str)).to.deep.equal(['On the highlight']);
    for (const [root, reply] of [...repliesTo(markerRoot).map((reply) => [markerRoot, reply]), [highlightRoot, repliesTo(highlightRoot)[0]!]] as const) {
      expect(reply.subtype).to.equal('Text');
      expect(reply['replyType']).to.equal('R');
      expect(reply.hasAppearance).to.equal(true);
      expectRect(reply.rect, root.rect, 'reply rect');
    }
    expect(repliesTo(markerRoot)[0]!.titleObj?.str).to.equal('Ana');
    expect(saved.annotations.some((a) => a.contentsObj?.str === 'Orphan')).to.equal(false);
    // Over its marker root a reply's bubble adds nothing: the page shows one amber bubble there.
    expect(countPixels(saved.pixels, region(marker.bbox), near([255, 194, 26], 30))).to.be.greaterThan(300);
    expect(countPixels(saved.pixels, region([80, 50, 100, 100]), (r, g, b) => !white(r, g, b))).to.equal(0);
  });
});

describe('PDF writer: stamps', () => {
  afterEach(closeReopened);

  /** Pixels of the stamp's colour inside the frame (the label), away from the border. */
  function labelPixels(saved: Saved, bbox: readonly number[], color: string): number {
    const [left, top, width, height] = bbox as [number, number, number, number];
    const inset = Math.min(width, height) * 0.2;
    return countPixels(saved.pixels, region([left + inset, top + inset, width - 2 * inset, height - 2 * inset]), near(hexRgb(color), 45));
  }

  it('writes a standard stamp: /Name, appearance with the frame and label in its colour, read back as a stamp', async () => {
    const bbox = [30, 30, 160, 50];
    const stamp = record({ type: 'pspdfkit/stamp', bbox, stampType: 'Approved', rotation: 0 });
    const empty = record({ type: 'pspdfkit/stamp', bbox: [30, 120, 160, 50], stampType: 'Custom', rotation: 0 });
    const saved = await save([stamp, empty]);
    const written = at(saved, 'Stamp', bbox);
    expectRect(bboxOfRect(written.rect), bbox, 'rect');
    expect(written.hasAppearance).to.equal(true);
    expect(written.color, 'no /C: the record has no colour').to.equal(null);
    expect(await nameOf(saved.dicts.get(stamp.id), 'Name')).to.equal('Approved');
    expect(readBack(saved, 'pspdfkit/stamp', bbox)['rotation']).to.equal(0);

    const green = STANDARD_STAMPS.Approved.color;
    const label = labelPixels(saved, bbox, green);
    console.log(`Approved label: ${label} device pixels in ${green}`);
    expect(label, 'the label').to.be.greaterThan(800);
    expect(labelPixels(saved, empty.bbox, '#1a56db'), 'a stamp without words has no label').to.equal(0);
    // The frame: the stamp's colour along the left edge, a faint tint inside.
    expect(countPixels(saved.pixels, region([31, 45, 1.5, 20]), near(hexRgb(green), 45))).to.be.greaterThan(40);
    expect(countPixels(saved.pixels, region([36, 34, 6, 4]), near([237, 246, 239], 10)), 'the 8 % tint').to.be.greaterThan(30);
  });

  it('writes every stamp type’s name, and an appearance for each', async () => {
    const stamps = STAMP_TYPES.map((stampType, index) => record({ type: 'pspdfkit/stamp', bbox: [5 + (index % 4) * 98, 5 + Math.floor(index / 4) * 40, 90, 30], stampType, title: 'T' }));
    const saved = await save(stamps);
    for (const stamp of stamps) {
      expect(await nameOf(saved.dicts.get(stamp.id), 'Name')).to.equal(stamp.stampType);
      expect(at(saved, 'Stamp', stamp.bbox).hasAppearance, stamp.stampType).to.equal(true);
    }
  });

  it('draws a custom stamp’s title and subtitle in its colour and writes /C', async () => {
    const bbox = [40, 40, 200, 80];
    const stamp = record({ type: 'pspdfkit/stamp', bbox, stampType: 'Custom', title: 'Reviewed', subtitle: 'by Ana, 8 Dec 2026', color: '#aa00aa', rotation: 0 });
    const saved = await save([stamp]);
    expect([...at(saved, 'Stamp', bbox).color!]).to.deep.equal([170, 0, 170]);
    expect(await nameOf(saved.dicts.get(stamp.id), 'Name')).to.equal('Custom');
    const purple = near([170, 0, 170], 45);
    // Title in the upper part (centred at 40 % of the height), subtitle in the lower part (74 %).
    const title = countPixels(saved.pixels, region([50, 40 + 80 * 0.25, 180, 80 * 0.3]), purple);
    const subtitle = countPixels(saved.pixels, region([50, 40 + 80 * 0.66, 180, 80 * 0.16]), purple);
    expect(title, 'title').to.be.greaterThan(1000);
    expect(subtitle, 'subtitle').to.be.greaterThan(300);
  });

  it('turns a stamp by its rotation (counterclockwise) and writes /Rotate', async () => {
    const upright = record({ type: 'pspdfkit/stamp', bbox: [20, 20, 150, 50], stampType: 'Rejected', rotation: 0 });
    const turned = record({ type: 'pspdfkit/stamp', bbox: [250, 20, 50, 150], stampType: 'Rejected', rotation: 90 });
    const saved = await save([upright, turned]);
    const written = at(saved, 'Stamp', turned.bbox);
    expectRect(bboxOfRect(written.rect), turned.bbox, 'rect');
    expect(written['rotation']).to.equal(90);
    expect(saved.dicts.get(upright.id)!.has((await loadPdfLib()).PDFName.of('Rotate')), 'no /Rotate when upright').to.equal(false);
    expect(readBack(saved, 'pspdfkit/stamp', turned.bbox)['rotation']).to.equal(90);

    const red = near(hexRgb(STANDARD_STAMPS.Rejected.color), 45);
    const inner = (bbox: number[]) => {
      const [l, t, w, h] = bbox as [number, number, number, number];
      return region([l + 6, t + 6, w - 12, h - 12]);
    };
    const flat = extent(saved.pixels, inner(upright.bbox), red);
    const standing = extent(saved.pixels, inner(turned.bbox), red);
    console.log(`label extents: upright ${flat.width}×${flat.height}, turned ${standing.width}×${standing.height}`);
    expect(flat.width).to.be.greaterThan(flat.height * 2);
    expect(standing.height).to.be.greaterThan(standing.width * 2);
    expect(Math.abs(standing.height - flat.width), 'the same label, turned').to.be.lessThan(6);
  });

  it('turns counterclockwise: the subtitle, under the title, ends up to its right', async () => {
    // Content 180 × 60 turned a quarter: the title's centre line (40 % from the top) lies 40 % from
    // the left, the subtitle's (74 %) 74 % from the left; turned clockwise they would be mirrored.
    const bbox = [100, 40, 60, 180];
    const stamp = record({ type: 'pspdfkit/stamp', bbox, stampType: 'Custom', title: 'WWWW', subtitle: 'MMMMMMMMMM', color: '#aa00aa', rotation: 90 });
    const saved = await save([stamp]);
    const purple = near([170, 0, 170], 45);
    const band = (from: number, to: number) => countPixels(saved.pixels, region([100 + 60 * from, 40 + 180 * 0.2, 60 * (to - from), 180 * 0.6]), purple);
    expect(band(0.75, 0.85), 'the subtitle, right of the title').to.be.greaterThan(50);
    expect(band(0.14, 0.24), 'where a clockwise turn would put it').to.equal(0);
  });
});

describe('PDF writer: notes and stamps on a turned page with an offset crop box', () => {
  afterEach(closeReopened);

  it('places them in the crop box’s frame, before /Rotate, and reads them back at the same bbox', async () => {
    const turned = { width: 600, height: 400, rotate: 90 as const, cropBox: [50, 20, 400, 300] as [number, number, number, number] };
    const records = [
      record({ type: 'pspdfkit/note', bbox: [40, 30, 18, 18], icon: 'note', color: '#ffe066', text: { format: 'plain', value: 'On a turned page' } }),
      record({ type: 'pspdfkit/comment-marker', bbox: [80, 30, 18, 18] }),
      record({ type: 'pspdfkit/stamp', bbox: [100, 100, 150, 50], stampType: 'Final', rotation: 0 }),
      record({ type: 'pspdfkit/stamp', bbox: [300, 100, 50, 150], stampType: 'Void', rotation: 270 }),
    ];
    const bytes = await applyInstantJson(blankPdf([turned]), instantJson({ annotations: records } as never));
    const pdf = await reopen(bytes);
    const annotations = (await pdfjsAnnotations(pdf, 0)).filter((a) => a.subtype !== 'Popup');
    const read = await readPageAnnotations(pdf.document, 0);
    expect(annotations.length).to.equal(records.length);
    for (const [index, annotation] of records.entries()) {
      const [left, top, width, height] = annotation.bbox;
      // User space: x from the crop box's left, y up from its bottom (20 + 300).
      expectRect(annotations[index]!.rect, [50 + left, 320 - top - height, 50 + left + width, 320 - top], `${annotation.type} rect`);
      expect(annotations[index]!.hasAppearance).to.equal(true);
      expectRect(read[index]!.bbox, annotation.bbox, `${annotation.type} read back`);
    }
    expect(read.map((r) => r.type)).to.deep.equal(['pspdfkit/note', 'pspdfkit/note', 'pspdfkit/stamp', 'pspdfkit/stamp']);
    expect((read[3] as { rotation?: number }).rotation).to.equal(270);
  });
});

describe('PDF writer: notes and stamps look as the viewer draws them', () => {
  afterEach(async () => {
    cleanupViewers();
    await setDeviceScaleFactor(1);
    await closeReopened();
  });

  it('agrees with the live drawing on at least 90 % of each annotation’s pixels', async () => {
    const records = [
      record({ type: 'pspdfkit/note', bbox: [20, 20, 18, 18], icon: 'comment', color: '#ffe066', text: { format: 'plain', value: 'a' } }),
      record({ type: 'pspdfkit/note', bbox: [60, 20, 18, 18], icon: 'key', color: '#204080', text: { format: 'plain', value: 'b' } }),
      record({ type: 'pspdfkit/note', bbox: [100, 20, 40, 40], icon: 'help', color: '#80ff80', text: { format: 'plain', value: 'c' } }),
      record({ type: 'pspdfkit/comment-marker', bbox: [160, 20, 18, 18] }),
      record({ type: 'pspdfkit/stamp', bbox: [20, 80, 160, 50], stampType: 'Approved', rotation: 0 }),
      record({ type: 'pspdfkit/stamp', bbox: [200, 80, 180, 70], stampType: 'Custom', title: 'Reviewed', subtitle: 'by Ana', color: '#aa00aa', rotation: 0 }),
      record({ type: 'pspdfkit/stamp', bbox: [20, 150, 50, 140], stampType: 'Confidential', rotation: 90 }),
      record({ type: 'pspdfkit/stamp', bbox: [100, 170, 150, 50], stampType: 'Draft', rotation: 180 }),
    ];
    const json = instantJson({ annotations: records } as never);
    const areas = records.map((annotation) => (annotation.type === 'pspdfkit/stamp' ? annotation.bbox : iconHitRect(annotation.bbox as never)));
    const shares = await agreementWithViewer(json, areas, PAGE);
    console.log(`agreement with the viewer: ${records.map((annotation, index) => `${annotation.type.slice(9)} ${'icon' in annotation ? annotation.icon : 'stampType' in annotation ? annotation.stampType : ''} ${(shares[index]! * 100).toFixed(1)} %`).join('; ')}`);
    shares.forEach((share, index) => expect(share, `${records[index]!.type} ${records[index]!.id}`).to.be.greaterThan(0.9));
  });
});
