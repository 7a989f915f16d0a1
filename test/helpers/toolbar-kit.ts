/** Finding and pressing things in the built-in toolbar, as a person would: by what is on screen. */
import { sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { IpvToolbar } from '../../src/ui/toolbar.component.js';

export function toolbarOf(viewer: InstantPdfViewer): IpvToolbar {
  return viewer.shadowRoot!.querySelector('ipv-toolbar')!;
}

/** Ids of every tool the viewer has registered (what the toolbar is given). */
export function registeredToolIds(viewer: InstantPdfViewer): string[] {
  return toolbarOf(viewer).tools.map((tool) => tool.id);
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Waits for the viewer and the toolbar to update and the toolbar's layout to settle (it measures in the next frame). */
export async function toolbarSettled(viewer: InstantPdfViewer): Promise<IpvToolbar> {
  const toolbar = toolbarOf(viewer);
  for (let i = 0; i < 3; i++) {
    await viewer.updateComplete;
    await toolbar.updateComplete;
    await frame();
  }
  return toolbar;
}

export function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

export async function clickCentre(element: Element): Promise<void> {
  await sendMouse({ type: 'click', position: centre(element) });
}

/** How to reach an item: its own button in the row, or a menu button and the item in that menu. */
export interface ItemPath {
  readonly button: HTMLElement;
  /** Set when the item is in a menu: `button` opens the menu. */
  readonly menu?: HTMLElement;
}

/** Where the item with `data-id` `key` (`tool:ink`, `button:undo`) is: in the row, or in which menu. */
export function itemPath(viewer: InstantPdfViewer, key: string): ItemPath | undefined {
  const toolbar = toolbarOf(viewer);
  const direct = toolbar.querySelector<HTMLElement>(`.toolbar-items > [data-id="${key}"]`);
  if (direct) return { button: direct };
  const item = toolbar.querySelector<HTMLElement>(`.toolbar-menu [data-id="${key}"]`);
  const menu = item?.closest<HTMLElement>('[data-menu]');
  if (!menu) return undefined;
  const button = toolbar.querySelector<HTMLElement>(`[data-menu-button="${menu.dataset['menu']}"]`);
  return button ? { button, menu } : undefined;
}

export function menuItem(menu: HTMLElement, key: string): HTMLElement {
  return menu.querySelector<HTMLElement>(`[data-id="${key}"]`)!;
}

/**
 * Whether tool `id` shows as active where a person sees it: its own button
 * pressed, or the button of the menu it is in pressed and showing its icon.
 */
export function shownActive(viewer: InstantPdfViewer, id: string): boolean {
  const path = itemPath(viewer, `tool:${id}`);
  if (!path) return false;
  if (path.button.getAttribute('aria-pressed') !== 'true' || !path.button.checkVisibility()) return false;
  if (!path.menu) return true;
  const own = menuItem(path.menu, `tool:${id}`).querySelector('path')!.getAttribute('d');
  return path.button.querySelector('svg path')!.getAttribute('d') === own && menuItem(path.menu, `tool:${id}`).getAttribute('aria-checked') === 'true';
}

/** Every element of the toolbar strip that is on screen, menus excepted (they float in the top layer). */
export function shownToolbarElements(viewer: InstantPdfViewer): HTMLElement[] {
  const strip = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="toolbar"]')!;
  return [...strip.querySelectorAll<HTMLElement>('*')].filter((element) => !element.closest('[popover]') && element.getClientRects().length > 0 && element.checkVisibility());
}
