/**
 * Page navigation and zoom: the fixed end of the built-in toolbar. They stay
 * out of the overflow menu so that reading never needs a menu; where the
 * toolbar is narrow they shrink instead (`ControlsMode`): `compact` drops the
 * previous/next and zoom step buttons (the page field and the zoom menu do
 * the same), `minimal` also narrows the page field and shows the zoom menu as
 * an icon (its options still read in full when it opens).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Localizer } from '../i18n/localize.js';
import type { Zoom } from '../viewer/zoom.js';

export interface PageZoomState {
  readonly pageIndex: number;
  readonly pageCount: number;
  readonly zoom: Zoom;
  readonly scale: number;
}

export interface PageZoomActions {
  goToPage(index: number): void;
  zoomBy(direction: 1 | -1): void;
  setZoom(zoom: Zoom): void;
}

/** How much of the controls shows: chosen by the toolbar's layout from measured widths. */
export type ControlsMode = 'full' | 'compact' | 'minimal';

const SCALES = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];

/** A magnifier, drawn over the zoom menu whose text is hidden in `minimal` mode. */
const MAGNIFIER = html`<svg class="icon zoom-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM15.5 15.5L20 20"></path></svg>`;

export function renderPageZoomControls(state: PageZoomState, actions: PageZoomActions, l: Localizer, mode: ControlsMode = 'full'): TemplateResult {
  const full = mode === 'full';
  const hasDocument = state.pageCount > 0;
  const zoomValue = String(state.zoom);
  const presets = [
    { value: 'auto', label: l.term('zoom.auto') },
    { value: 'fit-width', label: l.term('zoom.fitWidth') },
    { value: 'fit-page', label: l.term('zoom.fitPage') },
    ...SCALES.map((scale) => ({ value: String(scale), label: l.percent(scale) })),
  ];
  const custom = !presets.some((preset) => preset.value === zoomValue);
  const onPageInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const page = Number.parseInt(input.value, 10);
    if (Number.isFinite(page)) actions.goToPage(page - 1);
    else input.value = String(state.pageIndex + 1);
  };
  const zoomSelect = html`<select
    part="zoom-select"
    aria-label=${l.term('toolbar.zoom')}
    title=${mode === 'minimal' ? l.term('toolbar.zoom') : nothing}
    .value=${live(custom ? 'custom' : zoomValue)}
    @change=${(event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      actions.setZoom(value === 'auto' || value === 'fit-width' || value === 'fit-page' ? value : Number(value));
    }}
  >
    ${presets.map((preset) => html`<option value=${preset.value}>${preset.label}</option>`)}
    <option value="custom" ?hidden=${!custom} disabled>${l.percent(Math.round(state.scale * 100) / 100)}</option>
  </select>`;
  return html`
    ${full ? pageStepButton(-1, state, actions, l, hasDocument) : nothing}
    <label class="page-number">
      <input
        part="page-input"
        type="text"
        inputmode="numeric"
        size="4"
        aria-label=${l.term('toolbar.pageNumber')}
        .value=${live(hasDocument ? String(state.pageIndex + 1) : '')}
        ?disabled=${!hasDocument}
        @change=${onPageInput}
        @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && onPageInput(event)}
      />
      ${hasDocument ? html`<span class="page-count">${l.term('toolbar.pageOf', { count: state.pageCount })}</span>` : nothing}
    </label>
    ${full ? pageStepButton(1, state, actions, l, hasDocument) : nothing}
    ${full
      ? html`<span class="separator" role="separator"></span>
          <button type="button" part="toolbar-button" aria-label=${l.term('toolbar.zoomOut')} title=${l.term('toolbar.zoomOut')} @click=${() => actions.zoomBy(-1)}>
            −
          </button>`
      : nothing}
    ${mode === 'minimal' ? html`<span class="zoom-box">${zoomSelect}${MAGNIFIER}</span>` : zoomSelect}
    ${full
      ? html`<button type="button" part="toolbar-button" aria-label=${l.term('toolbar.zoomIn')} title=${l.term('toolbar.zoomIn')} @click=${() => actions.zoomBy(1)}>
          +
        </button>`
      : nothing}
  `;
}

/** The previous (`step` -1) or next (1) page button. */
function pageStepButton(step: -1 | 1, state: PageZoomState, actions: PageZoomActions, l: Localizer, hasDocument: boolean): TemplateResult {
  const label = l.term(step < 0 ? 'toolbar.previousPage' : 'toolbar.nextPage');
  const target = state.pageIndex + step;
  return html`<button
    type="button"
    part="toolbar-button"
    aria-label=${label}
    title=${label}
    ?disabled=${!hasDocument || target < 0 || target > state.pageCount - 1}
    @click=${() => actions.goToPage(target)}
  >
    ${step < 0 ? '‹' : '›'}
  </button>`;
}
