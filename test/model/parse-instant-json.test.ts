import { expect } from '@open-wc/testing';
import { AnnotationStore, InstantJsonError, parseInstantJson } from '../../src/model/index.js';
import { doc, expectInstantJsonError, FORMAT, importedInk } from './helpers.js';
import { describe, it } from './mocha.js';

/** Parses a document whose only annotation is `record`. */
function parseOne(record: Record<string, unknown>, options?: { pageCount?: number }): void {
  parseInstantJson(doc({ annotations: [record] }), options);
}

const highlight = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  v: 1,
  type: 'pspdfkit/markup/highlight',
  id: 'h',
  pageIndex: 0,
  bbox: [1, 2, 3, 4],
  rects: [[1, 2, 3, 4]],
  color: '#FFFF00',
  ...extra,
});

describe('parseInstantJson: the document', () => {
  it('rejects text that is not JSON at the root, quoting the parser', () => {
    const error = expectInstantJsonError(() => parseInstantJson('{"format": '), '');
    expect(error.message).to.match(/^Instant JSON: not valid JSON text: /);
    expect(error.cause).to.be.instanceOf(SyntaxError);
    expect(error.message).to.contain((error.cause as Error).message);
  });

  it('rejects a value that is not an object', () => {
    for (const value of ['[]', '42', 'null', '"text"']) {
      const error = expectInstantJsonError(() => parseInstantJson(value), '');
      expect(error.message).to.contain('expected an Instant JSON object');
    }
    expectInstantJsonError(() => parseInstantJson(undefined), '');
  });

  it('rejects a missing or wrong format', () => {
    expect(expectInstantJsonError(() => parseInstantJson({}), 'format').message).to.contain(FORMAT);
    const error = expectInstantJsonError(() => parseInstantJson({ format: 'https://pspdfkit.com/instant-json/v2' }), 'format');
    expect(error.message).to.contain('found "https://pspdfkit.com/instant-json/v2"');
  });

  it('checks pdfId: absent, null or { permanent, changing }', () => {
    parseInstantJson(doc({ pdfId: null }));
    parseInstantJson(doc({ pdfId: { permanent: 'a', changing: 'b' } }));
    expectInstantJsonError(() => parseInstantJson(doc({ pdfId: 'abc' })), 'pdfId');
    expectInstantJsonError(() => parseInstantJson(doc({ pdfId: { permanent: 1, changing: 'b' } })), 'pdfId.permanent');
    expectInstantJsonError(() => parseInstantJson(doc({ pdfId: { permanent: 'a' } })), 'pdfId.changing');
  });

  it('checks skippedPdfObjectIds: distinct non-negative integers', () => {
    parseInstantJson(doc({ skippedPdfObjectIds: [0, 5, 9] }));
    expectInstantJsonError(() => parseInstantJson(doc({ skippedPdfObjectIds: 5 })), 'skippedPdfObjectIds');
    expectInstantJsonError(() => parseInstantJson(doc({ skippedPdfObjectIds: [1, '2'] })), 'skippedPdfObjectIds[1]');
    expectInstantJsonError(() => parseInstantJson(doc({ skippedPdfObjectIds: [1.5] })), 'skippedPdfObjectIds[0]');
    expectInstantJsonError(() => parseInstantJson(doc({ skippedPdfObjectIds: [3, 4, 3] })), 'skippedPdfObjectIds[2]');
  });

  it('requires unique annotation ids and one new version per PDF object', () => {
    const error = expectInstantJsonError(
      () => parseInstantJson(doc({ annotations: [importedInk('a'), importedInk('b'), importedInk('a')] })),
      'annotations[2].id',
    );
    expect(error.message).to.contain('annotations[0]');
    expectInstantJsonError(
      () => parseInstantJson(doc({ annotations: [importedInk('1', 0, { pdfObjectId: 1 }), importedInk('x', 0, { pdfObjectId: 1 })] })),
      'annotations[1].pdfObjectId',
    );
  });

  it('checks formFieldValues, attachments, bookmarks and comments where the spec defines them', () => {
    const value = { v: 1, type: 'pspdfkit/form-field-value', name: 'a', value: 'x' };
    parseInstantJson(doc({ formFieldValues: [value, { ...value, name: 'b', value: ['1'], optionIndexes: [0] }, { ...value, name: 'c', value: null }] }));
    expectInstantJsonError(() => parseInstantJson(doc({ formFieldValues: [{ ...value, name: undefined }] })), 'formFieldValues[0].name');
    expectInstantJsonError(() => parseInstantJson(doc({ formFieldValues: [{ ...value, value: [1] }] })), 'formFieldValues[0].value[0]');
    expectInstantJsonError(() => parseInstantJson(doc({ formFieldValues: [value, value] })), 'formFieldValues[1].name');
    expectInstantJsonError(() => parseInstantJson(doc({ formFieldValues: [{ ...value, type: 'x' }] })), 'formFieldValues[0].type');

    parseInstantJson(doc({ attachments: { '3f2a': { binary: 'AAAA', contentType: 'image/png' } } }));
    expectInstantJsonError(() => parseInstantJson(doc({ attachments: [] })), 'attachments');
    expectInstantJsonError(() => parseInstantJson(doc({ attachments: { '3f2a': { contentType: 'image/png' } } })), 'attachments["3f2a"].binary');

    const bookmark = { v: 1, type: 'pspdfkit/bookmark', name: 'Intro', action: { type: 'goTo', pageIndex: 0 } };
    parseInstantJson(doc({ bookmarks: [bookmark, { ...bookmark, pdfBookmarkId: '7', futureKey: 1 }] }));
    expectInstantJsonError(() => parseInstantJson(doc({ bookmarks: [{ ...bookmark, action: undefined }] })), 'bookmarks[0].action');
    expectInstantJsonError(() => parseInstantJson(doc({ bookmarks: [{ ...bookmark, action: { type: 'goTo' } }] })), 'bookmarks[0].action.pageIndex');

    const comment = { v: 2, type: 'pspdfkit/comment', rootId: 'r', pageIndex: 1, text: { format: 'xhtml', value: '<p>x</p>' } };
    parseInstantJson(doc({ comments: [comment, { ...comment, v: 1, text: 'plain' }] }));
    expectInstantJsonError(() => parseInstantJson(doc({ comments: [{ ...comment, rootId: undefined }] })), 'comments[0].rootId');
    expectInstantJsonError(() => parseInstantJson(doc({ comments: [{ ...comment, v: 1 }] })), 'comments[0].text');
    expectInstantJsonError(() => parseInstantJson(doc({ comments: [comment] }), { pageCount: 1 }), 'comments[0].pageIndex');
  });

  it('keeps sections and keys it does not know, unchecked and unchanged', () => {
    const input = doc({ formFields: [{ anything: true }], skippedComments: 'x', __proto__x: 1 });
    const parsed = parseInstantJson(JSON.stringify(input));
    expect(parsed).to.deep.equal(input);
    const withProto = parseInstantJson(`{"format":"${FORMAT}","__proto__":{"kept":true}}`);
    expect(Object.keys(withProto)).to.deep.equal(['format', '__proto__']);
    const store = new AnnotationStore();
    store.importInstantJson(withProto);
    expect(Object.keys(store.exportInstantJson())).to.deep.equal(['format', '__proto__']);
  });

  it('returns a deeply frozen copy; an object passed in is neither frozen nor kept', () => {
    const input = doc({ annotations: [importedInk('a', 0, { customData: { nested: [1] } })] });
    const parsed = parseInstantJson(input);
    expect(parsed).to.deep.equal(input);
    expect(parsed).not.to.equal(input);
    expect(Object.isFrozen(input)).to.equal(false);
    const record = parsed.annotations![0] as unknown as { customData: { nested: number[] } };
    expect(Object.isFrozen(record.customData.nested)).to.equal(true);
    // A document the model produced is shared, not copied again.
    expect(parseInstantJson(parsed)).to.equal(parsed);
  });

  it('checks pageCount itself', () => {
    expect(() => parseInstantJson(doc(), { pageCount: -1 })).to.throw(RangeError);
  });
});

describe('parseInstantJson: annotation records', () => {
  it('names the field, what was expected and what was found', () => {
    const records = [importedInk('a'), importedInk('b'), importedInk('c'), importedInk('d', 0, { bbox: 'abc' })];
    const error = expectInstantJsonError(() => parseInstantJson(doc({ annotations: records })), 'annotations[3].bbox');
    expect(error.message).to.equal(
      'annotations[3].bbox: expected an array of 4 finite numbers [left, top, width, height] with width and height ≥ 0, found "abc"',
    );
    expect(error).to.be.instanceOf(Error);
  });

  it('requires v, type, pageIndex and bbox on every record, saying which is missing', () => {
    // Not id: records written by PSPDFKit's native SDKs have none (see real-world-shapes.test.ts).
    for (const key of ['v', 'type', 'pageIndex', 'bbox']) {
      const error = expectInstantJsonError(() => parseOne(highlight({ [key]: undefined })), `annotations[0].${key}`);
      expect(error.message).to.contain('required key is missing');
    }
  });

  it('checks base fields', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ v: 3 }, 'v'],
      [{ v: '1' }, 'v'],
      [{ id: '' }, 'id'],
      [{ pageIndex: -1 }, 'pageIndex'],
      [{ pageIndex: 0.5 }, 'pageIndex'],
      [{ bbox: [0, 0, -1, 5] }, 'bbox'],
      [{ bbox: [0, 0, 1] }, 'bbox'],
      [{ bbox: [0, 0, 1, Number.NaN] }, 'bbox'],
      [{ opacity: 1.5 }, 'opacity'],
      [{ pdfObjectId: -2 }, 'pdfObjectId'],
      [{ flags: ['noPrint', 'print'] }, 'flags[1]'],
      [{ createdAt: '2012-04-23' }, 'createdAt'],
      [{ updatedAt: '2012-04-23T18:25:43' }, 'updatedAt'],
      [{ updatedAt: '2012-13-45T18:25:43Z' }, 'updatedAt'],
      [{ creatorName: null }, 'creatorName'],
      [{ name: 5 }, 'name'],
      [{ customData: [1] }, 'customData'],
      [{ action: { type: 'uri' } }, 'action.uri'],
      [{ action: { type: 'launchRocket' } }, 'action.type'],
    ];
    for (const [change, path] of cases) expectInstantJsonError(() => parseOne(highlight(change)), `annotations[0].${path}`);
  });

  it('accepts a degenerate bbox, both color cases, and timestamps with offsets or without fractions', () => {
    parseOne(highlight({ bbox: [0, 842, 0, 0], color: '#aBcDeF', createdAt: '2018-07-03T13:53:03Z', updatedAt: '2018-07-03T15:53:03.5+02:00' }));
    parseOne(highlight({ customData: null, flags: ['lockedContents', 'noView'] }));
  });

  it('checks the fields of each known type', () => {
    const ink = importedInk('i');
    const text1 = { v: 1, type: 'pspdfkit/text', id: 't', pageIndex: 0, bbox: [0, 0, 1, 1], text: 'x', fontSize: 12, fontColor: '#000000', horizontalAlign: 'left', verticalAlign: 'top' };
    const line = { v: 1, type: 'pspdfkit/shape/line', id: 'l', pageIndex: 0, bbox: [0, 0, 1, 1], startPoint: [0, 0], endPoint: [1, 1] };
    const link = { v: 1, type: 'pspdfkit/link', id: 'k', pageIndex: 0, bbox: [0, 0, 1, 1], action: { type: 'uri', uri: 'https://example.com' } };
    const cases: Array<[Record<string, unknown>, string]> = [
      [highlight({ color: 'yellow' }), 'color'],
      [highlight({ color: '#FFF' }), 'color'],
      [highlight({ rects: [[1, 2, 3, 4], [1, 2, 3]] }), 'rects[1]'],
      [highlight({ rects: undefined }), 'rects'],
      [highlight({ blendMode: 'burn' }), 'blendMode'],
      [{ ...ink, lines: { points: [], intensities: [] } }, 'lines.points'],
      [{ ...ink, lines: { points: [[[1, 2], [3]]], intensities: [[0.5]] } }, 'lines.points[0][1]'],
      [{ ...ink, lines: { points: [[[1, 2]]], intensities: [[2]] } }, 'lines.intensities[0][0]'],
      [{ ...ink, lines: { points: [[[1, 2]]] } }, 'lines.intensities'],
      [{ ...ink, isDrawnNaturally: 'no' }, 'isDrawnNaturally'],
      [{ ...ink, strokeColor: undefined }, 'strokeColor'],
      [{ ...text1, text: { format: 'plain', value: 'x' } }, 'text'],
      [{ ...text1, v: 2 }, 'text'],
      [{ ...text1, v: 2, text: { format: 'html', value: 'x' } }, 'text.format'],
      [{ ...text1, fontStyle: ['bold', 'underline'] }, 'fontStyle[1]'],
      [{ ...text1, horizontalAlign: 'justify' }, 'horizontalAlign'],
      [{ ...text1, callout: { start: [0, 0], end: [1, 1] } }, 'callout.innerRectInset'],
      [{ ...text1, borderStyle: 'cloudy' }, 'borderStyle'],
      [{ ...line, endPoint: [1] }, 'endPoint'],
      [{ ...line, lineCaps: { start: 'arrow' } }, 'lineCaps.start'],
      [{ ...line, strokeDashArray: [3, -3] }, 'strokeDashArray[1]'],
      [{ ...link, action: undefined }, 'action'],
      [{ ...link, action: { type: 'uri', uri: 'x', subAction: { type: 'named', action: 'explode' } } }, 'action.subAction.action'],
      [{ ...link, action: { type: 'hide', hide: true, annotationReferences: [{ pdfObjectId: 'x' }] } }, 'action.annotationReferences[0].pdfObjectId'],
      [{ ...link, action: { type: 'submitForm', uri: 'x', flags: ['xfdf', 'json'] } }, 'action.flags[1]'],
      [{ v: 1, type: 'pspdfkit/note', id: 'n', pageIndex: 0, bbox: [0, 0, 1, 1], text: 'x', color: '#000000', icon: 'smile' }, 'icon'],
      [{ v: 1, type: 'pspdfkit/stamp', id: 's', pageIndex: 0, bbox: [0, 0, 1, 1], stampType: 'Rubber' }, 'stampType'],
      [{ v: 1, type: 'pspdfkit/image', id: 'm', pageIndex: 0, bbox: [0, 0, 1, 1], contentType: 'image/gif' }, 'contentType'],
      [{ v: 1, type: 'pspdfkit/shape/polygon', id: 'p', pageIndex: 0, bbox: [0, 0, 1, 1], points: [[0, 0], 'x'] }, 'points[1]'],
      [{ v: 1, type: 'pspdfkit/shape/ellipse', id: 'e', pageIndex: 0, bbox: [0, 0, 1, 1], cloudyBorderInset: [1, 1] }, 'cloudyBorderInset'],
      [{ v: 2, type: 'pspdfkit/comment-marker', id: 'c', pageIndex: 0, bbox: [0, 0, 1, 1], text: 'plain' }, 'text'],
      [{ v: 1, type: 'pspdfkit/markup/redaction', id: 'r', pageIndex: 0, bbox: [0, 0, 1, 1], repeatOverlayText: 'yes' }, 'repeatOverlayText'],
    ];
    for (const [record, path] of cases) expectInstantJsonError(() => parseOne(record), `annotations[0].${path}`);
    for (const record of [ink, text1, line, link]) parseOne(record);
  });

  it('explains version-dependent text', () => {
    const error = expectInstantJsonError(
      () => parseOne({ v: 2, type: 'pspdfkit/note', id: 'n', pageIndex: 0, bbox: [0, 0, 1, 1], text: 'x', color: '#000000' }),
      'annotations[0].text',
    );
    expect(error.message).to.contain('"v": 2 record').and.to.contain('found "x"');
  });

  it('accepts other pspdfkit/… types with their base fields checked, and rejects types outside that namespace', () => {
    const widget = { v: 2, type: 'pspdfkit/widget', id: 'w', pageIndex: 0, bbox: [0, 0, 1, 1], formFieldName: 'f', anything: { goes: [1] } };
    parseOne(widget);
    parseOne({ ...widget, type: 'pspdfkit/foo', lines: 'not checked for unknown types' });
    expectInstantJsonError(() => parseOne({ ...widget, bbox: null }), 'annotations[0].bbox');
    const error = expectInstantJsonError(() => parseOne({ ...widget, type: 'text' }), 'annotations[0].type');
    expect(error.message).to.contain('"pspdfkit/"').and.to.contain('found "text"');
    expectInstantJsonError(() => parseOne({ ...widget, type: 42 }), 'annotations[0].type');
  });

  it('rejects a pageIndex at or past pageCount, saying the range', () => {
    parseOne(highlight({ pageIndex: 4 }), { pageCount: 5 });
    const error = expectInstantJsonError(() => parseOne(highlight({ pageIndex: 5 }), { pageCount: 5 }), 'annotations[0].pageIndex');
    expect(error.message).to.equal(
      'annotations[0].pageIndex: expected a page index from 0 to 4 (the document has 5 pages), found 5',
    );
  });

  it('describes odd values it found', () => {
    const long = 'x'.repeat(500);
    const message = expectInstantJsonError(() => parseOne(highlight({ name: { long } })), 'annotations[0].name').message;
    expect(message.length).to.be.below(250);
    expect(message).to.contain('found an object {"long":"xxx');
    expect(() => parseOne(highlight({ name: () => 1 }))).to.throw(InstantJsonError, 'found a function');
  });
});
