import { LitElement, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { InstantJsonSource } from './document/instant-json-source.js';
import { emit } from './events.js';
import { INSTANT_JSON_FORMAT, type Annotation, type AnnotationInput, type InstantJson, type PdfId } from './model/index.js';
import type { PdfSource } from './pdf/pdf-document-loader.js';
import { VERSION } from './version.js';
import { viewerStyles } from './instant-pdf-viewer.styles.js';
import { defineUiElements } from './ui/define-ui.js';
import { InspectorController } from './ui/inspector-controller.js';
import { popoverSurfaceStyles } from './ui/popover-surface.styles.js';
import type { ToolbarItem } from './ui/toolbar-items.js';
import { themeStyles, uiStyles } from './ui/ui.styles.js';
import { Localizer } from './i18n/localize.js';
import { toolbarStyles } from './ui/toolbar.styles.js';
import { Announcer, announcerStyles } from './ui/announcer.js';
import { a11yStyles } from './ui/a11y.styles.js';
import { instantJsonConverter, srcConverter, zoomConverter } from './attribute-converters.js';
import { kindStyles } from './annotations/registry.js';
import { NotePopover, notePopoverStyles } from './ui/note-popover.js';
import { AnnotationInteractions } from './viewer/annotation-interactions.js';
import { annotationLayerStyles } from './viewer/annotation-layer.styles.js';
import { formLayerStyles } from './forms/form-layer.styles.js';
import { PageStack } from './viewer/page-stack.js';
import { ViewerInputController } from './viewer/viewer-input-controller.js';
import type { Zoom } from './viewer/zoom.js';
import { ViewerTools } from './viewer/viewer-tools.js';
import { ViewerDocument } from './viewer/viewer-document.js';
import { FocusOriginController } from './viewer/focus-origin.js';
import { toolStyles } from './viewer/tool.styles.js';
import { placingStyles } from './tools/placing.styles.js';
import { linkEditorStyles } from './tools/link-editor.js';
import { ShortcutHelp, shortcutHelpStyles } from './ui/shortcut-help.js';
import { printProgressStyles } from './ui/print-progress.js';
import { DocumentExport, type ExportPdfOptions } from './viewer/document-export.js';
import type { FontSource } from './pdf-writer/index.js';
import { annotatedFileName } from './viewer/download.js';
import type { Tool } from './tools/tool.js';
import { toolPresetStore } from './tools/tool-presets.js';

/** Options for `load()`. */
export interface LoadOptions {
  /** Password for an encrypted PDF. */
  password?: string;
  /** Instant JSON applied once the PDF is open (instead of the `instantJson` property). */
  instantJson?: InstantJson | string;
}

/**
 * Shows a PDF inside shadow DOM: every page sized from the start, only the
 * pages near the viewport drawn, sharp at any zoom and device pixel ratio.
 * The PDF's form fields can be filled in; their values are Instant JSON
 * `formFieldValues`.
 *
 * @summary A PDF viewer that hands annotations back as Instant JSON.
 * @tag instant-pdf-viewer
 *
 * @fires {CustomEvent<{ pageCount: number; pdfId: { permanent: string; changing: string } | null }>} document-loaded - A document finished loading; every page has its real size.
 * @fires {CustomEvent<{ message: string; error: Error }>} document-error - A document could not be loaded: bad URL, not a PDF, damaged, or a missing or wrong password.
 * @fires {CustomEvent<{ pageIndex: number }>} page-changed - The page most in view changed.
 * @fires {CustomEvent<{ annotationIds: string[] }>} selection-changed - The selected annotations changed (by the user or through `selectedAnnotationIds`).
 * @fires {CustomEvent<{ tool: string }>} tool-changed - The active tool changed (by the user or through `tool`).
 * @fires {CustomEvent<{ toolPresets: { [toolId: string]: Partial<AnnotationInput> } }>} tool-presets-changed - A person changed a tool's defaults in the property bar (not fired when the host sets `toolPresets`).
 * @fires {CustomEvent<{ instantJson: InstantJson; created: Annotation[]; updated: Annotation[]; deleted: string[]; source: 'user' | 'api' | 'import' | 'history' }>} annotations-changed - Annotations were created, updated or deleted, or form field values changed; `instantJson` equals `exportInstantJson()` at that moment.
 * @fires {CustomEvent<{ bytes: Uint8Array; fileName: string }>} pdf-export - The toolbar's Download has the annotated PDF (`bytes`, as `exportPdf()` returns it) and is about to save it as `fileName` (`<original name>-annotated.pdf`). Cancellable: `preventDefault()` stops the save, so the host can store or upload the bytes itself.
 *
 * @slot toolbar - Replaces the built-in toolbar.
 * @slot toolbar-start - Content placed before the built-in toolbar controls.
 * @slot toolbar-end - Content placed after the built-in toolbar controls.
 * @slot sidebar - A panel beside the pages.
 *
 * @csspart base - The box that holds the toolbar, sidebar and pages.
 * @csspart toolbar - The toolbar strip.
 * @csspart toolbar-button - Buttons of the built-in toolbar.
 * @csspart page-input - The page number field.
 * @csspart zoom-select - The zoom menu.
 * @csspart viewport - The scrolling area that holds the pages; a focusable, labelled region (arrow and page keys scroll it).
 * @csspart page - One page; carries `data-page-index`, and `data-rendered` once its canvas is drawn. A region named "Page 3 of 117" in the viewer's language.
 * @csspart sidebar - The sidebar container.
 * @csspart note-editor - The popover in which the `note` tool takes a new note's text.
 * @csspart stamp-picker - The `stamp` tool's popover listing the standard stamps and a custom one.
 * @csspart progress - The load progress bar.
 * @csspart progress-label - The label under it while a document loads: "Loading document" and the percentage, once the size is known.
 * @csspart retry-button - The error message's button that loads the same source again.
 * @csspart error - The message shown when a document fails to load.
 * @csspart password-prompt - The form that asks for a PDF's password.
 * @csspart note-popover - The popover that shows a note's or comment marker's text.
 * @csspart link-editor - The form of the `link` tool that asks for a link's URL or page.
 * @csspart shortcut-help - The keyboard shortcut list that `?` opens (a modal dialog).
 * @csspart export-progress - The box shown while Download or Print prepares the PDF: "Preparing page 3 of 117" and a progress bar.
 * @csspart export-cancel-button - Its Cancel button (while printing; Escape presses it too).
 * @csspart export-error - The message shown when Download or Print fails, with the reason and a Close button.
 *
 * @cssprop [--ipv-background=#e8eaed] - Behind the pages.
 * @cssprop [--ipv-page-background=#fff] - A page before it is drawn.
 * @cssprop [--ipv-page-shadow=0 1px 3px rgb(0 0 0 / 0.25)] - Shadow around each page.
 * @cssprop [--ipv-toolbar-background=#f8f9fa] - Toolbar background.
 * @cssprop [--ipv-toolbar-color=#202124] - Toolbar text.
 * @cssprop [--ipv-border-color=#dadce0] - Borders of controls and the toolbar.
 * @cssprop [--ipv-accent-color=#1a73e8] - Focus rings and the progress bar.
 * @cssprop [--ipv-error-color=#b3261e] - Error messages.
 * @cssprop [--ipv-font-family=system-ui] - UI font.
 * @cssprop [--ipv-font-size=14px] - UI font size.
 * @cssprop [--ipv-radius=6px] - Corner radius of popovers.
 * @cssprop [--ipv-popover-background=#fff] - Background of the note popover, tool editors, and the error and password messages.
 * @cssprop [--ipv-popover-color=#202124] - Text of the note popover, inspector, tool editors and messages.
 * @cssprop [--ipv-pressed-background=#d2e3fc] - A pressed toolbar or inspector button (the active tool).
 * @cssprop [--ipv-control-background=#fff] - Fields and menus inside the inspector, the password prompt and tool editors.
 * @cssprop [--ipv-spacing=8px] - Padding of the toolbar items and the inspector.
 * @cssprop [--ipv-control-radius=4px] - Corner radius of buttons and fields.
 *
 * @csspart inspector - The property bar, docked below the toolbar (at the bottom of a viewer narrower than 560 px, `data-dock="bottom"`): the selected annotations' properties, or those of the active drawing tool's next annotation (`data-mode="tool"`). Hidden, taking no space, with the select tool and nothing selected.
 * @csspart inspector-button - The property bar's Delete button.
 * @csspart more-button - The toolbar's "More" button (also `toolbar-button`), shown when items overflow.
 * @csspart toolbar-menu - The menu of items that do not fit the toolbar.
 * @csspart toolbar-menu-item - One item of that menu.
 * @csspart toolbar-group-button - A toolbar button (also `toolbar-button`) standing for a group of tools where the toolbar is narrow: it shows the group's active or last used tool and opens the group's menu (`toolbar-menu`).
 */
export class InstantPdfViewer extends LitElement {
  static override styles = [viewerStyles, toolbarStyles, uiStyles, themeStyles, annotationLayerStyles, ...kindStyles(), notePopoverStyles, popoverSurfaceStyles, toolStyles, placingStyles, linkEditorStyles, formLayerStyles, announcerStyles, a11yStyles, shortcutHelpStyles, printProgressStyles];

  /** The package version; a second copy of another version on the page does not redefine the element. */
  static readonly version = VERSION;

  /** URL of the PDF; the property also takes an `ArrayBuffer`, `Uint8Array` or `Blob`. */
  @property({ converter: srcConverter, reflect: true })
  src: PdfSource | null = null;

  /** 0-based index of the page in view (the same numbering as `pageIndex` in Instant JSON). */
  @property({ type: Number, attribute: 'page-index', reflect: true })
  pageIndex = 0;

  /** `auto`, `fit-width`, `fit-page`, or a number (1 = 100 %). */
  @property({ converter: zoomConverter, reflect: true })
  zoom: Zoom = 'auto';

  /** `default` shows the built-in toolbar; `none` hides it (slots and the API still work). */
  @property({ reflect: true })
  toolbar: 'default' | 'none' = 'default';

  /**
   * Instant JSON applied when the PDF loads: the attribute is a URL; the
   * property also takes an object or JSON text. Setting it on a loaded
   * document imports it (replacing the current changes).
   */
  @property({ attribute: 'instant-json', converter: instantJsonConverter, reflect: true })
  instantJson: InstantJsonSource | null = null;

  /**
   * Id of the active tool: `select` (default), `pan`, `ink`, `highlighter`,
   * `text`, `note`, `highlight`, `underline`, `strikeout`, `squiggly`,
   * `redaction`, `line`, `arrow`, `rectangle`, `ellipse`, `polygon`,
   * `polyline`, `image`, `stamp`, `link`, `eraser`, or one added with
   * `registerTool()`. An unknown id falls back to `select`.
   */
  @property({ reflect: true })
  tool = 'select';

  /** Written as `creatorName` on annotations created here. */
  @property({ reflect: true })
  author: string | null = null;

  /**
   * View and select only: nothing can be changed from the UI (no editing
   * tool, drag, key or inspector; selection, links and notes still work). Form fields
   * stay focusable and readable but take no input. (Fields the PDF marks
   * read-only never take input.) The API still changes the document.
   */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /**
   * UI language (`en`, `de`, or one added with `registerLocale`); when unset,
   * the document's `lang`, then English.
   */
  @property({ reflect: true })
  locale: string | null = null;

  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true })
  theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * The built-in toolbar's items, in order; unset shows the default ones
   * (the registered tools by group, then undo and redo, then download and
   * print). A `tool` item names a registered tool by id; a `button` calls
   * `onPress` (or, with id `undo`, `redo`, `download` or `print` and no
   * `onPress`, is the built-in one); a `separator`
   * divides; a `custom` item places `element`. Page and zoom controls always
   * follow. See `ToolbarItem`.
   */
  @property({ attribute: false })
  toolbarItems: ToolbarItem[] | undefined = undefined;

  /** Where pdf.js's worker and data files are served; by default beside the bundle. */
  @property({ attribute: 'assets-url', reflect: true })
  assetsUrl: string | null = null;

  /**
   * Fonts for text saved into PDFs (Download, Print, `exportPdf()`), tried
   * before the bundled ones for each character: TrueType or OpenType bytes,
   * or URLs. Needed for scripts the bundled fonts lack (Korean, Thai, Indic).
   */
  @property({ attribute: false })
  pdfFonts: FontSource[] | undefined = undefined;

  @state() private effectiveScale = 1;
  /** UI words in the language of `locale`; replaced when the attribute changes. */
  #localizer = new Localizer(null);

  @query('.viewport', true) private viewportElement!: HTMLDivElement;
  @query('.pages', true) private pagesElement!: HTMLDivElement;
  @query('.body', true) private bodyElement!: HTMLDivElement;

  #stack: PageStack | undefined;
  /** The pageIndex value the viewer last reported; any other value came from the host. */
  #reportedPageIndex = 0;
  readonly #input = new ViewerInputController(
    this,
    () => this.#stack,
    (zoom) => (this.zoom = zoom),
    (event) => this.#export.handleKey(event) || this.#tools.controller.handleKey(event) || this.#shortcutHelp.handleKey(event),
  );
  /** The keyboard shortcut list `?` opens. */
  readonly #shortcutHelp = new ShortcutHelp(
    () => this.shadowRoot,
    () => this.#localizer,
  );
  readonly #tools = new ViewerTools(this, {
    stack: () => this.#stack,
    pagesElement: () => (this.#stack ? this.pagesElement : undefined),
    annotations: () => this.#document.session?.annotations,
    selectionChanged: () => this.#inspector.selectionChanged(),
    localizer: () => this.#localizer,
  });
  readonly #announcer = new Announcer(this, {
    localizer: () => this.#localizer,
    annotation: (id) => this.#document.session?.annotations.store.getAnnotation(id),
    toolLabel: (id) => this.#tools.registry.get(id)?.label,
  });
  readonly #inspector = new InspectorController(this, {
    store: () => this.#document.session?.annotations.store,
    context: this.#tools.controller.context,
    localizer: () => this.#localizer,
    boundary: () => (this.#stack ? this.viewportElement : undefined),
  });
  #notePopover: NotePopover | undefined;
  readonly #interactions = ((viewer: InstantPdfViewer) =>
    new AnnotationInteractions(
      {
        get pageCount() {
          return viewer.#document.pageCount;
        },
        get currentPage() {
          return viewer.#stack?.currentPage ?? viewer.pageIndex;
        },
        goToPage: (pageIndex) => viewer.goToPage(pageIndex),
        openUrl: (url) => void window.open(url, '_blank', 'noopener,noreferrer'),
      },
      () => viewer.#notePopover,
      () => viewer.#localizer,
    ))(this);
  // Typed explicitly: #interactions reads this field and this initializer reads #interactions.
  readonly #document: ViewerDocument = new ViewerDocument(this, {
    stack: () => this.#stack,
    notePopover: () => this.#notePopover,
    tools: this.#tools,
    announcer: this.#announcer,
    interactions: this.#interactions,
    localizer: () => this.#localizer,
    initialPage: (first) => (first || this.pageIndex !== this.#reportedPageIndex ? this.pageIndex : 0),
    pagesShown: (pageIndex) => {
      this.#reportedPageIndex = pageIndex;
      this.pageIndex = pageIndex;
    },
  });

  /** exportPdf(), Download and printing. */
  readonly #export: DocumentExport = new DocumentExport(this, {
    document: async () => {
      await this.#document.ready();
      const session = this.#document.session;
      if (!session) throw new Error('No document is loaded: call load() or set src first.');
      return session;
    },
    documentOpen: () => this.#document.status === 'loaded',
    instantJson: () => this.exportInstantJson(),
    fileName: () => annotatedFileName(this.src),
    fonts: () => this.pdfFonts,
    assetsUrl: () => this.assetsUrl ?? undefined,
    localizer: () => this.#localizer,
  });

  /** Number of pages of the loaded document (0 before a document loads). */
  get pageCount(): number {
    return this.#document.pageCount;
  }

  /** The trailer `/ID` pair, base64-encoded as Instant JSON writes it; null without one. */
  get pdfId(): PdfId | null {
    const pdfId = this.#document.session?.pdfId;
    return pdfId ? { ...pdfId } : null;
  }

  /** The effective scale (1 = 100 %) whatever the zoom mode. */
  get currentScale(): number {
    return this.effectiveScale;
  }

  /** Whether `undo()` has something to undo. */
  get canUndo(): boolean {
    return this.#document.session?.annotations.store.canUndo ?? false;
  }

  /** Whether `redo()` has something to redo. */
  get canRedo(): boolean {
    return this.#document.session?.annotations.store.canRedo ?? false;
  }

  /** Ids of the selected annotations (only ids of annotations shown are kept). */
  get selectedAnnotationIds(): string[] {
    return [...this.#tools.selection];
  }

  set selectedAnnotationIds(ids: string[]) {
    this.#tools.select(ids);
  }

  /**
   * The properties each tool gives its next annotation over the kind's
   * defaults, by tool id: `{ ink: { strokeColor: '#00ff00', lineWidth: 8 } }`.
   * Reading returns a copy; setting replaces all presets (an object of
   * objects, else a `TypeError`; unknown keys of a preset are kept) and
   * fires no event. Geometry and content keys (`bbox`, `points`, `text`,
   * `action`, …) are never taken from a preset. A person's changes in the
   * property bar while a drawing tool is active update the active tool's
   * preset and fire `tool-presets-changed`.
   */
  get toolPresets(): { [toolId: string]: Partial<AnnotationInput> } {
    return toolPresetStore(this).all();
  }

  set toolPresets(presets: { [toolId: string]: Partial<AnnotationInput> }) {
    toolPresetStore(this).replace(presets);
    this.requestUpdate();
  }

  /**
   * Adds a tool (or replaces the one with the same id), for the `tool`
   * attribute and the toolbar. See `Tool` in `tools/tool.ts`.
   */
  registerTool(tool: Tool): void {
    this.#tools.register(tool);
  }

  /**
   * The changes against the original PDF, as Instant JSON (spec 001). Text
   * being typed into a form field is committed first, so it is included.
   */
  exportInstantJson(): InstantJson {
    this.#document.session?.forms.flush();
    return this.#document.session?.annotations.exportInstantJson() ?? ({ format: INSTANT_JSON_FORMAT } as InstantJson);
  }

  /**
   * Replaces the current changes with `json` (an object or JSON text): the
   * document returns to the original PDF, then the JSON is applied. Atomic:
   * on any problem it rejects with an `InstantJsonError` (`path`, `message`)
   * and nothing changes.
   */
  async importInstantJson(json: InstantJson | string): Promise<void> {
    const annotations = await this.#document.ready();
    this.#document.session?.forms.flush();
    annotations.importInstantJson(json);
  }

  /** The annotations shown now, the PDF's own included (all pages, or one). */
  async getAnnotations(pageIndex?: number): Promise<Annotation[]> {
    const annotations = await this.#document.ready();
    return annotations.getAnnotations(pageIndex);
  }

  /** Adds an annotation; fills in `id` (a ULID), `v`, `createdAt`, `updatedAt` and `creatorName`. */
  createAnnotation(annotation: AnnotationInput): Annotation {
    return this.#document.annotations().createAnnotation(annotation, this.author ?? undefined);
  }

  /** Replaces the annotation with the same `id` (a whole record, not a patch); bumps `updatedAt`. */
  updateAnnotation(annotation: Annotation): Annotation {
    return this.#document.annotations().updateAnnotation(annotation);
  }

  /** Removes the annotation with this id (an annotation of the PDF itself is skipped in the export). */
  deleteAnnotation(id: string): void {
    this.#document.annotations().deleteAnnotation(id);
  }

  /** Undoes the last change (an annotation command, an import, or a committed form field edit). */
  undo(): void {
    this.#document.session?.forms.flush();
    if (!this.canUndo) return;
    this.#document.session?.annotations.undo();
    this.#announcer.history('undo');
  }

  /** Applies again the change `undo()` reverted last. */
  redo(): void {
    this.#document.session?.forms.flush();
    if (!this.canRedo) return;
    this.#document.session?.annotations.redo();
    this.#announcer.history('redo');
  }

  /**
   * The PDF this viewer loaded with the current annotations and form field
   * values saved into it: `applyInstantJson(original bytes,
   * exportInstantJson())`. An incremental update (the original bytes are a
   * prefix of the result, `pdfId.permanent` stays), or with `flatten: true`
   * the annotations and fields drawn into the pages. Waits for a load in
   * progress; rejects when no document is open, and with the writer's error
   * (`PdfWriteError`, `InstantJsonError`) when the PDF cannot be written.
   * The PDF writer is loaded on the first call.
   */
  exportPdf(options: ExportPdfOptions = {}): Promise<Uint8Array> {
    return this.#export.exportPdf(options);
  }

  /**
   * Prints the saved PDF (what `exportPdf()` returns), not the host page:
   * each page drawn at print intent (annotations marked `noPrint` or hidden
   * are left out) on a sheet of its own size, with progress and Cancel in
   * the viewer, then the browser's print dialog. Resolves when the dialog
   * has closed or the print was cancelled; rejects, after showing why, when
   * it fails. Ctrl+P (⌘+P) in the viewer and the toolbar's Print call it.
   */
  print(): Promise<void> {
    return this.#export.print();
  }

  /**
   * Loads a document, replacing the one shown. Resolves once every page has its
   * size and `document-loaded` has fired; rejects (after `document-error`) when
   * the document cannot be opened.
   */
  async load(source: PdfSource, options: LoadOptions = {}): Promise<void> {
    await this.#document.load(source, options);
  }

  /** Scrolls a page (0-based) to the top of the view. */
  goToPage(pageIndex: number): void {
    if (!Number.isFinite(pageIndex)) return;
    if (!this.#stack || !this.#document.pageCount) {
      this.pageIndex = Math.max(0, Math.trunc(pageIndex));
      return;
    }
    this.#stack.goToPage(pageIndex);
    // A clamped request that lands on the current page changes nothing in the
    // stack, so bring the property back to the page actually shown.
    this.#reportedPageIndex = this.#stack.currentPage;
    this.pageIndex = this.#stack.currentPage;
  }

  constructor() {
    super();
    defineUiElements();
    new FocusOriginController(this, this.attachInternals());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
  }

  protected override firstUpdated(): void {
    this.#stack = new PageStack(this.viewportElement, this.pagesElement, {
      onCurrentPageChange: (pageIndex) => this.#onCurrentPageChange(pageIndex),
      onScaleChange: (scale) => {
        this.effectiveScale = scale;
        this.#announcer.zoomChanged(scale);
        this.#tools.controller.refresh();
      },
      onRenderError: (pageIndex, error) => console.warn(`instant-pdf-viewer: page ${pageIndex} could not be drawn`, error),
      transientHeight: () => this.renderRoot.querySelector<HTMLElement>('ipv-inspector')?.offsetHeight ?? 0,
      pageLabel: (pageIndex, pageCount) =>
        this.#localizer.term('page.label', { page: this.#localizer.number(pageIndex + 1), count: this.#localizer.number(pageCount) }),
    });
    this.#stack.setZoom(this.zoom);
    this.#notePopover = new NotePopover(this.bodyElement, this.viewportElement, () => this.#localizer);
    this.#tools.controller.bindPages();
  }

  // Reacting in willUpdate folds the state these changes set into the same update.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.#document.srcChanged();
    if (changed.has('instantJson')) this.#document.instantJsonChanged();
    if (changed.has('tool') || changed.has('readonly')) this.#tools.applyTool();
    if (changed.has('locale')) {
      this.#localizer = new Localizer(this.locale);
      this.#stack?.relabelPages();
      this.#document.session?.layers.relabel();
    }
    if (changed.has('readonly')) this.#document.session?.forms.setReadOnly(this.readonly);
    if (changed.has('zoom') && this.#stack && this.#stack.zoom !== this.zoom) {
      this.#stack.setZoom(this.zoom);
    }
    if (changed.has('pageIndex') && this.pageIndex !== this.#reportedPageIndex && this.#document.pageCount) {
      this.goToPage(this.pageIndex);
    }
  }

  #onCurrentPageChange(pageIndex: number): void {
    this.#reportedPageIndex = pageIndex;
    this.pageIndex = pageIndex;
    const status = this.#document.status;
    if (status === 'loaded' || status === 'loading') emit(this, 'page-changed', { pageIndex });
  }

  override render() {
    const toolbarHidden = this.toolbar === 'none';
    return html`<div part="base" class="base">
      <div part="toolbar" class="toolbar" ?hidden=${toolbarHidden}>
        <slot name="toolbar">
          <slot name="toolbar-start"></slot>
          <ipv-toolbar
            .tools=${this.#tools.registry.list()}
            .activeTool=${this.tool}
            .readonly=${this.readonly}
            .documentOpen=${this.#document.status === 'loaded'}
            .canUndo=${this.canUndo}
            .canRedo=${this.canRedo}
            .exporting=${this.#export.busy}
            .pageIndex=${this.pageIndex}
            .pageCount=${this.#document.pageCount}
            .zoom=${this.zoom}
            .scale=${this.effectiveScale}
            .items=${this.toolbarItems}
            .localizer=${this.#localizer}
            .actions=${this.#toolbarActions}
          ></ipv-toolbar>
          <slot name="toolbar-end"></slot>
        </slot>
      </div>
      ${this.#inspector.render()}
      <div class="body">
        <div part="sidebar" class="sidebar"><slot name="sidebar"></slot></div>
        <div part="viewport" class="viewport" tabindex="0" role="region" aria-label=${this.#localizer.term('pages.label')}>
          <div class="pages"></div>
        </div>
        ${this.#document.renderProgress()} ${this.#document.renderMessage()} ${this.#export.render()} ${this.#announcer.render()}
      </div>
    </div>`;
  }

  readonly #toolbarActions = {
    goToPage: (index: number) => this.goToPage(index),
    zoomBy: (direction: 1 | -1) => this.#input.zoomBy(direction),
    setZoom: (zoom: Zoom) => this.#input.setZoom(zoom),
    setTool: (id: string) => (this.tool = id),
    undo: () => this.undo(),
    redo: () => this.redo(),
    download: () => void this.#export.download(),
    // A failure is shown in the viewer; nobody else waits for this promise.
    print: () => void this.#export.print().catch(() => undefined),
  };
}
