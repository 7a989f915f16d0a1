import { expect } from '@open-wc/testing';

describe('test runner', () => {
  it('serves the corpus', async () => {
    const response = await fetch('/corpus/pdf/pdfjs/bug1020226.pdf');
    expect(response.status).to.equal(200);
    expect((await response.arrayBuffer()).byteLength).to.equal(184);
  });
  it('serves the pdf.js worker beside the source', async () => {
    const response = await fetch('/src/cdn/pdfjs/pdf.worker.min.mjs');
    expect(response.status).to.equal(200);
  });
});
