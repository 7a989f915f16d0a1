/**
 * The viewer's polite live region: tells screen reader users what changed
 * without moving their focus — the document loaded, an annotation was
 * created, changed or deleted by the user, undo and redo, the tool, the zoom.
 *
 * It listens to the element's own events (they already say what changed),
 * so the element only reports what has no event: zoom, undo and redo. A
 * burst (a drag firing many updates, a pinch zoom) becomes one message:
 * each kind of news keeps only its latest words, and the region is written
 * once the burst has been quiet for `QUIET_MS`.
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AnnotationsChangedDetail, DocumentLoadedDetail, SelectionChangedDetail, ToolChangedDetail } from '../events.js';
import { annotationTypeName } from '../i18n/annotation-name.js';
import type { Localizer } from '../i18n/localize.js';
import type { Annotation } from '../model/index.js';

/** How long a burst must be quiet before its message is written. */
export const QUIET_MS = 300;

type Topic = 'document' | 'annotations' | 'history' | 'tool' | 'zoom';

export interface AnnouncerSources {
  localizer(): Localizer;
  /** The annotation shown with this id, to name the type of one the user is about to delete. */
  annotation(id: string): Annotation | undefined;
  /** The name of a tool that has no translation (one an application registered). */
  toolLabel(id: string): string | undefined;
}

export const announcerStyles = css`
  .live-region {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #sources: AnnouncerSources;
  readonly #pending = new Map<Topic, string>();
  /** Types of annotations seen lately, so a deletion can still say what was deleted. */
  readonly #types = new Map<string, string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  #loaded = false;
  #lastPercent = '';

  constructor(host: ReactiveControllerHost & HTMLElement, sources: AnnouncerSources) {
    this.#host = host;
    this.#sources = sources;
    host.addController(this);
  }

  /** The live region itself; rendered once, written by `#flush`. */
  render(): TemplateResult {
    return html`<div class="live-region" role="status" aria-live="polite" aria-atomic="true"></div>`;
  }

  hostConnected(): void {
    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    const on = <T>(name: string, listener: (detail: T) => void) =>
      this.#host.addEventListener(name, (event) => listener((event as CustomEvent<T>).detail), { signal });
    on<DocumentLoadedDetail>('document-loaded', ({ pageCount }) => this.#documentLoaded(pageCount));
    on<AnnotationsChangedDetail>('annotations-changed', (detail) => this.#annotationsChanged(detail));
    on<ToolChangedDetail>('tool-changed', ({ tool }) => this.#toolChanged(tool));
    on<SelectionChangedDetail>('selection-changed', ({ annotationIds }) => this.#remember(annotationIds));
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending.clear();
    this.#loaded = false;
  }

  /** The effective scale changed; said only once a document is shown, and only when the percentage differs. */
  zoomChanged(scale: number): void {
    const percent = this.#sources.localizer().percent(scale);
    if (percent === this.#lastPercent) return;
    this.#lastPercent = percent;
    if (this.#loaded) this.#say('zoom', this.#sources.localizer().term('announce.zoom', { percent }));
  }

  /** The user (or the host) undid or redid a change. */
  history(direction: 'undo' | 'redo'): void {
    this.#say('history', this.#sources.localizer().term(direction === 'undo' ? 'announce.undo' : 'announce.redo'));
    // The change that follows is the undo itself, not news of its own.
    this.#pending.delete('annotations');
  }

  /** The document was closed: nothing to say about zoom until the next one loads. */
  documentClosed(): void {
    this.#loaded = false;
    this.#types.clear();
  }

  #documentLoaded(pageCount: number): void {
    const localizer = this.#sources.localizer();
    this.#loaded = true;
    this.#pending.delete('zoom');
    this.#say(
      'document',
      pageCount === 1 ? localizer.term('announce.loadedOne') : localizer.term('announce.loaded', { count: localizer.number(pageCount) }),
    );
  }

  #annotationsChanged({ created, updated, deleted, source }: AnnotationsChangedDetail): void {
    for (const annotation of [...created, ...updated]) this.#types.set(annotation.id, annotation.type);
    if (source !== 'user') return;
    const localizer = this.#sources.localizer();
    const parts: string[] = [];
    const tell = (count: number, type: string | undefined, one: 'announce.created' | 'announce.updated' | 'announce.deleted', many: 'announce.createdMany' | 'announce.updatedMany' | 'announce.deletedMany') => {
      if (count === 0) return;
      parts.push(
        count === 1
          ? localizer.term(one, { type: annotationTypeName(type ?? '', localizer) })
          : localizer.term(many, { count: localizer.number(count) }),
      );
    };
    tell(created.length, created[0]?.type, 'announce.created', 'announce.createdMany');
    tell(updated.length, updated[0]?.type, 'announce.updated', 'announce.updatedMany');
    tell(deleted.length, deleted[0] === undefined ? undefined : this.#types.get(deleted[0]), 'announce.deleted', 'announce.deletedMany');
    for (const id of deleted) this.#types.delete(id);
    if (parts.length) this.#say('annotations', parts.join('. '));
  }

  #toolChanged(tool: string): void {
    const localizer = this.#sources.localizer();
    const name = localizer.optionalTerm(`tool.${tool}`) ?? this.#sources.toolLabel(tool) ?? tool;
    this.#say('tool', localizer.term('announce.tool', { tool: name }));
  }

  #remember(ids: readonly string[]): void {
    for (const id of ids) {
      const annotation = this.#sources.annotation(id);
      if (annotation) this.#types.set(id, annotation.type);
    }
  }

  #say(topic: Topic, message: string): void {
    // Re-inserted so that the message keeps the order in which things happened.
    this.#pending.delete(topic);
    this.#pending.set(topic, message);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#flush(), QUIET_MS);
  }

  #flush(): void {
    this.#timer = undefined;
    const region = this.#host.shadowRoot?.querySelector('.live-region');
    if (!region || !this.#pending.size) return;
    const text = [...this.#pending.values()].join('. ');
    this.#pending.clear();
    if (region.textContent !== text) {
      region.textContent = text;
      return;
    }
    // The same words again (undo twice): screen readers skip an unchanged region, so empty it first.
    region.textContent = '';
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      region.textContent = text;
    }, 50);
  }
}
