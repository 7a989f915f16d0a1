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

/** pdf-lib's module, imported once. */
export function loadPdfLib(): Promise<PdfLib> {
  pdfLib ??= import('@cantoo/pdf-lib');
  return pdfLib;
}

/** fontkit's default export, imported once (only when text needs an embedded font). */
export function loadFontkit(): Promise<Fontkit> {
  fontkit ??= import('@cantoo/fontkit').then((module) => module.default);
  return fontkit;
}
