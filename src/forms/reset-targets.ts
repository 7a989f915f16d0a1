/**
 * Which fields a `/ResetForm` action resets (PDF 32000-1 §12.7.5.3): the
 * listed ones, or every other one when its Include/Exclude flag says
 * exclude; all fields when it lists none. A listed name may be a parent
 * field's, which stands for every field below it.
 */
import type { FormCatalog, FormField, ResetFormAction } from './field-types.js';

export function fieldsToReset(action: ResetFormAction, catalog: FormCatalog): FormField[] {
  const fields = [...catalog.fields.values()].filter((field) => field.kind !== 'button' && field.kind !== 'signature');
  if (action.fields.length === 0 && action.refs.length === 0) return fields;
  const listedNames = [...action.fields];
  for (const ref of action.refs) {
    const name = catalog.fieldOfObject.get(ref);
    if (name !== undefined) listedNames.push(name);
  }
  const isListed = (name: string) => listedNames.some((listed) => name === listed || name.startsWith(`${listed}.`));
  return fields.filter((field) => isListed(field.name) === action.include);
}
