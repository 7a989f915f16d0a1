/**
 * The small form the `link` tool opens next to a drawn rectangle: a URL
 * (http:, https: or mailto: only; `example.com` means https://example.com)
 * or a page number. It lives in the viewer's
 * shadow root and is placed with @floating-ui/dom next to the rectangle.
 * Enter or OK answers; Escape, Cancel or a press elsewhere cancels.
 */
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { css } from 'lit';
import type { Action } from '../model/index.js';
import { Localizer } from '../i18n/localize.js';
import type { ToolContext } from './tool.js';

/** For callers without a viewer (tests, other hosts): the reference English words. */
const ENGLISH = new Localizer('en');

/** Numbers the editors' ids: several viewers on a page never share one. */
let editorCount = 0;

export const linkEditorStyles = css`
  .link-editor {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 5;
    box-sizing: border-box;
    display: grid;
    gap: 6px;
    width: max-content;
    max-width: min(320px, calc(100vw - 16px));
    padding: 8px 10px;
  }
  .link-editor input {
    font: inherit;
    min-width: 16em;
  }
  .link-editor input[aria-invalid='true'] {
    border-color: var(--ipv-error-color);
  }
  .link-editor .link-error {
    color: var(--ipv-error-color);
  }
  .link-editor .link-error:empty {
    display: none;
  }
  .link-editor .link-buttons {
    display: flex;
    justify-content: flex-end;
    gap: 6px;
  }
`;

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * A web address typed without its scheme, as people type them and as
 * browsers' address bars take them: dotted labels ending in a name of two
 * letters or more (`example.com`, `www.bücher.de`), an optional port, then
 * an optional path, query or fragment, and no spaces.
 */
const BARE_HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/u;

/** An e-mail address typed without `mailto:`. */
const BARE_EMAIL = /^[^\s@/:]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}$/u;

/**
 * The absolute URL a typed address stands for: `example.com` is
 * `https://example.com` (the scheme is added, nothing else is changed),
 * `someone@example.com` is `mailto:someone@example.com`, anything else is
 * taken as it was typed. Whatever has a scheme of its own (`javascript:`,
 * `data:`, …) keeps it, so it is refused below, never "fixed" into https.
 */
function withAssumedScheme(value: string): string {
  if (BARE_HOST.test(value)) return `https://${value}`;
  if (BARE_EMAIL.test(value)) return `mailto:${value}`;
  return value;
}

/**
 * What a typed answer means: a whole number is a page (1-based, as people
 * count), anything else must be an http:, https: or mailto: URL; a bare
 * host name or e-mail address gets `https://` or `mailto:` in front.
 */
export function parseLinkTarget(
  text: string,
  pageCount: number,
  translate: ToolContext['translate'] = (key, values) => ENGLISH.term(key, values),
): { action: Action } | { error: string } {
  const value = text.trim();
  if (!value) return { error: translate('link.empty') };
  if (/^\d+$/.test(value)) {
    const page = Number(value);
    if (page < 1 || page > pageCount) return { error: translate('link.noPage', { page, count: pageCount }) };
    return { action: { type: 'goTo', pageIndex: page - 1 } };
  }
  const uri = withAssumedScheme(value);
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return { error: translate('link.notUrl') };
  }
  if (!ALLOWED_SCHEMES.has(url.protocol)) return { error: translate('link.scheme', { scheme: url.protocol }) };
  return { action: { type: 'uri', uri } };
}

export interface LinkEditorOptions {
  /** Where the rectangle is (read again as the page scrolls or zooms; see `pageReference`). */
  readonly anchor: VirtualElement;
  readonly pageCount: number;
  readonly onSubmit: (action: Action) => void;
  readonly onCancel: () => void;
  /** The viewer's words (`ToolContext.translate`); English without it. */
  readonly translate?: ToolContext['translate'];
}

export class LinkEditor {
  readonly element: HTMLFormElement;
  readonly #input: HTMLInputElement;
  readonly #error: HTMLDivElement;
  readonly #abort = new AbortController();
  readonly #stopUpdates: () => void;
  #closed = false;

  constructor(root: ShadowRoot, options: LinkEditorOptions) {
    const doc = root.ownerDocument;
    const translate = options.translate ?? ((key, values) => ENGLISH.term(key, values));
    const form = doc.createElement('form');
    form.className = 'link-editor';
    form.setAttribute('part', 'link-editor');
    form.setAttribute('role', 'dialog');
    form.setAttribute('aria-label', translate('link.formLabel'));
    form.noValidate = true;
    const label = doc.createElement('label');
    const ids = ++editorCount;
    label.htmlFor = `ipv-link-target-${ids}`;
    label.textContent = translate('link.fieldLabel');
    const input = doc.createElement('input');
    input.id = `ipv-link-target-${ids}`;
    input.type = 'text';
    input.placeholder = translate('link.placeholder');
    input.setAttribute('aria-describedby', `ipv-link-error-${ids}`);
    const error = doc.createElement('div');
    error.id = `ipv-link-error-${ids}`;
    error.className = 'link-error';
    error.setAttribute('role', 'alert');
    const buttons = doc.createElement('div');
    buttons.className = 'link-buttons';
    const cancel = doc.createElement('button');
    cancel.type = 'button';
    cancel.textContent = translate('link.cancel');
    const ok = doc.createElement('button');
    ok.type = 'submit';
    ok.textContent = 'OK';
    buttons.append(cancel, ok);
    form.append(label, input, error, buttons);
    this.element = form;
    this.#input = input;
    this.#error = error;

    const signal = this.#abort.signal;
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        const result = parseLinkTarget(input.value, options.pageCount, translate);
        if ('error' in result) {
          this.#showError(result.error);
          return;
        }
        this.close();
        options.onSubmit(result.action);
      },
      { signal },
    );
    input.addEventListener('input', () => this.#showError(''), { signal });
    cancel.addEventListener('click', () => this.#cancel(options), { signal });
    form.addEventListener(
      'keydown',
      (event) => {
        // Kept from the viewer, which would otherwise leave the tool on Escape.
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          this.#cancel(options);
        }
      },
      { signal },
    );
    root.addEventListener(
      'pointerdown',
      (event) => {
        if (!event.composedPath().includes(form)) this.#cancel(options);
      },
      { signal, capture: true },
    );

    root.append(form);
    const reference = options.anchor;
    this.#stopUpdates = autoUpdate(reference, form, () => {
      void computePosition(reference, form, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        form.style.translate = `${Math.round(x)}px ${Math.round(y)}px`;
      });
    });
    input.focus();
  }

  get open(): boolean {
    return !this.#closed;
  }

  #showError(message: string): void {
    this.#error.textContent = message;
    if (message) this.#input.setAttribute('aria-invalid', 'true');
    else this.#input.removeAttribute('aria-invalid');
  }

  #cancel(options: LinkEditorOptions): void {
    if (this.#closed) return;
    this.close();
    options.onCancel();
  }

  /** Removes the form without answering. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#stopUpdates();
    this.#abort.abort();
    this.element.remove();
  }
}
