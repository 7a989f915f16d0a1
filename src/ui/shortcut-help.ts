/**
 * The keyboard shortcut list that `?` opens: a modal `<dialog>` in the
 * viewer's shadow root (role dialog, named by its heading, focus inside while
 * open, Escape or Close shuts it and focus goes back where it was).
 *
 * The list names the keys the viewer really handles; keep it in step with
 * tool-controller.ts (undo/redo, Escape), selection-commands.ts (delete,
 * nudge, copy/paste/duplicate, select all, Tab), the tools' own keys
 * (point-path-tool.ts, drag-shape-tool.ts, stamp-tool.ts) and
 * keyboard-navigation.ts (pages, scrolling, zoom) and the element (print). Key names are localized
 * (Strg, Entf in German), and the primary modifier is ⌘ on Apple platforms.
 */
import { css, html, render, type TemplateResult } from 'lit';
import type { Localizer, TranslationKey } from '../i18n/localize.js';
import { keyBelongsToControl } from '../viewer/input-targets.js';

/** One shortcut: alternative key combinations (each a list of keys pressed together) and what they do. */
interface Shortcut {
  readonly keys: ReadonlyArray<readonly Key[]>;
  readonly does: TranslationKey;
}

/** A key as shown: `mod` is Ctrl, or ⌘ on Apple platforms; other names are translated or shown as they are. */
type Key = 'mod' | 'shift' | 'delete' | 'backspace' | 'escape' | 'enter' | 'tab' | 'space' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'arrows' | string;

interface ShortcutGroup {
  readonly title: TranslationKey;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'shortcuts.editing',
    shortcuts: [
      { keys: [['mod', 'Z']], does: 'shortcuts.undo' },
      { keys: [['mod', 'shift', 'Z'], ['mod', 'Y']], does: 'shortcuts.redo' },
      { keys: [['mod', 'A']], does: 'shortcuts.selectAll' },
      { keys: [['tab'], ['shift', 'tab']], does: 'shortcuts.nextAnnotation' },
      { keys: [['delete'], ['backspace']], does: 'shortcuts.delete' },
      { keys: [['arrows']], does: 'shortcuts.nudge' },
      { keys: [['shift', 'arrows']], does: 'shortcuts.nudgeMore' },
      { keys: [['mod', 'C']], does: 'shortcuts.copy' },
      { keys: [['mod', 'V']], does: 'shortcuts.paste' },
      { keys: [['mod', 'D']], does: 'shortcuts.duplicate' },
      { keys: [['escape']], does: 'shortcuts.escape' },
    ],
  },
  {
    title: 'shortcuts.drawing',
    shortcuts: [
      { keys: [['enter']], does: 'shortcuts.placeShape' },
      { keys: [['enter']], does: 'shortcuts.finishPath' },
      { keys: [['backspace']], does: 'shortcuts.removePoint' },
      { keys: [['S']], does: 'shortcuts.stampPicker' },
    ],
  },
  {
    title: 'shortcuts.navigation',
    shortcuts: [
      { keys: [['pageDown'], ['pageUp']], does: 'shortcuts.nextPage' },
      { keys: [['home'], ['end']], does: 'shortcuts.firstLastPage' },
      { keys: [['arrows']], does: 'shortcuts.scroll' },
      { keys: [['space'], ['shift', 'space']], does: 'shortcuts.scrollScreen' },
      { keys: [['mod', '+'], ['mod', '−']], does: 'shortcuts.zoom' },
      { keys: [['mod', '0']], does: 'shortcuts.zoomReset' },
      { keys: [['mod', 'P']], does: 'shortcuts.print' },
      { keys: [['?']], does: 'shortcuts.help' },
    ],
  },
];

const KEY_NAMES: Readonly<Record<string, TranslationKey>> = {
  shift: 'key.shift',
  delete: 'key.delete',
  backspace: 'key.backspace',
  escape: 'key.escape',
  enter: 'key.enter',
  tab: 'key.tab',
  space: 'key.space',
  pageUp: 'key.pageUp',
  pageDown: 'key.pageDown',
  home: 'key.home',
  end: 'key.end',
  arrows: 'key.arrows',
};

/** Whether the primary modifier is ⌘ (Apple platforms), as in input-targets.ts. */
export const APPLE_PLATFORM = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** How `key` is shown: ⌘ or Ctrl (Strg) for `mod`, a translated name, or the key itself. */
export function keyLabel(key: Key, localizer: Localizer, apple: boolean): string {
  if (key === 'mod') return apple ? '⌘' : localizer.term('key.ctrl');
  const name = KEY_NAMES[key];
  return name ? localizer.term(name) : key;
}

/** The list's content: a heading with a Close button, then one description list per group. */
export function shortcutListTemplate(localizer: Localizer, apple: boolean, onClose: () => void): TemplateResult {
  const combination = (keys: readonly Key[]) =>
    html`<span class="combination">${keys.map((key, i) => html`${i ? html`<span class="plus">+</span>` : ''}<kbd>${keyLabel(key, localizer, apple)}</kbd>`)}</span>`;
  // Close sits beside the title: it takes focus on opening, and the list then shows from its top.
  return html`
    <div class="shortcut-help-heading">
      <h2 id="ipv-shortcut-help-title">${localizer.term('shortcuts.title')}</h2>
      <button type="button" class="shortcut-help-close" autofocus @click=${onClose}>${localizer.term('shortcuts.close')}</button>
    </div>
    ${SHORTCUT_GROUPS.map(
      (group) => html`<section>
        <h3>${localizer.term(group.title)}</h3>
        <dl>
          ${group.shortcuts.map(
            (shortcut) =>
              html`<div class="shortcut">
                <dt>${shortcut.keys.map((keys, i) => html`${i ? html`<span class="or"> ${localizer.term('shortcuts.or')} </span>` : ''}${combination(keys)}`)}</dt>
                <dd>${localizer.term(shortcut.does)}</dd>
              </div>`,
          )}
        </dl>
      </section>`,
    )}
  `;
}

export const shortcutHelpStyles = css`
  .shortcut-help {
    box-sizing: border-box;
    width: min(560px, calc(100vw - 16px));
    max-height: calc(100vh - 32px);
    overflow: auto;
    padding: 12px 16px;
    /* Border, background, colour, shadow and font: popover-surface.styles.ts. */
  }
  .shortcut-help::backdrop {
    background: rgb(0 0 0 / 0.3);
  }
  .shortcut-help-heading {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    margin-bottom: 4px;
  }
  .shortcut-help h2 {
    margin: 0;
    font-size: 1.2em;
  }
  .shortcut-help h3 {
    margin: 12px 0 4px;
    font-size: 1em;
  }
  .shortcut-help dl {
    margin: 0;
  }
  .shortcut-help .shortcut {
    display: grid;
    grid-template-columns: minmax(10em, 2fr) 3fr;
    gap: 12px;
    padding: 3px 0;
    border-top: 1px solid var(--ipv-border-color);
  }
  .shortcut-help dt,
  .shortcut-help dd {
    margin: 0;
  }
  .shortcut-help kbd {
    display: inline-block;
    min-width: 1.2em;
    padding: 0 4px;
    border: 1px solid var(--ipv-border-color);
    border-radius: var(--ipv-control-radius, 4px);
    background: var(--ipv-control-background, #fff);
    font: inherit;
    text-align: center;
  }
  .shortcut-help .plus {
    margin: 0 3px;
  }
  .shortcut-help .plus,
  .shortcut-help .or {
    opacity: 0.75;
  }
  .shortcut-help .combination {
    white-space: nowrap;
  }
  @media (max-width: 480px) {
    .shortcut-help .shortcut {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  @media (forced-colors: active) {
    .shortcut-help {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;

/**
 * Opens and closes the list in a viewer's shadow root. `handleKey` is
 * offered the viewer's keys after the tools (see viewer-input-controller.ts)
 * and takes `?`, unless it was typed into a field.
 */
export class ShortcutHelp {
  readonly #root: () => ShadowRoot | null;
  readonly #localizer: () => Localizer;
  readonly #apple: boolean;
  #dialog: HTMLDialogElement | undefined;
  #returnFocus: HTMLElement | undefined;

  constructor(root: () => ShadowRoot | null, localizer: () => Localizer, apple = APPLE_PLATFORM) {
    this.#root = root;
    this.#localizer = localizer;
    this.#apple = apple;
  }

  get isOpen(): boolean {
    return this.#dialog?.open === true;
  }

  /** Takes `?` (Shift+/ on a US layout, whatever key makes it elsewhere), unless it was typed into a field. */
  handleKey(event: KeyboardEvent): boolean {
    if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || this.isOpen) return false;
    if (keyBelongsToControl(event)) return false;
    this.open();
    return true;
  }

  open(): void {
    const root = this.#root();
    if (!root || this.isOpen) return;
    this.#returnFocus = deepActiveElement(root.ownerDocument);
    const dialog = root.ownerDocument.createElement('dialog');
    dialog.className = 'shortcut-help';
    dialog.setAttribute('part', 'shortcut-help');
    dialog.setAttribute('aria-labelledby', 'ipv-shortcut-help-title');
    // Its keys are its own: Escape closes it, and must not also leave the tool or the selection.
    dialog.setAttribute('data-own-keys', '');
    dialog.addEventListener('close', () => this.#closed(dialog));
    render(shortcutListTemplate(this.#localizer(), this.#apple, () => dialog.close()), dialog);
    root.append(dialog);
    this.#dialog = dialog;
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('.shortcut-help-close')?.focus();
  }

  close(): void {
    this.#dialog?.close();
  }

  #closed(dialog: HTMLDialogElement): void {
    dialog.remove();
    if (this.#dialog === dialog) this.#dialog = undefined;
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
  }
}

/** The focused element, looking into shadow roots (the viewer's own, or a toolbar button's). */
function deepActiveElement(doc: Document): HTMLElement | undefined {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
