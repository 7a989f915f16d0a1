/**
 * The PDF object library, loaded on first use: viewing a PDF never downloads
 * it. `@cantoo/pdf-lib` is the maintained fork of pdf-lib (MIT) with
 * incremental saving; fontkit subsets the fonts that text in other scripts
 * needs. This is the only module that names either package.
 */
import type * as PdfLibModule from '@cantoo/pdf-lib';
import type * as FontkitModule from '@cantoo/fontkit';

export type PdfLib = typeof PdfLibModule;
export type Fontkit = (typeof FontkitModule)['default'];

export type {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFHexString,
  PDFDocument,
  PDFName,
  PDFObject,
  PDFPage,
  PDFRef,
  PDFStream,
} from '@cantoo/pdf-lib';

let pdfLib: Promise<PdfLib> | undefined;
let fontkit: Promise<Fontkit> | undefined;

interface XrefEntry {
  ref: { objectNumber: number };
}
interface XrefStreamInternals {
  entries: XrefEntry[];
  appendEntry(entry: XrefEntry): void;
}

/**
 * pdf-lib keeps a cross-reference stream's entries sorted by scanning all of
 * them for each entry it adds, which is quadratic: for 10,000 annotations
 * (about 30,000 objects) that scan was a quarter of the save. Entries arrive
 * in ascending order, so appending when the new one sorts last is the same
 * result in constant time; anything else still goes the library's way.
 */
function appendSortedEntriesFast(lib: PdfLib): void {
  const prototype = lib.PDFCrossRefStream.prototype as unknown as XrefStreamInternals;
  const libraryAppend = prototype.appendEntry;
  if (typeof libraryAppend !== 'function') return;
  prototype.appendEntry = function appendEntry(this: XrefStreamInternals, entry: XrefEntry): void {
    const last = this.entries[this.entries.length - 1];
    if (!last || last.ref.objectNumber < entry.ref.objectNumber) this.entries.push(entry);
    else libraryAppend.call(this, entry);
  };
}

/** pdf-lib's module, imported once. */
export function loadPdfLib(): Promise<PdfLib> {
  pdfLib ??= import('@cantoo/pdf-lib').then((lib) => {
    appendSortedEntriesFast(lib);
    return lib;
  });
  return pdfLib;
}

/** fontkit's default export, imported once (only when text needs an embedded font). */
export function loadFontkit(): Promise<Fontkit> {
  fontkit ??= import('@cantoo/fontkit').then((module) => module.default);
  return fontkit;
}
