/**
 * Which input belongs to the control it happens in rather than to the
 * viewer: form fields, buttons, editors, and menus or popovers marked
 * `data-own-keys`. The tools and page navigation both ask here, so a key
 * that is a button's (Space) or a field's (arrows) is never taken from it.
 */

const CONTROLS = 'input, textarea, select, button, option, [contenteditable=""], [contenteditable="true"]';

/** Whether a press or a key on `element` is the control's own. */
export function isControl(element: EventTarget | undefined): boolean {
  if (!(element instanceof Element)) return false;
  return element.closest(CONTROLS) !== null || (element instanceof HTMLElement && element.isContentEditable);
}

const TEXT_CONTROLS = 'input, textarea, select, option, [contenteditable=""], [contenteditable="true"]';

/**
 * Whether a key event belongs to the control it was pressed in: every key of
 * a field or list, Space and Enter of a button (they press it), every key
 * inside a menu or popover that handles its own (`data-own-keys`). Other
 * keys on a button (Page Down, Ctrl + +, Delete) still reach the viewer.
 */
export function keyBelongsToControl(event: KeyboardEvent): boolean {
  const path = event.composedPath();
  const origin = path[0];
  if (origin instanceof Element) {
    if (origin.closest(TEXT_CONTROLS) || (origin instanceof HTMLElement && origin.isContentEditable)) return true;
    if ((event.key === ' ' || event.key === 'Enter') && origin.closest('button')) return true;
  }
  return path.some((node) => node instanceof Element && node.hasAttribute('data-own-keys'));
}

/** Ctrl, or ⌘ on Apple platforms: the modifier of copy, paste, undo. */
export function primaryModifier(event: { readonly ctrlKey: boolean; readonly metaKey: boolean }): boolean {
  return APPLE ? event.metaKey : event.ctrlKey;
}

const APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
