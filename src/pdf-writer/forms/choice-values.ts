/**
 * Combo boxes and list boxes: /V holds the chosen export values (a string,
 * or an array when a multi-select list has several), /I their indexes into
 * /Opt in ascending order. A combo box shows its choice's display text; a
 * list box shows its options from /TI down with the chosen ones
 * highlighted, scrolled so that the first chosen option is in view.
 */
import type { FormFieldValue } from '../../model/index.js';
import type { PDFObject } from '../pdf-lib.js';
import { FieldFlag, fieldFlags, inherited, type FormFieldNode } from './field-tree.js';
import {
  FormValueProblem,
  editObject,
  newObject,
  paintWidgets,
  quote,
  setFieldValue,
  setNormalAppearance,
  textString,
  valueStrings,
  type FormContext,
} from './form-context.js';
import { paintList, visibleOptions } from './list-appearance.js';
import { paintText } from './text-appearance.js';
import { widgetBox } from './widget-frame.js';
import { readWidgetLook } from './widget-look.js';

interface ChoiceOption {
  /** What /V holds. */
  value: string;
  /** What a person sees. */
  label: string;
}

export async function writeComboValue(field: FormFieldNode, record: FormFieldValue, context: FormContext): Promise<void> {
  const what = `the combo box ${quote(field.name)}`;
  const wanted = valueStrings(record, what);
  if (wanted.length > 1) throw new FormValueProblem(`${what} takes one value, found ${wanted.length}`);
  const options = choiceOptions(field, context);
  const value = wanted[0];
  // An editable combo box may hold text of its own; so may one written by another tool: /V is kept as given.
  const index = value === undefined ? -1 : options.findIndex((option) => option.value === value);
  const shown = index >= 0 ? options[index]!.label : (value ?? '');
  const painted = await paintWidgets(field, context, (appearance, box, look) =>
    paintText(appearance, box, look, {
      text: shown,
      layout: { kind: 'line' },
      fonts: context.fonts,
      style: look.textStyle,
      metrics: context.fonts.metrics(look.textStyle),
    }),
  );
  setFieldValue(field, value === undefined ? undefined : textString(value, context.lib), context);
  setSelectedIndexes(field, index >= 0 ? [index] : [], context);
  for (const [widget, ref] of painted) setNormalAppearance(widget, ref, context);
}

export async function writeListValue(field: FormFieldNode, record: FormFieldValue, context: FormContext): Promise<void> {
  const what = `the list box ${quote(field.name)}`;
  const { values } = context;
  const multiSelect = (fieldFlags(field, values) & FieldFlag.MultiSelect) !== 0;
  const wanted = [...new Set(valueStrings(record, what))];
  if (!multiSelect && wanted.length > 1) {
    throw new FormValueProblem(`${what} allows one selection, found ${wanted.length}: ${wanted.map(quote).join(', ')}`);
  }
  const options = choiceOptions(field, context);
  const indexes = wanted
    .map((value) => {
      const index = options.findIndex((option) => option.value === value);
      if (index < 0) {
        const known = options.slice(0, 8).map((option) => quote(option.value));
        throw new FormValueProblem(`${what} has no option ${quote(value)}; its export values are ${known.join(', ')}${options.length > 8 ? ', …' : ''}`);
      }
      return index;
    })
    .sort((a, b) => a - b);
  const topIndex = scrolledTopIndex(field, indexes, options.length, context);
  const painted = await paintWidgets(field, context, (appearance, box, look) =>
    paintList(appearance, box, look, {
      labels: options.map((option) => option.label),
      selected: new Set(indexes),
      topIndex,
      fonts: context.fonts,
      style: look.textStyle,
      metrics: context.fonts.metrics(look.textStyle),
    }),
  );
  const chosen = indexes.map((index) => textString(options[index]!.value, context.lib));
  const value: PDFObject | undefined = chosen.length === 0 ? undefined : chosen.length === 1 ? chosen[0] : newObject(context, chosen);
  setFieldValue(field, value, context);
  setSelectedIndexes(field, indexes, context);
  const ti = values.name('TI');
  const storedTop = values.number(field.dict, 'TI');
  if (topIndex !== (storedTop ?? 0)) editObject(field.dict, context, (dict) => dict.set(ti, values.lib.PDFNumber.of(topIndex)));
  for (const [widget, ref] of painted) setNormalAppearance(widget, ref, context);
}

/** /Opt: strings, or `[export display]` pairs. */
function choiceOptions(field: FormFieldNode, context: FormContext): ChoiceOption[] {
  const { values, lib } = context;
  const array = inherited(field.dict, (dict) => values.array(dict, 'Opt'), values);
  if (!array) return [];
  return values.items(array).map((item) => {
    if (item instanceof lib.PDFArray) {
      const [exported, shown] = values.items(item).map((part) => values.asText(part));
      return { value: exported ?? '', label: shown ?? exported ?? '' };
    }
    const text = values.asText(item) ?? '';
    return { value: text, label: text };
  });
}

function setSelectedIndexes(field: FormFieldNode, indexes: readonly number[], context: FormContext): void {
  const key = context.values.name('I');
  if (indexes.length) {
    const array = newObject(context, [...indexes]);
    editObject(field.dict, context, (dict) => dict.set(key, array));
  } else if (field.dict.has(key)) {
    editObject(field.dict, context, (dict) => dict.delete(key));
  }
}

/**
 * The top index that keeps the first chosen option in view of the first
 * widget: the current /TI when it already shows it, else the chosen option
 * at the top (or as far down as the list scrolls).
 */
function scrolledTopIndex(field: FormFieldNode, indexes: readonly number[], optionCount: number, context: FormContext): number {
  const { values } = context;
  const current = Math.max(0, Math.min(Math.trunc(values.number(field.dict, 'TI') ?? 0), Math.max(0, optionCount - 1)));
  const first = indexes[0];
  const widget = field.widgets[0];
  if (first === undefined || !widget) return current;
  const look = readWidgetLook(widget, field.dict, context.tree.acroForm, values);
  const box = widgetBox(widget, look, values);
  if (!box) return current;
  const visible = visibleOptions(box, look);
  if (first >= current && first < current + visible) return current;
  return Math.max(0, Math.min(first, optionCount - visible));
}
