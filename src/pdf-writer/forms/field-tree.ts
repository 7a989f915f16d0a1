/**
 * The AcroForm's fields by fully qualified name: the partial names (/T) of a
 * field and its ancestors joined with dots, as pdf.js names them and so as
 * our viewer's `exportInstantJson()` writes them. A node without /T belongs
 * to its nearest named ancestor (a widget under its field). A field and its
 * only widget may be one dictionary.
 */
import type { PDFArray, PDFDict, PDFDocument, PDFRef } from '../pdf-lib.js';
import type { PdfValues } from './pdf-values.js';

/** PDF 32000-1 tables 226, 228 and 230: field flags (bit n is 1 << (n − 1)). */
export const FieldFlag = {
  ReadOnly: 1 << 0,
  Multiline: 1 << 12,
  Password: 1 << 13,
  NoToggleToOff: 1 << 14,
  Radio: 1 << 15,
  PushButton: 1 << 16,
  Combo: 1 << 17,
  Edit: 1 << 18,
  MultiSelect: 1 << 21,
  Comb: 1 << 24,
  RadiosInUnison: 1 << 25,
} as const;

export type FieldKind = 'text' | 'checkbox' | 'radio' | 'button' | 'combo' | 'list' | 'signature' | 'unknown';

/** One named field: the dictionary that takes /V, and its widget annotations in order. */
export interface FormFieldNode {
  readonly name: string;
  readonly dict: PDFDict;
  /** Widgets in /Kids order (or the field itself when merged with its widget). */
  readonly widgets: readonly PDFDict[];
  /** Named kids: a node with any is a group of fields, not a field that holds a value. */
  readonly hasFieldKids: boolean;
}

export interface FormTree {
  readonly acroForm: PDFDict;
  /** Every node by its fully qualified name; several when a PDF repeats a name. */
  readonly fields: ReadonlyMap<string, readonly FormFieldNode[]>;
  /** The reference of each field and widget dictionary that is an indirect object. */
  readonly refs: ReadonlyMap<PDFDict, PDFRef>;
}

/** Deeper than any real form; guards against /Kids and /Parent cycles. */
const MAX_DEPTH = 64;

/** Reads the field tree; undefined for a PDF without an AcroForm. */
export function readFormTree(doc: PDFDocument, values: PdfValues): FormTree | undefined {
  const acroForm = values.dict(doc.catalog, 'AcroForm');
  if (!acroForm) return undefined;
  const fields = new Map<string, FormFieldNode[]>();
  const seen = new Set<PDFDict>();
  const refs = new Map<PDFDict, PDFRef>();
  /** The dictionaries of an array (/Fields, /Kids), noting the references they were reached by. */
  const dictsOf = (array: PDFArray): PDFDict[] => {
    const dicts: PDFDict[] = [];
    for (let index = 0; index < array.size(); index++) {
      const raw = array.get(index);
      const item = values.item(array, index);
      if (!(item instanceof values.lib.PDFDict)) continue;
      if (raw instanceof values.lib.PDFRef) refs.set(item, raw);
      dicts.push(item);
    }
    return dicts;
  };

  interface Draft {
    name: string;
    dict: PDFDict;
    widgets: PDFDict[];
    hasFieldKids: boolean;
  }

  const visit = (dict: PDFDict, parent: Draft | undefined, depth: number): void => {
    if (seen.has(dict) || depth > MAX_DEPTH) return;
    seen.add(dict);
    const partial = values.text(dict, 'T');
    const kids = values.array(dict, 'Kids');
    if (partial === undefined && parent) {
      // A widget of the parent field, or an unnamed node whose kids are.
      if (isWidget(dict, values) || !kids) parent.widgets.push(dict);
      if (kids) for (const kid of dictsOf(kids)) visit(kid, parent, depth + 1);
      return;
    }
    const name = parent ? (partial === undefined ? parent.name : `${parent.name}.${partial}`) : (partial ?? '');
    if (parent) parent.hasFieldKids = true;
    const draft: Draft = { name, dict, widgets: [], hasFieldKids: false };
    if (isWidget(dict, values)) draft.widgets.push(dict);
    if (kids) for (const kid of dictsOf(kids)) visit(kid, draft, depth + 1);
    const list = fields.get(name) ?? [];
    list.push(draft);
    fields.set(name, list);
  };

  const roots = values.array(acroForm, 'Fields');
  if (roots) for (const root of dictsOf(roots)) visit(root, undefined, 0);
  return { acroForm, fields, refs };
}

function isWidget(dict: PDFDict, values: PdfValues): boolean {
  return values.nameText(dict, 'Subtype') === 'Widget';
}

/**
 * An inheritable entry (/FT, /Ff, /V, /DA, /Q, /Opt, /MaxLen…): the first
 * dictionary from `start` up its /Parent chain that has it.
 */
export function inherited<T>(start: PDFDict, read: (dict: PDFDict) => T | undefined, values: PdfValues): T | undefined {
  let dict: PDFDict | undefined = start;
  for (let depth = 0; dict && depth <= MAX_DEPTH; depth++) {
    const value = read(dict);
    if (value !== undefined) return value;
    dict = values.dict(dict, 'Parent');
  }
  return undefined;
}

export function fieldFlags(field: FormFieldNode, values: PdfValues): number {
  return inherited(field.dict, (dict) => values.number(dict, 'Ff'), values) ?? 0;
}

export function fieldKind(field: FormFieldNode, values: PdfValues): FieldKind {
  const type = inherited(field.dict, (dict) => values.nameText(dict, 'FT'), values);
  const flags = fieldFlags(field, values);
  switch (type) {
    case 'Tx':
      return 'text';
    case 'Btn':
      return flags & FieldFlag.PushButton ? 'button' : flags & FieldFlag.Radio ? 'radio' : 'checkbox';
    case 'Ch':
      return flags & FieldFlag.Combo ? 'combo' : 'list';
    case 'Sig':
      return 'signature';
    default:
      return 'unknown';
  }
}
