/**
 * The import check the model cannot make alone: each `formFieldValues` record
 * must name a field of the document and hold the right kind of value for it.
 * The model has already checked the record's shape (a `name` is required).
 *
 * "A field of the document" is a field of the PDF's AcroForm, or a field the
 * same Instant JSON defines in `formFields` (real exports carry fields that
 * exist only there, see ../shared/corpus/instant-json/avinayak__…): such a
 * value is kept as given, since there is no PDF field to hold it against.
 */
import { InstantJsonError, type InstantJson } from '../model/index.js';
import type { FieldCatalog } from './field-types.js';
import { FieldValueError, stateFromJson } from './field-values.js';

/** @throws InstantJsonError with a path such as `formFieldValues[2].name`. */
export function checkFormFieldValues(doc: InstantJson, catalog: FieldCatalog): void {
  const values = doc.formFieldValues;
  if (!values?.length) return;
  const definedInJson = namesDefinedIn(doc.formFields);
  values.forEach((record, index) => {
    const field = catalog.get(record.name);
    if (!field) {
      if (definedInJson.has(record.name)) return;
      throw new InstantJsonError(`formFieldValues[${index}].name`, unknownFieldMessage(record.name, catalog));
    }
    try {
      stateFromJson(field, record.value);
    } catch (error) {
      if (!(error instanceof FieldValueError)) throw error;
      throw new InstantJsonError(`formFieldValues[${index}].value`, error.message, { cause: error });
    }
  });
}

function namesDefinedIn(formFields: unknown): Set<string> {
  const names = new Set<string>();
  if (!Array.isArray(formFields)) return names;
  for (const field of formFields) {
    const name = field !== null && typeof field === 'object' ? (field as Record<string, unknown>)['name'] : undefined;
    if (typeof name === 'string') names.add(name);
  }
  return names;
}

function unknownFieldMessage(name: string, catalog: FieldCatalog): string {
  const start = `the document has no form field named ${JSON.stringify(name)}`;
  if (catalog.size === 0) return `${start}: the PDF has no form fields (and formFields defines none)`;
  const names = [...catalog.keys()];
  const listed = names.slice(0, 10).map((field) => JSON.stringify(field)).join(', ');
  return `${start}; its fields are ${listed}${names.length > 10 ? ', …' : ''}`;
}
