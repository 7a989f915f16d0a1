/**
 * Image annotations and links written into a PDF: what pdf.js reads back
 * from the saved file (subtype, rect, url, dest, border), what its rendering
 * of their appearance streams shows, and what our own reader makes of them.
 */
import { expect } from '@open-wc/testing';
import type { Annotation } from '../../src/model/index.js';
import { readPageAnnotations, type SkippedAnnotation } from '../../src/pdf/annotation-reader.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { isWritableUri } from '../../src/pdf-writer/writers/markers/link-action.js';
import { borderShades } from '../../src/pdf-writer/writers/markers/link-border.js';
import { type BlankPage, blankPdf } from '../helpers/annotation-kit.js';
import { cleanupViewers, setDeviceScaleFactor } from '../helpers/viewer-fixture.js';
import { afterEach, describe, it } from '../model/mocha.js';
import { agreementWithViewer, bboxOfRect, expectRect, MARKER_PAGE, MARKER_SCALE, region } from './marker-kit.js';
import { appendedText, closeReopened, countPixels, instantJson, type PdfjsAnnotation, pdfjsAnnotations, renderPage, reopen } from './writer-kit.js';

const PAGE = MARKER_PAGE;
const SCALE = MARKER_SCALE;

type Rgb = [number, number, number];
const near = (target: Rgb, tolerance = 40) => (r: number, g: number, b: number) =>
  Math.abs(r - target[0]) <= tolerance && Math.abs(g - target[1]) <= tolerance && Math.abs(b - target[2]) <= tolerance;
const red = near([255, 0, 0]);
const blue = near([0, 0, 255]);
const white = near([255, 255, 255], 8);

const area = (bbox: readonly number[]) => bbox[2]! * bbox[3]! * SCALE * SCALE;

let sequence = 0;
function record<T extends object>(fields: T): T & { v: 2; id: string; pageIndex: number } {
  sequence += 1;
  return { v: 2, id: `01JIMAGELINK${String(sequence).padStart(14, '0')}`, pageIndex: 0, ...fields };
}

/** A PNG `width` × `height` pixels: its left half in `left`, its right half in `right`. */
async function png(width: number, height: number, left: string, right = left): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = left;
  context.fillRect(0, 0, width / 2, height);
  context.fillStyle = right;
  context.fillRect(width / 2, 0, width / 2, height);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function attachment(bytes: Uint8Array): Promise<[string, { binary: string; contentType: string }]> {
  return [await sha256(bytes), { binary: base64(bytes), contentType: 'image/png' }];
}

interface Saved {
  original: Uint8Array;
  bytes: Uint8Array;
  warnings: string[];
  annotations: PdfjsAnnotation[];
  records: Annotation[];
  skipped: SkippedAnnotation[];
  pixels: ImageData;
}

async function save(records: object[], extra: object = {}, pages: BlankPage[] = [PAGE]): Promise<Saved> {
  const warnings: string[] = [];
  const original = blankPdf(pages);
  const bytes = await applyInstantJson(original, instantJson({ annotations: records, ...extra } as never), {
    onWarning: (message) => warnings.push(message),
  });
  const pdf = await reopen(bytes);
  const skipped: SkippedAnnotation[] = [];
  const readRecords = await readPageAnnotations(pdf.document, 0, { onSkip: (item) => skipped.push(item) });
  const { pixels } = await renderPage(pdf.document, 0, { scale: SCALE });
  return { original, bytes, warnings, annotations: await pdfjsAnnotations(pdf, 0), records: readRecords, skipped, pixels };
}

function at(saved: Saved, subtype: string, bbox: readonly number[]): PdfjsAnnotation {
  const found = saved.annotations.find(
    (annotation) => annotation.subtype === subtype && Math.abs(annotation.rect[0] - bbox[0]!) < 0.5 && Math.abs(PAGE.height - annotation.rect[3] - bbox[1]!) < 0.5,
  );
  expect(found, `a ${subtype} at ${bbox.join(',')}`).to.exist;
  return found!;
}

function readBack(saved: Saved, bbox: readonly number[]): Record<string, unknown> | undefined {
  return saved.records.find((r) => Math.abs(r.bbox[0] - bbox[0]!) < 0.5 && Math.abs(r.bbox[1] - bbox[1]!) < 0.5) as Record<string, unknown> | undefined;
}

describe('PDF writer: images', () => {
  afterEach(closeReopened);

  it('writes an image as a Stamp whose appearance paints the picture over the bbox', async () => {
    const picture = await png(8, 8, '#ff0000');
    const [id, file] = await attachment(picture);
    const bbox = [60, 50, 120, 80];
    const image = record({ type: 'pspdfkit/image', bbox, imageAttachmentId: id, contentType: 'image/png', description: 'Company logo', rotation: 0 });
    const saved = await save([image], { attachments: { [id]: file } });
    expect(saved.warnings).to.deep.equal([]);
    const stamp = at(saved, 'Stamp', bbox);
    expectRect(bboxOfRect(stamp.rect), bbox, 'rect');
    expect(stamp.hasAppearance).to.equal(true);
    expect(stamp.contentsObj?.str, 'the description as alternate text').to.equal('Company logo');
    const share = countPixels(saved.pixels, region(bbox), red) / area(bbox);
    console.log(`red share of the image's bbox: ${share.toFixed(3)}`);
    expect(share).to.be.greaterThan(0.97);
    expect(countPixels(saved.pixels, region([200, 50, 100, 80]), red), 'nothing outside').to.equal(0);
    expect(readBack(saved, bbox)?.['type'], 'read back as a stamp (PDF has no image annotation)').to.equal('pspdfkit/stamp');
  });

  it('embeds an image used by two annotations once', async () => {
    const [id, file] = await attachment(await png(4, 4, '#0000ff'));
    const images = [
      record({ type: 'pspdfkit/image', bbox: [20, 20, 50, 50], imageAttachmentId: id, rotation: 0 }),
      record({ type: 'pspdfkit/image', bbox: [120, 20, 50, 50], imageAttachmentId: id, rotation: 0 }),
    ];
    const saved = await save(images, { attachments: { [id]: file } });
    expect(appendedText(saved.original, saved.bytes).match(/\/Subtype \/Image/g)?.length).to.equal(1);
    for (const image of images) expect(countPixels(saved.pixels, region(image.bbox), blue) / area(image.bbox)).to.be.greaterThan(0.97);
  });

  it('turns an image counterclockwise by its rotation, swapping the frame for a quarter turn, and writes /Rotate', async () => {
    // 40 × 20 pixels: red left half, blue right half.
    const [id, file] = await attachment(await png(40, 20, '#ff0000', '#0000ff'));
    const upright = record({ type: 'pspdfkit/image', bbox: [20, 20, 80, 40], imageAttachmentId: id, rotation: 0 });
    // A quarter turn: the bbox is the turned picture's area, 40 wide and 80 high.
    const turned = record({ type: 'pspdfkit/image', bbox: [200, 20, 40, 80], imageAttachmentId: id, rotation: 90 });
    const saved = await save([upright, turned], { attachments: { [id]: file } });
    expect(at(saved, 'Stamp', turned.bbox)['rotation']).to.equal(90);
    expect(readBack(saved, turned.bbox)?.['rotation']).to.equal(90);
    const share = (bbox: number[], matches: (r: number, g: number, b: number) => boolean) => countPixels(saved.pixels, region(bbox), matches) / area(bbox);
    expect(share([20, 20, 40, 40], red), 'upright: left half red').to.be.greaterThan(0.95);
    expect(share([60, 20, 40, 40], blue), 'upright: right half blue').to.be.greaterThan(0.95);
    // Counterclockwise, the picture's left side goes to the bottom.
    expect(share([200, 60, 40, 40], red), 'turned: bottom half red').to.be.greaterThan(0.95);
    expect(share([200, 20, 40, 40], blue), 'turned: top half blue').to.be.greaterThan(0.95);
  });

  it('draws the viewer’s placeholder for a missing or non-image attachment, and saves the rest', async () => {
    const missing = record({ type: 'pspdfkit/image', bbox: [20, 20, 160, 100], imageAttachmentId: 'no-such-attachment', rotation: 0 });
    const pdfImage = record({ type: 'pspdfkit/image', bbox: [220, 20, 160, 100], imageAttachmentId: 'pdf', contentType: 'application/pdf', rotation: 0 });
    const none = record({ type: 'pspdfkit/image', bbox: [20, 160, 60, 60], rotation: 0 });
    const pdfBytes = new TextEncoder().encode('%PDF-1.4 not an image');
    const saved = await save([missing, pdfImage, none], { attachments: { pdf: { binary: base64(pdfBytes), contentType: 'application/pdf' } } });
    expect(saved.warnings.join('\n')).to.contain('no-such-attachment');
    for (const image of [missing, pdfImage, none]) {
      expect(at(saved, 'Stamp', image.bbox).hasAppearance).to.equal(true);
      // Grey stripes over grey, a dark glyph and message: no white, some ink.
      const grey = countPixels(saved.pixels, region(image.bbox), (r, g, b) => r === g && g === b && r >= 200 && r <= 236);
      const ink = countPixels(saved.pixels, region(image.bbox), near([85, 85, 85], 30));
      expect(grey / area(image.bbox), 'grey background').to.be.greaterThan(0.7);
      expect(ink, 'glyph and message').to.be.greaterThan(60);
      expect(countPixels(saved.pixels, region(image.bbox), white), 'never an empty box').to.be.lessThan(area(image.bbox) * 0.01);
    }
    // The two messages differ ("Image missing", "PDF image not shown"), so their ink does.
    const inkOf = (bbox: number[]) => countPixels(saved.pixels, region(bbox), near([85, 85, 85], 30));
    expect(inkOf(missing.bbox)).to.not.equal(inkOf(pdfImage.bbox));
  });
});

describe('PDF writer: links', () => {
  afterEach(closeReopened);

  it('writes a URI link: /A /URI that pdf.js opens and our reader reads back, no popup, an empty appearance', async () => {
    const bbox = [40, 40, 120, 20];
    const uri = 'https://example.com/wiki/Foo_(bar)?q=1&r=2#top';
    const link = record({ type: 'pspdfkit/link', bbox, action: { type: 'uri', uri } });
    const saved = await save([link]);
    const written = at(saved, 'Link', bbox);
    expectRect(bboxOfRect(written.rect), bbox, 'rect');
    expect(written['url']).to.equal(uri);
    expect(written.hasAppearance).to.equal(true);
    expect((written['borderStyle'] as { width: number }).width, '/Border [0 0 0]').to.equal(0);
    expect(saved.annotations.filter((a) => a.subtype === 'Popup')).to.deep.equal([]);
    expect(countPixels(saved.pixels, region(bbox), (r, g, b) => !white(r, g, b)), 'nothing drawn').to.equal(0);
    expect(readBack(saved, bbox)).to.deep.include({ type: 'pspdfkit/link', action: { type: 'uri', uri } });
  });

  it('writes http and mailto links, percent-encodes a URI that is not ASCII', async () => {
    const links = [
      record({ type: 'pspdfkit/link', bbox: [20, 20, 50, 20], action: { type: 'uri', uri: 'http://example.org/' } }),
      record({ type: 'pspdfkit/link', bbox: [20, 60, 50, 20], action: { type: 'uri', uri: 'mailto:ana@example.org?subject=Hi' } }),
      record({ type: 'pspdfkit/link', bbox: [20, 100, 50, 20], action: { type: 'uri', uri: 'https://example.org/straße page' } }),
    ];
    const saved = await save(links);
    expect(at(saved, 'Link', links[0]!.bbox)['url']).to.equal('http://example.org/');
    expect(at(saved, 'Link', links[1]!.bbox)['url']).to.equal('mailto:ana@example.org?subject=Hi');
    expect(at(saved, 'Link', links[2]!.bbox)['url']).to.equal('https://example.org/stra%C3%9Fe%20page');
  });

  it('leaves out every other scheme: the link is written without an action, nothing throws', async () => {
    const uris = [
      'javascript:alert(1)',
      'JavaScript:app.alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'vbscript:msgbox(1)',
      '/relative/path',
      'example.com',
      ' https://example.com/',
      'https:/missing-slash',
      'ftp://example.com/file',
    ];
    const links = uris.map((uri, index) => record({ type: 'pspdfkit/link', bbox: [10 + (index % 4) * 95, 10 + Math.floor(index / 4) * 40, 80, 20], action: { type: 'uri', uri } }));
    const saved = await save(links);
    for (const link of links) {
      const written = at(saved, 'Link', link.bbox);
      expect(written['url'], link.action.uri).to.equal(undefined);
      expect(written['unsafeUrl'], link.action.uri).to.equal(undefined);
      expect(written['dest'], link.action.uri).to.equal(undefined);
      expect(written.hasAppearance).to.equal(true);
    }
    const update = appendedText(saved.original, saved.bytes);
    expect(update).to.not.match(/javascript|vbscript|passwd|\/URI/i);
    expect(saved.records.filter((r) => r.type === 'pspdfkit/link'), 'a link without action is no Instant JSON link').to.deep.equal([]);
    expect(saved.skipped.filter((s) => s.subtype === 'Link').length).to.equal(links.length);
  });

  it('decides URI schemes as documented', () => {
    expect(['https://a.b', 'HTTP://A.B/c', 'mailto:x@y.z'].map(isWritableUri)).to.deep.equal([true, true, true]);
    expect(['javascript:x', 'https://', 'http:foo', 'mailto', '', 'tel:123', '\thttps://a.b'].map(isWritableUri)).to.deep.equal([false, false, false, false, false, false, false]);
  });

  it('shades outset and inset borders as Chromium does', () => {
    // Measured in Chromium 156: the top and bottom of a 6 px outset border of each colour
    // (its compositing puts a few channels one step off the colour it computes).
    const measured: Record<string, [string, string]> = {
      '#00aa00': ['#00ff00', '#005600'],
      '#808080': ['#d4d4d4', '#2c2c2c'],
      '#000000': ['#a8a8a8', '#545454'],
      '#ff0000': ['#ff0000', '#ab0000'],
      '#336699': ['#4f9eee', '#172e45'],
      '#ffffff': ['#ffffff', '#ababab'],
      '#202020': ['#c8c8c8', '#747474'],
      '#ffe066': ['#ffe066', '#ab9644'],
    };
    const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
    for (const [color, [light, dark]] of Object.entries(measured)) {
      const shades = borderShades(color);
      for (const [computed, expected] of [[shades.light, light], [shades.dark, dark]] as const) {
        channels(computed).forEach((value, index) => expect(value, `${color}: ${computed} for ${expected}`).to.be.closeTo(channels(expected)[index]!, 1));
      }
    }
  });

  it('writes a goTo link as /Dest [page /XYZ left top null] at the top-left corner the target shows', async () => {
    const pages: BlankPage[] = [PAGE, { width: 500, height: 700 }, { width: 600, height: 400, rotate: 90, cropBox: [50, 20, 400, 300] }];
    const toSecond = record({ type: 'pspdfkit/link', bbox: [20, 20, 60, 20], action: { type: 'goTo', pageIndex: 1 } });
    const toRotated = record({ type: 'pspdfkit/link', bbox: [20, 60, 60, 20], action: { type: 'goTo', pageIndex: 2 } });
    const toNowhere = record({ type: 'pspdfkit/link', bbox: [20, 100, 60, 20], action: { type: 'goTo', pageIndex: 7 } });
    const saved = await save([toSecond, toRotated, toNowhere], {}, pages);
    const second = at(saved, 'Link', toSecond.bbox)['dest'] as unknown[];
    expect((second[1] as { name: string }).name).to.equal('XYZ');
    expect(second.slice(2)).to.deep.equal([0, 700, null]);
    // /Rotate 90 shows the crop box's lower-left corner at the top-left.
    expect((at(saved, 'Link', toRotated.bbox)['dest'] as unknown[]).slice(2)).to.deep.equal([50, 20, null]);
    expect(at(saved, 'Link', toNowhere.bbox)['dest'], 'a dead link has no destination').to.equal(undefined);
    expect(readBack(saved, toSecond.bbox)?.['action']).to.deep.equal({ type: 'goTo', pageIndex: 1 });
    expect(readBack(saved, toRotated.bbox)?.['action']).to.deep.equal({ type: 'goTo', pageIndex: 2 });
  });

  it('writes PDF’s own named actions and leaves out the rest', async () => {
    const next = record({ type: 'pspdfkit/link', bbox: [20, 20, 60, 20], action: { type: 'named', action: 'nextPage' } });
    const print = record({ type: 'pspdfkit/link', bbox: [20, 60, 60, 20], action: { type: 'named', action: 'print' } });
    const script = record({ type: 'pspdfkit/link', bbox: [20, 100, 60, 20], action: { type: 'javaScript', script: 'app.alert(1)' } });
    const launch = record({ type: 'pspdfkit/link', bbox: [20, 140, 60, 20], action: { type: 'launch', filePath: 'calc.exe' } });
    const saved = await save([next, print, script, launch]);
    expect(at(saved, 'Link', next.bbox)['action']).to.equal('NextPage');
    expect(readBack(saved, next.bbox)?.['action']).to.deep.equal({ type: 'named', action: 'nextPage' });
    for (const link of [print, script, launch]) {
      const written = at(saved, 'Link', link.bbox);
      expect([written['action'], written['url'], written['dest']], link.action.type).to.deep.equal([undefined, undefined, undefined]);
    }
    expect(appendedText(saved.original, saved.bytes)).to.not.match(/app\.alert|calc\.exe|JavaScript|Launch/);
  });

  it('draws and writes a visible border: solid, dashed, underline, beveled', async () => {
    const solid = record({ type: 'pspdfkit/link', bbox: [20, 20, 120, 40], action: { type: 'uri', uri: 'https://a.example/' }, borderColor: '#0000ff', borderWidth: 2, borderStyle: 'solid' });
    const dashed = record({ type: 'pspdfkit/link', bbox: [200, 20, 120, 40], action: { type: 'uri', uri: 'https://b.example/' }, borderColor: '#0000ff', borderWidth: 2, borderStyle: 'dashed' });
    const underline = record({ type: 'pspdfkit/link', bbox: [20, 100, 120, 40], action: { type: 'uri', uri: 'https://c.example/' }, borderColor: '#0000ff', borderWidth: 2, borderStyle: 'underline' });
    const beveled = record({ type: 'pspdfkit/link', bbox: [200, 100, 120, 40], action: { type: 'uri', uri: 'https://d.example/' }, borderColor: '#0000ff', borderWidth: 3, borderStyle: 'beveled' });
    const colourless = record({ type: 'pspdfkit/link', bbox: [20, 180, 120, 40], action: { type: 'uri', uri: 'https://e.example/' }, borderWidth: 3 });
    const saved = await save([solid, dashed, underline, beveled, colourless]);

    const solidLink = at(saved, 'Link', solid.bbox);
    expect([...solidLink.color!]).to.deep.equal([0, 0, 255]);
    expect(solidLink['borderStyle']).to.deep.include({ width: 2, style: 1 });
    expect(readBack(saved, solid.bbox)).to.deep.include({ borderStyle: 'solid', borderWidth: 2, borderColor: '#0000ff' });
    expect(at(saved, 'Link', dashed.bbox)['borderStyle']).to.deep.include({ width: 2, style: 2 });
    expect(readBack(saved, dashed.bbox)).to.deep.include({ borderStyle: 'dashed' });
    expect(at(saved, 'Link', underline.bbox)['borderStyle']).to.deep.include({ style: 5 });

    const edge = (bbox: number[], side: 'top' | 'bottom' | 'left', matches: (r: number, g: number, b: number) => boolean) => {
      const [l, t, w, h] = bbox as [number, number, number, number];
      const strip = { top: [l + 5, t, w - 10, 1], bottom: [l + 5, t + h - 1, w - 10, 1], left: [l, t + 5, 1, h - 10] }[side];
      return countPixels(saved.pixels, region(strip), matches) / area(strip);
    };
    const inside = (bbox: number[]) => {
      const [l, t, w, h] = bbox as [number, number, number, number];
      return countPixels(saved.pixels, region([l + 4, t + 4, w - 8, h - 8]), (r, g, b) => !white(r, g, b));
    };
    expect(edge(solid.bbox, 'top', blue)).to.be.greaterThan(0.95);
    expect(edge(solid.bbox, 'left', blue)).to.be.greaterThan(0.95);
    expect(inside(solid.bbox), 'a border only').to.equal(0);
    const dashedTop = edge(dashed.bbox, 'top', blue);
    console.log(`dashed top edge: ${dashedTop.toFixed(2)} blue`);
    // A 2 pt border is under 3 CSS pixels: dashes of 6 pt, gaps of 4 pt.
    expect(dashedTop).to.be.within(0.5, 0.7);
    // A 2 pt border is painted 2 px wide at 100 % (whole pixels): dash 3 and gap 2 of 1.5 pt.
    expect(at(saved, 'Link', dashed.bbox)['borderStyle']).to.deep.include({ dashArray: [4.5, 3] });
    expect(edge(underline.bbox, 'bottom', blue)).to.be.greaterThan(0.95);
    expect(edge(underline.bbox, 'top', blue), 'an underline has no top').to.equal(0);
    expect(edge(beveled.bbox, 'top', blue), 'beveled: light top').to.be.greaterThan(0.95);
    expect(edge(beveled.bbox, 'bottom', near([0, 0, 171], 6)), 'beveled: dark bottom').to.be.greaterThan(0.95);
    expect(countPixels(saved.pixels, region(colourless.bbox), (r, g, b) => !white(r, g, b)), 'no colour, no border (as in the viewer)').to.equal(0);
  });
});

describe('PDF writer: images and links on a turned page with an offset crop box', () => {
  afterEach(closeReopened);

  it('places them in the crop box’s frame, before /Rotate, and reads them back at the same bbox', async () => {
    const turned: BlankPage = { width: 600, height: 400, rotate: 90, cropBox: [50, 20, 400, 300] };
    const [id, file] = await attachment(await png(4, 4, '#ff0000'));
    const records = [
      record({ type: 'pspdfkit/image', bbox: [40, 30, 100, 60], imageAttachmentId: id, rotation: 90 }),
      record({ type: 'pspdfkit/link', bbox: [200, 30, 120, 20], action: { type: 'uri', uri: 'https://example.com/' }, borderColor: '#0000ff', borderWidth: 1 }),
      record({ type: 'pspdfkit/link', bbox: [200, 80, 120, 20], action: { type: 'goTo', pageIndex: 0 } }),
    ];
    const bytes = await applyInstantJson(blankPdf([turned]), instantJson({ annotations: records, attachments: { [id]: file } } as never));
    const pdf = await reopen(bytes);
    const annotations = await pdfjsAnnotations(pdf, 0);
    const read = await readPageAnnotations(pdf.document, 0);
    expect(annotations.length).to.equal(records.length);
    for (const [index, annotation] of records.entries()) {
      const [left, top, width, height] = annotation.bbox;
      expectRect(annotations[index]!.rect, [50 + left, 320 - top - height, 50 + left + width, 320 - top], `${annotation.type} rect`);
      expect(annotations[index]!.hasAppearance).to.equal(true);
      expectRect(read[index]!.bbox, annotation.bbox, `${annotation.type} read back`);
    }
    expect(read.map((r) => r.type)).to.deep.equal(['pspdfkit/stamp', 'pspdfkit/link', 'pspdfkit/link']);
    expect(read[1]).to.deep.include({ action: { type: 'uri', uri: 'https://example.com/' }, borderColor: '#0000ff' });
    // The page's own top-left as shown: /Rotate 90 shows the crop box's lower-left corner there.
    expect((annotations[2]!['dest'] as unknown[]).slice(2)).to.deep.equal([50, 20, null]);
    expect(read[2]).to.deep.include({ action: { type: 'goTo', pageIndex: 0 } });
  });
});

describe('PDF writer: images and links look as the viewer draws them', () => {
  afterEach(async () => {
    cleanupViewers();
    await setDeviceScaleFactor(1);
    await closeReopened();
  });

  it('agrees with the live drawing on at least 90 % of each annotation’s pixels', async () => {
    const [id, file] = await attachment(await png(40, 20, '#ff0000', '#0000ff'));
    const records = [
      record({ type: 'pspdfkit/image', bbox: [20, 20, 80, 40], imageAttachmentId: id, rotation: 0 }),
      record({ type: 'pspdfkit/image', bbox: [120, 20, 40, 80], imageAttachmentId: id, rotation: 90 }),
      record({ type: 'pspdfkit/image', bbox: [180, 20, 160, 100], imageAttachmentId: 'missing', rotation: 0 }),
      record({ type: 'pspdfkit/link', bbox: [20, 140, 120, 30], action: { type: 'uri', uri: 'https://a.example/' }, borderColor: '#0000ff', borderWidth: 2 }),
      record({ type: 'pspdfkit/link', bbox: [160, 140, 120, 30], action: { type: 'uri', uri: 'https://b.example/' }, borderColor: '#00aa00', borderWidth: 3, borderStyle: 'beveled' }),
      // 3 pt: 4 CSS pixels. Chromium snaps border widths to device pixels (a 4 pt border is 5 CSS
      // pixels wide on a screen of device scale 2, with dashes to match), which a PDF cannot follow.
      record({ type: 'pspdfkit/link', bbox: [20, 190, 120, 30], action: { type: 'uri', uri: 'https://c.example/' }, borderColor: '#ff0000', borderWidth: 3, borderStyle: 'dashed' }),
      record({ type: 'pspdfkit/link', bbox: [160, 190, 120, 30], action: { type: 'uri', uri: 'https://d.example/' }, borderColor: '#ff0000', borderWidth: 2, borderStyle: 'underline' }),
      record({ type: 'pspdfkit/link', bbox: [300, 190, 80, 30], action: { type: 'goTo', pageIndex: 0 } }),
    ];
    const json = instantJson({ annotations: records, attachments: { [id]: file } } as never);
    const shares = await agreementWithViewer(json, records.map((annotation) => annotation.bbox), PAGE);
    console.log(`agreement with the viewer: ${records.map((annotation, index) => `${annotation.type.slice(9)} ${(shares[index]! * 100).toFixed(1)} %`).join('; ')}`);
    shares.forEach((share, index) => expect(share, `${records[index]!.type} ${records[index]!.id}`).to.be.greaterThan(0.9));
  });
});
