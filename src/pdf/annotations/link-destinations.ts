/**
 * Resolves link destinations to page indexes, ahead of the (synchronous)
 * mapping. A destination is a name (looked up in the document's /Dests or
 * /Names tree) or an explicit array whose first item is a page reference or,
 * in some files, a 0-based page number. Each lookup is a round trip to the
 * pdf.js worker, so the links of a page are resolved in parallel, and named
 * destinations and page references are cached per document: a book's pages
 * link to the same few targets over and over.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PdfjsAnnotationData, PdfjsDestination, PdfjsRef } from './pdfjs-annotation-data.js';

/** The document calls the resolver needs (a PDFDocumentProxy has them). */
export type DestinationSource = Pick<PDFDocumentProxy, 'getDestination' | 'getPageIndex' | 'numPages'>;

interface Caches {
  readonly named: Map<string, Promise<number | undefined>>;
  readonly refs: Map<string, Promise<number | undefined>>;
}

const cachesByDocument = new WeakMap<DestinationSource, Caches>();

function cachesOf(document: DestinationSource): Caches {
  let caches = cachesByDocument.get(document);
  if (!caches) {
    caches = { named: new Map(), refs: new Map() };
    cachesByDocument.set(document, caches);
  }
  return caches;
}

/** Page index of each item's `dest`, by annotation id; items whose destination is not a page are absent. */
export async function resolveLinkTargets(
  document: DestinationSource,
  items: readonly PdfjsAnnotationData[],
): Promise<Map<string, number>> {
  const targets = new Map<string, number>();
  await Promise.all(
    items.map(async (item) => {
      if (item.dest === undefined) return;
      const pageIndex = await resolveDestination(document, item.dest);
      if (pageIndex !== undefined) targets.set(item.id, pageIndex);
    }),
  );
  return targets;
}

async function resolveDestination(document: DestinationSource, dest: PdfjsDestination): Promise<number | undefined> {
  if (typeof dest === 'string') {
    const { named } = cachesOf(document);
    let pageIndex = named.get(dest);
    if (!pageIndex) {
      pageIndex = document
        .getDestination(dest)
        .then((explicit) => (Array.isArray(explicit) ? explicitPageIndex(document, explicit) : undefined))
        .catch(() => undefined);
      named.set(dest, pageIndex);
    }
    return pageIndex;
  }
  return Array.isArray(dest) ? explicitPageIndex(document, dest) : undefined;
}

function explicitPageIndex(document: DestinationSource, dest: readonly unknown[]): Promise<number | undefined> {
  const target = dest[0];
  if (typeof target === 'number') {
    return Promise.resolve(Number.isInteger(target) && target >= 0 && target < document.numPages ? target : undefined);
  }
  if (!isRef(target)) return Promise.resolve(undefined);
  const { refs } = cachesOf(document);
  const key = `${target.num}R${target.gen}`;
  let pageIndex = refs.get(key);
  if (!pageIndex) {
    pageIndex = document.getPageIndex(target).then(
      (index) => index,
      () => undefined, // a reference to something that is not a page
    );
    refs.set(key, pageIndex);
  }
  return pageIndex;
}

function isRef(value: unknown): value is PdfjsRef {
  if (typeof value !== 'object' || value === null) return false;
  const { num, gen } = value as Partial<PdfjsRef>;
  return Number.isInteger(num) && Number.isInteger(gen);
}
