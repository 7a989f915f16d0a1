/**
 * Keyboard and zoom gestures for the element, bound to the element and its
 * scroller (never `window`) for as long as the element is connected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { handleViewerKey } from './keyboard-navigation.js';
import type { PageStack, ZoomAnchor } from './page-stack.js';
import { attachZoomGestures } from './zoom-gestures.js';
import { clampScale, stepZoom, type Zoom } from './zoom.js';

export interface ViewerInputHost extends ReactiveControllerHost, HTMLElement {
  goToPage(pageIndex: number): void;
}

export class ViewerInputController implements ReactiveController {
  readonly #host: ViewerInputHost;
  readonly #getStack: () => PageStack | undefined;
  readonly #onZoom: (zoom: Zoom) => void;
  readonly #toolKey: (event: KeyboardEvent) => boolean;
  #connection: AbortController | undefined;
  #gesturesAttached = false;

  /**
   * `onZoom` hears the zoom the stack settled on after a key or gesture;
   * `toolKey` is offered every key first (the active tool, the selection) and
   * returns true when it handled it. One listener for both keeps the order
   * fixed: a tool's arrow keys nudge instead of scrolling.
   */
  constructor(
    host: ViewerInputHost,
    getStack: () => PageStack | undefined,
    onZoom: (zoom: Zoom) => void,
    toolKey: (event: KeyboardEvent) => boolean = () => false,
  ) {
    this.#host = host;
    this.#getStack = getStack;
    this.#onZoom = onZoom;
    this.#toolKey = toolKey;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connection = new AbortController();
    this.#host.addEventListener('keydown', (event) => this.#onKeyDown(event), { signal: this.#connection.signal });
    this.#gesturesAttached = false;
    this.hostUpdated();
  }

  hostUpdated(): void {
    const stack = this.#getStack();
    if (this.#gesturesAttached || !stack || !this.#connection) return;
    this.#gesturesAttached = true;
    attachZoomGestures(
      stack.scroller,
      {
        get scale() {
          return stack.scale;
        },
        zoomTo: (scale, anchor) => this.setZoom(clampScale(scale), anchor),
      },
      this.#connection.signal,
    );
  }

  hostDisconnected(): void {
    this.#connection?.abort();
    this.#connection = undefined;
  }

  setZoom(zoom: Zoom, anchor?: ZoomAnchor): void {
    const stack = this.#getStack();
    if (!stack) return;
    stack.setZoom(zoom, anchor);
    this.#onZoom(stack.zoom);
  }

  zoomBy(direction: 1 | -1): void {
    const stack = this.#getStack();
    if (stack) this.setZoom(stepZoom(stack.scale, direction));
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    if (this.#toolKey(event)) {
      event.preventDefault();
      return;
    }
    const stack = this.#getStack();
    if (!stack) return;
    handleViewerKey(event, {
      pageCount: stack.pageCount,
      currentPage: stack.currentPage,
      scroller: stack.scroller,
      goToPage: (index) => this.#host.goToPage(index),
      zoomBy: (direction) => this.zoomBy(direction),
      resetZoom: () => this.setZoom('auto'),
    });
  }
}
