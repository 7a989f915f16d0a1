/**
 * The viewer's tools and selection: the registry of tools, the controller
 * that routes input to the active one, and the selection it edits, with the
 * `tool-changed` and `selection-changed` events. The element keeps the
 * `tool` and `readonly` properties and calls in here.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DocumentAnnotations } from '../document/document-annotations.js';
import type { Annotation } from '../model/index.js';
import { emit } from '../events.js';
import { CSS_UNITS } from '../pdf/page-view.js';
import { builtinTools } from '../tools/builtin-tools.js';
import { ToolRegistry } from '../tools/tool-registry.js';
import type { Tool } from '../tools/tool.js';
import type { Localizer } from '../i18n/localize.js';
import type { PageStack } from './page-stack.js';
import { ToolController } from './tool-controller.js';

/** What `annotations-changed` reports, as far as the selection cares. */
interface AnnotationsChangedDetail {
  readonly created: readonly Annotation[];
  readonly updated: readonly Annotation[];
  readonly deleted: readonly string[];
  readonly source: 'user' | 'api' | 'import' | 'history';
}

export interface ViewerToolsHost extends ReactiveControllerHost, HTMLElement {
  tool: string;
  readonly readonly: boolean;
  readonly author: string | null;
  undo(): void;
  redo(): void;
}

export interface ViewerToolsSources {
  stack(): PageStack | undefined;
  /** The pages container, once the stack exists. */
  pagesElement(): HTMLElement | undefined;
  annotations(): DocumentAnnotations | undefined;
  /** Called after the selection changed, before `selection-changed` fires. */
  selectionChanged(): void;
  /** The viewer's current language, for the words tools show. */
  localizer(): Localizer;
}

export class ViewerTools implements ReactiveController {
  readonly registry = new ToolRegistry(builtinTools());
  readonly controller: ToolController;
  readonly #host: ViewerToolsHost;
  readonly #sources: ViewerToolsSources;
  #selection: string[] = [];
  /** The tool id last reported with `tool-changed`. */
  #reportedTool = 'select';
  /**
   * Set when something was selected while a tool change was pending (the
   * image tool selects its picture, then asks for `select`; a text box
   * committed on the way out selects itself): that selection belongs to the
   * new tool and survives the switch.
   */
  #selectedForNextTool = false;

  constructor(host: ViewerToolsHost, sources: ViewerToolsSources) {
    this.#host = host;
    this.#sources = sources;
    const tools = this;
    this.controller = new ToolController(
      {
        element: host,
        get readonly() {
          return host.readonly;
        },
        get author() {
          return host.author ?? undefined;
        },
        get scale() {
          return (sources.stack()?.scale ?? 1) * CSS_UNITS;
        },
        get pagesElement() {
          return sources.pagesElement();
        },
        get currentPage() {
          return sources.stack()?.currentPage ?? 0;
        },
        view: (pageIndex) => sources.stack()?.views[pageIndex],
        annotations: () => sources.annotations(),
        get selection() {
          return tools.#selection;
        },
        select: (ids) => tools.select(ids),
        setTool: (id) => (host.tool = id),
        undo: () => host.undo(),
        redo: () => host.redo(),
        translate: (key, values) => sources.localizer().term(key, values),
      },
      this.registry.get('select')!,
    );
    host.addController(this);
  }

  get selection(): readonly string[] {
    return this.#selection;
  }

  /** Keeps the ids of shown annotations only; fires `selection-changed` when the selection changes. */
  select(ids: readonly string[]): void {
    const store = this.#sources.annotations()?.store;
    const next = store ? [...new Set(ids)].filter((id) => store.getAnnotation(id) !== undefined) : [];
    const current = this.#selection;
    if (this.#host.tool !== this.controller.tool.id) this.#selectedForNextTool = true;
    if (next.length === current.length && next.every((id, i) => id === current[i])) return;
    this.#selection = next;
    this.#sources.selectionChanged();
    this.#host.requestUpdate();
    this.controller.refresh();
    emit(this.#host, 'selection-changed', { annotationIds: [...next] });
  }

  register(tool: Tool): void {
    this.registry.register(tool);
    if (tool.id === this.#host.tool) this.controller.activate(tool);
    this.#host.requestUpdate();
  }

  /** Activates the tool named by the host's `tool` (select when unknown); call when `tool` or `readonly` changes. */
  applyTool(): void {
    const host = this.#host;
    let tool = this.registry.get(host.tool);
    if (!tool) {
      console.warn(`instant-pdf-viewer: unknown tool ${JSON.stringify(host.tool)}; using "select"`);
      host.tool = 'select';
      tool = this.registry.get('select')!;
    }
    const switched = tool !== this.controller.tool;
    this.controller.activate(tool);
    this.controller.readonlyChanged();
    // A selection does not follow a person into another tool: it would stay
    // selected (and Delete would act on it) while nothing shows it as the
    // work at hand. What the switch itself selected stays.
    if (switched && !this.#selectedForNextTool) this.select([]);
    this.#selectedForNextTool = false;
    if (host.tool !== this.#reportedTool) {
      this.#reportedTool = host.tool;
      emit(host, 'tool-changed', { tool: host.tool });
    }
  }

  /** The document closed: no overlays, no selection. */
  reset(): void {
    this.controller.reset();
    this.select([]);
  }

  hostConnected(): void {
    this.controller.connect();
    // Deleted or undone annotations leave the selection.
    this.#host.addEventListener('annotations-changed', this.#annotationsChanged);
  }

  hostDisconnected(): void {
    this.controller.disconnect();
    this.#host.removeEventListener('annotations-changed', this.#annotationsChanged);
  }

  readonly #annotationsChanged = (event: Event): void => {
    const { created, updated, deleted, source } = (event as CustomEvent<AnnotationsChangedDetail>).detail;
    if (source === 'user' && created.length) {
      // What a person just made is what they work on next, whatever tool made it.
      this.select(created.map((annotation) => annotation.id));
    } else if (source === 'history' && (created.length || updated.length)) {
      // Undo and redo show what they brought back or changed, selected.
      this.select((created.length ? created : updated).map((annotation) => annotation.id));
    } else if (deleted.length && this.#selection.some((id) => deleted.includes(id))) {
      this.select(this.#selection);
    }
    this.controller.refresh();
    // canUndo/canRedo and the inspector's values follow every change.
    this.#host.requestUpdate();
  };
}
