/**
 * applyInstantJson as a whole: the incremental update, /ID, originals that
 * are deleted or edited, errors, determinism, flattening.
 */
import { expect } from '@open-wc/testing';
import { InstantJsonError } from '../../src/model/index.js';
import { applyInstantJson, PdfWriteError } from '../../src/pdf-writer/index.js';
import { readPageAnnotations } from '../../src/pdf/annotation-reader.js';
import {
  appendedText,
  closeReopened,
  corpusBytes,
  instantJson,
  lastStartXref,
  pdfjsAnnotations,
  renderPage,
  reopen,
  sameBytes,
} from './writer-kit.js';

const LINE_PDF = 'pdfjs/annotation-line.pdf';

const rectangle = {
  v: 2,
  type: 'pspdfkit/shape/rectangle',
  id: '01JRECTANGLE0000000000000A',
  pageIndex: 0,
  bbox: [100, 100, 120, 80],
  strokeColor: '#FF0000',
  strokeWidth: 4,
  createdAt: '2026-12-08T10:00:00.000Z',
  updatedAt: '2026-12-08T10:05:00.000Z',
  creatorName: 'Ana',
} as const;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('applyInstantJson', () => {
  afterEach(closeReopened);

  it('appends an incremental update: the original is an exact prefix, /Prev points at the old xref, /ID[0] stays', async () => {
    const original = await corpusBytes(LINE_PDF);
    const saved = await applyInstantJson(original, instantJson({ annotations: [rectangle] as never }));
    expect(saved.length).to.be.greaterThan(original.length);
    expect(sameBytes(saved.subarray(0, original.length), original)).to.equal(true);
    const update = appendedText(original, saved);
    expect(update).to.match(new RegExp(`/Prev ${lastStartXref(original)}\\b`));
    const pdf = await reopen(saved);
    const before = await reopen(original);
    expect(pdf.pdfId!.permanent).to.equal(before.pdfId!.permanent);
    expect(pdf.pdfId!.changing).to.not.equal(before.pdfId!.changing);
  });

  it('gives byte-identical output for the same input', async () => {
    const original = await corpusBytes(LINE_PDF);
    const json = instantJson({ annotations: [rectangle] as never });
    const first = await applyInstantJson(original, json);
    const second = await applyInstantJson(original, JSON.stringify(json));
    expect(sameBytes(first, second)).to.equal(true);
  });

  it('writes the shared entries: /NM, /T, /M, /CreationDate, Print flag', async () => {
    const original = await corpusBytes(LINE_PDF);
    const saved = await applyInstantJson(original, instantJson({ annotations: [{ ...rectangle, flags: ['noZoom', 'locked'] }] as never }));
    const annotations = await pdfjsAnnotations(await reopen(saved), 0);
    const square = annotations.find((annotation) => annotation.subtype === 'Square');
    expect(square, 'the rectangle is in the saved file').to.exist;
    expect(square!.titleObj?.str).to.equal('Ana');
    expect(square!['modificationDate']).to.equal('D:20261208100500Z');
    expect(square!['creationDate']).to.equal('D:20261208100000Z');
    // Print (4) | NoZoom (8) | Locked (128)
    expect(square!.annotationFlags).to.equal(140);
    expect(square!.hasAppearance).to.equal(true);
  });

  it('removes a deleted original and its popup from the page', async () => {
    const original = await corpusBytes('pdfjs/annotation-link-text-popup.pdf');
    const before = await pdfjsAnnotations(await reopen(original), 0);
    const text = before.find((annotation) => annotation.subtype === 'Text' && annotation['popupRef']);
    expect(text, 'the corpus file has a note with a popup').to.exist;
    const objectNumber = parseInt(text!.id, 10);
    const saved = await applyInstantJson(original, instantJson({ skippedPdfObjectIds: [objectNumber] }));
    const after = await pdfjsAnnotations(await reopen(saved), 0);
    const ids = after.map((annotation) => annotation.id);
    expect(ids).to.not.include(text!.id);
    expect(ids).to.not.include(text!['popupRef']);
    expect(after.length).to.equal(before.length - 2);
  });

  it('rewrites an edited original under its own object number, in its place', async () => {
    const original = await corpusBytes(LINE_PDF);
    const pdf = await reopen(original);
    const [line] = (await readPageAnnotations(pdf.document, 0)).filter((record) => record.type === 'pspdfkit/shape/line');
    expect(line, 'the corpus file has a line').to.exist;
    const edited = { ...line!, strokeColor: '#00AA00', strokeWidth: 3 };
    const saved = await applyInstantJson(original, instantJson({ skippedPdfObjectIds: [line!.pdfObjectId!], annotations: [edited] as never }));
    const beforeIds = (await pdfjsAnnotations(pdf, 0)).map((annotation) => annotation.id);
    const after = await pdfjsAnnotations(await reopen(saved), 0);
    expect(after.map((annotation) => annotation.id)).to.deep.equal(beforeIds);
    const rewritten = after.find((annotation) => annotation.id === `${line!.pdfObjectId}R`);
    expect(rewritten?.subtype).to.equal('Line');
    expect([...rewritten!.color!]).to.deep.equal([0, 170, 0]);
    const reread = (await readPageAnnotations((await reopen(saved)).document, 0)).find((record) => record.pdfObjectId === line!.pdfObjectId);
    expect(reread).to.include({ type: 'pspdfkit/shape/line', strokeColor: '#00aa00' });
  });

  it('keeps the xref kind of the original: a table after a table, a stream after a stream', async () => {
    const table = await corpusBytes('qpdf/annotations-rotated-90.pdf');
    const savedTable = await applyInstantJson(table, instantJson({ annotations: [rectangle] as never }));
    expect(appendedText(table, savedTable)).to.match(/\nxref\n/);
    const stream = await corpusBytes(LINE_PDF);
    const savedStream = await applyInstantJson(stream, instantJson({ annotations: [rectangle] as never }));
    expect(appendedText(stream, savedStream)).to.match(/\/Type \/XRef/);
    for (const saved of [savedTable, savedStream]) {
      const annotations = await pdfjsAnnotations(await reopen(saved), 0);
      expect(annotations.some((annotation) => annotation.subtype === 'Square')).to.equal(true);
    }
  });

  it('rejects JSON made for another PDF, naming both ids', async () => {
    const original = await corpusBytes(LINE_PDF);
    const error = await rejection(
      applyInstantJson(original, instantJson({ pdfId: { permanent: 'AAAAAAAAAAAAAAAAAAAAAA==', changing: 'AAAAAAAAAAAAAAAAAAAAAA==' } })),
    );
    expect(error).to.be.instanceOf(PdfWriteError);
    expect((error as PdfWriteError).code).to.equal('pdf-id-mismatch');
    expect((error as Error).message).to.contain('AAAAAAAAAAAAAAAAAAAAAA==');
  });

  it('rejects invalid Instant JSON with the path of the problem', async () => {
    const original = await corpusBytes(LINE_PDF);
    const badBox = await rejection(applyInstantJson(original, instantJson({ annotations: [{ ...rectangle, bbox: [0, 0, -5, 1] }] as never })));
    expect(badBox).to.be.instanceOf(InstantJsonError);
    expect((badBox as InstantJsonError).path).to.equal('annotations[0].bbox');
    const badPage = await rejection(applyInstantJson(original, instantJson({ annotations: [{ ...rectangle, pageIndex: 3 }] as never })));
    expect((badPage as InstantJsonError).path).to.equal('annotations[0].pageIndex');
    const notJson = await rejection(applyInstantJson(original, '{ "format": '));
    expect(notJson).to.be.instanceOf(InstantJsonError);
  });

  it('says clearly when the bytes are not a PDF, or an encrypted one', async () => {
    const html = new TextEncoder().encode('<!doctype html><title>Not found</title>');
    const notPdf = await rejection(applyInstantJson(html, instantJson()));
    expect((notPdf as PdfWriteError).code).to.equal('invalid-pdf');
    const encrypted = await rejection(applyInstantJson(await corpusBytes('pypdf/encrypted_doc_no_id.pdf'), instantJson()));
    expect((encrypted as PdfWriteError).code).to.equal('encrypted');
    expect((encrypted as Error).message).to.match(/encrypted/);
  });

  it('reports records it cannot write and writes the rest', async () => {
    const original = await corpusBytes(LINE_PDF);
    const warnings: string[] = [];
    const widget = { v: 2, type: 'pspdfkit/widget', id: 'widget-1', pageIndex: 0, bbox: [10, 10, 50, 20], formFieldName: 'x' };
    const saved = await applyInstantJson(original, instantJson({ annotations: [widget, rectangle] as never, skippedPdfObjectIds: [99999] }), {
      onWarning: (message) => warnings.push(message),
    });
    expect(warnings.some((message) => message.includes('pspdfkit/widget'))).to.equal(true);
    expect(warnings.some((message) => message.includes('99999'))).to.equal(true);
    const annotations = await pdfjsAnnotations(await reopen(saved), 0);
    expect(annotations.some((annotation) => annotation.subtype === 'Square')).to.equal(true);
  });

  it('writes comments as replies to their thread root, and reports comments without a root', async () => {
    const original = await corpusBytes(LINE_PDF);
    const marker = { v: 2, type: 'pspdfkit/comment-marker', id: 'thread-1', pageIndex: 0, bbox: [50, 50, 24, 24], isCommentThreadRoot: true };
    const comments = [
      { v: 2, type: 'pspdfkit/comment', id: 'c1', rootId: 'thread-1', text: { format: 'plain', value: 'Looks good' }, creatorName: 'Ana', createdAt: '2026-12-08T09:00:00Z' },
      { v: 1, type: 'pspdfkit/comment', id: 'c2', rootId: 'thread-1', text: 'Agreed', creatorName: 'Ben' },
      { v: 1, type: 'pspdfkit/comment', id: 'c3', rootId: 'nowhere', text: 'Lost' },
    ];
    const warnings: string[] = [];
    const saved = await applyInstantJson(original, instantJson({ annotations: [marker] as never, comments: comments as never }), {
      onWarning: (message) => warnings.push(message),
    });
    const annotations = await pdfjsAnnotations(await reopen(saved), 0, 'display');
    const root = annotations.find((annotation) => annotation.subtype === 'Text' && !annotation['inReplyTo']);
    expect(root, 'the marker').to.exist;
    const replies = annotations.filter((annotation) => annotation['inReplyTo'] === root!.id);
    expect(replies.map((reply) => [reply.contentsObj?.str, reply.titleObj?.str])).to.deep.equal([
      ['Looks good', 'Ana'],
      ['Agreed', 'Ben'],
    ]);
    expect(warnings.some((message) => message.startsWith('comments[2]'))).to.equal(true);
  });

  it('writes a record without id (older SDKs) under its name, and comments on it', async () => {
    const original = await corpusBytes(LINE_PDF);
    const legacy = { v: 1, type: 'pspdfkit/note', name: 'legacy-note', pageIndex: 0, bbox: [80, 80, 24, 24], text: 'Old note', color: '#ffe066' };
    const comments = [{ v: 1, type: 'pspdfkit/comment', id: 'c1', rootId: 'legacy-note', text: 'Reply to an old note' }];
    const saved = await applyInstantJson(original, instantJson({ annotations: [legacy] as never, comments: comments as never }));
    const annotations = await pdfjsAnnotations(await reopen(saved), 0);
    const note = annotations.find((annotation) => annotation.contentsObj?.str === 'Old note');
    expect(note, 'the note').to.exist;
    const reply = annotations.find((annotation) => annotation['inReplyTo'] === note!.id);
    expect(reply?.contentsObj?.str).to.equal('Reply to an old note');
  });

  it('reports progress up to the total', async () => {
    const original = await corpusBytes(LINE_PDF);
    const steps: [number, number][] = [];
    const annotations = Array.from({ length: 450 }, (_, index) => ({ ...rectangle, id: `rect-${index}`, bbox: [index % 400, 10, 5, 5] }));
    await applyInstantJson(original, instantJson({ annotations: annotations as never }), { onProgress: (done, total) => steps.push([done, total]) });
    expect(steps.length).to.be.greaterThan(2);
    expect(steps[steps.length - 1]![0]).to.equal(steps[steps.length - 1]![1]);
    expect(steps.every(([done], index) => index === 0 || done >= steps[index - 1]![0])).to.equal(true);
  });

  it('flattens: appearances become page content, annotations and the form go, links and redactions stay', async () => {
    const original = await corpusBytes('pdfjs/annotation-square-circle.pdf');
    const pdf = await reopen(original);
    const before = await pdfjsAnnotations(pdf, 0);
    expect(before.length).to.be.greaterThan(0);
    const redaction = { v: 2, type: 'pspdfkit/markup/redaction', id: 'redact-1', pageIndex: 0, bbox: [10, 10, 40, 20], rects: [[10, 10, 40, 20]] };
    const flat = await applyInstantJson(original, instantJson({ annotations: [redaction] as never }), { flatten: true });
    const flattened = await reopen(flat);
    const after = await pdfjsAnnotations(flattened, 0);
    expect(after.map((annotation) => annotation.subtype)).to.deep.equal(['Redact']);
    // What the annotations looked like is now page content: rendered without annotations, the
    // flattened page matches the original rendered with them.
    const withAnnotations = await renderPage(pdf.document, 0, { annotations: true });
    const flatWithout = await renderPage(flattened.document, 0, { annotations: false });
    const plainBefore = await renderPage(pdf.document, 0, { annotations: false });
    const differs = (a: ImageData, b: ImageData): number =>
      a.data.reduce((count, value, index) => count + (Math.abs(value - b.data[index]!) > 48 ? 1 : 0), 0);
    expect(differs(plainBefore.pixels, withAnnotations.pixels), 'the annotations are visible at all').to.be.greaterThan(100);
    const mismatch = differs(flatWithout.pixels, withAnnotations.pixels);
    expect(mismatch / withAnnotations.pixels.data.length).to.be.lessThan(0.002);
  });
});
