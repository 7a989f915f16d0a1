/**
 * Text fields: /V becomes the text and every widget gets a new normal
 * appearance showing it: wrapped for multi-line fields, one character per
 * cell for comb fields, bullets for password fields.
 */
import type { FormFieldValue } from '../../model/index.js';
import { FieldFlag, fieldFlags, inherited, type FormFieldNode } from './field-tree.js';
import {
  FormValueProblem,
  describe,
  editObject,
  paintWidgets,
  quote,
  setFieldValue,
  setNormalAppearance,
  textString,
  type FormContext,
} from './form-context.js';
import { paintText, type TextLayout } from './text-appearance.js';

const BULLET = '\u2022';

export async function writeTextValue(field: FormFieldNode, record: FormFieldValue, context: FormContext): Promise<void> {
  const { value } = record;
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw new FormValueProblem(`the text field ${quote(field.name)} takes a string, found ${describe(value)}`);
  }
  const text = value ?? '';
  const { values } = context;
  const flags = fieldFlags(field, values);
  const multiline = (flags & FieldFlag.Multiline) !== 0;
  const password = (flags & FieldFlag.Password) !== 0;
  const maxLength = inherited(field.dict, (dict) => values.number(dict, 'MaxLen'), values) ?? 0;
  // PDF 32000-1 table 228: Comb applies only with MaxLen and without Multiline and Password.
  const comb = (flags & FieldFlag.Comb) !== 0 && !multiline && !password && maxLength >= 1;
  const layout: TextLayout = comb ? { kind: 'comb', cells: Math.floor(maxLength) } : multiline ? { kind: 'multiline' } : { kind: 'line' };
  const shown = password ? BULLET.repeat(Array.from(text).length) : text;
  const painted = await paintWidgets(field, context, (appearance, box, look) =>
    paintText(appearance, box, look, {
      text: shown,
      layout,
      fonts: context.fonts,
      style: look.textStyle,
      metrics: context.fonts.metrics(look.textStyle),
    }),
  );
  setFieldValue(field, textString(text, context.lib), context);
  // A rich-text value (/RV) would show the old text in readers that prefer it.
  const richValue = values.name('RV');
  if (field.dict.has(richValue)) editObject(field.dict, context, (dict) => dict.delete(richValue));
  for (const [widget, ref] of painted) setNormalAppearance(widget, ref, context);
}
