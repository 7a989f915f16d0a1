/** What the element shows while a document loads or when it cannot: progress, an error, a password prompt. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localize.js';
import type { PdfLoadError } from '../pdf/pdf-load-error.js';

/**
 * A bar across the top of the pages and, below it, a label with the
 * percentage ("Loading document… 42 %"); `fraction` null means the size is
 * unknown (an indeterminate bar, and no number). A 2 px line alone went
 * unnoticed on a slow connection. The width goes through the `style`
 * property (CSSOM), not the `style` attribute, which a
 * Content-Security-Policy without 'unsafe-inline' blocks.
 */
export function renderProgress(fraction: number | null, localizer: Localizer): TemplateResult {
  const percent = fraction === null ? null : Math.round(fraction * 100);
  const label = localizer.term('load.progress');
  return html`<div
      part="progress"
      class="progress"
      role="progressbar"
      aria-label=${label}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${percent === null ? nothing : percent}
      aria-valuetext=${percent === null ? nothing : localizer.percent(percent / 100)}
      ?data-indeterminate=${percent === null}
      .style=${percent === null ? '' : `--progress:${percent}%`}
    >
      <div></div>
    </div>
    <div part="progress-label" class="progress-label" aria-hidden="true">
      <span>${label}</span>${percent === null ? nothing : html`<span class="progress-percent">${localizer.percent(percent / 100)}</span>`}
    </div>`;
}

/**
 * The reason a document could not be shown, in the viewer's language. The
 * `document-error` event keeps the error's own (English, more technical)
 * message for the host's logs.
 */
export function loadErrorText(error: PdfLoadError, localizer: Localizer): string {
  const status = error.status === undefined ? '' : localizer.number(error.status);
  switch (error.kind) {
    case 'password-required':
      return localizer.term('load.passwordRequired');
    case 'password-incorrect':
      return localizer.term('load.passwordIncorrect');
    case 'not-found':
      return localizer.term('error.notFound', { status });
    case 'http':
      return localizer.term('error.http', { status });
    case 'network':
      return localizer.term('error.network');
    case 'invalid-pdf':
      return localizer.term('error.invalidPdf');
    case 'unsupported-source':
      return localizer.term('error.unsupportedSource');
    default:
      return localizer.term('error.unknown');
  }
}

/**
 * The reason a document could not be shown, as text (never markup), with a
 * button that tries the same source again (a network that came back, a
 * server that recovered).
 */
export function renderError(error: PdfLoadError, localizer: Localizer, onRetry: () => void): TemplateResult {
  return html`<div class="overlay">
    <div part="error" class="message error-message">
      <span role="alert">${loadErrorText(error, localizer)}</span>
      <button type="button" part="retry-button" class="retry-button" @click=${onRetry}>${localizer.term('load.retry')}</button>
    </div>
  </div>`;
}

/** Asks for a PDF's password; `onSubmit` gets what the person typed. */
export function renderPasswordPrompt(error: PdfLoadError, localizer: Localizer, onSubmit: (password: string) => void): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('password') as HTMLInputElement;
    onSubmit(input.value);
  };
  return html`<div class="overlay">
    <form part="password-prompt" class="message password-prompt" aria-label=${localizer.term('load.password')} @submit=${submit}>
      <span class="problem" role="alert">${loadErrorText(error, localizer)}</span>
      <div class="row">
        <input
          name="password"
          type="password"
          autocomplete="current-password"
          aria-label=${localizer.term('load.password')}
          required
          autofocus
        />
        <button type="submit">${localizer.term('load.open')}</button>
      </div>
    </form>
  </div>`;
}
