/**
 * Check boxes and radio buttons: a value names on states (the non-/Off keys
 * of each widget's /AP /N, as pdf.js and our viewer report them, or the
 * export values of /Opt); the field's /V becomes that state's name, and each
 * widget's /AS its own on state or /Off. The appearances themselves are the
 * widget's own: only the state that shows changes (a check box widget with
 * no appearance states at all gets /Yes and /Off ones, check-appearance.ts).
 *
 * `optionIndexes` (indexes into the field's widgets, in /Kids order) pick
 * which widgets are on when several share an on state.
 */
import type { FormFieldValue } from '../../model/index.js';
import type { PDFDict, PDFName } from '../pdf-lib.js';
import { addCheckAppearances, GENERATED_ON_STATE } from './check-appearance.js';
import { FieldFlag, fieldFlags, inherited, type FormFieldNode } from './field-tree.js';
import { FormValueProblem, editObject, quote, setFieldValue, valueStrings, type FormContext } from './form-context.js';

interface ButtonWidget {
  dict: PDFDict;
  index: number;
  /** The on state's name object, undefined for a widget without appearance states. */
  onState: PDFName | undefined;
  /** Texts a value may give for it: the state's name (as bytes and as UTF-8) and its /Opt export value. */
  aliases: readonly string[];
  /** A check box widget without appearance states: it gets generated ones (check-appearance.ts). */
  needsAppearances: boolean;
}

const OFF = 'Off';

export async function writeCheckBoxValue(field: FormFieldNode, record: FormFieldValue, context: FormContext): Promise<void> {
  const what = `the checkbox ${quote(field.name)}`;
  const widgets = buttonWidgets(field, context, true);
  const wanted = valueStrings(record, what).filter((value) => value !== OFF);
  let chosen: ButtonWidget[];
  if (record.value === undefined && record.optionIndexes) {
    chosen = pickByIndexes(widgets, record.optionIndexes, what).filter((widget) => widget.onState);
  } else {
    chosen = [];
    for (const value of wanted) {
      const matching = matchingWidgets(widgets, value, what);
      chosen.push(...(record.optionIndexes ? restrictToIndexes(matching, record.optionIndexes, value, what) : matching));
    }
  }
  applyStates(field, widgets, new Set(chosen), context);
}

export async function writeRadioValue(field: FormFieldNode, record: FormFieldValue, context: FormContext): Promise<void> {
  const what = `the radio group ${quote(field.name)}`;
  // A radio button without appearance states has no on state to stand for: it can only be off.
  const widgets = buttonWidgets(field, context, false);
  const wanted = valueStrings(record, what).filter((value) => value !== OFF);
  if (wanted.length > 1) throw new FormValueProblem(`${what} takes one on state, found ${wanted.length}: ${wanted.map(quote).join(', ')}`);
  let chosen: ButtonWidget[] = [];
  if (record.value === undefined && record.optionIndexes) {
    chosen = pickByIndexes(widgets, record.optionIndexes, what).filter((widget) => widget.onState);
  } else if (wanted[0] !== undefined) {
    const matching = matchingWidgets(widgets, wanted[0], what);
    chosen = record.optionIndexes ? restrictToIndexes(matching, record.optionIndexes, wanted[0], what) : matching;
  }
  // Buttons sharing an on state turn on together only with RadiosInUnison; otherwise one is on.
  if (!(fieldFlags(field, context.values) & FieldFlag.RadiosInUnison)) {
    const first = chosen[0];
    chosen = first ? chosen.filter((widget) => widget.onState === first.onState).slice(0, 1) : [];
  }
  applyStates(field, widgets, new Set(chosen), context);
}

function buttonWidgets(field: FormFieldNode, context: FormContext, checkBox: boolean): ButtonWidget[] {
  const { values } = context;
  const options = inherited(field.dict, (dict) => values.array(dict, 'Opt'), values);
  const exportValues = options ? values.items(options).map((item) => values.asText(item)) : [];
  return field.widgets.map((dict, index) => {
    const found = onStateOf(dict, context);
    const needsAppearances = checkBox && !found && !hasStates(dict, context);
    const onState = found ?? (needsAppearances ? values.name(GENERATED_ON_STATE) : undefined);
    const aliases: string[] = [];
    if (onState) {
      const bytes = onState.asBytes();
      aliases.push(onState.decodeText());
      const utf8 = decodeUtf8(bytes);
      if (utf8 !== undefined && !aliases.includes(utf8)) aliases.push(utf8);
    }
    const exported = exportValues[index];
    if (onState && exported !== undefined && !aliases.includes(exported)) aliases.push(exported);
    return { dict, index, onState, aliases, needsAppearances };
  });
}

/** The first key other than /Off of the widget's normal (else down) appearance states. */
function onStateOf(widget: PDFDict, context: FormContext): PDFName | undefined {
  const { values } = context;
  const appearances = values.dict(widget, 'AP');
  if (!appearances) return undefined;
  for (const kind of ['N', 'D']) {
    const states = values.dict(appearances, kind);
    const on = states?.keys().find((key) => key.decodeText() !== OFF);
    if (on) return on;
  }
  return undefined;
}

/** Whether the widget has a normal appearance dictionary of states (even if only /Off). */
function hasStates(widget: PDFDict, context: FormContext): boolean {
  const appearances = context.values.dict(widget, 'AP');
  return appearances !== undefined && context.values.dict(appearances, 'N') !== undefined;
}

function matchingWidgets(widgets: readonly ButtonWidget[], value: string, what: string): ButtonWidget[] {
  const matching = widgets.filter((widget) => widget.aliases.includes(value));
  if (!matching.length) {
    const known = [...new Set(widgets.flatMap((widget) => widget.aliases.slice(0, 1)))];
    const list = known.length ? `its on states are ${known.map(quote).join(', ')}` : 'its widgets have no on-state appearances';
    throw new FormValueProblem(`${what} has no on state ${quote(value)}; ${list}`);
  }
  return matching;
}

function pickByIndexes(widgets: readonly ButtonWidget[], indexes: readonly number[], what: string): ButtonWidget[] {
  return indexes.map((index) => {
    const widget = widgets[index];
    if (!widget) throw new FormValueProblem(`${what} has ${widgets.length} widgets; optionIndexes holds ${index}`);
    return widget;
  });
}

function restrictToIndexes(matching: readonly ButtonWidget[], indexes: readonly number[], value: string, what: string): ButtonWidget[] {
  const picked = matching.filter((widget) => indexes.includes(widget.index));
  if (!picked.length) {
    throw new FormValueProblem(
      `${what}: optionIndexes [${indexes.join(', ')}] name no widget with the on state ${quote(value)} (those are ${matching.map((widget) => widget.index).join(', ')})`,
    );
  }
  return picked;
}

/** /V to the first chosen widget's on state (or /Off), and every widget's /AS. */
function applyStates(field: FormFieldNode, widgets: readonly ButtonWidget[], chosen: ReadonlySet<ButtonWidget>, context: FormContext): void {
  const { values } = context;
  const off = values.name(OFF);
  const first = widgets.find((widget) => chosen.has(widget));
  setFieldValue(field, first?.onState ?? off, context);
  for (const widget of widgets) {
    if (widget.needsAppearances) addCheckAppearances(widget.dict, field.dict, context);
    const state = chosen.has(widget) ? widget.onState! : off;
    const current = widget.dict.get(values.name('AS'));
    if (current !== state) editObject(widget.dict, context, (dict) => dict.set(values.name('AS'), state));
  }
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
