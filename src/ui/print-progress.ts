/**
 * What the viewer shows while it prepares the annotated PDF for Download or
 * Print ("Preparing page 3 of 117", a progress bar, Cancel for a print), and
 * when that fails (an alert with the reason, until closed).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localize.js';

/** What is being prepared. */
export type ExportActivity =
  /** The annotations are being written into the PDF (`done` of `total` steps; total 0 while unknown). */
  | { readonly kind: 'saving'; readonly forPrint: boolean; readonly done: number; readonly total: number }
  /** Page `page` (1-based) of `count` is being drawn for printing. */
  | { readonly kind: 'printing'; readonly page: number; readonly count: number };

export const printProgressStyles = css`
  .export-status {
    display: grid;
    gap: 10px;
    min-width: min(18rem, 80vw);
  }
  .export-status progress {
    width: 100%;
    accent-color: var(--ipv-accent-color);
  }
  .export-status-text {
    font-variant-numeric: tabular-nums;
  }
  .export-status button {
    justify-self: end;
    min-height: 32px;
  }
  .export-error {
    display: grid;
    gap: 8px;
    justify-items: start;
    border-left: 4px solid var(--ipv-error-color);
  }
  .export-error-detail {
    font-size: 0.9em;
    opacity: 0.8;
    overflow-wrap: anywhere;
  }
  .print-frame {
    position: fixed;
    right: 0;
    bottom: 0;
    width: 0;
    height: 0;
    border: 0;
    visibility: hidden;
  }
`;

/** The sentence for `activity`, in the viewer's language. */
export function activityText(activity: ExportActivity, localizer: Localizer): string {
  if (activity.kind === 'printing') {
    return localizer.term('print.page', { page: localizer.number(activity.page), count: localizer.number(activity.count) });
  }
  return localizer.term(activity.forPrint ? 'print.preparing' : 'export.saving');
}

/**
 * The progress box. `onCancel` (given for a print) adds a Cancel button,
 * which Escape presses too. The box is a group named after what is being
 * prepared (read when focus enters Cancel); the progress bar carries the
 * sentence as its value text, and the visible sentence is hidden from
 * screen readers so that it is not read twice.
 */
export function renderExportProgress(activity: ExportActivity, localizer: Localizer, onCancel: (() => void) | undefined): TemplateResult {
  const text = activityText(activity, localizer);
  // No value: an indeterminate bar (the writer has not said how much there is to do).
  const [value, max] =
    activity.kind === 'printing' ? [activity.page - 1, activity.count] : activity.total > 0 ? [activity.done, activity.total] : [undefined, undefined];
  const label = localizer.term(activity.kind === 'saving' && !activity.forPrint ? 'export.saving' : 'print.preparing');
  const keydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !onCancel) return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return html`<div class="overlay">
    <div part="export-progress" class="message export-status" role="group" aria-label=${label} data-own-keys @keydown=${keydown}>
      <span class="export-status-text" aria-hidden="true">${text}</span>
      <progress aria-label=${label} aria-valuetext=${text} max=${max ?? nothing} value=${value ?? nothing}></progress>
      ${onCancel
        ? html`<button type="button" part="export-cancel-button" class="export-cancel" @click=${onCancel}>${localizer.term('print.cancel')}</button>`
        : nothing}
    </div>
  </div>`;
}

/** Why a download or print failed: the sentence as an alert, the technical reason below it, and Close. */
export function renderExportError(headline: string, detail: string, localizer: Localizer, onClose: () => void): TemplateResult {
  return html`<div class="overlay">
    <div part="export-error" class="message export-error">
      <span role="alert">${headline}${detail ? html` <span class="export-error-detail">${detail}</span>` : nothing}</span>
      <button type="button" class="export-error-close" @click=${onClose}>${localizer.term('export.close')}</button>
    </div>
  </div>`;
}
