/**
 * `<ipv-toolbar>`: the built-in toolbar. Tool buttons by group, undo/redo,
 * download and print, and the host's own items (`toolbarItems`), then page
 * and zoom controls.
 *
 * It fits any width (toolbar-fit.ts, toolbar-layout.ts): as room runs out,
 * runs of tools collapse into group buttons, each showing its active (or last
 * used) tool and opening a menu of the group; then the page and zoom controls
 * shrink; then units from the end go into "More". Every tool stays at most
 * two presses away. The menus are popovers in the top layer (toolbar-menu.ts).
 *
 * It renders into its own light DOM, which is the viewer's shadow tree: its
 * parts (`toolbar-button`, `toolbar-group-button`, `more-button`,
 * `toolbar-menu`, `toolbar-menu-item`, `page-input`, `zoom-select`) are the
 * viewer's parts, and the viewer's styles and `--ipv-*` theme apply to it.
 *
 * Keyboard: plain Tab order through the buttons (no roving tabindex, so the
 * page field and zoom menu keep their own arrow keys). Focus never falls to
 * <body>: when the focused button is disabled (Undo after the last undo) or
 * goes into a menu, the viewer takes focus, so its keys (Ctrl+Z) still work.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Localizer } from '../i18n/localize.js';
import type { Tool } from '../tools/tool.js';
import type { Zoom } from '../viewer/zoom.js';
import { renderPageZoomControls, type PageZoomActions } from './page-zoom-controls.js';
import { iconFor } from './tool-icons.js';
import { ToolbarFitController } from './toolbar-fit.js';
import { TOOL_GROUP_NAMES, type ToolbarItem } from './toolbar-items.js';
import { arrange, type RowUnit, type ToolRun } from './toolbar-layout.js';
import { ToolbarMenuController } from './toolbar-menu.js';
import { shownItems, shownRuns, type ShownItem } from './toolbar-shown-items.js';

export interface ToolbarActions extends PageZoomActions {
  setTool(id: string): void;
  undo(): void;
  redo(): void;
  /** Saves the annotated PDF (the `download` item). */
  download(): void;
  /** Prints the annotated PDF (the `print` item). */
  print(): void;
}

let toolbarCount = 0;

export class IpvToolbar extends LitElement {
  /** Unique per toolbar, so that several viewers on a page never share an id. */
  readonly #idPrefix = `ipv-toolbar-${++toolbarCount}`;
  @property({ attribute: false }) tools: readonly Tool[] = [];
  @property({ attribute: false }) activeTool = 'select';
  @property({ attribute: false }) readonly = false;
  /** A document is open: tools and undo/redo are disabled without one (before a load, after an error). */
  @property({ attribute: false }) documentOpen = false;
  @property({ attribute: false }) canUndo = false;
  @property({ attribute: false }) canRedo = false;
  /** A download or print is being prepared: its buttons are disabled until it ends. */
  @property({ attribute: false }) exporting = false;
  @property({ attribute: false }) pageIndex = 0;
  @property({ attribute: false }) pageCount = 0;
  @property({ attribute: false }) zoom: Zoom = 'auto';
  @property({ attribute: false }) scale = 1;
  @property({ attribute: false }) items: readonly ToolbarItem[] | undefined = undefined;
  @property({ attribute: false }) localizer = new Localizer('en');
  @property({ attribute: false }) actions: ToolbarActions | undefined = undefined;

  #items: ShownItem[] = [];
  #runs: ToolRun[] = [];
  /** The tool a group button shows when none of its tools is active: the one used last. */
  readonly #lastUsed = new Map<string, string>();
  /** The toolbar control that had focus before an update, to rescue focus if the update takes it away. */
  #focusedBefore: HTMLElement | undefined;

  readonly #fit = new ToolbarFitController(this, () => ({ items: this.#items, runs: this.#runs }));
  readonly #menus = new ToolbarMenuController(this, () => this.#focusViewer());

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('localizer') || changed.has('items')) this.#fit.forget();
    this.#items = shownItems(this, this.actions);
    this.#runs = shownRuns(this.#items);
    const active = `tool:${this.activeTool}`;
    for (const run of this.#runs) if (run.keys.includes(active)) this.#lastUsed.set(run.id, active);
    const focused = (this.getRootNode() as Document | ShadowRoot).activeElement;
    this.#focusedBefore = focused instanceof HTMLElement && this.contains(focused) ? focused : undefined;
  }

  protected override updated(): void {
    const before = this.#focusedBefore;
    this.#focusedBefore = undefined;
    if (!before) return;
    const lost = !before.isConnected || before.matches(':disabled') || !before.checkVisibility();
    const now = (this.getRootNode() as Document | ShadowRoot).activeElement;
    // Focus still on the control, or already fallen out of the viewer: not where a person moved it.
    if (lost && (now === before || now === null)) this.#focusViewer();
  }

  /** The viewer takes focus, so its keys keep working; never <body>. */
  #focusViewer(): void {
    const root = this.getRootNode();
    const viewer = root instanceof ShadowRoot ? root.host : this.closest('instant-pdf-viewer');
    if (viewer instanceof HTMLElement) viewer.focus({ preventScroll: true });
  }

  override render(): TemplateResult {
    const l = this.localizer;
    const layout = this.#fit.layout;
    const { row, more } = arrange(this.#items, this.#runs, layout);
    return html`
      <div class="toolbar-items" role="group" aria-label=${l.term('toolbar.tools')}>
        ${repeat(row, unitKey, (unit) => this.#renderUnit(unit))} ${more.length ? this.#renderMore(more) : nothing}
      </div>
      <div class="toolbar-controls" data-unit=${`controls:${layout.controls}`} data-mode=${layout.controls}>
        ${this.actions
          ? renderPageZoomControls({ pageIndex: this.pageIndex, pageCount: this.pageCount, zoom: this.zoom, scale: this.scale }, this.actions, l, layout.controls)
          : nothing}
      </div>
    `;
  }

  #item(key: string): ShownItem | undefined {
    return this.#items.find((item) => item.key === key);
  }

  #renderUnit(unit: RowUnit): TemplateResult | typeof nothing {
    if (unit.type === 'group') return this.#renderGroup(unit.run);
    const item = this.#item(unit.key);
    return item ? this.#renderItem(item) : nothing;
  }

  #renderItem(item: ShownItem): TemplateResult {
    if (item.kind === 'separator') return html`<span class="separator" role="separator" data-item data-unit=${`item:${item.key}`}></span>`;
    if (item.kind === 'custom') return html`<span class="toolbar-custom" data-item data-unit=${`item:${item.key}`}>${item.element}</span>`;
    return html`<button
      type="button"
      part="toolbar-button"
      class="icon-button"
      data-item
      data-unit=${`item:${item.key}`}
      data-id=${item.key}
      aria-label=${item.label}
      title=${item.label}
      aria-pressed=${item.pressed === undefined ? nothing : String(item.pressed)}
      ?disabled=${item.disabled}
      @click=${(event: MouseEvent) => item.press?.(event)}
    >
      ${icon(item.icon)}
    </button>`;
  }

  #renderGroup(run: ToolRun): TemplateResult {
    const l = this.localizer;
    const key = run.id;
    const members = run.keys.map((memberKey) => this.#item(memberKey)).filter((item): item is ShownItem => item !== undefined);
    const active = members.find((item) => item.pressed === true);
    const shown = active ?? members.find((item) => item.key === this.#lastUsed.get(run.id)) ?? members[0]!;
    const name = key.slice('group:'.length);
    const groupLabel = (TOOL_GROUP_NAMES as readonly string[]).includes(name)
      ? l.term(`toolbar.group.${name as (typeof TOOL_GROUP_NAMES)[number]}`)
      : l.term('toolbar.tools');
    const label = l.term('toolbar.groupTool', { group: groupLabel, tool: shown.label });
    return html`<span class="toolbar-group" data-unit="group">
      ${this.#renderMenuButton(key, label, shown.icon, active !== undefined, members.every((item) => item.disabled), 'toolbar-group-button')}
      ${this.#renderMenu(key, groupLabel, members.map((item) => this.#renderMenuItem(key, item)))}
    </span>`;
  }

  #renderMore(units: readonly RowUnit[]): TemplateResult {
    const label = this.localizer.term('toolbar.more');
    const entries: TemplateResult[] = [];
    const items: ShownItem[] = [];
    units.forEach((unit, index) => {
      const members = unit.type === 'group' ? unit.run.keys : [unit.key];
      const shown = members.map((memberKey) => this.#item(memberKey)).filter((item): item is ShownItem => item !== undefined);
      // A group's tools stand together, between separators.
      if (unit.type === 'group' && index > 0) entries.push(html`<div class="menu-separator" role="separator"></div>`);
      for (const item of shown) entries.push(this.#renderMenuItem('more', item));
      if (unit.type === 'group' && index < units.length - 1) entries.push(html`<div class="menu-separator" role="separator"></div>`);
      items.push(...shown);
    });
    const active = items.find((item) => item.tool && item.pressed === true);
    const disabled = items.every((item) => item.kind !== 'custom' && item.disabled);
    return html`<span class="toolbar-more" data-unit="more">
      ${this.#renderMenuButton('more', label, active ? active.icon : iconFor('more'), active !== undefined, disabled, 'more-button')}
      ${this.#renderMenu('more', label, entries)}
    </span>`;
  }

  #renderMenuButton(key: string, label: string, iconPath: string, pressed: boolean, disabled: boolean, part: string): TemplateResult {
    const open = this.#menus.openKey === key;
    return html`<button
      type="button"
      part=${`toolbar-button ${part}`}
      class=${`icon-button menu-button ${part === 'more-button' ? 'more-button' : 'group-button'}`}
      data-id=${key}
      data-menu-button=${key}
      aria-label=${label}
      title=${label}
      aria-haspopup="menu"
      aria-expanded=${String(open)}
      aria-controls=${this.#menuId(key)}
      aria-pressed=${String(pressed)}
      ?disabled=${disabled}
      @pointerdown=${() => this.#menus.buttonPointerDown(key)}
      @click=${() => this.#menus.buttonClick(key)}
      @keydown=${(event: KeyboardEvent) => this.#menus.buttonKeyDown(key, event)}
    >
      ${icon(iconPath)}<span class="menu-caret" aria-hidden="true"></span>
    </button>`;
  }

  #renderMenu(key: string, label: string, entries: readonly TemplateResult[]): TemplateResult {
    return html`<div
      id=${this.#menuId(key)}
      popover="auto"
      part="toolbar-menu"
      class="toolbar-menu"
      role="menu"
      data-own-keys
      data-menu=${key}
      aria-label=${label}
      @keydown=${(event: KeyboardEvent) => this.#menus.menuKeyDown(key, event)}
      @toggle=${(event: ToggleEvent) => this.#menus.menuToggled(key, event)}
    >
      ${entries}
    </div>`;
  }

  #renderMenuItem(menuKey: string, item: ShownItem): TemplateResult {
    if (item.kind === 'separator') return html`<div class="menu-separator" role="separator"></div>`;
    if (item.kind === 'custom') return html`<div class="menu-custom" role="none">${item.element}</div>`;
    return html`<button
      type="button"
      part="toolbar-menu-item"
      class="menu-item"
      data-id=${item.key}
      role=${item.tool ? 'menuitemradio' : item.pressed === undefined ? 'menuitem' : 'menuitemcheckbox'}
      aria-checked=${item.pressed === undefined ? nothing : String(item.pressed)}
      tabindex="-1"
      ?disabled=${item.disabled}
      @click=${(event: MouseEvent) => {
        item.press?.(event);
        this.#menus.close(menuKey, true);
      }}
    >
      ${icon(item.icon)}<span>${item.label}</span>
    </button>`;
  }

  #menuId(key: string): string {
    return `${this.#idPrefix}-${key.replace(/[^\w-]/g, '-')}`;
  }
}

function unitKey(unit: RowUnit): string {
  return unit.type === 'group' ? unit.run.id : unit.key;
}

function icon(path: string): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;
}
