/**
 * The annotation dictionary: what a writer returned plus the entries every
 * kind shares. /NM is the record's id, so a saved file read back (by us or by
 * Nutrient) names the annotation as the Instant JSON did.
 */
import type { Annotation, RichText } from '../model/index.js';
import { roundPoint, writeAppearance } from './appearance.js';
import { plainText } from './plain-text.js';
import type { PDFDict, PDFDocument, PDFObject, PDFRef, PdfLib } from './pdf-lib.js';
import { annotationFlags, pdfDate, textString } from './pdf-values.js';
import type { WrittenAnnotation } from './writer-types.js';

/** The record's own text for /Contents: its note, or the text of notes and free text. */
export function recordContents(record: object): string | undefined {
  const note = (record as { note?: unknown }).note;
  if (typeof note === 'string' && note !== '') return note;
  const text = (record as { text?: unknown }).text;
  if (typeof text === 'string' || (typeof text === 'object' && text !== null)) {
    const value = plainText(text as string | RichText);
    return value === '' ? undefined : value;
  }
  return undefined;
}

function setEntry(lib: PdfLib, doc: PDFDocument, dict: PDFDict, key: string, value: unknown): void {
  if (value === undefined) return;
  const object = value instanceof lib.PDFObject ? value : doc.context.obj(value as never);
  dict.set(lib.PDFName.of(key), object as PDFObject);
}

/** The fields of a record (an annotation or a comment) that every dictionary carries. */
export type RecordIdentity = Pick<Annotation, 'creatorName' | 'createdAt' | 'updatedAt' | 'flags' | 'opacity' | 'name'> & {
  id?: string | undefined;
};

/** Builds the full dictionary of one annotation on page `pageRef`. */
export function annotationDict(
  lib: PdfLib,
  doc: PDFDocument,
  record: RecordIdentity,
  written: WrittenAnnotation,
  pageRef: PDFRef,
): PDFDict {
  const { PDFName, PDFNumber, PDFString } = lib;
  const dict = doc.context.obj({});
  dict.set(PDFName.of('Type'), PDFName.of('Annot'));
  dict.set(PDFName.of('Subtype'), PDFName.of(written.subtype));
  setEntry(lib, doc, dict, 'Rect', written.rect.map(roundPoint));
  dict.set(PDFName.of('P'), pageRef);
  const name = record.id ?? record.name;
  if (name) dict.set(PDFName.of('NM'), textString(lib, name));
  if (record.creatorName) dict.set(PDFName.of('T'), textString(lib, record.creatorName));
  const modified = pdfDate(record.updatedAt ?? record.createdAt);
  if (modified) dict.set(PDFName.of('M'), PDFString.of(modified));
  const created = pdfDate(record.createdAt);
  if (created) dict.set(PDFName.of('CreationDate'), PDFString.of(created));
  const contents = written.contents ?? recordContents(record);
  if (contents !== undefined) dict.set(PDFName.of('Contents'), textString(lib, contents));
  dict.set(PDFName.of('F'), PDFNumber.of(annotationFlags(record.flags)));
  if (record.opacity !== undefined && record.opacity < 1) dict.set(PDFName.of('CA'), PDFNumber.of(record.opacity));
  for (const [key, value] of Object.entries(written.entries)) setEntry(lib, doc, dict, key, value);
  if (written.appearance) {
    const appearance = writeAppearance(lib, doc, written.appearance);
    dict.set(PDFName.of('AP'), doc.context.obj({ N: appearance }));
  }
  return dict;
}

/** A closed /Popup for an annotation's text, beside it on the page. */
export function popupDict(doc: PDFDocument, parent: PDFRef, written: WrittenAnnotation, pageRef: PDFRef): PDFDict {
  const [, , urx, ury] = written.rect;
  return doc.context.obj({
    Type: 'Annot',
    Subtype: 'Popup',
    Rect: [urx, ury - 120, urx + 180, ury].map(roundPoint),
    Parent: parent,
    P: pageRef,
    Open: false,
    F: 4 + 24, // Print | NoZoom | NoRotate, as Acrobat writes popups
  });
}
