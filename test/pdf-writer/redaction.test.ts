/**
 * Redactions saved by applyInstantJson: a /Redact annotation marked, never
 * applied. pdf.js shows its outline (what the viewer shows before applying);
 * the dictionary carries the areas, colours and overlay text for tools that
 * apply it, and /RO draws the overlay they leave (the viewer's preview).
 */
import { expect } from '@open-wc/testing';
import type { Rect, RedactionAnnotation } from '../../src/model/index.js';
import { DEFAULT_FILL_COLOR, DEFAULT_OUTLINE_COLOR, DEFAULT_OVERLAY_TEXT_COLOR } from '../../src/annotations/redaction.js';
import { readPageAnnotations } from '../../src/pdf/annotation-reader.js';
import { REDACTION_DEFAULTS } from '../../src/pdf-writer/writers/text/redaction-writer.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { loadPdfLib, type PDFDict } from '../../src/pdf-writer/pdf-lib.js';
import { blankPdf, type BlankPage } from '../helpers/annotation-kit.js';
import { embedsFontFile, isDark, renderPage, type Rgba, withSaved } from '../helpers/pdf-text-kit.js';
import { describe, it } from '../model/mocha.js';
import { instantJson, sameBytes } from './writer-kit.js';

const PAGE: BlankPage = { width: 400, height: 300 };
// Page content under the redaction: a grey bar, which must still be there (nothing is applied).
const CONTENT_PAGE: BlankPage = { ...PAGE, content: '0.5 g 60 190 200 30 re f' };

function redaction(extra: Partial<RedactionAnnotation> = {}): RedactionAnnotation {
  return {
    v: 2,
    id: '01HREDACTION0000000000000001',
    type: 'pspdfkit/markup/redaction',
    pageIndex: 0,
    bbox: [50, 70, 220, 60],
    opacity: 1,
    createdAt: '2024-05-01T10:00:00Z',
    updatedAt: '2024-05-01T10:00:00Z',
    rects: [
      [50, 70, 220, 30],
      [50, 100, 120, 30],
    ],
    outlineColor: '#00aa00',
    fillColor: '#000080',
    color: '#ffff00',
    overlayText: 'CONFIDENTIAL',
    ...extra,
  } as RedactionAnnotation;
}

async function save(records: RedactionAnnotation[], page: BlankPage = PAGE): Promise<Uint8Array> {
  return applyInstantJson(blankPdf([page]), instantJson({ annotations: records }));
}

/** The first annotation dictionary of page 1 with its entries as plain values, and its /RO drawn on a page of its own. */
async function rawRedaction(bytes: Uint8Array) {
  const lib = await loadPdfLib();
  const doc = await lib.PDFDocument.load(bytes, { updateMetadata: false });
  const dict = doc.getPage(0).node.Annots()!.lookup(0, lib.PDFDict);
  const value = (object: unknown): unknown => {
    if (object instanceof lib.PDFNumber) return object.asNumber();
    if (object instanceof lib.PDFName) return object.asString();
    if (object instanceof lib.PDFBool) return object.asBoolean();
    if (object instanceof lib.PDFString || object instanceof lib.PDFHexString) return object.decodeText();
    if (object instanceof lib.PDFArray) return object.asArray().map((item) => value(item));
    return object;
  };
  const get = (key: string) => value((dict as PDFDict).lookup(lib.PDFName.of(key)));
  // A page that paints the overlay appearance (/RO) as its content: what a tool applying the redaction leaves.
  const overlayRef = dict.get(lib.PDFName.of('RO'));
  const page = doc.getPage(0);
  page.node.delete(lib.PDFName.of('Annots'));
  const xObjects = doc.context.obj({ RO: overlayRef! });
  page.node.set(lib.PDFName.of('Resources'), doc.context.obj({ XObject: xObjects }));
  page.node.set(lib.PDFName.of('Contents'), doc.context.register(doc.context.flateStream('q /RO Do Q')));
  const overlayPdf = await doc.save({ useObjectStreams: false });
  return { get, overlayPdf };
}

const near = (rgba: Rgba, rgb: [number, number, number], tolerance = 40) => rgb.every((channel, i) => Math.abs(rgba[i]! - channel) <= tolerance);

describe('redactions saved into the PDF', () => {
  it('shows the outline of each area, leaves the content under it, and reads back', async () => {
    const bytes = await save([redaction()], CONTENT_PAGE);
    await withSaved(bytes, async (opened) => {
      const page = await opened.document.getPage(1);
      const [data] = (await page.getAnnotations()) as { subtype: string; hasAppearance: boolean; color: Uint8ClampedArray; rect: number[] }[];
      expect(data!.subtype).to.equal('Redact');
      expect(data!.hasAppearance).to.equal(true);
      expect([...data!.color]).to.deep.equal([0, 170, 0]);
      expect(data!.rect).to.deep.equal([50, 170, 270, 230]);
      const rendered = await renderPage(opened);
      // The outline, 1.5 pt inside each area's edge.
      expect(near(rendered.at(150, 70.7), [0, 170, 0]), 'top edge of the first area').to.equal(true);
      expect(near(rendered.at(50.7, 115), [0, 170, 0]), 'left edge of the second area').to.equal(true);
      expect(near(rendered.at(169.3, 115), [0, 170, 0]), 'right edge of the second area').to.equal(true);
      // Not applied: the page's grey bar shows through; nothing is filled.
      expect(near(rendered.at(100, 95), [128, 128, 128], 10), 'content under the redaction').to.equal(true);
      expect(near(rendered.at(200, 120), [255, 255, 255], 5), 'beside the second area').to.equal(true);
      const records = await readPageAnnotations(opened.document, 0);
      const record = records[0] as RedactionAnnotation;
      expect(record.type).to.equal('pspdfkit/markup/redaction');
      expect(record.outlineColor).to.equal('#00aa00');
      expect(record.bbox).to.deep.equal([50, 70, 220, 60]);
    });
  });

  it('writes /QuadPoints, /IC, /OC, /C, /OverlayText, /Repeat, /DA and /Q', async () => {
    const { get } = await rawRedaction(await save([redaction()]));
    expect(get('Subtype')).to.equal('/Redact');
    expect(get('QuadPoints')).to.deep.equal([50, 230, 270, 230, 50, 200, 270, 200, 50, 200, 170, 200, 50, 170, 170, 170]);
    expect(get('IC')).to.deep.equal([0, 0, 0.502]);
    expect(get('OC')).to.deep.equal([0, 0.6667, 0]);
    expect(get('C')).to.deep.equal([0, 0.6667, 0]);
    expect(get('OverlayText')).to.equal('CONFIDENTIAL');
    expect(get('Repeat')).to.equal(false);
    expect(get('DA')).to.match(/^\/HeBo [\d.]+ Tf 1 1 0 rg$/);
    expect(get('Q')).to.equal(1);
  });

  it('draws the overlay a tool leaves when it applies the redaction (/RO): fill and overlay text', async () => {
    const { overlayPdf } = await rawRedaction(await save([redaction()]));
    await withSaved(overlayPdf, async (opened) => {
      const rendered = await renderPage(opened);
      expect(near(rendered.at(52, 72), [0, 0, 128]), 'filled').to.equal(true);
      expect(near(rendered.at(160, 120), [0, 0, 128]), 'second area filled').to.equal(true);
      expect(near(rendered.at(200, 120), [255, 255, 255], 5), 'outside the areas').to.equal(true);
      const yellow = rendered.count([50, 70, 220, 30], (rgba) => near(rgba, [255, 255, 0], 60));
      expect(yellow, 'overlay text in the first area').to.be.greaterThan(100);
      const text = await (await opened.document.getPage(1)).getTextContent();
      const shown = text.items.map((item) => ('str' in item ? item.str : '')).join('');
      expect(shown).to.equal('CONFIDENTIALCONFIDENTIAL');
    });
  });

  it('repeats the overlay text over the area when asked', async () => {
    const { get, overlayPdf } = await rawRedaction(await save([redaction({ repeatOverlayText: true, rects: [[40, 40, 200, 80]], bbox: [40, 40, 200, 80] })]));
    expect(get('Repeat')).to.equal(true);
    expect(get('Q')).to.equal(0);
    await withSaved(overlayPdf, async (opened) => {
      const text = await (await opened.document.getPage(1)).getTextContent();
      const shown = text.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      const repeats = shown.split('CONFIDENTIAL').length - 1;
      console.log(`repeated overlay text: ${repeats} times in a 200 × 80 area`);
      expect(repeats).to.be.greaterThan(6);
      const rendered = await renderPage(opened);
      expect(rendered.count([40, 100, 200, 20], (rgba) => near(rgba, [255, 255, 0], 60)), 'text down to the bottom').to.be.greaterThan(100);
      expect(rendered.count([240, 40, 60, 80], (rgba) => near(rgba, [255, 255, 0], 60)), 'nothing past the area').to.equal(0);
    });
  });

  it('sets overlay text in any script', async () => {
    const bytes = await save([redaction({ overlayText: 'СЕКРЕТНО 机密', rects: [[40, 40, 300, 40]], bbox: [40, 40, 300, 40] })]);
    expect(embedsFontFile(bytes)).to.equal(true);
    const { get, overlayPdf } = await rawRedaction(bytes);
    expect(get('OverlayText')).to.equal('СЕКРЕТНО 机密');
    await withSaved(overlayPdf, async (opened) => {
      const text = await (await opened.document.getPage(1)).getTextContent();
      expect(text.items.map((item) => ('str' in item ? item.str : '')).join('')).to.equal('СЕКРЕТНО 机密');
      const rendered = await renderPage(opened);
      expect(rendered.count([40, 40, 300, 40], (rgba) => near(rgba, [255, 255, 0], 60))).to.be.greaterThan(200);
    });
  });

  it('uses the viewer defaults without colours, rects or text, and writes the same bytes twice', async () => {
    expect(REDACTION_DEFAULTS).to.deep.equal({
      outlineColor: DEFAULT_OUTLINE_COLOR,
      fillColor: DEFAULT_FILL_COLOR,
      overlayTextColor: DEFAULT_OVERLAY_TEXT_COLOR,
    });
    const bare = redaction({ rects: undefined, outlineColor: undefined, fillColor: undefined, color: undefined, overlayText: undefined } as Partial<RedactionAnnotation>);
    const bytes = await save([bare]);
    expect(sameBytes(bytes, await save([bare]))).to.equal(true);
    expect(embedsFontFile(bytes)).to.equal(false);
    const { get } = await rawRedaction(bytes);
    expect(get('QuadPoints')).to.deep.equal([50, 230, 270, 230, 50, 170, 270, 170]);
    expect(get('IC')).to.deep.equal([0, 0, 0]);
    expect(get('OC')).to.deep.equal([1, 0, 0]);
    expect(get('OverlayText')).to.equal(undefined);
    expect(get('DA')).to.match(/ 1 0 0 rg$/);
    await withSaved(bytes, async (opened) => {
      const rendered = await renderPage(opened);
      expect(near(rendered.at(150, 70.7), [255, 0, 0])).to.equal(true);
      expect(rendered.count([52, 72, 216, 56], isDark)).to.equal(0);
    });
  });

  it('keeps a zero-sized area without breaking the rest', async () => {
    const areas: Rect[] = [
      [50, 70, 0, 30],
      [60, 110, 100, 20],
    ];
    const bytes = await save([redaction({ rects: areas })]);
    await withSaved(bytes, async (opened) => {
      const rendered = await renderPage(opened);
      expect(near(rendered.at(110, 110.7), [0, 170, 0])).to.equal(true);
    });
  });
});
