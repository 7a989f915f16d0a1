/** Field values between the forms code's states and Instant JSON, the import check, and reset targets. */
import { expect } from '@open-wc/testing';
import { checkFormFieldValues } from '../../src/forms/check-form-field-values.js';
import type { FieldKind, FormCatalog, FormField } from '../../src/forms/field-types.js';
import { canonicalState, FieldValueError, sameState, stateFromJson, stateToJson } from '../../src/forms/field-values.js';
import { fieldsToReset } from '../../src/forms/reset-targets.js';
import { InstantJsonError, parseInstantJson } from '../../src/model/index.js';
import { describe, it } from '../model/mocha.js';

function field(name: string, kind: FieldKind, extra: Partial<FormField> = {}): FormField {
  return {
    name,
    kind,
    readOnly: false,
    password: false,
    pdfState: kind === 'text' ? [''] : [],
    defaultState: kind === 'text' ? [''] : [],
    onStates: [],
    options: [],
    multiSelect: false,
    widgets: [],
    ...extra,
  };
}

const options = (...values: string[]) => values.map((v) => ({ value: v, label: v.toUpperCase() }));
const text = field('text', 'text');
const checkbox = field('check', 'checkbox', { onStates: ['Yes'] });
const pair = field('pair', 'checkbox', { onStates: ['A', 'B'] });
const radio = field('radio', 'radio', { onStates: ['S', 'M', 'L'] });
const combo = field('combo', 'combo', { options: options('a', 'b') });
const list = field('list', 'list', { options: options('d', 'e', 'f') });
const multi = field('multi', 'list', { options: options('x', 'y', 'z'), multiSelect: true });
const button = field('button', 'button');

function rejects(f: FormField, value: unknown): string {
  try {
    stateFromJson(f, value);
  } catch (error) {
    expect(error).to.be.instanceOf(FieldValueError);
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(value)} was accepted for ${f.name}`);
}

describe('forms: field values', () => {
  it('writes each kind as Instant JSON: text, on-state names or "Off", export values', () => {
    expect(stateToJson(text, ['hi'])).to.equal('hi');
    expect(stateToJson(checkbox, ['Yes'])).to.deep.equal(['Yes']);
    expect(stateToJson(checkbox, [])).to.equal('Off');
    expect(stateToJson(radio, ['M'])).to.equal('M');
    expect(stateToJson(radio, [])).to.equal('Off');
    expect(stateToJson(combo, ['b'])).to.equal('b');
    expect(stateToJson(combo, [])).to.equal(null);
    expect(stateToJson(list, ['e'])).to.equal('e');
    expect(stateToJson(multi, ['x', 'z'])).to.deep.equal(['x', 'z']);
    expect(stateToJson(multi, [])).to.deep.equal([]);
  });

  it('reads what it writes back to the same state', () => {
    const cases: [FormField, readonly string[]][] = [
      [text, ['hi']],
      [checkbox, ['Yes']],
      [checkbox, []],
      [pair, ['A', 'B']],
      [radio, ['L']],
      [radio, []],
      [combo, ['a']],
      [combo, []],
      [list, ['f']],
      [multi, ['y', 'z']],
    ];
    for (const [f, state] of cases) expect(stateFromJson(f, stateToJson(f, state)), `${f.name} ${state.join()}`).to.deep.equal(state);
  });

  it('accepts what other writers write: null, a bare on state, one-item arrays', () => {
    expect(stateFromJson(text, null)).to.deep.equal(['']);
    expect(stateFromJson(checkbox, 'Yes')).to.deep.equal(['Yes']);
    expect(stateFromJson(checkbox, ['Yes'])).to.deep.equal(['Yes']);
    expect(stateFromJson(checkbox, [])).to.deep.equal([]);
    expect(stateFromJson(checkbox, null)).to.deep.equal([]);
    expect(stateFromJson(radio, null)).to.deep.equal([]);
    expect(stateFromJson(combo, ['b'])).to.deep.equal(['b']);
    expect(stateFromJson(combo, 'typed by hand'), 'an editable combo box may hold any text').to.deep.equal(['typed by hand']);
    expect(stateFromJson(list, ['d'])).to.deep.equal(['d']);
    expect(stateFromJson(multi, ['z', 'x', 'z']), 'in option order, once each').to.deep.equal(['x', 'z']);
    expect(stateFromJson(button, null)).to.deep.equal([]);
  });

  it('rejects values of the wrong kind, saying what the field takes', () => {
    expect(rejects(text, ['a'])).to.contain('takes a string');
    expect(rejects(checkbox, 'Maybe')).to.contain('no on state "Maybe"').and.to.contain('"Yes"');
    expect(rejects(checkbox, [1])).to.contain('checkbox "check" takes');
    expect(rejects(radio, ['M'])).to.contain('radio group "radio" takes');
    expect(rejects(radio, 'XL')).to.contain('no button "XL"');
    expect(rejects(combo, ['a', 'b'])).to.contain('one string');
    expect(rejects(list, ['d', 'e'])).to.contain('one of its export values');
    expect(rejects(list, 'D')).to.contain('no option "D"');
    expect(rejects(multi, 'w')).to.contain('no option "w"');
    expect(rejects(button, 'x')).to.contain('holds no value');
  });

  it('compares values in canonical order', () => {
    expect(sameState(canonicalState(pair, ['B', 'A']), canonicalState(pair, ['A', 'B']))).to.equal(true);
    expect(sameState(canonicalState(radio, ['']), [])).to.equal(true);
    expect(sameState(['a'], ['b'])).to.equal(false);
  });
});

describe('forms: import check', () => {
  const catalog: FormCatalog['fields'] = new Map([text, checkbox, radio, list].map((f) => [f.name, f]));
  const check = (json: unknown) => checkFormFieldValues(parseInstantJson(json), catalog);
  const doc = (formFieldValues: unknown[], extra: Record<string, unknown> = {}) => ({
    format: 'https://pspdfkit.com/instant-json/v1',
    formFieldValues,
    ...extra,
  });
  const record = (name: string, value: unknown) => ({ v: 1, type: 'pspdfkit/form-field-value', name, value });

  function pathOf(run: () => void): string {
    try {
      run();
    } catch (error) {
      expect(error).to.be.instanceOf(InstantJsonError);
      return (error as InstantJsonError).path;
    }
    throw new Error('accepted');
  }

  it('accepts values that fit their fields', () => {
    check(doc([record('text', 'a'), record('check', ['Yes']), record('radio', 'Off'), record('list', 'e')]));
  });

  it('names the record of an unknown field, and lists the fields there are', () => {
    let message = '';
    try {
      check(doc([record('text', 'a'), record('nope', 'x')]));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.match(/^formFieldValues\[1\]\.name: the document has no form field named "nope"; its fields are "text", "check"/);
  });

  it('names the value of the wrong kind', () => {
    expect(pathOf(() => check(doc([record('text', 'a'), record('check', 'Maybe')])))).to.equal('formFieldValues[1].value');
    expect(pathOf(() => check(doc([record('radio', ['S'])])))).to.equal('formFieldValues[0].value');
  });

  it('accepts values of fields the same JSON defines in formFields', () => {
    check(doc([record('json only', 'x')], { formFields: [{ v: 1, type: 'pspdfkit/form-field/text', name: 'json only' }] }));
  });
});

describe('forms: reset targets', () => {
  const a = field('a', 'text');
  const b = field('group.b', 'text');
  const c = field('group.c', 'checkbox');
  const push = field('push', 'button');
  const catalog: FormCatalog = {
    fields: new Map([a, b, c, push].map((f) => [f.name, f])),
    fieldOfObject: new Map([[40, 'group.c']]),
  };
  const names = (fields: FormField[]) => fields.map((f) => f.name);

  it('resets every field with a value when the action lists none', () => {
    expect(names(fieldsToReset({ fields: [], refs: [], include: true }, catalog))).to.deep.equal(['a', 'group.b', 'group.c']);
  });

  it('resets the listed fields, a parent name standing for its children, or all others', () => {
    expect(names(fieldsToReset({ fields: ['group'], refs: [], include: true }, catalog))).to.deep.equal(['group.b', 'group.c']);
    expect(names(fieldsToReset({ fields: ['a'], refs: [40], include: false }, catalog))).to.deep.equal(['group.b']);
  });
});
