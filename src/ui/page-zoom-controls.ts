/**
 * The built-in toolbar: page navigation and zoom. A template rather than an
 * element of its own so that it shares the viewer's styles and state; hosts
 * replace it through the `toolbar` slot or hide it with `toolbar="none"`.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Zoom } from '../viewer/zoom.js';

export interface ToolbarState {
  readonly pageIndex: number;
  readonly pageCount: number;
  readonly zoom: Zoom;
  readonly scale: number;
}

export interface ToolbarActions {
  goToPage(index: number): void;
  zoomBy(direction: 1 | -1): void;
  setZoom(zoom: Zoom): void;
}

const PRESETS: readonly { value: string; label: string }[] = [
  { value: 'auto', label: 'Automatic' },
  { value: 'fit-width', label: 'Page width' },
  { value: 'fit-page', label: 'Whole page' },
  { value: '0.5', label: '50 %' },
  { value: '0.75', label: '75 %' },
  { value: '1', label: '100 %' },
  { value: '1.25', label: '125 %' },
  { value: '1.5', label: '150 %' },
  { value: '2', label: '200 %' },
  { value: '3', label: '300 %' },
  { value: '4', label: '400 %' },
];

export function renderToolbar(state: ToolbarState, actions: ToolbarActions): TemplateResult {
  const hasDocument = state.pageCount > 0;
  const zoomValue = String(state.zoom);
  const custom = !PRESETS.some((preset) => preset.value === zoomValue);
  const onPageInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const page = Number.parseInt(input.value, 10);
    if (Number.isFinite(page)) actions.goToPage(page - 1);
    else input.value = String(state.pageIndex + 1);
  };
  return html`
    <button
      type="button"
      part="toolbar-button"
      aria-label="Previous page"
      ?disabled=${!hasDocument || state.pageIndex <= 0}
      @click=${() => actions.goToPage(state.pageIndex - 1)}
    >
      ‹
    </button>
    <label class="page-number">
      <input
        part="page-input"
        type="text"
        inputmode="numeric"
        size="4"
        aria-label="Page number"
        .value=${live(hasDocument ? String(state.pageIndex + 1) : '')}
        ?disabled=${!hasDocument}
        @change=${onPageInput}
        @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && onPageInput(event)}
      />
      <span>/ ${state.pageCount}</span>
    </label>
    <button
      type="button"
      part="toolbar-button"
      aria-label="Next page"
      ?disabled=${!hasDocument || state.pageIndex >= state.pageCount - 1}
      @click=${() => actions.goToPage(state.pageIndex + 1)}
    >
      ›
    </button>
    <span class="separator"></span>
    <button type="button" part="toolbar-button" aria-label="Zoom out" @click=${() => actions.zoomBy(-1)}>−</button>
    <select
      part="zoom-select"
      aria-label="Zoom"
      .value=${live(custom ? 'custom' : zoomValue)}
      @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        actions.setZoom(value === 'auto' || value === 'fit-width' || value === 'fit-page' ? value : Number(value));
      }}
    >
      ${PRESETS.map((preset) => html`<option value=${preset.value}>${preset.label}</option>`)}
      <option value="custom" ?hidden=${!custom} disabled>${Math.round(state.scale * 100)} %</option>
    </select>
    <button type="button" part="toolbar-button" aria-label="Zoom in" @click=${() => actions.zoomBy(1)}>+</button>
  `;
}
