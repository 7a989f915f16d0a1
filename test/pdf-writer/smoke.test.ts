import { expect } from '@open-wc/testing';
it('imports pdf-lib and fontkit in the browser', async () => {
  const { PDFDocument } = await import('@cantoo/pdf-lib');
  const fontkit = (await import('@cantoo/fontkit')).default;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.addPage();
  const bytes = await doc.save();
  expect(bytes.length).to.be.greaterThan(100);
});
