/** The element hands the host's fonts (`pdfFonts`, or `exportPdf({ fonts })`) to the PDF writer. */
import { expect } from '@open-wc/testing';
import { blankViewer } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import { pdfjsAnnotations, reopen, closeReopened } from '../pdf-writer/writer-kit.js';

const GREEK_TEXT = {
  type: 'pspdfkit/text',
  pageIndex: 0,
  bbox: [20, 20, 200, 40],
  text: { format: 'plain', value: 'Καλημέρα κόσμε' },
  fontSize: 14,
  fontColor: '#000000',
  horizontalAlign: 'left',
  verticalAlign: 'top',
} as const;

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('exportPdf and the host fonts', () => {
  afterEach(async () => {
    cleanupViewers();
    await closeReopened();
  });

  it('uses pdfFonts before the bundled fonts, and says which font failed', async () => {
    const viewer = await blankViewer();
    viewer.createAnnotation(GREEK_TEXT as never);
    viewer.pdfFonts = ['/no-such-font.ttf'];
    const error = await rejection(viewer.exportPdf());
    expect(error.name).to.equal('FontLoadError');
    expect(error.message).to.contain('host font 1');
  });

  it('takes fonts per call, which win over pdfFonts', async () => {
    const viewer = await blankViewer();
    viewer.createAnnotation(GREEK_TEXT as never);
    viewer.pdfFonts = ['/no-such-font.ttf'];
    const saved = await viewer.exportPdf({ fonts: [] });
    const annotations = await pdfjsAnnotations(await reopen(saved), 0);
    expect(annotations.map((annotation) => annotation.subtype)).to.deep.equal(['FreeText']);
    expect(annotations[0]!.contentsObj?.str).to.equal('Καλημέρα κόσμε');
  });
});
