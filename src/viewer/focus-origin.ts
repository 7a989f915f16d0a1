/**
 * Whether the viewer's focus came from a pointer or from the keyboard, as the
 * custom state `pointer-focus` (`:host(:state(pointer-focus))`): the viewer
 * focuses itself after a press on a page so that Delete, arrows and Ctrl+Z
 * work, and Chromium may count that programmatic focus as `:focus-visible`,
 * framing the whole element. The styles draw the host's ring only without
 * this state. A key pressed in the viewer clears it (from then on the ring
 * helps), and so does focus leaving the viewer.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const STATE = 'pointer-focus';

export class FocusOriginController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #states: CustomStateSet | undefined;
  #connection: AbortController | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, internals: ElementInternals) {
    this.#host = host;
    this.#states = internals.states;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    const states = this.#states;
    if (!states) return;
    this.#host.addEventListener('pointerdown', () => states.add(STATE), { capture: true, signal });
    this.#host.addEventListener('keydown', () => states.delete(STATE), { capture: true, signal });
    // Leaving the viewer forgets how focus came: the next Tab into it shows the ring.
    this.#host.addEventListener(
      'focusout',
      (event) => {
        const next = event.relatedTarget;
        if (!(next instanceof Node) || !this.#host.contains(next)) states.delete(STATE);
      },
      { signal },
    );
  }

  hostDisconnected(): void {
    this.#connection?.abort();
    this.#connection = undefined;
  }
}
