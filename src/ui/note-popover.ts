/**
 * The popover that shows a note's text next to its icon (@floating-ui/dom),
 * flipping and shifting to stay inside the viewer. Opened by click, Enter or
 * focus on the note; closed by Escape, a click elsewhere, or the note going
 * away. The text is set as text, never parsed as HTML.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { css } from 'lit';
import { plainText } from '../annotations/plain-text.js';
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
    border: 1px solid var(--ipv-border-color);
    border-radius: var(--ipv-radius, 6px);
    background: var(--ipv-popover-background, #fff);
    color: var(--ipv-popover-color, #202124);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    font: var(--ipv-font-size) / 1.4 var(--ipv-font-family);
  }
  .note-popover[hidden] {
    display: none;
  }
  .note-popover .note-author {
    font-weight: 600;
    margin-bottom: 4px;
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
  readonly #author: HTMLDivElement;
  readonly #text: HTMLDivElement;
  readonly #boundary: HTMLElement;
  #anchor: HTMLElement | SVGElement | undefined;
  #annotationId: string | undefined;
  #stopUpdates: (() => void) | undefined;
  readonly #abort = new AbortController();

  /** `container` holds the popover; `boundary` is the area it stays inside. */
  constructor(container: HTMLElement, boundary: HTMLElement) {
    this.#boundary = boundary;
    const doc = container.ownerDocument;
    this.element = doc.createElement('div');
    this.element.className = 'note-popover';
    this.element.setAttribute('part', 'note-popover');
    this.element.setAttribute('role', 'dialog');
    this.element.hidden = true;
    this.#author = doc.createElement('div');
    this.#author.className = 'note-author';
    this.#text = doc.createElement('div');
    this.#text.className = 'note-text';
    this.#text.setAttribute('data-empty', 'No text');
    this.element.append(this.#author, this.#text);
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
    const text = (annotation as { text?: string | RichText }).text;
    this.#author.textContent = annotation.creatorName ?? '';
    this.#author.hidden = !annotation.creatorName;
    this.#text.textContent = plainText(text);
    this.element.setAttribute('aria-label', annotation.creatorName ? `Note by ${annotation.creatorName}` : 'Note');
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
