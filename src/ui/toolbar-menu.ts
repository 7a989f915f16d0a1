/**
 * The menus of the toolbar ("More" and the tool groups): each is a `popover`
 * in the top layer, so no `overflow` of the viewer or the page clips it, placed
 * below its button with @floating-ui/dom. One menu is open at a time.
 *
 * Keyboard, as the WAI-ARIA menu button pattern has it: Enter, Space or
 * ArrowDown on the button open the menu on its first item (ArrowUp on its
 * last); arrows, Home and End move; Escape closes it and returns focus to the
 * button; Tab closes it and moves on from the button. A press outside closes
 * it (the popover's light dismiss).
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export type MenuFocus = 'first' | 'last';

export class ToolbarMenuController implements ReactiveController {
  readonly #host: Host;
  /** Key of the open menu (`more`, `group:shapes`); the host renders `aria-expanded` from it. */
  #openKey: string | undefined;
  #stopPlacing: (() => void) | undefined;
  /** Whether the menu of the button under a pointer press was open when the press began. */
  #pressedOpen: string | undefined;
  /** Where focus goes when a menu closes and its button is gone: the viewer. */
  readonly #fallbackFocus: () => void;

  constructor(host: Host, fallbackFocus: () => void) {
    this.#host = host;
    this.#fallbackFocus = fallbackFocus;
    host.addController(this);
  }

  get openKey(): string | undefined {
    return this.#openKey;
  }

  hostDisconnected(): void {
    this.#stopPlacing?.();
    this.#stopPlacing = undefined;
    this.#openKey = undefined;
  }

  /** After each update: a menu that vanished with a re-render is no longer open. */
  hostUpdated(): void {
    const key = this.#openKey;
    if (key && !this.#menu(key)?.matches(':popover-open')) {
      this.#stopPlacing?.();
      this.#stopPlacing = undefined;
      this.#openKey = undefined;
    }
  }

  buttonPointerDown(key: string): void {
    this.#pressedOpen = this.#openKey === key ? key : undefined;
  }

  buttonClick(key: string): void {
    const wasOpen = this.#pressedOpen === key || this.#openKey === key;
    this.#pressedOpen = undefined;
    if (wasOpen) this.close(key, true);
    else this.open(key, 'first');
  }

  buttonKeyDown(key: string, event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.open(key, event.key === 'ArrowDown' ? 'first' : 'last');
  }

  open(key: string, focus: MenuFocus): void {
    if (this.#openKey && this.#openKey !== key) this.close(this.#openKey, false);
    const menu = this.#menu(key);
    const button = this.#button(key);
    if (!menu || !button) return;
    if (!menu.matches(':popover-open')) {
      // `source` (Chromium 133+; older browsers ignore it) makes the button the invoker: pressing it again closes, not light-dismisses and reopens.
      (menu.showPopover as (options?: { source?: HTMLElement }) => void).call(menu, { source: button });
    }
    this.#openKey = key;
    this.#place(button, menu);
    this.#host.requestUpdate();
    const items = menuItems(menu);
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus({ preventScroll: true });
  }

  close(key: string, returnFocus: boolean): void {
    const menu = this.#menu(key);
    const focusWasInside = !!menu && menu.contains(activeElementOf(menu));
    if (this.#openKey === key) {
      this.#openKey = undefined;
      this.#stopPlacing?.();
      this.#stopPlacing = undefined;
      this.#host.requestUpdate();
    }
    if (menu?.matches(':popover-open')) menu.hidePopover();
    if (returnFocus || focusWasInside) this.#focusButton(key);
  }

  /** The popover's `toggle` event: a light dismiss (a press elsewhere, Escape) closed it. */
  menuToggled(key: string, event: ToggleEvent): void {
    if (event.newState !== 'closed' || this.#openKey !== key) return;
    this.#openKey = undefined;
    this.#stopPlacing?.();
    this.#stopPlacing = undefined;
    this.#host.requestUpdate();
    const menu = this.#menu(key);
    const active = menu ? activeElementOf(menu) : null;
    // Focus that was in the menu falls to <body> when it hides; a press elsewhere moved it already.
    if (!active || menu?.contains(active)) {
      if (document.activeElement === document.body || document.activeElement === null || document.activeElement === this.#viewerHost()) this.#focusButton(key);
    }
  }

  menuKeyDown(key: string, event: KeyboardEvent): void {
    const menu = this.#menu(key);
    if (!menu) return;
    const items = menuItems(menu);
    const index = items.indexOf(event.target as HTMLElement);
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = (index + 1) % items.length;
    else if (event.key === 'ArrowUp') next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close(key, true);
      return;
    } else if (event.key === 'Tab') {
      // Focus goes back to the button, and the Tab's own move continues from there.
      this.close(key, true);
      return;
    } else return;
    event.preventDefault();
    items[next]?.focus();
  }

  #place(button: HTMLElement, menu: HTMLElement): void {
    this.#stopPlacing?.();
    const box = button.getBoundingClientRect();
    menu.style.left = `${box.left}px`;
    menu.style.top = `${box.bottom + 4}px`;
    this.#stopPlacing = autoUpdate(button, menu, () => {
      void computePosition(button, menu, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(4),
          flip({ padding: 4 }),
          shift({ padding: 4 }),
          size({
            padding: 4,
            apply({ availableHeight, availableWidth }) {
              menu.style.maxHeight = `${Math.max(96, Math.floor(availableHeight))}px`;
              menu.style.maxWidth = `${Math.max(120, Math.floor(availableWidth))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        menu.style.left = `${x}px`;
        menu.style.top = `${y}px`;
      });
    });
  }

  #focusButton(key: string): void {
    const button = this.#button(key);
    if (button && !button.matches(':disabled') && button.checkVisibility()) button.focus({ preventScroll: true });
    else this.#fallbackFocus();
  }

  #viewerHost(): Element | null {
    const root = this.#host.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  }

  #menu(key: string): HTMLElement | null {
    return this.#host.querySelector<HTMLElement>(`[data-menu="${CSS.escape(key)}"]`);
  }

  #button(key: string): HTMLElement | null {
    return this.#host.querySelector<HTMLElement>(`[data-menu-button="${CSS.escape(key)}"]`);
  }
}

/** The items a keyboard moves through: enabled entries of the menu, in order. */
export function menuItems(menu: HTMLElement): HTMLElement[] {
  return [...menu.querySelectorAll<HTMLElement>('.menu-item:not(:disabled)')];
}

function activeElementOf(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.activeElement;
}
