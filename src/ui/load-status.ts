/** What the element shows while a document loads or when it cannot: progress, an error, a password prompt. */
import { html, nothing, type TemplateResult } from 'lit';

/**
 * A thin bar at the top; `fraction` null means the size is unknown (indeterminate).
 * The width goes through the `style` property (CSSOM), not the `style` attribute,
 * which a Content-Security-Policy without 'unsafe-inline' blocks.
 */
export function renderProgress(fraction: number | null): TemplateResult {
  const percent = fraction === null ? null : Math.round(fraction * 100);
  return html`<div
    part="progress"
    class="progress"
    role="progressbar"
    aria-label="Loading document"
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${percent === null ? nothing : percent}
    ?data-indeterminate=${percent === null}
    .style=${percent === null ? '' : `--progress:${percent}%`}
  >
    <div></div>
  </div>`;
}

/** The reason a document could not be shown, as text (never markup). */
export function renderError(message: string): TemplateResult {
  return html`<div class="overlay"><div part="error" class="message" role="alert">${message}</div></div>`;
}

/** Asks for a PDF's password; `onSubmit` gets what the person typed. */
export function renderPasswordPrompt(message: string, onSubmit: (password: string) => void): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('password') as HTMLInputElement;
    onSubmit(input.value);
  };
  return html`<div class="overlay">
    <form part="password-prompt" class="message password-prompt" @submit=${submit}>
      <span class="problem" role="alert">${message}</span>
      <div class="row">
        <input name="password" type="password" autocomplete="current-password" aria-label="Password" required autofocus />
        <button type="submit">Open</button>
      </div>
    </form>
  </div>`;
}
