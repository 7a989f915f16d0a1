/**
 * What the value writers share while one document's `formFieldValues` are
 * written: the library, the document, its fonts, the field tree and a way to
 * report values that cannot be written.
 */
import type { FormFieldValue } from '../../model/index.js';
import type { Appearance } from '../appearance.js';
import type { TextFonts } from '../fonts/text-fonts.js';
import type { PDFDict, PDFDocument, PDFObject, PDFRef, PdfLib } from '../pdf-lib.js';
import type { FormFieldNode, FormTree } from './field-tree.js';
import type { PdfValues } from './pdf-values.js';
import { changeObject, untracked } from '../change-tracking.js';
import { newAppearance, widgetBox, writeWidgetAppearance, type WidgetBox } from './widget-frame.js';
import { readWidgetLook, type WidgetLook } from './widget-look.js';

export interface FormContext {
  lib: PdfLib;
  doc: PDFDocument;
  fonts: TextFonts;
  values: PdfValues;
  tree: FormTree;
  warn(message: string): void;
}

/** Why a value cannot be written into its field; reported, and the value skipped. */
export class FormValueProblem extends Error {
  override readonly name = 'FormValueProblem';
}

/** A value writer for one kind of field. */
export type FieldValueWriter = (field: FormFieldNode, record: FormFieldValue, context: FormContext) => Promise<void>;

/** Draws a widget's content into `appearance` (in the coordinates of `box`). */
export type WidgetPainter = (appearance: Appearance, box: WidgetBox, look: WidgetLook) => Promise<void>;

/**
 * A new normal appearance for each widget that has a /Rect, drawn by
 * `paint`. Returns the widgets with their appearance streams, to be set with
 * {@link setNormalAppearance} once every widget of the field is drawn (so
 * a failure leaves the field as it was).
 */
export async function paintWidgets(field: FormFieldNode, context: FormContext, paint: WidgetPainter): Promise<[PDFDict, PDFRef][]> {
  const painted: [PDFDict, PDFRef][] = [];
  for (const widget of field.widgets) {
    const look = readWidgetLook(widget, field.dict, context.tree.acroForm, context.values);
    const box = widgetBox(widget, look, context.values);
    if (!box) continue;
    const appearance = newAppearance(box);
    await paint(appearance, box, look);
    painted.push([widget, untracked(context.doc, () => writeWidgetAppearance(context.lib, context.doc, box, appearance))]);
  }
  return painted;
}

/**
 * Replaces a widget's /AP with `<< /N ref >>`: the old down and rollover
 * appearances showed the old value, so they go.
 */
export function setNormalAppearance(widget: PDFDict, ref: PDFRef, context: FormContext): void {
  const appearances = untracked(context.doc, () => context.doc.context.obj({ N: ref }));
  editObject(widget, context, (dict) => dict.set(context.values.name('AP'), appearances));
}

/** Changes a field or widget dictionary, recording the change for the incremental save. */
export function editObject(dict: PDFDict, context: FormContext, change: (dict: PDFDict) => void): void {
  changeObject(context.doc, dict, context.tree.refs.get(dict), change);
}

/** A new array or dictionary (`doc.context.obj`), built without pdf-lib's change search. */
export function newObject(context: FormContext, literal: PDFObject[] | number[]): PDFObject {
  return untracked(context.doc, () => context.doc.context.obj(literal));
}

/**
 * Sets /V on the field. Widgets below it that carry their own /V (some
 * writers copy it there) lose it: readers look at the widget first.
 */
export function setFieldValue(field: FormFieldNode, value: PDFObject | undefined, context: FormContext): void {
  const key = context.values.name('V');
  editObject(field.dict, context, (dict) => (value === undefined ? dict.delete(key) : dict.set(key, value)));
  for (const widget of field.widgets) {
    if (widget !== field.dict && widget.has(key)) editObject(widget, context, (dict) => dict.delete(key));
  }
}

/** A PDF text string: hex of the bytes for printable ASCII, UTF-16BE with a BOM otherwise. */
export function textString(text: string, lib: PdfLib): PDFObject {
  if (/^[\x20-\x7e\t\n\r]*$/.test(text)) {
    let hex = '';
    for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).padStart(2, '0').toUpperCase();
    return lib.PDFHexString.of(hex);
  }
  return lib.PDFHexString.fromText(text);
}

/** Instant JSON's `value` as a list of strings; a FormValueProblem for anything else. */
export function valueStrings(record: FormFieldValue, what: string): string[] {
  const { value } = record;
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  throw new FormValueProblem(`${what} takes a string or an array of strings, found ${describe(value)}`);
}

export function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export function quote(text: string): string {
  return JSON.stringify(text);
}
