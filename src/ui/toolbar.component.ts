/**
 * `<ipv-toolbar>`: the built-in toolbar. Tool buttons by group, undo/redo
 * and the host's own items (`toolbarItems`), then page and zoom controls.
 * Items that do not fit go into a "More" menu (measured with a
 * ResizeObserver).
 *
 * It renders into its own light DOM, which is the viewer's shadow tree: its
 * parts (`toolbar-button`, `page-input`, `zoom-select`) are the viewer's
 * parts, and the viewer's styles and `--ipv-*` theme apply to it unchanged.
 *
 * Keyboard: plain Tab order through the buttons (no roving tabindex, so the
 * page field and zoom menu keep their own arrow keys). In the "More" menu,
 * arrows, Home and End move, Escape closes it and returns focus.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Localizer } from '../i18n/localize.js';
import type { Tool } from '../tools/tool.js';
import type { Zoom } from '../viewer/zoom.js';
import { renderPageZoomControls, type PageZoomActions } from './page-zoom-controls.js';
import { iconFor } from './tool-icons.js';
import { defaultToolbarItems, type ToolbarItem } from './toolbar-items.js';

export interface ToolbarActions extends PageZoomActions {
  setTool(id: string): void;
  undo(): void;
  redo(): void;
}

/** An item as drawn: what `ToolbarItem` says, with the viewer's state filled in. */
interface ShownItem {
  readonly key: string;
  readonly kind: 'button' | 'separator' | 'custom';
  readonly label: string;
  readonly icon: string;
  readonly tool: boolean;
  readonly pressed: boolean | undefined;
  readonly disabled: boolean;
  readonly press: ((event: MouseEvent) => void) | undefined;
  readonly element: HTMLElement | undefined;
}

/** Width kept for the "More" button when items overflow, in CSS pixels. */
const MORE_WIDTH = 40;

let toolbarCount = 0;

export class IpvToolbar extends LitElement {
  /** Unique per toolbar, so that several viewers on a page never share an id. */
  readonly #menuId = `ipv-toolbar-menu-${++toolbarCount}`;
  @property({ attribute: false }) tools: readonly Tool[] = [];
  @property({ attribute: false }) activeTool = 'select';
  @property({ attribute: false }) readonly = false;
  @property({ attribute: false }) canUndo = false;
  @property({ attribute: false }) canRedo = false;
  @property({ attribute: false }) pageIndex = 0;
  @property({ attribute: false }) pageCount = 0;
  @property({ attribute: false }) zoom: Zoom = 'auto';
  @property({ attribute: false }) scale = 1;
  @property({ attribute: false }) items: readonly ToolbarItem[] | undefined = undefined;
  @property({ attribute: false }) localizer = new Localizer('en');
  @property({ attribute: false }) actions: ToolbarActions | undefined = undefined;

  /** How many items show in the row; the rest are in the "More" menu. */
  @state() private visibleCount = Number.POSITIVE_INFINITY;
  @state() private menuOpen = false;

  /** Widths of the items (with the gap), measured with every item in the row. */
  #widths: number[] | undefined;
  #resize: ResizeObserver | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize = new ResizeObserver(() => this.#fit());
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // What could change an item's width: measure again with every item in the row.
    if (changed.has('tools') || changed.has('items') || changed.has('localizer')) {
      this.#widths = undefined;
      this.visibleCount = Number.POSITIVE_INFINITY;
    }
  }

  protected override updated(): void {
    if (!this.#widths) this.#measure();
  }

  #measure(): void {
    const row = this.querySelector<HTMLElement>(':scope > .toolbar-items');
    // Hidden (toolbar="none" or not laid out yet): the ResizeObserver calls again once shown.
    if (!row || !this.getClientRects().length) return;
    const gap = Number.parseFloat(getComputedStyle(row).columnGap) || 0;
    this.#widths = [...row.querySelectorAll<HTMLElement>(':scope > [data-item]')].map((element) => element.getBoundingClientRect().width + gap);
    this.#fit();
  }

  #fit(): void {
    const row = this.querySelector<HTMLElement>(':scope > .toolbar-items');
    if (!row) return;
    if (!this.#widths) {
      this.#measure();
      return;
    }
    if (!this.getClientRects().length) return;
    const available = row.clientWidth;
    const widths = this.#widths;
    const total = widths.reduce((sum, width) => sum + width, 0);
    let count = widths.length;
    if (total > available) {
      let used = MORE_WIDTH;
      count = 0;
      while (count < widths.length && used + widths[count]! <= available) used += widths[count++]!;
    }
    if (count !== Math.min(this.visibleCount, widths.length)) this.visibleCount = count;
    if (count >= widths.length) this.menuOpen = false;
  }

  #shownItems(): ShownItem[] {
    const l = this.localizer;
    const items = this.items ?? defaultToolbarItems(this.tools);
    const shown: ShownItem[] = [];
    for (const item of items) {
      const base = { key: `${item.type}:${item.id}`, icon: iconFor(item.id, item.icon), element: undefined, tool: false };
      if (item.type === 'separator') {
        shown.push({ ...base, kind: 'separator', label: '', pressed: undefined, disabled: false, press: undefined });
      } else if (item.type === 'custom') {
        if (item.element) shown.push({ ...base, kind: 'custom', label: item.title ?? '', pressed: undefined, disabled: false, press: undefined, element: item.element });
      } else if (item.type === 'tool') {
        const tool = this.tools.find((candidate) => candidate.id === item.id);
        if (!tool) continue;
        shown.push({
          ...base,
          kind: 'button',
          tool: true,
          icon: iconFor(tool.id, item.icon ?? tool.icon),
          label: item.title ?? l.optionalTerm(`tool.${tool.id}`) ?? tool.label,
          pressed: this.activeTool === tool.id,
          disabled: item.disabled === true || (this.readonly && tool.edits),
          press: (event) => {
            item.onPress?.(event);
            this.actions?.setTool(tool.id);
          },
        });
      } else if ((item.id === 'undo' || item.id === 'redo') && !item.onPress) {
        const undo = item.id === 'undo';
        shown.push({
          ...base,
          kind: 'button',
          label: item.title ?? l.term(undo ? 'toolbar.undo' : 'toolbar.redo'),
          pressed: undefined,
          disabled: item.disabled === true || this.readonly || !(undo ? this.canUndo : this.canRedo),
          press: () => (undo ? this.actions?.undo() : this.actions?.redo()),
        });
      } else {
        shown.push({
          ...base,
          kind: 'button',
          label: item.title ?? item.id,
          pressed: item.selected,
          disabled: item.disabled === true,
          press: item.onPress,
        });
      }
    }
    return shown;
  }

  override render(): TemplateResult {
    const l = this.localizer;
    const items = this.#shownItems();
    const visible = items.slice(0, this.visibleCount);
    const overflow = items.slice(this.visibleCount);
    return html`
      <div class="toolbar-items" role="group" aria-label=${l.term('toolbar.tools')}>
        ${visible.map((item) => this.#renderItem(item))}
        ${overflow.length ? this.#renderMore(overflow) : nothing}
      </div>
      <div class="toolbar-controls">
        ${this.actions
          ? renderPageZoomControls({ pageIndex: this.pageIndex, pageCount: this.pageCount, zoom: this.zoom, scale: this.scale }, this.actions, l)
          : nothing}
      </div>
    `;
  }

  #renderItem(item: ShownItem): TemplateResult {
    if (item.kind === 'separator') return html`<span class="separator" role="separator" data-item></span>`;
    if (item.kind === 'custom') return html`<span class="toolbar-custom" data-item>${item.element}</span>`;
    return html`<button
      type="button"
      part="toolbar-button"
      class="icon-button"
      data-item
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

  #renderMore(overflow: readonly ShownItem[]): TemplateResult {
    const label = this.localizer.term('toolbar.more');
    return html`<span class="toolbar-more">
      <button
        type="button"
        part="toolbar-button more-button"
        class="icon-button more-button"
        aria-label=${label}
        title=${label}
        aria-haspopup="menu"
        aria-expanded=${String(this.menuOpen)}
        aria-controls=${this.#menuId}
        @click=${() => this.#toggleMenu(!this.menuOpen, 'first')}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            this.#toggleMenu(true, event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        ${icon(iconFor('more'))}
      </button>
      <div
        id=${this.#menuId}
        part="toolbar-menu"
        class="toolbar-menu"
        role="menu"
        data-own-keys
        aria-label=${label}
        ?hidden=${!this.menuOpen}
        @keydown=${(event: KeyboardEvent) => this.#onMenuKey(event)}
        @focusout=${(event: FocusEvent) => {
          const next = event.relatedTarget as Node | null;
          if (next && !this.querySelector('.toolbar-more')?.contains(next)) this.menuOpen = false;
        }}
      >
        ${overflow.map((item) => this.#renderMenuItem(item))}
      </div>
    </span>`;
  }

  #renderMenuItem(item: ShownItem): TemplateResult {
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
        this.#closeMenu();
      }}
    >
      ${icon(item.icon)}<span>${item.label}</span>
    </button>`;
  }

  #menuItems(): HTMLButtonElement[] {
    return [...this.querySelectorAll<HTMLButtonElement>('.toolbar-menu > .menu-item:not(:disabled)')];
  }

  async #toggleMenu(open: boolean, focus: 'first' | 'last'): Promise<void> {
    this.menuOpen = open;
    if (!open) return;
    await this.updateComplete;
    const items = this.#menuItems();
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  #closeMenu(): void {
    this.menuOpen = false;
    this.querySelector<HTMLButtonElement>('.more-button')?.focus();
  }

  #onMenuKey(event: KeyboardEvent): void {
    const items = this.#menuItems();
    const index = items.indexOf(event.target as HTMLButtonElement);
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = (index + 1) % items.length;
    else if (event.key === 'ArrowUp') next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
      }
      this.#closeMenu();
      return;
    } else return;
    event.preventDefault();
    items[next]?.focus();
  }
}

function icon(path: string): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;
}
