/**
 * Field values between three shapes: the PDF's (read by src/pdf/form-fields.ts),
 * the one {@link FieldState} the forms code compares, and Instant JSON's
 * `pspdfkit/form-field-value` `value`.
 *
 * What an export writes (the spec allows a string, an array of strings or null):
 * - text: the text;
 * - checkbox: the on-state names of the checked widgets as an array
 *   (`["Yes"]`), or `"Off"` when none is checked (as real exports write it);
 * - radio: the chosen widget's on-state name, or `"Off"`;
 * - combo box, single-select list box: the export value, or null for none;
 * - multi-select list box: an array of export values.
 *
 * What an import accepts is wider, since other writers differ: null for
 * "empty" everywhere, a one-item array for a single-choice field, a bare
 * on-state name for a checkbox. Anything else is the wrong kind of value for
 * the field, and {@link stateFromJson} says what was expected.
 */
import type { FieldState, FormField } from './field-types.js';

export type JsonFieldValue = string | string[] | null;

const OFF = 'Off';

/** Brings a state into its canonical order: checked on-states and selected options in the field's order, each once. */
export function canonicalState(field: FormField, state: FieldState): FieldState {
  switch (field.kind) {
    case 'text':
      return [state[0] ?? ''];
    case 'checkbox':
      return orderedSubset(state, field.onStates);
    case 'list':
      return orderedSubset(
        state,
        field.options.map((option) => option.value),
      );
    case 'radio':
    case 'combo':
      return state.length && state[0] !== '' ? [state[0]!] : [];
    default:
      return [];
  }
}

/** Whether two canonical states are the same value. */
export function sameState(a: FieldState, b: FieldState): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** The Instant JSON `value` for a state. */
export function stateToJson(field: FormField, state: FieldState): JsonFieldValue {
  switch (field.kind) {
    case 'text':
      return state[0] ?? '';
    case 'checkbox':
      return state.length ? [...state] : OFF;
    case 'radio':
      return state[0] ?? OFF;
    case 'list':
      return field.multiSelect ? [...state] : (state[0] ?? null);
    case 'combo':
      return state[0] ?? null;
    default:
      return null;
  }
}

/** Why a value does not fit a field; the caller adds where it was found. */
export class FieldValueError extends Error {
  override readonly name = 'FieldValueError';
}

/**
 * The state an Instant JSON `value` stands for (`undefined` when the record
 * has none).
 *
 * @throws FieldValueError when the value is of the wrong kind for the field.
 */
export function stateFromJson(field: FormField, value: unknown): FieldState {
  const found = describe(value);
  if (value === undefined || value === null) return canonicalState(field, []);
  switch (field.kind) {
    case 'text':
      if (typeof value === 'string') return [value];
      throw new FieldValueError(`the text field ${quote(field.name)} takes a string, found ${found}`);
    case 'checkbox': {
      const expected = `"Off", ${onStateList(field)}, or an array of them`;
      const names = typeof value === 'string' ? (value === OFF ? [] : [value]) : stringArray(value);
      if (names === undefined) throw new FieldValueError(`the checkbox ${quote(field.name)} takes ${expected}, found ${found}`);
      const unknown = names.find((name) => !field.onStates.includes(name));
      if (unknown !== undefined) {
        throw new FieldValueError(`the checkbox ${quote(field.name)} has no on state ${quote(unknown)}; expected ${expected}`);
      }
      return canonicalState(field, names);
    }
    case 'radio': {
      const expected = `"Off" or ${onStateList(field)}`;
      if (typeof value !== 'string') throw new FieldValueError(`the radio group ${quote(field.name)} takes ${expected}, found ${found}`);
      if (value === OFF) return [];
      if (!field.onStates.includes(value)) {
        throw new FieldValueError(`the radio group ${quote(field.name)} has no button ${quote(value)}; expected ${expected}`);
      }
      return [value];
    }
    case 'combo': {
      const values = typeof value === 'string' ? [value] : stringArray(value);
      if (values === undefined || values.length > 1) {
        throw new FieldValueError(`the combo box ${quote(field.name)} takes one string, found ${found}`);
      }
      return canonicalState(field, values);
    }
    case 'list': {
      const values = typeof value === 'string' ? [value] : stringArray(value);
      const expected = field.multiSelect ? 'an array of its export values' : 'one of its export values';
      if (values === undefined || (!field.multiSelect && values.length > 1)) {
        throw new FieldValueError(`the list box ${quote(field.name)} takes ${expected}, found ${found}`);
      }
      const unknown = values.find((item) => !field.options.some((option) => option.value === item));
      if (unknown !== undefined) {
        throw new FieldValueError(
          `the list box ${quote(field.name)} has no option ${quote(unknown)}; its export values are ${listOf(field.options.map((option) => option.value))}`,
        );
      }
      return canonicalState(field, values);
    }
    default:
      throw new FieldValueError(`the ${field.kind} field ${quote(field.name)} holds no value, found ${found}; expected null or no value`);
  }
}

function orderedSubset(state: FieldState, order: readonly string[]): FieldState {
  const chosen = new Set(state);
  const known = order.filter((item, i) => chosen.has(item) && order.indexOf(item) === i);
  const others = [...chosen].filter((item) => !order.includes(item));
  return [...known, ...others];
}

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

function onStateList(field: FormField): string {
  return field.onStates.length ? `its on-state name ${listOf(field.onStates)}` : 'an on-state name';
}

function listOf(items: readonly string[]): string {
  const shown = items.slice(0, 8).map(quote).join(', ');
  return items.length > 8 ? `${shown}, …` : shown;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  if (text === undefined) return typeof value;
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
