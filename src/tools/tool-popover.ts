/**
 * A popover a tool opens next to a point of the page (note editor, stamp
 * picker): placed with @floating-ui/dom, flipping and shifting to stay on
 * screen, inside the viewer's shadow root so the viewer's styles apply.
 * It reports a press anywhere else in the viewer, and focus leaving it for
 * somewhere outside the viewer, through `onOutside`.
 */
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import type { Rect } from '../model/index.js';
import { clientRectOf } from './page-point.js';
import type { ToolContext } from './tool.js';

/** Where a popover points: a floating-ui virtual element. */
export type PopoverReference = VirtualElement;

export class ToolPopover {
  readonly element: HTMLDivElement;
  #stopUpdates: (() => void) | undefined;
  #listeners: AbortController | undefined;
  readonly #onOutside: () => void;

  constructor(context: ToolContext, part: string, label: string, onOutside: () => void) {
    const root = context.host.shadowRoot ?? context.host;
    this.element = context.host.ownerDocument.createElement('div');
    this.element.className = 'tool-popover';
    this.element.setAttribute('part', part);
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-label', label);
    this.element.hidden = true;
    this.#onOutside = onOutside;
    root.append(this.element);
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  show(reference: PopoverReference): void {
    this.#stopUpdates?.();
    this.#listeners?.abort();
    this.element.hidden = false;
    const floating = this.element;
    this.#stopUpdates = autoUpdate(reference, floating, () => {
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'right-start',
        middleware: [offset(8), flip({ fallbackPlacements: ['left-start', 'bottom-start', 'top-start'] }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    });
    const listeners = new AbortController();
    this.#listeners = listeners;
    const root = floating.getRootNode();
    // Bubble phase: the active tool sees the press on the page first.
    root.addEventListener(
      'pointerdown',
      (event) => {
        if (!event.composedPath().includes(floating)) this.#onOutside();
      },
      { signal: listeners.signal },
    );
    floating.addEventListener(
      'focusout',
      (event) => {
        const next = (event as FocusEvent).relatedTarget;
        // Focus moving within the popover, or nowhere yet (a press inside the viewer, handled above), is not leaving.
        if (next instanceof Node && !floating.contains(next)) this.#onOutside();
      },
      { signal: listeners.signal },
    );
  }

  hide(): void {
    this.#stopUpdates?.();
    this.#stopUpdates = undefined;
    this.#listeners?.abort();
    this.#listeners = undefined;
    this.element.hidden = true;
  }

  remove(): void {
    this.hide();
    this.element.remove();
  }
}

/** A reference for the popover at a fixed client rectangle. */
export function clientReference(rect: { left: number; top: number; width: number; height: number }): PopoverReference {
  return { getBoundingClientRect: () => new DOMRect(rect.left, rect.top, rect.width, rect.height) };
}

/**
 * A reference at a box of a page (page points), read again each time the
 * popover is placed. The page is its context element, so the popover
 * follows the page when it scrolls and when a zoom resizes it.
 */
export function pageReference(context: ToolContext, pageIndex: number, bbox: Rect): PopoverReference {
  const page = context.pageElement(pageIndex);
  return {
    getBoundingClientRect: () => {
      const { left, top, width, height } = clientRectOf(context, pageIndex, bbox);
      return new DOMRect(left, top, width, height);
    },
    ...(page ? { contextElement: page } : {}),
  };
}
