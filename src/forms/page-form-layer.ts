/**
 * The form controls of one page on screen, in the page's widget order (which
 * is also the Tab order: the layer comes after the page's other layers, and
 * pages follow each other in the DOM). Boxes carry `data-field-name` and
 * `data-widget-id` (the widget's PDF object number).
 */
import type { PageFrame } from '../pdf/page-view.js';
import type { FieldState, FormWidget } from './field-types.js';
import { type ControlHost, createControl, type WidgetControl } from './form-controls.js';
import { boxPlacement } from './widget-placement.js';

export class PageFormLayer {
  readonly element: HTMLElement;
  readonly #frame: PageFrame;
  #controls: WidgetControl[] = [];

  constructor(element: HTMLElement, frame: PageFrame) {
    this.element = element;
    this.#frame = frame;
  }

  get controls(): readonly WidgetControl[] {
    return this.#controls;
  }

  /** Builds a control for each widget that takes input. */
  build(widgets: readonly FormWidget[], host: ControlHost): void {
    this.destroy();
    const doc = this.element.ownerDocument;
    for (const widget of widgets) {
      if (widget.hidden) continue;
      const box = doc.createElement('div');
      box.className = 'form-widget';
      box.dataset['fieldName'] = widget.fieldName;
      box.dataset['widgetId'] = String(widget.objectNumber);
      box.style.cssText = boxPlacement(widget.bbox, this.#frame);
      const control = createControl(widget, box, labelOf(widget), host);
      if (!control) continue;
      this.#controls.push(control);
      this.element.append(box);
    }
  }

  /** Shows `state` in the controls of `fieldName`. */
  show(fieldName: string, state: FieldState): void {
    for (const control of this.#controls) if (control.widget.fieldName === fieldName) control.show(state);
  }

  /** Shows or hides the controls of widgets (e.g. of a widget annotation that was deleted). */
  setVisible(isVisible: (widget: FormWidget) => boolean): void {
    for (const control of this.#controls) control.box.hidden = !isVisible(control.widget);
  }

  setEditable(isEditable: (widget: FormWidget) => boolean): void {
    for (const control of this.#controls) control.setEditable(isEditable(control.widget));
  }

  flush(): void {
    for (const control of this.#controls) control.flush();
  }

  destroy(): void {
    this.#controls = [];
    this.element.replaceChildren();
  }
}

/** The accessible name: the field's alternate name, else its name; a radio button adds the choice it stands for. */
function labelOf(widget: FormWidget): string {
  const name = widget.alternateName || widget.fieldName;
  return widget.kind === 'radio' && widget.onState ? `${name}: ${widget.onState}` : name;
}
