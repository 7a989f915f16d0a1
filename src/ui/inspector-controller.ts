/**
 * The viewer's side of the property bar: what it edits and where its
 * changes go. With a selection, the selected annotations (one user edit per
 * change). With a drawing tool active and nothing selected, the tool's next
 * annotation: a change becomes the tool's preset. A change made while a
 * drawing tool is active also becomes that tool's preset when it edits what
 * the tool makes (the shape just drawn), so the next one looks the same.
 * Each preset change fires `tool-presets-changed`.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emit } from '../events.js';
import type { Localizer } from '../i18n/localize.js';
import type { Annotation, AnnotationStore } from '../model/index.js';
import type { ToolContext } from '../tools/tool.js';
import { nextAnnotationOf, toolAnnotationType, toolPresetStore } from '../tools/tool-presets.js';
import { fieldsFor, patched, type InspectorField, type RecordPatch } from './inspector-fields.js';

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
  /** The scrolling viewport, once it exists (unused since the bar is docked; kept for the viewer's wiring). */
  boundary(): HTMLElement | undefined;
}

/** Fields that describe what a person enters with the tool (its target, the stamp picked), not a style to preset. */
const NOT_PRESET: ReadonlySet<InspectorField> = new Set(['linkTarget', 'stampType']);

type Shown =
  | { readonly mode: 'selection'; readonly annotations: Annotation[]; readonly fields: InspectorField[] }
  | { readonly mode: 'tool'; readonly annotations: Annotation[]; readonly fields: InspectorField[] }
  | undefined;

export class InspectorController implements ReactiveController {
  readonly #host: InspectorHost;
  readonly #sources: InspectorSources;
  /** A press on the pages is in progress: the bar waits for its release (see #onPress). */
  #pressing = false;
  /** What the bar showed last, kept while a press is in progress. */
  #lastShown: Shown;

  constructor(host: InspectorHost, sources: InspectorSources) {
    this.#host = host;
    this.#sources = sources;
    host.addController(this);
  }

  /** The selection changed: the bar follows. */
  selectionChanged(): void {
    this.#host.requestUpdate();
  }

  /** What the bar shows now: the selection, the active drawing tool's next annotation, or nothing. */
  #shown(): Shown {
    const store = this.#sources.store();
    if (!store || this.#host.readonly) return undefined;
    const selected = this.#host.selectedAnnotationIds.map((id) => store.getAnnotation(id)).filter((a): a is Annotation => a !== undefined);
    if (selected.length) {
      const fields = fieldsFor(selected);
      return fields.length ? { mode: 'selection', annotations: selected, fields } : undefined;
    }
    const tool = this.#host.tool;
    const next = nextAnnotationOf(tool, toolPresetStore(this.#host).preset(tool));
    if (!next) return undefined;
    const fields = fieldsFor([next]).filter((field) => !NOT_PRESET.has(field));
    return fields.length ? { mode: 'tool', annotations: [next], fields } : undefined;
  }

  /** Makes `patch` part of the active tool's preset and tells the host. */
  #presetChange(patch: RecordPatch): void {
    const presets = toolPresetStore(this.#host);
    if (!presets.patch(this.#host.tool, patch)) return;
    emit(this.#host, 'tool-presets-changed', { toolPresets: presets.all() });
  }

  readonly #change = (patch: RecordPatch): void => {
    const shown = this.#shown();
    if (!shown) return;
    if (shown.mode === 'tool') {
      this.#presetChange(patch);
      this.#host.requestUpdate();
      return;
    }
    const ids = shown.annotations.map((annotation) => annotation.id);
    this.#sources.context.edit((store) => {
      for (const id of ids) {
        const annotation = store.getAnnotation(id);
        if (annotation) store.updateAnnotation(patched(annotation, patch));
      }
    });
    const toolType = toolAnnotationType(this.#host.tool);
    if (toolType && shown.annotations.every((annotation) => annotation.type === toolType)) this.#presetChange(patch);
  };

  readonly #delete = (): void => {
    const shown = this.#shown();
    if (shown?.mode !== 'selection') return;
    const ids = shown.annotations.map((annotation) => annotation.id);
    this.#sources.context.edit((store) => {
      for (const id of ids) store.deleteAnnotation(id);
    });
    this.#host.focus({ preventScroll: true });
  };

  readonly #escape = (): void => {
    this.#host.focus({ preventScroll: true });
  };

  hostConnected(): void {
    this.#host.addEventListener('pointerdown', this.#onPress, true);
    this.#host.addEventListener('pointerup', this.#onRelease, true);
    this.#host.addEventListener('pointercancel', this.#onRelease, true);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('pointerdown', this.#onPress, true);
    this.#host.removeEventListener('pointerup', this.#onRelease, true);
    this.#host.removeEventListener('pointercancel', this.#onRelease, true);
    this.#pressing = false;
  }

  /**
   * A press on the pages (not on the bar) that selects a shape and drags it
   * on: were the bar to appear now, taking its row above the pages, the page
   * could move under the pointer mid-drag where it cannot be scrolled back.
   * It changes when the press ends.
   */
  readonly #onPress = (event: PointerEvent): void => {
    if (event.composedPath().some((target) => target instanceof Element && target.localName === 'ipv-inspector')) return;
    this.#pressing = true;
  };

  readonly #onRelease = (): void => {
    if (!this.#pressing) return;
    this.#pressing = false;
    this.#host.requestUpdate();
  };

  render(): TemplateResult {
    const shown = this.#pressing ? this.#lastShown : this.#shown();
    this.#lastShown = shown;
    return html`<ipv-inspector
      .annotations=${shown?.annotations ?? []}
      .fields=${shown?.fields ?? []}
      .mode=${shown?.mode ?? 'selection'}
      .localizer=${this.#sources.localizer()}
      .onChange=${this.#change}
      .onDelete=${this.#delete}
      .onEscape=${this.#escape}
      .pageCount=${this.#host.pageCount}
    ></ipv-inspector>`;
  }
}
