/**
 * A colour field of the property bar: a row of swatches and a custom colour
 * where the bar is wide; one swatch button that opens them in a popover
 * where it is narrow (the popover sits in the top layer, so the bar's
 * horizontal scrolling does not clip it).
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer, TranslationKey } from '../i18n/localize.js';

export const SWATCHES: readonly { color: string; name: TranslationKey }[] = [
  { color: '#000000', name: 'color.black' },
  { color: '#ffffff', name: 'color.white' },
  { color: '#d32f2f', name: 'color.red' },
  { color: '#f57c00', name: 'color.orange' },
  { color: '#fbc02d', name: 'color.yellow' },
  { color: '#388e3c', name: 'color.green' },
  { color: '#1976d2', name: 'color.blue' },
  { color: '#7b1fa2', name: 'color.purple' },
];

export type ColorField = 'strokeColor' | 'fillColor' | 'color' | 'fontColor';

export const COLOR_LABELS: Readonly<Record<ColorField, TranslationKey>> = {
  strokeColor: 'inspector.strokeColor',
  fillColor: 'inspector.fillColor',
  color: 'inspector.color',
  fontColor: 'inspector.fontColor',
};

export interface ColorFieldOptions {
  readonly field: ColorField;
  /** The current colour, lower-case `#rrggbb`; undefined for none. */
  readonly current: string | undefined;
  readonly localizer: Localizer;
  /** One button that opens the swatches, instead of the row of them. */
  readonly compact: boolean;
  /** The bar sits at the bottom: the popover opens upwards. */
  readonly above: boolean;
  /** Sets the colour (undefined: none). */
  readonly apply: (color: string | undefined) => void;
}

/** Places an opened popover against the button that opened it; tells the button whether it is open. */
function placePopover(event: ToggleEvent, above: boolean): void {
  const popover = event.target as HTMLElement;
  const button = popover.previousElementSibling as HTMLElement | null;
  button?.setAttribute('aria-expanded', String(event.newState === 'open'));
  if (event.newState !== 'open' || !button) return;
  void computePosition(button, popover, {
    strategy: 'fixed',
    placement: above ? 'top-start' : 'bottom-start',
    middleware: [offset(6), flip(), shift({ padding: 8 })],
  }).then(({ x, y }) => {
    popover.style.left = `${Math.round(x)}px`;
    popover.style.top = `${Math.round(y)}px`;
  });
}

export function renderColorField(options: ColorFieldOptions): TemplateResult {
  const { field, current, localizer: l, compact } = options;
  const optional = field === 'fillColor';
  const label = l.term(COLOR_LABELS[field]);
  const choose = (color: string | undefined, target: EventTarget | null) => {
    (target as HTMLElement | null)?.closest<HTMLElement>('[popover]')?.hidePopover();
    options.apply(color);
  };
  const swatches = html`<span class="swatches">
    ${optional
      ? html`<button type="button" class="swatch swatch-none" aria-label=${l.term('inspector.noColor')} title=${l.term('inspector.noColor')}
          aria-pressed=${String(current === undefined)} @click=${(event: Event) => choose(undefined, event.currentTarget)}></button>`
      : nothing}
    ${SWATCHES.map(
      ({ color, name }) =>
        html`<button type="button" class="swatch" data-color=${color} .style=${`--swatch:${color}`} aria-label=${l.term(name)} title=${l.term(name)}
          aria-pressed=${String(current === color)} @click=${(event: Event) => choose(color, event.currentTarget)}></button>`,
    )}
    <input type="color" name=${field} aria-label=${l.term('inspector.customColor')} title=${l.term('inspector.customColor')}
      .value=${current && /^#[0-9a-f]{6}$/.test(current) ? current : '#000000'}
      @change=${(event: Event) => choose((event.target as HTMLInputElement).value, event.target)} />
  </span>`;
  if (!compact) {
    return html`<div class="inspector-row inspector-color" role="group" aria-label=${label} data-field=${field}>
      <span class="inspector-label">${label}</span>${swatches}
    </div>`;
  }
  const popoverId = `ipv-inspector-swatches-${field}`;
  return html`<div class="inspector-row inspector-color" role="group" aria-label=${label} data-field=${field}>
    <button type="button" class="swatch swatch-current" aria-haspopup="true" aria-controls=${popoverId} aria-label=${label} title=${label}
      @click=${(event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as HTMLElement).togglePopover()}
      .style=${current ? `--swatch:${current}` : ''} ?data-none=${current === undefined}></button>
    <div id=${popoverId} class="swatch-popover" popover @toggle=${(event: ToggleEvent) => placePopover(event, options.above)}>${swatches}</div>
  </div>`;
}
