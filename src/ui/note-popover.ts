/**
 * The popover that shows a note's text next to its icon (@floating-ui/dom),
 * flipping and shifting to stay inside the viewer. Opened by click, Enter or
 * focus on the note; closed by Escape, a click elsewhere, or the note going
 * away. The text is set as text, never parsed as HTML.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { css } from 'lit';
import { plainText } from '../annotations/plain-text.js';
import type { Localizer } from '../i18n/localize.js';
import type { Annotation, RichText } from '../model/index.js';

export const notePopoverStyles = css`
  .note-popover {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 4;
    box-sizing: border-box;
    max-width: min(320px, calc(100% - 16px));
    max-height: min(320px, calc(100% - 16px));
    overflow: auto;
    padding: 8px 12px;
  }
  .note-popover[hidden] {
    display: none;
  }
  .note-popover .note-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 8px;
    margin-bottom: 4px;
  }
  .note-popover .note-author {
    font-weight: 600;
  }
  .note-popover .note-date {
    font-size: 0.9em;
    opacity: 0.8;
  }
  .note-popover:focus-visible {
    outline: 2px solid var(--ipv-accent-color);
    outline-offset: 1px;
  }
  @media (forced-colors: active) {
    .note-popover {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .note-popover:focus-visible {
      outline-color: Highlight;
    }
  }
  .note-popover .note-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .note-popover .note-text:empty::before {
    content: attr(data-empty);
    font-style: italic;
    opacity: 0.7;
  }
`;

export class NotePopover {
  readonly element: HTMLDivElement;
  readonly #heading: HTMLDivElement;
  readonly #author: HTMLSpanElement;
  readonly #date: HTMLTimeElement;
  readonly #text: HTMLDivElement;
  readonly #boundary: HTMLElement;
  readonly #localizer: () => Localizer;
  #anchor: HTMLElement | SVGElement | undefined;
  #annotationId: string | undefined;
  #stopUpdates: (() => void) | undefined;
  readonly #abort = new AbortController();

  /**
   * `container` holds the popover; `boundary` is the area it stays inside;
   * `localizer` gives the viewer's current language (read at each `show`).
   */
  constructor(container: HTMLElement, boundary: HTMLElement, localizer: () => Localizer) {
    this.#boundary = boundary;
    this.#localizer = localizer;
    const doc = container.ownerDocument;
    this.element = doc.createElement('div');
    this.element.className = 'note-popover';
    this.element.setAttribute('part', 'note-popover');
    this.element.setAttribute('role', 'dialog');
    this.element.hidden = true;
    this.#heading = doc.createElement('div');
    this.#heading.className = 'note-heading';
    this.#author = doc.createElement('span');
    this.#author.className = 'note-author';
    this.#date = doc.createElement('time');
    this.#date.className = 'note-date';
    this.#heading.append(this.#author, this.#date);
    this.#text = doc.createElement('div');
    this.#text.className = 'note-text';
    this.element.append(this.#heading, this.#text);
    container.append(this.element);

    const signal = this.#abort.signal;
    const root = container.getRootNode() as ShadowRoot | Document;
    root.addEventListener(
      'pointerdown',
      (event) => {
        const path = event.composedPath();
        if (!path.includes(this.element) && !(this.#anchor && path.includes(this.#anchor))) this.hide();
      },
      { signal, capture: true },
    );
    root.addEventListener(
      'keydown',
      (event) => {
        if ((event as KeyboardEvent).key !== 'Escape' || this.element.hidden) return;
        event.stopPropagation();
        event.preventDefault();
        const anchor = this.#anchor;
        this.hide();
        anchor?.focus();
      },
      { signal },
    );
  }

  /** Id of the annotation shown, if open. */
  get annotationId(): string | undefined {
    return this.#annotationId;
  }

  show(annotation: Annotation, anchor: HTMLElement | SVGElement): void {
    const localizer = this.#localizer();
    const text = (annotation as { text?: string | RichText }).text;
    const when = annotation.updatedAt ?? annotation.createdAt;
    const date = localizer.date(when);
    this.#author.textContent = annotation.creatorName ?? '';
    this.#author.hidden = !annotation.creatorName;
    this.#date.textContent = date;
    this.#date.hidden = !date;
    if (date && when) this.#date.dateTime = when;
    this.#heading.hidden = !annotation.creatorName && !date;
    this.#text.textContent = plainText(text);
    // Shown by CSS when the text is empty, so screen readers get it from the attribute too.
    this.#text.setAttribute('data-empty', localizer.term('note.empty'));
    this.element.setAttribute(
      'aria-label',
      annotation.creatorName ? localizer.term('note.labelBy', { name: annotation.creatorName }) : localizer.term('note.label'),
    );
    if (this.#anchor !== anchor) {
      this.#stopUpdates?.();
      this.#anchor = anchor;
      this.#stopUpdates = autoUpdate(anchor, this.element, () => void this.#position(anchor));
    }
    this.#annotationId = annotation.id;
    this.element.hidden = false;
    anchor.setAttribute('aria-expanded', 'true');
  }

  hide(): void {
    if (this.element.hidden) return;
    this.#stopUpdates?.();
    this.#stopUpdates = undefined;
    this.#anchor?.setAttribute('aria-expanded', 'false');
    this.#anchor = undefined;
    this.#annotationId = undefined;
    this.element.hidden = true;
  }

  destroy(): void {
    this.hide();
    this.#abort.abort();
    this.element.remove();
  }

  async #position(anchor: HTMLElement | SVGElement): Promise<void> {
    if (!anchor.isConnected) {
      this.hide();
      return;
    }
    const { x, y } = await computePosition(anchor, this.element, {
      placement: 'right-start',
      middleware: [offset(6), flip({ boundary: this.#boundary }), shift({ boundary: this.#boundary, padding: 8 })],
    });
    if (this.#anchor !== anchor) return;
    this.element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }
}
