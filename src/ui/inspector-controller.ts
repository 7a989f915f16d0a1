/**
 * The viewer's side of the inspector: which annotations it edits, where it
 * stands (next to the selection), and how its changes reach the model (one
 * user edit each). Shown only with the select tool: while a drawing tool is
 * active, a popover next to the new shape would stand where the next one is
 * drawn.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localize.js';
import type { Annotation, AnnotationStore } from '../model/index.js';
import type { ToolContext } from '../tools/tool.js';
import { fieldsFor, patched, type RecordPatch } from './inspector-fields.js';

export interface InspectorHost extends ReactiveControllerHost, HTMLElement {
  readonly readonly: boolean;
  readonly tool: string;
  readonly selectedAnnotationIds: string[];
  readonly pageCount: number;
}

export interface InspectorSources {
  store(): AnnotationStore | undefined;
  readonly context: ToolContext;
  localizer(): Localizer;
  /** The scrolling viewport the popover stays inside, once it exists. */
  boundary(): HTMLElement | undefined;
}

export class InspectorController implements ReactiveController {
  readonly #host: InspectorHost;
  readonly #sources: InspectorSources;
  /** Closed with Escape or its Close button, until the selection changes. */
  #dismissed = false;

  constructor(host: InspectorHost, sources: InspectorSources) {
    this.#host = host;
    this.#sources = sources;
    host.addController(this);
  }

  /** The selection changed: a dismissed inspector may show again. */
  selectionChanged(): void {
    this.#dismissed = false;
    this.#host.requestUpdate();
  }

  /** The selected annotations the inspector edits: none when readonly, dismissed or not selecting. */
  #inspected(): Annotation[] {
    const store = this.#sources.store();
    if (!store || this.#host.readonly || this.#dismissed || this.#host.tool !== 'select') return [];
    const annotations = this.#host.selectedAnnotationIds.map((id) => store.getAnnotation(id)).filter((a): a is Annotation => a !== undefined);
    return fieldsFor(annotations).length ? annotations : [];
  }

  /** The selection's box in client coordinates (the union of the selected bboxes). */
  #selectionRect(): DOMRect | undefined {
    const context = this.#sources.context;
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (const annotation of this.#inspected()) {
      const [x, y, width, height] = annotation.bbox;
      for (const corner of [[x, y], [x + width, y + height], [x + width, y], [x, y + height]] as const) {
        const point = context.toClient(annotation.pageIndex, [corner[0], corner[1]]);
        if (!Number.isFinite(point.x)) continue;
        left = Math.min(left, point.x);
        right = Math.max(right, point.x);
        top = Math.min(top, point.y);
        bottom = Math.max(bottom, point.y);
      }
    }
    return Number.isFinite(left) ? new DOMRect(left, top, right - left, bottom - top) : undefined;
  }

  readonly #change = (patch: RecordPatch): void => {
    const ids = this.#inspected().map((annotation) => annotation.id);
    if (!ids.length) return;
    this.#sources.context.edit((store) => {
      for (const id of ids) {
        const annotation = store.getAnnotation(id);
        if (annotation) store.updateAnnotation(patched(annotation, patch));
      }
    });
  };

  readonly #delete = (): void => {
    const ids = this.#inspected().map((annotation) => annotation.id);
    if (!ids.length) return;
    this.#sources.context.edit((store) => {
      for (const id of ids) store.deleteAnnotation(id);
    });
    this.#host.focus({ preventScroll: true });
  };

  readonly #close = (): void => {
    this.#dismissed = true;
    this.#host.requestUpdate();
    this.#host.focus({ preventScroll: true });
  };

  hostConnected(): void {}

  render(): TemplateResult {
    return html`<ipv-inspector
      .annotations=${this.#inspected()}
      .localizer=${this.#sources.localizer()}
      .anchorRect=${() => this.#selectionRect()}
      .boundary=${this.#sources.boundary()}
      .onChange=${this.#change}
      .onDelete=${this.#delete}
      .onClose=${this.#close}
      .pageCount=${this.#host.pageCount}
    ></ipv-inspector>`;
  }
}
