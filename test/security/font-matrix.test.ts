/**
 * CVE-2024-4367: pdf.js before 4.2.67 built glyph outlines as JavaScript text
 * and ran it, so a font whose /FontMatrix held a string instead of numbers
 * ran the string as code. We never let pdf.js evaluate code
 * (`isEvalSupported: false`), and pdf.js now checks the matrix too. The
 * pattern: a font whose /FontMatrix carries a payload, used with a text
 * rendering mode that needs glyph outlines (7: add to the clipping path).
 */
import { expect } from '@open-wc/testing';
import { onePagePdf, pageInk, expectRecovers } from '../helpers/bad-pdf-kit.js';
import { letTasksRun, quietProblems, setTraps, type Traps } from '../helpers/hostile-kit.js';
import { cleanupViewers, mountViewer, nextEvent, renderedCanvas } from '../helpers/viewer-fixture.js';

const PAYLOAD_MATRIX = '[0.001 0 0 0.001 0 (0\\); window.__pwned = 1; //)]';

let traps: Traps;

describe('hostile font matrix (CVE-2024-4367 pattern)', () => {
  beforeEach(() => {
    traps = setTraps();
  });
  afterEach(() => {
    traps.release();
    cleanupViewers();
  });

  for (const [what, font] of [
    ['a standard Type1 font', `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FontMatrix ${PAYLOAD_MATRIX} >>`],
    ['a Type1 font with a descriptor and no program', `<< /Type /Font /Subtype /Type1 /BaseFont /Evil /FirstChar 32 /LastChar 126 /FontMatrix ${PAYLOAD_MATRIX} /FontDescriptor 7 0 R >>`],
  ] as const) {
    it(`runs nothing from ${what}, and the page still draws`, async () => {
      const bytes = onePagePdf('0 g 10 10 80 80 re f q BT /F2 48 Tf 7 Tr 20 120 Td (Pwned) Tj ET 0 g 0 100 200 100 re f Q BT /F2 24 Tf 0 Tr 20 170 Td (Hello) Tj ET', {
        fonts: '/F2 6 0 R',
        extra: [font, '<< /Type /FontDescriptor /FontName /Evil /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>'],
      });
      const viewer = mountViewer({ zoom: '1' });
      const loaded = nextEvent(viewer, 'document-loaded');
      viewer.src = bytes;
      await loaded;
      await renderedCanvas(viewer, 0);
      // The square drawn before the text: the page is drawn, whatever became of the font.
      expect(await pageInk(viewer)).to.be.greaterThan(0.1);
      await letTasksRun();
      expect(traps.pwned, 'window.__pwned').to.deep.equal([]);
      expect(quietProblems(traps)).to.deep.equal([]);
      await expectRecovers(viewer);
    });
  }
});
