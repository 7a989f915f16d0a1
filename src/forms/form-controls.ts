/**
 * One native control per widget, inside a box placed over the widget
 * (widget-placement.ts): `<input>` and `<textarea>` for text fields,
 * `<select>` for combo and list boxes (an `<input>` with a `<datalist>` for an
 * editable combo box), checkbox and radio `<input>`s, and a `<button>` for a
 * push button that resets the form. Native controls bring keyboard use,
 * focus order and accessible roles; each gets the field's alternate name
 * (`/TU`) or its name as accessible name.
 *
 * What the canvas draws under each control is in canvas-treatment.ts:
 * checkboxes, radio buttons and push buttons are transparent over the PDF's
 * own appearance; text fields and combo boxes show their text over the
 * widget's box; list boxes and password fields draw the whole widget.
 *
 * When a change is committed: checkboxes, radio buttons and choices at once
 * (`change`); text when it is done (`change`: focus leaves, or Enter in a
 * single-line field), so one edit is one undo step, not one per keystroke.
 * Typed text not committed yet is committed by `flush()`; Escape drops it.
 */
import { canvasTreatment } from './canvas-treatment.js';
import type { FieldState, FormWidget } from './field-types.js';
import { contentPlacement } from './widget-placement.js';
import { controlStyle } from './widget-style.js';

/** What a control asks of the forms controller. */
export interface ControlHost {
  /** The field's value in the model now. */
  stateOf(fieldName: string): FieldState;
  /** A person changed the field to `state`. */
  commit(widget: FormWidget, state: FieldState): void;
  /** A person pressed a push button. */
  press(widget: FormWidget): void;
  /** The `name` shared by the radio inputs of one field, unique to this viewer. */
  radioGroupName(fieldName: string): string;
  /** An id no other element of this viewer has. */
  uniqueId(prefix: string): string;
}

export interface WidgetControl {
  readonly widget: FormWidget;
  /** The positioned box holding the control. */
  readonly box: HTMLElement;
  /** Shows the field's value. */
  show(state: FieldState): void;
  /** Whether a person may change the value (read-only controls stay focusable and readable). */
  setEditable(editable: boolean): void;
  /** Commits what was typed and not committed yet. */
  flush(): void;
}

/** A control for `widget`, or undefined for widgets that take no input here (signatures, other push buttons). */
export function createControl(widget: FormWidget, box: HTMLElement, label: string, host: ControlHost): WidgetControl | undefined {
  const [, , width, height] = widget.bbox;
  const content = contentPlacement(width, height, widget.rotation);
  const make = (): Omit<WidgetControl, 'widget' | 'box'> | undefined => {
    switch (widget.kind) {
      case 'text':
        return textControl(widget, box, host);
      case 'combo':
        return widget.editable ? editableComboControl(widget, box, host) : selectControl(widget, box, host);
      case 'list':
        return selectControl(widget, box, host);
      case 'checkbox':
      case 'radio':
        return toggleControl(widget, box, host);
      case 'button':
        return widget.resetForm ? buttonControl(widget, box, host) : undefined;
      default:
        return undefined;
    }
  };
  const control = make();
  const element = box.lastElementChild as HTMLElement | null;
  if (!control || !element) return undefined;
  element.classList.add('form-control');
  const treatment = canvasTreatment(widget.kind, widget.password);
  element.style.cssText = content.style + (treatment === 'pdf' ? '' : controlStyle(widget, content.height, treatment === 'off'));
  element.setAttribute('aria-label', label);
  return { widget, box, ...control };
}



function textControl(widget: FormWidget, box: HTMLElement, host: ControlHost): Omit<WidgetControl, 'widget' | 'box'> {
  const doc = box.ownerDocument;
  const input = widget.multiLine ? doc.createElement('textarea') : doc.createElement('input');
  if (input instanceof HTMLInputElement) input.type = widget.password ? 'password' : 'text';
  if (widget.maxLength > 0) input.maxLength = widget.maxLength;
  input.spellcheck = false;
  input.autocomplete = 'off';
  box.append(input);
  return typedText(input, host, widget, () => [input.value], (state) => (input.value = state[0] ?? ''));
}

function editableComboControl(widget: FormWidget, box: HTMLElement, host: ControlHost): Omit<WidgetControl, 'widget' | 'box'> {
  const doc = box.ownerDocument;
  const input = doc.createElement('input');
  input.type = 'text';
  input.autocomplete = 'off';
  // With a list of suggestions the input is a combobox to assistive technology (its implicit role).
  const list = doc.createElement('datalist');
  list.id = host.uniqueId('form-options');
  for (const option of widget.options) {
    const item = doc.createElement('option');
    item.value = option.label;
    list.append(item);
  }
  input.setAttribute('list', list.id);
  box.append(list, input);
  // People pick and type what they see (labels); the field holds export values.
  const toValue = (text: string) => widget.options.find((option) => option.label === text)?.value ?? text;
  const toText = (value: string | undefined) => widget.options.find((option) => option.value === value)?.label ?? value ?? '';
  return typedText(
    input,
    host,
    widget,
    () => (input.value === '' ? [] : [toValue(input.value)]),
    (state) => (input.value = toText(state[0])),
  );
}

/** Text typed into `input`, committed when done. */
function typedText(
  input: HTMLInputElement | HTMLTextAreaElement,
  host: ControlHost,
  widget: FormWidget,
  read: () => FieldState,
  write: (state: FieldState) => void,
): Omit<WidgetControl, 'widget' | 'box'> {
  let dirty = false;
  const commit = () => {
    if (!dirty) return;
    dirty = false;
    host.commit(widget, read());
  };
  input.addEventListener('input', () => (dirty = true));
  input.addEventListener('change', commit);
  input.addEventListener('keydown', (event: Event) => {
    if (!(event instanceof KeyboardEvent)) return;
    if (event.key === 'Enter' && input instanceof HTMLInputElement) commit();
    if (event.key === 'Escape' && dirty) {
      dirty = false;
      write(host.stateOf(widget.fieldName));
      event.stopPropagation();
    }
  });
  return {
    show(state) {
      dirty = false;
      write(state);
    },
    setEditable(editable) {
      input.readOnly = !editable;
    },
    flush: commit,
  };
}

function selectControl(widget: FormWidget, box: HTMLElement, host: ControlHost): Omit<WidgetControl, 'widget' | 'box'> {
  const doc = box.ownerDocument;
  const select = doc.createElement('select');
  const isList = widget.kind === 'list';
  if (isList) {
    select.multiple = widget.multiSelect;
    select.size = Math.max(2, widget.options.length);
  }
  // A combo box with nothing chosen shows an empty entry; a value that is no option gets one of its own.
  const empty = doc.createElement('option');
  empty.value = '';
  empty.hidden = true;
  let extra: HTMLOptionElement | undefined;
  const optionElements = widget.options.map((option) => {
    const element = doc.createElement('option');
    element.value = option.value;
    element.textContent = option.label;
    return element;
  });
  select.append(...(isList ? [] : [empty]), ...optionElements);
  box.append(select);
  let editable = true;
  const show = (state: FieldState) => {
    extra?.remove();
    extra = undefined;
    const unknown = state.filter((value) => !widget.options.some((option) => option.value === value));
    if (unknown.length) {
      extra = doc.createElement('option');
      extra.value = extra.textContent = unknown[0]!;
      select.append(extra);
    }
    for (const option of select.options) option.selected = option !== empty && state.includes(option.value);
    if (!isList && state.length === 0) empty.selected = true;
  };
  select.addEventListener('change', () => {
    if (!editable) {
      show(host.stateOf(widget.fieldName));
      return;
    }
    const chosen = [...select.selectedOptions].map((option) => option.value).filter((value) => value !== '');
    host.commit(widget, chosen);
  });
  // A read-only select must still take focus and scroll, but not open or move its selection.
  select.addEventListener('mousedown', (event) => {
    if (!editable) event.preventDefault();
  });
  select.addEventListener('keydown', (event: Event) => {
    if (!editable && event instanceof KeyboardEvent && event.key !== 'Tab') event.preventDefault();
  });
  return {
    show,
    setEditable(value) {
      editable = value;
      toggleAttribute(select, 'aria-readonly', !value);
    },
    flush() {},
  };
}

function toggleControl(widget: FormWidget, box: HTMLElement, host: ControlHost): Omit<WidgetControl, 'widget' | 'box'> {
  const input = box.ownerDocument.createElement('input');
  const isRadio = widget.kind === 'radio';
  input.type = isRadio ? 'radio' : 'checkbox';
  if (isRadio) input.name = host.radioGroupName(widget.fieldName);
  box.append(input);
  box.classList.add('form-toggle');
  const onState = widget.onState;
  let editable = true;
  input.addEventListener('click', (event) => {
    if (!editable || onState === null) event.preventDefault();
  });
  input.addEventListener('change', () => {
    if (onState === null) return;
    const current = host.stateOf(widget.fieldName);
    if (isRadio) {
      if (input.checked) host.commit(widget, [onState]);
      return;
    }
    host.commit(widget, input.checked ? [...current, onState] : current.filter((state) => state !== onState));
  });
  return {
    show(state) {
      input.checked = onState !== null && state.includes(onState);
    },
    setEditable(value) {
      editable = value;
      // ARIA has read-only checkboxes but no read-only radio buttons: those are marked disabled (yet stay focusable).
      toggleAttribute(input, isRadio ? 'aria-disabled' : 'aria-readonly', !value);
    },
    flush() {},
  };
}

function buttonControl(widget: FormWidget, box: HTMLElement, host: ControlHost): Omit<WidgetControl, 'widget' | 'box'> {
  const button = box.ownerDocument.createElement('button');
  button.type = 'button';
  box.append(button);
  box.classList.add('form-toggle');
  let editable = true;
  button.addEventListener('click', () => {
    if (editable) host.press(widget);
  });
  // Space and Enter press the button; the viewer must not take them for scrolling.
  button.addEventListener('keydown', (event: Event) => {
    if (event instanceof KeyboardEvent && (event.key === ' ' || event.key === 'Enter')) event.stopPropagation();
  });
  return {
    show() {},
    setEditable(value) {
      editable = value;
      toggleAttribute(button, 'aria-disabled', !value);
    },
    flush() {},
  };
}

function toggleAttribute(element: Element, name: string, on: boolean): void {
  if (on) element.setAttribute(name, 'true');
  else element.removeAttribute(name);
}
