/**
 * The /Annots arrays of the pages being written. Changes are collected per
 * page and each changed page gets its new array once at the end: setting an
 * entry makes pdf-lib look for the object that contains it, so one set per
 * page (not per annotation) keeps 10,000 annotations fast.
 */
import type { PDFArray, PDFDocument, PDFPage, PDFRef, PdfLib } from './pdf-lib.js';

export interface OriginalAnnotation {
  pageIndex: number;
  ref: PDFRef;
  /** The original's /Popup, removed with it. */
  popup: PDFRef | undefined;
}

export class PageAnnotations {
  private readonly lists = new Map<number, PDFRef[]>();
  private originals: Map<number, OriginalAnnotation> | undefined;

  constructor(
    private readonly lib: PdfLib,
    private readonly doc: PDFDocument,
    private readonly pages: readonly PDFPage[],
  ) {}

  private existing(pageIndex: number): PDFRef[] {
    const annots = this.pages[pageIndex]!.node.lookup(this.lib.PDFName.of('Annots'));
    if (!(annots instanceof this.lib.PDFArray)) return [];
    return (annots as PDFArray).asArray().filter((item): item is PDFRef => item instanceof this.lib.PDFRef);
  }

  private list(pageIndex: number): PDFRef[] {
    let list = this.lists.get(pageIndex);
    if (!list) {
      list = this.existing(pageIndex);
      this.lists.set(pageIndex, list);
    }
    return list;
  }

  /** The PDF's own annotations by object number (read once, on first need). */
  original(objectNumber: number): OriginalAnnotation | undefined {
    if (!this.originals) {
      this.originals = new Map();
      this.pages.forEach((_, pageIndex) => {
        for (const ref of this.existing(pageIndex)) {
          const dict = this.doc.context.lookup(ref);
          const popup = dict instanceof this.lib.PDFDict ? dict.get(this.lib.PDFName.of('Popup')) : undefined;
          this.originals!.set(ref.objectNumber, {
            pageIndex,
            ref,
            popup: popup instanceof this.lib.PDFRef ? popup : undefined,
          });
        }
      });
    }
    return this.originals.get(objectNumber);
  }

  /** Takes an original (and its popup) off its page. */
  remove(original: OriginalAnnotation): void {
    const list = this.list(original.pageIndex);
    const gone = new Set([original.ref.objectNumber, original.popup?.objectNumber]);
    this.lists.set(
      original.pageIndex,
      list.filter((ref) => !gone.has(ref.objectNumber)),
    );
  }

  /** Adds an annotation at the end of a page's list (drawn on top). */
  append(pageIndex: number, ref: PDFRef): void {
    this.list(pageIndex).push(ref);
  }

  /** Whether `ref` is on the page's list. */
  has(pageIndex: number, ref: PDFRef): boolean {
    return this.list(pageIndex).some((item) => item.objectNumber === ref.objectNumber);
  }

  /** Writes each changed page's /Annots; returns the indexes of the pages changed. */
  commit(): number[] {
    const changed: number[] = [];
    for (const [pageIndex, refs] of this.lists) {
      const before = this.existing(pageIndex);
      const same = before.length === refs.length && before.every((ref, index) => ref === refs[index]);
      if (same) continue;
      const node = this.pages[pageIndex]!.node;
      if (refs.length === 0) node.delete(this.lib.PDFName.of('Annots'));
      else node.set(this.lib.PDFName.of('Annots'), this.doc.context.obj(refs));
      changed.push(pageIndex);
    }
    return changed;
  }
}
