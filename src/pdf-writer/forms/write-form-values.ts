/**
 * Writes Instant JSON `formFieldValues` into the PDF's AcroForm: each value
 * finds its field by fully qualified name, sets /V on that field's
 * dictionary and shows the value in every widget (new appearance streams for
 * text and choice fields, /AS for check boxes and radio buttons), so the
 * saved file shows it in any reader without /NeedAppearances.
 *
 * A value for a field the PDF does not have, or of the wrong kind for its
 * field, is reported through `env.warn` and skipped; the other values are
 * still written. Read-only fields are written too: a host may fill them.
 */
import type { FormFieldValue } from '../../model/index.js';
import type { TextFonts } from '../fonts/text-fonts.js';
import type { PDFDocument, PdfLib } from '../pdf-lib.js';
import { writeCheckBoxValue, writeRadioValue } from './button-values.js';
import { writeComboValue, writeListValue } from './choice-values.js';
import { fieldKind, readFormTree, type FieldKind, type FormTree } from './field-tree.js';
import { FormValueProblem, quote, type FieldValueWriter, type FormContext } from './form-context.js';
import { PdfValues } from './pdf-values.js';
import { writeTextValue } from './text-values.js';

export interface FormWriterEnv {
  lib: PdfLib;
  doc: PDFDocument;
  fonts: TextFonts;
  /** Reports a value that could not be written (unknown field, wrong kind) without failing the save. */
  warn(message: string): void;
}

const WRITERS: Partial<Record<FieldKind, FieldValueWriter>> = {
  text: writeTextValue,
  checkbox: writeCheckBoxValue,
  radio: writeRadioValue,
  combo: writeComboValue,
  list: writeListValue,
};

export async function writeFormFieldValues(values: readonly FormFieldValue[], env: FormWriterEnv): Promise<void> {
  if (!values.length) return;
  const pdfValues = new PdfValues(env.lib);
  const tree = readFormTree(env.doc, pdfValues);
  if (!tree?.fields.size) {
    env.warn(`formFieldValues: the PDF has no form fields; ${values.length} value(s) not written`);
    return;
  }
  const context: FormContext = { lib: env.lib, doc: env.doc, fonts: env.fonts, values: pdfValues, tree, warn: env.warn };
  for (const [index, record] of values.entries()) {
    const where = `formFieldValues[${index}]`;
    try {
      await writeOne(record, context);
    } catch (error) {
      if (!(error instanceof FormValueProblem)) throw error;
      env.warn(`${where}: ${error.message}; the value was not written`);
    }
  }
}

async function writeOne(record: FormFieldValue, context: FormContext): Promise<void> {
  const nodes = context.tree.fields.get(record.name);
  if (!nodes?.length) throw new FormValueProblem(unknownField(record.name, context.tree));
  for (const field of nodes) {
    if (field.hasFieldKids) {
      throw new FormValueProblem(`${quote(record.name)} names a group of fields, not a field; give the full name of one of its fields`);
    }
    const kind = fieldKind(field, context.values);
    const writer = WRITERS[kind];
    if (!writer) {
      const described = kind === 'unknown' ? 'a field of no known type (no /FT)' : `a ${kind === 'button' ? 'push button' : kind} field`;
      throw new FormValueProblem(`${quote(record.name)} is ${described}, which holds no value`);
    }
    await writer(field, record, context);
  }
}

function unknownField(name: string, tree: FormTree): string {
  const names = [...tree.fields.keys()].filter((known) => tree.fields.get(known)!.some((field) => !field.hasFieldKids));
  const start = `the PDF has no form field named ${quote(name)}`;
  if (!names.length) return `${start} (its form holds only groups of fields)`;
  return `${start}; its fields are ${names.slice(0, 10).map(quote).join(', ')}${names.length > 10 ? ', …' : ''}`;
}
