/**
 * The document's form: keeps every page's form controls equal to the model,
 * and turns what people do with them into `formFieldValues` in the model.
 *
 * - A field's value is its record in the model's `formFieldValues`, or the
 *   PDF's value when it has none. A person's change writes a record, or
 *   removes it when the value is the PDF's again, so an export holds exactly
 *   the fields that differ from the PDF. Each committed change is one
 *   command (`source: 'user'`) and one undo step; a reset-form button resets
 *   its fields in one step.
 * - After every change to the model (a person's, an import, undo, redo), in
 *   one microtask, the controls of fields whose value changed are updated,
 *   and checkbox and radio appearances on the canvas follow (their page is
 *   drawn again).
 * - Field JavaScript is never run: only reset-form actions act.
 */
import type { AnnotationStore, ChangeSource, FormFieldValue, InstantJson } from '../model/index.js';
import type { FormAppearances } from '../pdf/form-appearances.js';
import type { PageView } from '../pdf/page-view.js';
import type { PageDecorator } from './chained-page-hooks.js';
import { checkFormFieldValues } from './check-form-field-values.js';
import type { FieldState, FormCatalog, FormField, FormWidget } from './field-types.js';
import { canonicalState, FieldValueError, sameState, stateFromJson, stateToJson } from './field-values.js';
import { canvasTreatment } from './canvas-treatment.js';
import type { ControlHost } from './form-controls.js';
import { PageFormLayer } from './page-form-layer.js';
import { crossPageTab, type PageTabHost } from './page-tab-order.js';
import { fieldsToReset } from './reset-targets.js';

/** What the controller needs of the pages: the stack's views, a way to have a canvas drawn again, and to show a page. */
export interface FormPagesHost {
  readonly views: readonly PageView[];
  invalidatePage(index: number): void;
  goToPage(index: number): void;
}

/** The model, and a way to change it in one step that keeps `annotations-changed` right. */
export interface FormModel {
  readonly store: AnnotationStore;
  /** Runs `change` on the store as one command. */
  batch<T>(change: (store: AnnotationStore) => T, source: ChangeSource): T;
}

export interface FormControllerOptions {
  readonly catalog: FormCatalog;
  readonly appearances: FormAppearances;
  readonly pages: FormPagesHost;
  /** The widgets of a page, in the page's order (read through pdf.js). */
  readWidgets(pageIndex: number): Promise<FormWidget[]>;
}

let viewerCount = 0;

/** How long Tab into a page not drawn yet waits for its controls before giving up. */
const BUILD_WAIT_MS = 5000;

export class FormController implements PageDecorator {
  readonly #catalog: FormCatalog;
  readonly #appearances: FormAppearances;
  readonly #pages: FormPagesHost;
  readonly #readWidgets: (pageIndex: number) => Promise<FormWidget[]>;
  readonly #layers = new Map<number, PageFormLayer>();
  readonly #widgets = new Map<number, Promise<FormWidget[]>>();
  /** The value each field's controls and canvas appearance show. */
  readonly #shown = new Map<string, FieldState>();
  readonly #prefix = `ipv-form-${++viewerCount}`;
  readonly #radioGroupNames = new Map<string, string>();
  #idCount = 0;
  #model: FormModel | undefined;
  #unsubscribe: (() => void) | undefined;
  #syncQueued = false;
  #readOnly = false;
  #destroyed = false;
  /** Who waits for a page's controls to be built (Tab into a page not drawn yet). */
  readonly #buildWaiters = new Map<number, Array<() => void>>();
  /** Layers whose controls are built (perhaps none: a page of signatures). */
  readonly #built = new WeakSet<PageFormLayer>();
  readonly #tabHost: PageTabHost;

  constructor(options: FormControllerOptions) {
    this.#catalog = options.catalog;
    this.#appearances = options.appearances;
    this.#pages = options.pages;
    this.#readWidgets = options.readWidgets;
    const widgetPages = [...new Set([...this.#catalog.fields.values()].flatMap((field) => field.widgets.map((widget) => widget.pageIndex)))].sort((a, b) => a - b);
    this.#tabHost = {
      widgetPages,
      builtLayer: (pageIndex) => this.#builtLayer(pageIndex),
      goToPage: (pageIndex) => this.#pages.goToPage(pageIndex),
      whenBuilt: (pageIndex) => this.#whenBuilt(pageIndex),
    };
    // Before the first canvas, so that no canvas shows a field's value under its control.
    for (const field of this.#catalog.fields.values()) {
      this.#shown.set(field.name, field.pdfState);
      const treatment = canvasTreatment(field.kind, field.password);
      for (const widget of field.widgets) {
        if (treatment === 'blank') this.#appearances.drawBlank([widget.objectNumber]);
        else if (treatment === 'off') this.#appearances.leaveOff([widget.objectNumber]);
        else if (widget.onState !== null) this.#appearances.setChecked(widget.objectNumber, field.pdfState.includes(widget.onState));
      }
    }
  }

  /** Whether the document has form fields at all. */
  get hasFields(): boolean {
    return this.#catalog.fields.size > 0;
  }

  /** Connects the model; from now on controls follow it and edit it. */
  attach(model: FormModel): void {
    this.#model = model;
    this.#unsubscribe = model.store.subscribe(() => this.#queueSync());
    this.#sync();
  }

  /** The import check for this document's fields (see check-form-field-values.ts). */
  checkImport(doc: InstantJson): void {
    checkFormFieldValues(doc, this.#catalog.fields);
  }

  /** Makes every field read-only (the element's `readonly`), or editable again where the PDF allows. */
  setReadOnly(readOnly: boolean): void {
    this.#readOnly = readOnly;
    for (const layer of this.#layers.values()) layer.setEditable((widget) => this.#isEditable(widget));
  }

  /** Commits text typed but not committed yet (before an export, undo or import). */
  flush(): void {
    for (const layer of this.#layers.values()) layer.flush();
  }

  destroy(): void {
    this.#destroyed = true;
    this.#unsubscribe?.();
    for (const layer of this.#layers.values()) layer.destroy();
    this.#layers.clear();
  }

  // ---- PageDecorator ------------------------------------------------------------------

  layersCreated(view: PageView, _annotationLayer: HTMLDivElement, formLayer: HTMLDivElement): void {
    const frame = view.frame;
    if (!frame || this.#destroyed || !this.hasFields) return;
    const layer = new PageFormLayer(formLayer, frame);
    this.#layers.set(view.index, layer);
    formLayer.addEventListener('keydown', (event) => crossPageTab(event, view.index, this.#tabHost));
    void this.#widgetsOf(view.index).then((all) => {
      // A widget whose field the AcroForm does not list could hold no value the export may name.
      const widgets = all.filter((widget) => this.#catalog.fields.has(widget.fieldName));
      if (this.#layers.get(view.index) !== layer) return;
      if (widgets.length) {
        layer.build(widgets, this.#controlHost);
        for (const control of layer.controls) control.show(this.#shown.get(control.widget.fieldName) ?? []);
        layer.setEditable((widget) => this.#isEditable(widget));
        this.#updateVisibility(layer);
      }
      this.#built.add(layer);
      for (const resolve of this.#buildWaiters.get(view.index) ?? []) resolve();
      this.#buildWaiters.delete(view.index);
    });
  }

  #builtLayer(pageIndex: number): HTMLElement | undefined {
    const layer = this.#layers.get(pageIndex);
    return layer && this.#built.has(layer) ? layer.element : undefined;
  }

  /** The page's form layer once its controls are built; undefined after a few seconds without. */
  #whenBuilt(pageIndex: number): Promise<HTMLElement | undefined> {
    const built = this.#builtLayer(pageIndex);
    if (built) return Promise.resolve(built);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), BUILD_WAIT_MS);
      const waiters = this.#buildWaiters.get(pageIndex) ?? [];
      waiters.push(() => {
        clearTimeout(timer);
        resolve(this.#builtLayer(pageIndex));
      });
      this.#buildWaiters.set(pageIndex, waiters);
    });
  }

  canvasShown(): void {}

  evicted(view: PageView): void {
    const layer = this.#layers.get(view.index);
    if (!layer) return;
    layer.flush();
    layer.destroy();
    this.#layers.delete(view.index);
  }

  // ---- values -------------------------------------------------------------------------

  /** The field's value in the model now: its record's, else the PDF's. */
  #stateOf(field: FormField): FieldState {
    const record = this.#model?.store.getFormFieldValue(field.name);
    if (!record) return field.pdfState;
    try {
      return stateFromJson(field, record.value);
    } catch (error) {
      // Imports are checked; a record set through the store directly may still not fit.
      if (!(error instanceof FieldValueError)) throw error;
      return field.pdfState;
    }
  }

  /** Writes `state` as the field's value: a record, or none when it is the PDF's value. */
  #write(store: AnnotationStore, field: FormField, state: FieldState): void {
    if (sameState(state, field.pdfState)) {
      store.removeFormFieldValue(field.name, { source: 'user' });
      return;
    }
    const { optionIndexes: _dropped, ...kept } = store.getFormFieldValue(field.name) ?? ({} as Partial<FormFieldValue>);
    store.setFormFieldValue({ ...kept, name: field.name, value: stateToJson(field, state) }, { source: 'user' });
  }

  #commit(widget: FormWidget, state: FieldState): void {
    const field = this.#catalog.fields.get(widget.fieldName);
    const model = this.#model;
    if (!field || !model || !this.#isEditable(widget)) {
      this.#showField(widget.fieldName, this.#shown.get(widget.fieldName) ?? []);
      return;
    }
    const next = canonicalState(field, state);
    if (sameState(next, this.#stateOf(field))) {
      this.#showField(field.name, next);
      return;
    }
    model.batch((store) => this.#write(store, field, next), 'user');
  }

  #reset(widget: FormWidget): void {
    const model = this.#model;
    if (!widget.resetForm || !model) return;
    // A person's action never changes a field the PDF marks read-only, a reset included.
    const fields = fieldsToReset(widget.resetForm, this.#catalog).filter(
      (field) => !field.readOnly && !sameState(this.#stateOf(field), field.defaultState),
    );
    if (!fields.length) return;
    model.batch((store) => {
      for (const field of fields) this.#write(store, field, field.defaultState);
    }, 'user');
  }

  #isEditable(widget: FormWidget): boolean {
    return !this.#readOnly && !widget.readOnly && this.#catalog.fields.get(widget.fieldName)?.readOnly !== true;
  }

  readonly #controlHost: ControlHost = {
    stateOf: (fieldName) => {
      const field = this.#catalog.fields.get(fieldName);
      return field ? this.#stateOf(field) : [];
    },
    commit: (widget, state) => this.#commit(widget, state),
    press: (widget) => this.#reset(widget),
    radioGroupName: (fieldName) => {
      let name = this.#radioGroupNames.get(fieldName);
      if (name === undefined) this.#radioGroupNames.set(fieldName, (name = `${this.#prefix}-${++this.#idCount}`));
      return name;
    },
    uniqueId: (prefix) => `${this.#prefix}-${prefix}-${++this.#idCount}`,
  };

  // ---- following the model ------------------------------------------------------------

  #widgetsOf(pageIndex: number): Promise<FormWidget[]> {
    let widgets = this.#widgets.get(pageIndex);
    if (!widgets) {
      widgets = this.#readWidgets(pageIndex).catch((error: unknown) => {
        // Once the document is closed, pdf.js refuses every request: nothing to report.
        if (!this.#destroyed) console.warn(`instant-pdf-viewer: form fields of page ${pageIndex + 1} could not be read`, error);
        this.#widgets.delete(pageIndex);
        return [];
      });
      this.#widgets.set(pageIndex, widgets);
    }
    return widgets;
  }

  #queueSync(): void {
    if (this.#syncQueued) return;
    this.#syncQueued = true;
    queueMicrotask(() => this.#sync());
  }

  #sync(): void {
    this.#syncQueued = false;
    if (this.#destroyed || !this.#model) return;
    // Another writer of pdf.js's storage (original appearances) may have dropped an entry of ours.
    this.#appearances.apply();
    const redraw = new Set<number>();
    for (const field of this.#catalog.fields.values()) {
      const state = this.#stateOf(field);
      if (sameState(state, this.#shown.get(field.name) ?? [])) continue;
      this.#shown.set(field.name, state);
      this.#showField(field.name, state);
      for (const widget of field.widgets) {
        if (widget.onState !== null && this.#appearances.setChecked(widget.objectNumber, state.includes(widget.onState))) {
          redraw.add(widget.pageIndex);
        }
      }
    }
    for (const index of redraw) if (this.#pages.views[index]?.hasCanvas) this.#pages.invalidatePage(index);
    for (const layer of this.#layers.values()) this.#updateVisibility(layer);
  }

  #showField(fieldName: string, state: FieldState): void {
    for (const layer of this.#layers.values()) layer.show(fieldName, state);
  }

  /** A widget whose annotation was deleted (through the annotation API) has no control either. */
  #updateVisibility(layer: PageFormLayer): void {
    const store = this.#model?.store;
    if (!store) return;
    const hidden = store.hiddenPdfObjectIds();
    layer.setVisible((widget) => !hidden.has(widget.objectNumber) || store.getAnnotation(String(widget.objectNumber)) !== undefined);
  }
}
