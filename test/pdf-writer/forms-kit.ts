/**
 * Helpers for the form-value writer's tests: apply values and collect the
 * warnings, read the saved file back (pdf.js's field objects and widget
 * data, the ink pdf.js renders inside a widget, and the raw dictionaries and
 * appearance streams through pdf-lib), and a form with nested fields.
 */
import type { FormFieldValue } from '../../src/model/index.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { loadPdfLib, type PDFDict } from '../../src/pdf-writer/pdf-lib.js';
import type { OpenedPdf } from '../../src/pdf/pdf-document-loader.js';
import { PDFDocument as FixtureDocument, StandardFonts, rgb } from 'pdf-lib/dist/pdf-lib.esm.js';
import { instantJson, reopen } from './writer-kit.js';

export function value(name: string, v: FormFieldValue['value'], extra: Partial<FormFieldValue> = {}): FormFieldValue {
  return { v: 1, type: 'pspdfkit/form-field-value', name, value: v, ...extra };
}

/** Applies the values; returns the saved bytes and the warnings given. */
export async function applyValues(pdf: Uint8Array, values: FormFieldValue[]): Promise<{ saved: Uint8Array; warnings: string[] }> {
  const warnings: string[] = [];
  const saved = await applyInstantJson(pdf, instantJson({ formFieldValues: values }), { onWarning: (message) => warnings.push(message) });
  return { saved, warnings };
}

interface PdfjsFieldObject {
  id: string;
  value: unknown;
  page: number;
  type?: string;
}

/** `getFieldObjects()` of the saved file: each field's value as pdf.js reads it (from its first entry with a widget). */
export async function fieldValues(opened: OpenedPdf): Promise<Record<string, unknown>> {
  const all = ((await opened.document.getFieldObjects()) ?? {}) as Record<string, PdfjsFieldObject[]>;
  return Object.fromEntries(Object.entries(all).map(([name, entries]) => [name, (entries.find((entry) => entry.page >= 0) ?? entries[0])?.value]));
}

/** The object numbers of a field's entries in `getFieldObjects()` (its widgets and the field dictionaries above them). */
export async function fieldObjectNumbers(opened: OpenedPdf, name: string): Promise<number[]> {
  const all = ((await opened.document.getFieldObjects()) ?? {}) as Record<string, PdfjsFieldObject[]>;
  return (all[name] ?? []).map((entry) => parseInt(entry.id, 10));
}

export interface WidgetData {
  id: string;
  fieldName: string;
  rect: [number, number, number, number];
  fieldValue?: unknown;
  exportValue?: string;
  buttonValue?: string;
  hasAppearance: boolean;
}

/** pdf.js's widget annotations of a page. */
export async function widgets(opened: OpenedPdf, pageIndex = 0): Promise<WidgetData[]> {
  const page = await opened.document.getPage(pageIndex + 1);
  return ((await page.getAnnotations()) as (WidgetData & { subtype: string })[]).filter((annotation) => annotation.subtype === 'Widget');
}

export const isDark = (r: number, g: number, b: number, a: number): boolean => a > 128 && r + g + b < 300;
export const isHighlight = (r: number, g: number, b: number, a: number): boolean =>
  a > 128 && Math.abs(r - 153) < 12 && Math.abs(g - 193) < 12 && Math.abs(b - 218) < 12;

const SCALE = 2;

/** A page rendered by pdf.js with annotation appearances, to count pixels in rectangles given in PDF user space. */
export async function renderedPage(opened: OpenedPdf, pageIndex = 0) {
  const page = await opened.document.getPage(pageIndex + 1);
  const viewport = page.getViewport({ scale: SCALE });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  // AnnotationMode.ENABLE: every annotation drawn from its appearance stream, widgets included.
  await page.render({ canvas, canvasContext: context, viewport, annotationMode: opened.pdfjs.AnnotationMode.ENABLE }).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  /** The device-pixel box of `rect` ([x1, y1, x2, y2], PDF points) shrunk by `inset` points on each side. */
  const deviceBox = (rect: readonly number[], inset: number) => {
    const [x1, y1, x2, y2] = rect as [number, number, number, number];
    const corners = viewport.convertToViewportRectangle([x1 + inset, y1 + inset, x2 - inset, y2 - inset]) as number[];
    return {
      left: Math.max(0, Math.ceil(Math.min(corners[0]!, corners[2]!))),
      right: Math.min(image.width, Math.floor(Math.max(corners[0]!, corners[2]!))),
      top: Math.max(0, Math.ceil(Math.min(corners[1]!, corners[3]!))),
      bottom: Math.min(image.height, Math.floor(Math.max(corners[1]!, corners[3]!))),
    };
  };
  const matches = (x: number, y: number, test: typeof isDark): boolean => {
    const at = (y * image.width + x) * 4;
    return test(image.data[at]!, image.data[at + 1]!, image.data[at + 2]!, image.data[at + 3]!);
  };
  /** Pixels matching `test` inside `rect` shrunk by `inset` points. */
  const count = (rect: readonly number[], test: typeof isDark, inset = 0): number => {
    const box = deviceBox(rect, inset);
    let found = 0;
    for (let y = box.top; y < box.bottom; y++) for (let x = box.left; x < box.right; x++) if (matches(x, y, test)) found++;
    return found;
  };
  /** The device rows (from the top of the shrunk rect) holding a matching pixel. */
  const rows = (rect: readonly number[], test: typeof isDark, inset = 0): number[] => {
    const box = deviceBox(rect, inset);
    const found: number[] = [];
    for (let y = box.top; y < box.bottom; y++) {
      for (let x = box.left; x < box.right; x++) {
        if (matches(x, y, test)) {
          found.push(y - box.top);
          break;
        }
      }
    }
    return found;
  };
  return { count, rows, scale: SCALE };
}

/** The saved file read with pdf-lib: field dictionaries by name and their widgets' decoded appearance streams. */
export async function rawForm(saved: Uint8Array) {
  const lib = await loadPdfLib();
  const doc = await lib.PDFDocument.load(saved, { updateMetadata: false });
  const form = doc.getForm();
  const { PDFName, PDFDict, PDFRawStream, decodePDFRawStream } = lib;
  const field = (name: string): PDFDict => form.getField(name).acroField.dict;
  const widgetDicts = (name: string): PDFDict[] => form.getField(name).acroField.getWidgets().map((widget) => widget.dict);
  /** The decoded /AP /N stream of a widget, as latin1 text. */
  const appearance = (widget: PDFDict): string => {
    const ap = widget.lookup(PDFName.of('AP'), PDFDict);
    const normal = ap.lookup(PDFName.of('N'));
    if (!(normal instanceof PDFRawStream)) throw new Error('no /AP /N stream');
    return new TextDecoder('latin1').decode(decodePDFRawStream(normal).decode());
  };
  const entry = (dict: PDFDict, key: string): string | undefined => dict.get(PDFName.of(key))?.toString();
  return { lib, doc, field, widgetDicts, appearance, entry };
}

/** Where the nested form's fields are (PDF user space, [x1, y1, x2, y2]). */
export const NESTED_RECTS = {
  'person.name': [50, 700, 250, 724],
  'person.city': [50, 660, 250, 684],
  auto: [300, 700, 500, 724],
} as const;

/**
 * A form with a field group `person` holding `name` and `city` (so the
 * fully qualified names are `person.name` and `person.city`), and `auto`, a
 * text field whose /DA asks for automatic font size.
 */
export async function nestedFormPdf(): Promise<Uint8Array> {
  const pdf = await FixtureDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([612, 792]);
  const form = pdf.getForm();
  for (const [name, [x1, y1, x2, y2]] of Object.entries(NESTED_RECTS)) {
    const field = form.createTextField(name);
    field.addToPage(page, { x: x1, y: y1, width: x2 - x1, height: y2 - y1, font, borderColor: rgb(0, 0, 0), borderWidth: 1 });
    if (name !== 'auto') field.setFontSize(12);
  }
  form.getTextField('auto').acroField.setDefaultAppearance('/Helv 0 Tf 0 g');
  return pdf.save({ useObjectStreams: false });
}

/** Re-exported so tests open saved files one way. */
export { reopen };
