/**
 * The pure conversion (pdf.js annotation data → Instant JSON), fed with
 * hand-written pdf.js data for the cases the corpus PDFs do not contain:
 * inline dictionaries, every link action, Redact, named stamps, broken dates,
 * UserUnit, unknown subtypes.
 */
import { expect } from '@open-wc/testing';
import {
  type Annotation,
  INSTANT_JSON_FORMAT,
  validateInstantJson,
} from '../../src/model/index.js';
import {
  type PdfjsAnnotationData,
  type SkippedAnnotation,
  toInstantJsonAnnotations,
} from '../../src/pdf/annotation-reader.js';
import { fromFloat32 } from '../../src/pdf/annotations/page-geometry.js';
import { pdfDateToTimestamp } from '../../src/pdf/annotations/pdf-date.js';
import { describe, it } from '../model/mocha.js';

/** A Letter page whose crop box starts at (10, 20): x − 10, 812 − y. */
const PAGE = { view: [10, 20, 622, 812] } as const;

function item(fields: Partial<PdfjsAnnotationData> & Pick<PdfjsAnnotationData, 'id' | 'subtype'>): PdfjsAnnotationData {
  return { annotationFlags: 4, rect: [110, 700, 210, 750], color: new Uint8ClampedArray([255, 0, 0]), ...fields };
}

function convert(
  items: PdfjsAnnotationData[],
  options: { linkTargets?: Map<string, number>; page?: typeof PAGE | { view: number[]; userUnit?: number } } = {},
): { records: Annotation[]; skipped: SkippedAnnotation[] } {
  const skipped: SkippedAnnotation[] = [];
  const records = toInstantJsonAnnotations(items, options.page ?? PAGE, 3, {
    linkTargets: options.linkTargets,
    onSkip: (entry) => skipped.push(entry),
  });
  // Whatever the input, the output must be valid Instant JSON.
  validateInstantJson({ format: INSTANT_JSON_FORMAT, annotations: records }, { pageCount: 4 });
  return { records, skipped };
}

function only(items: PdfjsAnnotationData[], linkTargets?: Map<string, number>): Record<string, unknown> {
  const { records } = convert(items, { linkTargets });
  expect(records).to.have.length(1);
  return records[0] as unknown as Record<string, unknown>;
}

describe('annotation mapping: ids', () => {
  it('takes pdfObjectId from the object number, also with a generation, and id = String(pdfObjectId)', () => {
    const { records } = convert([item({ id: '12R', subtype: 'Square' }), item({ id: '8R1', subtype: 'Circle' })]);
    expect(records.map((r) => [r.pdfObjectId, r.id, r.pageIndex, r.v])).to.deep.equal([
      [12, '12', 3, 2],
      [8, '8', 3, 2],
    ]);
  });

  it('skips inline dictionaries (no object number) and a second listing of the same object, saying why', () => {
    const { records, skipped } = convert([
      item({ id: 'annot_7', subtype: 'Square' }),
      item({ id: 'pdfjs_internal_id_3', subtype: 'Square' }),
      item({ id: '5R', subtype: 'Square' }),
      item({ id: '5R', subtype: 'Circle' }),
    ]);
    expect(records.map((r) => r.id)).to.deep.equal(['5']);
    expect(skipped.map((s) => s.id)).to.deep.equal(['annot_7', 'pdfjs_internal_id_3', '5R']);
    expect(skipped[0]!.reason).to.match(/inline dictionary/);
    expect(skipped[2]!.reason).to.match(/listed twice/);
  });

  it('emits no record for Popups and for subtypes the format has no type for', () => {
    const { records, skipped } = convert([
      item({ id: '1R', subtype: 'Popup' }),
      item({ id: '2R', subtype: 'Sound' }),
      item({ id: '3R', subtype: 'Movie' }),
      item({ id: '4R', subtype: null }),
    ]);
    expect(records).to.deep.equal([]);
    expect(skipped.map((s) => s.subtype)).to.deep.equal(['Popup', 'Sound', 'Movie', null]);
    expect(skipped[1]!.reason).to.match(/no type for a Sound/);
  });
});

describe('annotation mapping: geometry', () => {
  it('measures from the top-left of the crop box, y down', () => {
    const record = only([item({ id: '1R', subtype: 'Square', rect: [110, 700, 210, 750] })]);
    expect(record['bbox']).to.deep.equal([100, 62, 100, 50]);
  });

  it('keeps coordinates outside the crop box as they are, and scales by UserUnit', () => {
    const outside = convert([item({ id: '1R', subtype: 'Square', rect: [0, 800, 5, 900] })]).records[0]!;
    expect(outside.bbox).to.deep.equal([-10, -88, 5, 100]);
    const scaled = convert([item({ id: '1R', subtype: 'Square', rect: [110, 700, 210, 750] })], {
      page: { view: [10, 20, 622, 812], userUnit: 2 },
    }).records[0]!;
    expect(scaled.bbox).to.deep.equal([200, 124, 200, 100]);
  });

  it('gives the empty bbox at the user-space origin when pdf.js has no rect', () => {
    const record = only([item({ id: '1R', subtype: 'Square', rect: null })]);
    expect(record['bbox']).to.deep.equal([-10, 812, 0, 0]);
  });

  it('recovers the decimals of Float32Array values and removes subtraction noise', () => {
    expect(fromFloat32(Math.fround(713.08))).to.equal(713.08);
    expect(fromFloat32(0.1)).to.equal(0.1); // not a float32: left alone
    const record = only([
      item({
        id: '1R',
        subtype: 'PolyLine',
        vertices: Float32Array.of(110.7, 713.08, 200.3, 701.9),
        lineEndings: ['OpenArrow', 'None'],
      }),
    ]);
    expect(record['points']).to.deep.equal([
      [100.7, 98.92],
      [190.3, 110.1],
    ]);
    expect(record['lineCaps']).to.deep.equal({ start: 'openArrow' });
  });

  it('turns each quad into its bounding rect', () => {
    const record = only([
      item({
        id: '1R',
        subtype: 'Highlight',
        quadPoints: Float32Array.of(110, 750, 160, 750, 110, 740, 160, 740, 110, 730, 140, 730, 110, 720, 140, 720),
      }),
    ]);
    expect(record['rects']).to.deep.equal([
      [100, 62, 50, 10],
      [100, 82, 30, 10],
    ]);
  });
});

describe('annotation mapping: common fields', () => {
  it('writes noPrint when the Print flag is missing, and the other flags in the model’s order', () => {
    const flags = (annotationFlags: number) =>
      (convert([item({ id: '1R', subtype: 'Square', annotationFlags })]).records[0]!.flags ?? null);
    expect(flags(4)).to.equal(null);
    expect(flags(0)).to.deep.equal(['noPrint']);
    expect(flags(4 | 8 | 16)).to.deep.equal(['noZoom', 'noRotate']);
    expect(flags(0b1111111111)).to.deep.equal([
      'noZoom',
      'noRotate',
      'noView',
      'hidden',
      'invisible',
      'readOnly',
      'locked',
      'toggleNoView',
      'lockedContents',
    ]);
  });

  it('maps author, dates, opacity and contents', () => {
    const record = only([
      item({
        id: '1R',
        subtype: 'Square',
        titleObj: { str: 'Tim' },
        creationDate: "D:20151220233720+01'00'",
        modificationDate: 'D:20250627162410Z',
        opacity: 0.25,
        contentsObj: { str: 'line one\rline two\r\nthree' },
      }),
    ]);
    expect(record).to.include({
      creatorName: 'Tim',
      createdAt: '2015-12-20T22:37:20Z',
      updatedAt: '2025-06-27T16:24:10Z',
      opacity: 0.25,
      note: 'line one\nline two\nthree',
    });
  });

  it('leaves out missing or unusable dates and empty authors', () => {
    const record = only([
      item({
        id: '1R',
        subtype: 'Square',
        titleObj: { str: '' },
        creationDate: "D:01220011195504+00'208'",
        modificationDate: null,
      }),
    ]);
    expect(record).not.to.have.any.keys('creatorName', 'createdAt', 'updatedAt');
  });
});

describe('PDF dates', () => {
  it('converts to UTC, honouring the time zone', () => {
    expect(pdfDateToTimestamp("D:20151220233735+01'00'")).to.equal('2015-12-20T22:37:35Z');
    expect(pdfDateToTimestamp("D:20130214134109-08'00'")).to.equal('2013-02-14T21:41:09Z');
    expect(pdfDateToTimestamp("D:20220110160015+05'30")).to.equal('2022-01-10T10:30:15Z');
    expect(pdfDateToTimestamp('D:20231231233000-0100')).to.equal('2024-01-01T00:30:00Z');
    expect(pdfDateToTimestamp('D:20250627162410Z')).to.equal('2025-06-27T16:24:10Z');
  });

  it('defaults missing parts and reads a date without zone or prefix as UTC', () => {
    expect(pdfDateToTimestamp('D:2021')).to.equal('2021-01-01T00:00:00Z');
    expect(pdfDateToTimestamp('D:202105241350')).to.equal('2021-05-24T13:50:00Z');
    expect(pdfDateToTimestamp('20210524135020')).to.equal('2021-05-24T13:50:20Z');
  });

  it('reads a malformed zone as UTC but rejects impossible dates', () => {
    expect(pdfDateToTimestamp("D:20220110151234+00'240'")).to.equal('2022-01-10T15:12:34Z');
    expect(pdfDateToTimestamp("D:01220011195504+00'208'")).to.equal(undefined); // month 00
    expect(pdfDateToTimestamp('D:20230230120000Z')).to.equal(undefined); // 30 February
    expect(pdfDateToTimestamp('D:20230101240000Z')).to.equal(undefined); // hour 24
    expect(pdfDateToTimestamp('yesterday')).to.equal(undefined);
    expect(pdfDateToTimestamp('')).to.equal(undefined);
    expect(pdfDateToTimestamp(null)).to.equal(undefined);
  });
});

describe('annotation mapping: subtypes', () => {
  it('Text → note with icon and color; NoIcon and a missing color fall back', () => {
    const [comment, plain] = convert([
      item({ id: '1R', subtype: 'Text', name: 'Comment', contentsObj: { str: 'Hi' }, color: new Uint8ClampedArray([255, 222, 33]) }),
      item({ id: '2R', subtype: 'Text', name: 'NoIcon', color: null }),
    ]).records as unknown as Record<string, unknown>[];
    expect(comment).to.include({ type: 'pspdfkit/note', icon: 'comment', color: '#ffde21' });
    expect(comment!['text']).to.deep.equal({ format: 'plain', value: 'Hi' });
    expect(plain).to.include({ type: 'pspdfkit/note', color: '#ffff00' });
    expect(plain).not.to.have.key('icon');
    expect(plain!['text']).to.deep.equal({ format: 'plain', value: '' });
  });

  it('Caret → note with the insert icon; FileAttachment → note named after its file', () => {
    const [caret, attachment] = convert([
      item({ id: '1R', subtype: 'Caret', contentsObj: { str: 'add a comma' } }),
      item({ id: '2R', subtype: 'FileAttachment', name: 'PushPin', file: { filename: 'data.csv' } }),
    ]).records as unknown as Record<string, unknown>[];
    expect(caret).to.include({ type: 'pspdfkit/note', icon: 'insert' });
    expect(caret!['text']).to.deep.equal({ format: 'plain', value: 'add a comma' });
    expect(attachment).to.include({ type: 'pspdfkit/note' });
    expect(attachment!['text']).to.deep.equal({ format: 'plain', value: 'data.csv' });
  });

  it('FreeText → text with font, size, color and the alignment of its rich text', () => {
    const record = only([
      item({
        id: '1R',
        subtype: 'FreeText',
        color: null,
        contentsObj: { str: 'Hello' },
        defaultAppearanceData: { fontSize: 9, fontName: 'Helv', fontColor: new Uint8ClampedArray([0, 0, 255]) },
        richText: { html: { children: [{ attributes: { style: { textAlign: 'center' } }, children: [] }] } },
        rotation: 90,
      }),
    ]);
    expect(record).to.include({
      type: 'pspdfkit/text',
      fontSize: 9,
      font: 'Helvetica',
      fontColor: '#0000ff',
      horizontalAlign: 'center',
      verticalAlign: 'top',
      rotation: 90,
    });
    expect(record['text']).to.deep.equal({ format: 'plain', value: 'Hello' });
    expect(record).not.to.have.key('backgroundColor');
  });

  it('Line → shape/line with its points, caps, width and dashes', () => {
    const record = only([
      item({
        id: '1R',
        subtype: 'Line',
        lineCoordinates: [120, 710, 200, 740],
        lineEndings: ['Circle', 'RClosedArrow'],
        borderStyle: { width: 3, style: 2, dashArray: [4, 2] },
      }),
    ]);
    expect(record).to.deep.include({
      type: 'pspdfkit/shape/line',
      startPoint: [110, 102],
      endPoint: [190, 72],
      lineCaps: { start: 'circle', end: 'reverseClosedArrow' },
      strokeWidth: 3,
      strokeDashArray: [4, 2],
      strokeColor: '#ff0000',
    });
  });

  it('Ink → ink with 0.5 intensities; no InkList gives one empty segment', () => {
    const [drawn, empty] = convert([
      item({ id: '1R', subtype: 'Ink', inkLists: [Float32Array.of(110, 750, 120, 740), Float32Array.of(130, 730)] }),
      item({ id: '2R', subtype: 'Ink', inkLists: [], color: null, borderStyle: { width: 0 } }),
    ]).records as unknown as Record<string, unknown>[];
    expect(drawn!['lines']).to.deep.equal({
      points: [
        [
          [100, 62],
          [110, 72],
        ],
        [[120, 82]],
      ],
      intensities: [[0.5, 0.5], [0.5]],
    });
    expect(empty!['lines']).to.deep.equal({ points: [[]], intensities: [[]] });
    expect(empty).to.include({ lineWidth: 1, strokeColor: '#000000', isDrawnNaturally: false });
  });

  it('text markup falls back to pdf.js’s colors and to the bbox when there are no quads', () => {
    const [highlight, squiggly] = convert([
      item({ id: '1R', subtype: 'Highlight', color: null }),
      item({ id: '2R', subtype: 'Squiggly', color: null }),
    ]).records as unknown as Record<string, unknown>[];
    expect(highlight).to.deep.include({ color: '#ffff00', blendMode: 'multiply', rects: [[100, 62, 100, 50]] });
    expect(squiggly).to.deep.include({ type: 'pspdfkit/markup/squiggly', color: '#000000' });
  });

  it('Redact → redaction over its bbox, outlined in its color', () => {
    const record = only([item({ id: '1R', subtype: 'Redact', contentsObj: { str: 'PII' } })]);
    expect(record).to.deep.include({
      type: 'pspdfkit/markup/redaction',
      rects: [[100, 62, 100, 50]],
      outlineColor: '#ff0000',
      note: 'PII',
    });
  });

  it('Stamp → a standard stamp type when the name is one, else Custom', () => {
    const [approved, custom] = convert([
      item({ id: '1R', subtype: 'Stamp', name: 'Approved' }),
      item({ id: '2R', subtype: 'Stamp' }),
    ]).records as unknown as Record<string, unknown>[];
    expect(approved).to.include({ type: 'pspdfkit/stamp', stampType: 'Approved', color: '#ff0000', rotation: 0 });
    expect(custom).to.include({ stampType: 'Custom' });
  });

  it('Widget → pspdfkit/widget with its form field name', () => {
    const record = only([
      item({
        id: '1R',
        subtype: 'Widget',
        fieldName: 'Text1',
        fieldType: 'Tx',
        textAlignment: 2,
        defaultAppearanceData: { fontSize: 12, fontName: 'Helv', fontColor: new Uint8ClampedArray([0, 0, 0]) },
      }),
    ]);
    expect(record).to.include({ type: 'pspdfkit/widget', formFieldName: 'Text1', fontSize: 12, horizontalAlign: 'right' });
  });
});

describe('annotation mapping: link actions', () => {
  const link = (fields: Partial<PdfjsAnnotationData>) => item({ id: '9R', subtype: 'Link', ...fields });

  it('URI → uri, as written in the PDF', () => {
    const record = only([link({ url: 'http://example.com/a%20b', unsafeUrl: 'example.com/a b' })]);
    expect(record['action']).to.deep.equal({ type: 'uri', uri: 'example.com/a b' });
  });

  it('GoTo → goTo with the resolved page index; an unresolved destination skips the link', () => {
    const record = only([link({ dest: 'chapter.2' })], new Map([['9R', 7]]));
    expect(record['action']).to.deep.equal({ type: 'goTo', pageIndex: 7 });
    const { records, skipped } = convert([link({ dest: 'nowhere' })]);
    expect(records).to.deep.equal([]);
    expect(skipped[0]!.reason).to.match(/destination/);
  });

  it('Named → named in the format’s spelling; a name it lacks skips the link', () => {
    expect(only([link({ action: 'NextPage' })])['action']).to.deep.equal({ type: 'named', action: 'nextPage' });
    expect(only([link({ action: 'Print' })])['action']).to.deep.equal({ type: 'named', action: 'print' });
    expect(convert([link({ action: 'FullScreen' })]).skipped[0]!.reason).to.match(/FullScreen/);
  });

  it('ResetForm → resetForm with fields by name and by object number', () => {
    const record = only([link({ resetForm: { fields: ['Name'], refs: ['12R'], include: false } })]);
    expect(record['action']).to.deep.equal({
      type: 'resetForm',
      flags: 'includeExclude',
      fields: [{ fieldName: 'Name' }, { pdfObjectId: 12 }],
    });
  });

  it('GoToE → goToEmbedded; a link without any action is skipped', () => {
    const record = only([link({ attachment: { filename: 'inner.pdf' }, newWindow: true })]);
    expect(record['action']).to.deep.equal({
      type: 'goToEmbedded',
      newWindow: true,
      relativePath: 'inner.pdf',
      targetType: 'child',
    });
    expect(convert([link({})]).skipped).to.have.length(1);
  });

  it('keeps a visible border with its color', () => {
    const record = only([
      link({ url: 'https://a.b/', borderStyle: { width: 0.4, style: 1 }, borderColor: new Uint8ClampedArray([204, 153, 153]) }),
    ]);
    expect(record).to.include({ borderStyle: 'solid', borderWidth: 0.4, borderColor: '#cc9999' });
    expect(only([link({ url: 'https://a.b/', borderStyle: { width: 0 } })])).not.to.have.any.keys('borderStyle', 'borderWidth');
  });
});
