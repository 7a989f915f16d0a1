/**
 * `<ipv-inspector>`: the popover that edits the selected annotations'
 * properties, placed next to the selection with @floating-ui/dom (flip and
 * shift inside the viewer's viewport). It renders into its own light DOM
 * (the viewer's shadow tree) so the viewer's theme applies.
 *
 * Every committed change is one undo step through `onChange`. Colours,
 * buttons and selects commit at once; the opacity slider previews on
 * `input` (the drawn annotation's CSS opacity only) and commits on `change`,
 * so dragging it makes one step, not fifty.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Localizer, type TranslationKey } from '../i18n/localize.js';
import type { Annotation } from '../model/index.js';
import { LINE_CAPS, NOTE_ICONS, STAMP_TYPES } from '../model/vocabulary.js';
import { parseLinkTarget } from '../tools/link-editor.js';
import { DASHED, fieldsFor, linkTargetText, type InspectorField, type RecordPatch } from './inspector-fields.js';

/** The least height the panel is given in a short viewer, in CSS pixels: a few rows at a time. */
const MIN_PANEL_HEIGHT = 96;

const SWATCHES: readonly { color: string; name: TranslationKey }[] = [
  { color: '#000000', name: 'color.black' },
  { color: '#ffffff', name: 'color.white' },
  { color: '#d32f2f', name: 'color.red' },
  { color: '#f57c00', name: 'color.orange' },
  { color: '#fbc02d', name: 'color.yellow' },
  { color: '#388e3c', name: 'color.green' },
  { color: '#1976d2', name: 'color.blue' },
  { color: '#7b1fa2', name: 'color.purple' },
];

type ColorField = 'strokeColor' | 'fillColor' | 'color' | 'fontColor';
const COLOR_LABELS: Readonly<Record<ColorField, TranslationKey>> = {
  strokeColor: 'inspector.strokeColor',
  fillColor: 'inspector.fillColor',
  color: 'inspector.color',
  fontColor: 'inspector.fontColor',
};

export class IpvInspector extends LitElement {
  /** The selected annotations; empty hides the inspector. */
  @property({ attribute: false }) annotations: readonly Annotation[] = [];
  @property({ attribute: false }) localizer = new Localizer('en');
  /** The selection's box in client coordinates. */
  @property({ attribute: false }) anchorRect: (() => DOMRect | undefined) | undefined;
  /** The area the popover stays inside. */
  @property({ attribute: false }) boundary: HTMLElement | undefined;
  /** Applies `patch` to every selected annotation as one user edit. */
  @property({ attribute: false }) onChange: ((patch: RecordPatch) => void) | undefined;
  @property({ attribute: false }) onDelete: (() => void) | undefined;
  /** Escape or the close button; the viewer returns focus. */
  @property({ attribute: false }) onClose: (() => void) | undefined;
  /** Pages of the document, for link targets given as a page number. */
  @property({ attribute: false }) pageCount = 1;
  /** Why the typed link target was not taken; cleared with the next selection. */
  @state() private linkError = '';

  #stopUpdates: (() => void) | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('part', 'inspector');
    this.setAttribute('role', 'dialog');
    this.setAttribute('data-own-keys', '');
    this.addEventListener('keydown', this.#onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeyDown);
    this.#stopUpdates?.();
    this.#stopUpdates = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('annotations')) this.linkError = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.hidden = this.annotations.length === 0;
    this.setAttribute('aria-label', this.localizer.term('inspector.label'));
    if (this.hidden) {
      this.#stopUpdates?.();
      this.#stopUpdates = undefined;
    } else if (!this.#stopUpdates) {
      this.#stopUpdates = autoUpdate(this.#reference, this, () => void this.#position(), { animationFrame: false });
    } else if (changed.has('annotations')) {
      void this.#position();
    }
  }

  readonly #reference: VirtualElement = {
    getBoundingClientRect: () => this.anchorRect?.() ?? new DOMRect(),
    contextElement: undefined,
  };

  async #position(): Promise<void> {
    const boundary = this.boundary;
    // Placement is chosen for the panel's full height, then the height is fitted to the room left.
    this.style.maxHeight = '';
    const { x, y } = await computePosition(this.#reference, this, {
      strategy: 'absolute',
      // Above the selection, clear of its top handles; below when there is no room.
      // Beside it, the popover would cover the neighbours a person clicks next.
      placement: 'top-start',
      middleware: [
        offset(14),
        flip({ ...(boundary ? { boundary } : {}), fallbackPlacements: ['bottom-start', 'right-start', 'left-start'] }),
        // In a short viewer the panel scrolls rather than running out of it, and overlaps the
        // selection rather than shrinking below a usable height.
        size({
          ...(boundary ? { boundary } : {}),
          padding: 8,
          apply: ({ availableHeight }) => {
            this.style.maxHeight = `${Math.max(MIN_PANEL_HEIGHT, Math.floor(availableHeight))}px`;
          },
        }),
        shift(boundary ? { boundary, padding: 8, crossAxis: true } : { padding: 8, crossAxis: true }),
      ],
    });
    this.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.onClose?.();
  };

  #value(key: string): unknown {
    return (this.annotations[0] as unknown as Record<string, unknown> | undefined)?.[key];
  }

  #apply(patch: RecordPatch): void {
    this.onChange?.(patch);
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.annotations.length) return nothing;
    const l = this.localizer;
    const fields = fieldsFor(this.annotations);
    return html`<div class="inspector-body">
      ${fields.map((field) => this.#renderField(field))}
      <div class="inspector-actions">
        <button type="button" part="inspector-button" class="inspector-delete" @click=${() => this.onDelete?.()}>${l.term('inspector.delete')}</button>
        <button type="button" part="inspector-button" class="inspector-close" @click=${() => this.onClose?.()}>${l.term('inspector.close')}</button>
      </div>
    </div>`;
  }

  #renderField(field: InspectorField): TemplateResult | typeof nothing {
    const l = this.localizer;
    switch (field) {
      case 'strokeColor':
      case 'fillColor':
      case 'color':
      case 'fontColor':
        return this.#renderColor(field);
      case 'opacity': {
        const opacity = typeof this.#value('opacity') === 'number' ? (this.#value('opacity') as number) : 1;
        return html`<label class="inspector-row"
          ><span>${l.term('inspector.opacity')}</span>
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

  #renderColor(field: ColorField): TemplateResult {
    const l = this.localizer;
    const current = (this.#value(field) as string | undefined)?.toLowerCase();
    const optional = field === 'fillColor';
    return html`<div class="inspector-row inspector-color" role="group" aria-label=${l.term(COLOR_LABELS[field])} data-field=${field}>
      <span class="inspector-label">${l.term(COLOR_LABELS[field])}</span>
      <span class="swatches">
        ${optional
          ? html`<button type="button" class="swatch swatch-none" aria-label=${l.term('inspector.noColor')} title=${l.term('inspector.noColor')}
              aria-pressed=${String(current === undefined)} @click=${() => this.#apply({ [field]: undefined })}></button>`
          : nothing}
        ${SWATCHES.map(
          ({ color, name }) =>
            html`<button type="button" class="swatch" data-color=${color} .style=${`--swatch:${color}`} aria-label=${l.term(name)} title=${l.term(name)}
              aria-pressed=${String(current === color)} @click=${() => this.#apply({ [field]: color })}></button>`,
        )}
        <input type="color" name=${field} aria-label=${l.term('inspector.customColor')} title=${l.term('inspector.customColor')}
          .value=${current && /^#[0-9a-f]{6}$/.test(current) ? current : '#000000'}
          @change=${(event: Event) => this.#apply({ [field]: (event.target as HTMLInputElement).value })} />
      </span>
    </div>`;
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
        ><span>${l.term('link.formLabel')}</span>
        <input type="text" name="linkTarget" .value=${linkTargetText(this.#value('action'))} placeholder=${l.term('link.placeholder')}
          title=${l.term('link.fieldLabel')} aria-invalid=${this.linkError ? 'true' : 'false'} aria-describedby="ipv-inspector-link-error"
          @change=${(event: Event) => commit(event.target as HTMLInputElement)} /></label>
      <div id="ipv-inspector-link-error" class="inspector-error" role="alert">${this.linkError}</div>`;
  }

  #renderNumber(field: 'strokeWidth' | 'lineWidth' | 'fontSize', label: TranslationKey, min: number, max: number, step: number): TemplateResult {
    const value = this.#value(field);
    return html`<label class="inspector-row"
      ><span>${this.localizer.term(label)}</span>
      <input type="number" name=${field} min=${min} max=${max} step=${step} .value=${typeof value === 'number' ? String(value) : ''}
        @change=${(event: Event) => {
          const number = Number((event.target as HTMLInputElement).value);
          if (Number.isFinite(number) && number >= min) this.#apply({ [field]: Math.min(number, max) });
        }} /></label>`;
  }

  #renderSelect(name: string, label: TranslationKey, value: string, options: readonly [string, string][], onSelect: (value: string) => void): TemplateResult {
    return html`<label class="inspector-row"
      ><span>${this.localizer.term(label)}</span>
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
