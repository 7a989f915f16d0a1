/**
 * What one annotation writer takes and returns. A writer knows one kind
 * (square, ink, free text…): it turns the record into the kind-specific
 * entries of a PDF annotation dictionary and its appearance. The entries
 * every kind shares (/NM, /T, /M, /F, /CA, /P, /AP) are written by
 * annotation-dict.ts.
 */
import type { Annotation } from '../model/index.js';
import type { Appearance } from './appearance.js';
import type { TextFonts } from './fonts/text-fonts.js';
import type { PageFrame, PdfRect } from './page-frame.js';
import type { PDFDocument, PDFObject, PDFRef, PdfLib } from './pdf-lib.js';

/** Images of the document, from Instant JSON `attachments`. */
export interface ImageStore {
  /**
   * The image XObject for an attachment id (SHA-256 hex or pdfObjectId), each
   * embedded once however many annotations use it; undefined when missing or
   * not a JPEG or PNG.
   */
  image(attachmentId: string): Promise<{ ref: PDFRef; width: number; height: number } | undefined>;
}

export interface WriterEnv {
  lib: PdfLib;
  doc: PDFDocument;
  /** The record's page. */
  frame: PageFrame;
  fonts: TextFonts;
  images: ImageStore;
  /** The page object of a page index (for /Dest), undefined when out of range. */
  pageRef(pageIndex: number): PDFRef | undefined;
  /** Frames of other pages (for destinations with a position). */
  frameOf(pageIndex: number): PageFrame | undefined;
}

export interface WrittenAnnotation {
  /** /Subtype, e.g. "Square". */
  subtype: string;
  rect: PdfRect;
  /**
   * Kind-specific entries, given to `doc.context.obj` (numbers, strings as
   * PDFString/PDFHexString, names as PDFName, arrays, or PDF objects).
   */
  entries: Record<string, PDFObject | number | boolean | number[] | PDFObject[]>;
  /** /Contents (plain text); the record's `note` when the writer gives none. */
  contents?: string;
  /** The normal appearance (/AP /N); null only for kinds that have none. */
  appearance: Appearance | null;
  /** Whether the annotation gets a /Popup (notes). */
  popup?: boolean;
}

export type AnnotationWriter<A extends Annotation = Annotation> = (
  annotation: A,
  env: WriterEnv,
) => WrittenAnnotation | Promise<WrittenAnnotation>;
