/** Reads every page's size (points, after /Rotate) so placeholders are right before anything renders. */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { PageSize } from './page-view.js';

export function pageSizeOf(page: PDFPageProxy): PageSize {
  const viewport = page.getViewport({ scale: 1 });
  return { width: viewport.width, height: viewport.height };
}

/**
 * Sizes of all pages. pdf.js answers page requests one by one from its worker;
 * asking for all of them at once keeps the pipe full, so a 1,000-page file
 * takes one round of messages rather than a thousand sequential ones.
 */
export async function readPageSizes(document: PDFDocumentProxy, signal: AbortSignal): Promise<PageSize[]> {
  const sizes = await Promise.all(
    Array.from({ length: document.numPages }, (_, index) => document.getPage(index + 1).then(pageSizeOf, () => undefined)),
  );
  signal.throwIfAborted();
  // A page pdf.js cannot read (a broken page tree) takes another page's size and
  // fails on its own when drawn: one bad page must not hide the good ones.
  const fallback = sizes.find((size) => size !== undefined) ?? { width: 612, height: 792 };
  return sizes.map((size) => size ?? fallback);
}
