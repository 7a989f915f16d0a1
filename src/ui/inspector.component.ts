/**
 * `<ipv-inspector>`: the property bar, docked to the viewer's edge in a
 * single row of its own (below the toolbar; at the bottom of a narrow
 * viewer), so it never covers the pages. It shows the selection's
 * properties, or, while a drawing tool is active and nothing is selected,
 * those of that tool's next annotation. It renders into its own light DOM
 * (the viewer's shadow tree) so the viewer's theme applies.
 *
 * Every committed change is one undo step through `onChange`. Colours,
 * buttons and selects commit at once; the opacity slider previews on
 * `input` (the drawn annotation's CSS opacity only) and commits on `change`,
 * so dragging it makes one step, not fifty.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Localizer, type TranslationKey } from '../i18n/localize.js';
import type { Annotation } from '../model/index.js';
import { LINE_CAPS, NOTE_ICONS, STAMP_TYPES } from '../model/vocabulary.js';
import { parseLinkTarget } from '../tools/link-editor.js';
import { DASHED, linkTargetText, type InspectorField, type RecordPatch } from './inspector-fields.js';
import { renderColorField } from './property-bar-color.js';

/** Below this viewer width (CSS px) the bar docks at the bottom, where a thumb reaches it. */
const BOTTOM_DOCK_BELOW = 560;
/** Below this viewer width colours are one button each that opens the swatches. */
const COMPACT_COLORS_BELOW = 960;

export type PropertyBarDock = 'top' | 'bottom';

export class IpvInspector extends LitElement {
  /**
   * What the bar edits: the selected annotations, or (mode `tool`) one
   * record standing for the active tool's next annotation. Empty hides it.
   */
  @property({ attribute: false }) annotations: readonly Annotation[] = [];
  /** The fields shown, in order. */
  @property({ attribute: false }) fields: readonly InspectorField[] = [];
  /** `selection` edits annotations (with Delete); `tool` edits a tool's preset. */
  @property({ attribute: false }) mode: 'selection' | 'tool' = 'selection';
  @property({ attribute: false }) localizer = new Localizer('en');
  /** Applies `patch` as one user edit. */
  @property({ attribute: false }) onChange: ((patch: RecordPatch) => void) | undefined;
  @property({ attribute: false }) onDelete: (() => void) | undefined;
  /** Escape: the viewer takes focus back. */
  @property({ attribute: false }) onEscape: (() => void) | undefined;
  /** Pages of the document, for link targets given as a page number. */
  @property({ attribute: false }) pageCount = 1;
  /** Why the typed link target was not taken; cleared with the next selection. */
  @state() private linkError = '';
  /** Where the bar is docked, from the viewer's own width (not the window's). */
  @state() private dock: PropertyBarDock = 'top';
  @state() private compact = false;

  #resize: ResizeObserver | undefined;
  /** The height the bar took above the pages after the last update (0 hidden or at the bottom). */
  #roomAbove = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('part', 'inspector');
    this.setAttribute('role', 'region');
    this.setAttribute('data-own-keys', '');
    this.addEventListener('keydown', this.#onKeyDown);
    const container = this.parentElement;
    if (container) {
      this.#resize = new ResizeObserver(([entry]) => this.#fit(entry?.contentRect.width ?? container.clientWidth));
      this.#resize.observe(container);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeyDown);
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  #fit(width: number): void {
    if (width <= 0) return;
    this.dock = width < BOTTOM_DOCK_BELOW ? 'bottom' : 'top';
    this.compact = width < COMPACT_COLORS_BELOW;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('annotations');
    if (before && before.map((a) => a.id).join() !== this.annotations.map((a) => a.id).join()) this.linkError = '';
    this.hidden = this.annotations.length === 0 || this.fields.length === 0;
    this.dataset['dock'] = this.dock;
    this.dataset['mode'] = this.mode;
  }

  protected override updated(): void {
    this.setAttribute('aria-label', this.localizer.term('inspector.label'));
    this.#keepPagesStill();
  }

  /**
   * When the bar takes a row above the pages (or gives it back, or moves to
   * the bottom), the pages area grows or shrinks at its top and everything on
   * it would jump by the bar's height right after a click that selected
   * something. Scrolling by as much keeps what is on screen where it was.
   * Runs before the browser paints, so no frame shows the jump.
   */
  #keepPagesStill(): void {
    const room = !this.hidden && this.dock === 'top' ? this.offsetHeight : 0;
    const change = room - this.#roomAbove;
    this.#roomAbove = room;
    if (change === 0) return;
    const viewport = this.parentElement?.querySelector<HTMLElement>('[part~="viewport"]');
    if (viewport) viewport.scrollTop += change;
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // An open colour popover closes itself first.
    if ((event.target as Element | null)?.closest('[popover]')) return;
    event.preventDefault();
    event.stopPropagation();
    this.onEscape?.();
  };

  #value(key: string): unknown {
    return (this.annotations[0] as unknown as Record<string, unknown> | undefined)?.[key];
  }

  #apply(patch: RecordPatch): void {
    this.onChange?.(patch);
  }

  override render(): TemplateResult | typeof nothing {
    if (this.hidden) return nothing;
    const l = this.localizer;
    return html`<div class="inspector-body">
      ${this.fields.map((field) => this.#renderField(field))}
      ${this.mode === 'selection'
        ? html`<button type="button" part="inspector-button" class="inspector-delete" @click=${() => this.onDelete?.()}>${l.term('inspector.delete')}</button>`
        : nothing}
    </div>`;
  }

  #renderField(field: InspectorField): TemplateResult | typeof nothing {
    const l = this.localizer;
    switch (field) {
      case 'strokeColor':
      case 'fillColor':
      case 'color':
      case 'fontColor':
        return renderColorField({
          field,
          current: (this.#value(field) as string | undefined)?.toLowerCase(),
          localizer: l,
          compact: this.compact,
          above: this.dock === 'bottom',
          apply: (color) => this.#apply({ [field]: color }),
        });
      case 'opacity': {
        const opacity = typeof this.#value('opacity') === 'number' ? (this.#value('opacity') as number) : 1;
        return html`<label class="inspector-row"
          ><span class="inspector-label">${l.term('inspector.opacity')}</span>
          <input
            type="range"
            name="opacity"
            min="0"
            max="100"
            step="5"
            .value=${String(Math.round(opacity * 100))}
            aria-valuetext=${l.percent(opacity)}
            @input=${(event: Event) => this.#previewOpacity(Number((event.target as HTMLInputElement).value) / 100)}
            @change=${(event: Event) => {
              this.#previewOpacity(undefined);
              this.#apply({ opacity: Number((event.target as HTMLInputElement).value) / 100 });
            }}
        /></label>`;
      }
      case 'strokeWidth':
      case 'lineWidth':
        return this.#renderNumber(field, 'inspector.strokeWidth', 0, 50, 0.5);
      case 'fontSize':
        return this.#renderNumber(field, 'inspector.fontSize', 4, 144, 1);
      case 'dash': {
        const dashed = Array.isArray(this.#value('strokeDashArray'));
        return this.#renderSelect('dash', 'inspector.dash', dashed ? 'dashed' : 'solid', [
          ['solid', l.term('inspector.solid')],
          ['dashed', l.term('inspector.dashed')],
        ], (value) => this.#apply({ strokeDashArray: value === 'dashed' ? [...DASHED] : undefined }));
      }
      case 'lineCaps': {
        const caps = (this.#value('lineCaps') ?? {}) as { start?: string; end?: string };
        const options: [string, string][] = [['none', l.term('cap.none')], ...LINE_CAPS.map((cap): [string, string] => [cap, l.term(`cap.${cap}`)])];
        const set = (end: 'start' | 'end', value: string) => {
          const next: Record<string, string> = { ...caps };
          if (value === 'none') delete next[end];
          else next[end] = value;
          this.#apply({ lineCaps: Object.keys(next).length ? next : undefined });
        };
        return html`${this.#renderSelect('lineCapStart', 'inspector.lineStart', caps.start ?? 'none', options, (value) => set('start', value))}
        ${this.#renderSelect('lineCapEnd', 'inspector.lineEnd', caps.end ?? 'none', options, (value) => set('end', value))}`;
      }
      case 'fontStyle': {
        const styles = (this.#value('fontStyle') ?? []) as string[];
        const toggle = (style: 'bold' | 'italic') => {
          const next = styles.includes(style) ? styles.filter((s) => s !== style) : [...styles, style];
          this.#apply({ fontStyle: next.length ? next : undefined });
        };
        return html`<div class="inspector-row" role="group" aria-label=${l.term('inspector.bold') + ', ' + l.term('inspector.italic')}>
          <button type="button" class="toggle" name="bold" aria-pressed=${String(styles.includes('bold'))} @click=${() => toggle('bold')}>
            <b>${l.term('inspector.bold')}</b>
          </button>
          <button type="button" class="toggle" name="italic" aria-pressed=${String(styles.includes('italic'))} @click=${() => toggle('italic')}>
            <i>${l.term('inspector.italic')}</i>
          </button>
        </div>`;
      }
      case 'horizontalAlign': {
        const align = (this.#value('horizontalAlign') as string | undefined) ?? 'left';
        const choices: [string, TranslationKey][] = [
          ['left', 'inspector.alignLeft'],
          ['center', 'inspector.alignCenter'],
          ['right', 'inspector.alignRight'],
        ];
        return html`<div class="inspector-row" role="group" aria-label=${l.term('inspector.align')}>
          ${choices.map(
            ([value, key]) =>
              html`<button type="button" class="toggle" name=${`align-${value}`} aria-pressed=${String(align === value)} @click=${() => this.#apply({ horizontalAlign: value })}>
                ${l.term(key)}
              </button>`,
          )}
        </div>`;
      }
      case 'icon':
        return this.#renderSelect('icon', 'inspector.noteIcon', (this.#value('icon') as string | undefined) ?? 'comment',
          NOTE_ICONS.map((icon): [string, string] => [icon, l.term(`noteIcon.${icon}`)]), (value) => this.#apply({ icon: value }));
      case 'linkTarget':
        return this.#renderLinkTarget();
      case 'stampType':
        return this.#renderSelect('stampType', 'inspector.stampType', (this.#value('stampType') as string | undefined) ?? 'Custom',
          STAMP_TYPES.map((type): [string, string] => [type, l.term(`stampType.${type}`)]), (value) => this.#apply({ stampType: value }));
    }
  }

  /**
   * Where a link leads, as in the link tool's editor: an http:, https: or
   * mailto: address, or a page number. Enter or leaving the field applies
   * it; anything else is refused with the reason and changes nothing.
   */
  #renderLinkTarget(): TemplateResult {
    const l = this.localizer;
    const commit = (input: HTMLInputElement) => {
      const result = parseLinkTarget(input.value, this.pageCount, (key, values) => l.term(key, values));
      if ('error' in result) {
        this.linkError = result.error;
        return;
      }
      this.linkError = '';
      this.#apply({ action: result.action });
    };
    return html`<label class="inspector-row"
        ><span class="inspector-label">${l.term('link.formLabel')}</span>
        <input type="text" name="linkTarget" .value=${linkTargetText(this.#value('action'))} placeholder=${l.term('link.placeholder')}
          title=${l.term('link.fieldLabel')} aria-invalid=${this.linkError ? 'true' : 'false'} aria-describedby="ipv-inspector-link-error"
          @change=${(event: Event) => commit(event.target as HTMLInputElement)} /></label>
      <div id="ipv-inspector-link-error" class="inspector-error" role="alert">${this.linkError}</div>`;
  }

  #renderNumber(field: 'strokeWidth' | 'lineWidth' | 'fontSize', label: TranslationKey, min: number, max: number, step: number): TemplateResult {
    const value = this.#value(field);
    return html`<label class="inspector-row"
      ><span class="inspector-label">${this.localizer.term(label)}</span>
      <input type="number" name=${field} min=${min} max=${max} step=${step} .value=${typeof value === 'number' ? String(value) : ''}
        @change=${(event: Event) => {
          const number = Number((event.target as HTMLInputElement).value);
          if (Number.isFinite(number) && number >= min) this.#apply({ [field]: Math.min(number, max) });
        }} /></label>`;
  }

  #renderSelect(name: string, label: TranslationKey, value: string, options: readonly [string, string][], onSelect: (value: string) => void): TemplateResult {
    return html`<label class="inspector-row"
      ><span class="inspector-label">${this.localizer.term(label)}</span>
      <select name=${name} @change=${(event: Event) => onSelect((event.target as HTMLSelectElement).value)}>
        ${options.map(([option, text]) => html`<option value=${option} ?selected=${option === value}>${text}</option>`)}
      </select></label>`;
  }

  /** Shows the slider's opacity on the drawn annotations without a model change. */
  #previewOpacity(opacity: number | undefined): void {
    const root = this.getRootNode() as ShadowRoot;
    for (const annotation of this.annotations) {
      const drawn = root.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(annotation.id)}"]`);
      if (opacity === undefined) drawn?.style.removeProperty('opacity');
      else drawn?.style.setProperty('opacity', String(opacity));
    }
  }
}
