/**
 * The stamp picker (`part="stamp-picker"`): a button per standard stamp, in
 * its colour, and a custom stamp made of a title and a subtitle. Arrow keys
 * move between stamps, Enter or Space picks one, Escape closes the picker.
 */
import { STAMP_BLUE, STANDARD_STAMPS, type StandardStampType } from '../annotations/stamp-types.js';
import { ToolPopover, type PopoverReference } from './tool-popover.js';
import type { ToolContext } from './tool.js';

export type StampChoice =
  | { readonly stampType: StandardStampType }
  | { readonly stampType: 'Custom'; readonly title: string; readonly subtitle: string };

/** Columns of the stamp grid, for Up and Down. */
const COLUMNS = 2;

export class StampPicker {
  readonly #popover: ToolPopover;
  readonly #buttons: HTMLButtonElement[] = [];
  readonly #title: HTMLInputElement;
  readonly #subtitle: HTMLInputElement;
  #chosen: StandardStampType | 'Custom' | undefined;

  constructor(context: ToolContext, onPick: (choice: StampChoice) => void, onClose: () => void) {
    const doc = context.host.ownerDocument;
    this.#popover = new ToolPopover(context, 'stamp-picker', context.translate('stamp.pickerLabel'), () => this.hide());
    const element = this.#popover.element;
    const list = doc.createElement('div');
    list.className = 'stamp-list';
    list.setAttribute('role', 'group');
    list.setAttribute('aria-label', context.translate('stamp.standard'));
    for (const [type, stamp] of Object.entries(STANDARD_STAMPS) as [StandardStampType, (typeof STANDARD_STAMPS)[StandardStampType]][]) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = stamp.label;
      button.style.color = stamp.color;
      button.dataset['stampType'] = type;
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', () => {
        this.#mark(type);
        onPick({ stampType: type });
      });
      this.#buttons.push(button);
      list.append(button);
    }
    list.addEventListener('keydown', (event) => this.#arrowKey(event));

    const custom = doc.createElement('div');
    custom.className = 'stamp-custom';
    custom.setAttribute('role', 'group');
    custom.setAttribute('aria-label', context.translate('stamp.custom'));
    this.#title = doc.createElement('input');
    this.#title.setAttribute('aria-label', context.translate('stamp.customTitle'));
    this.#title.placeholder = context.translate('stamp.titlePlaceholder');
    this.#subtitle = doc.createElement('input');
    this.#subtitle.setAttribute('aria-label', context.translate('stamp.customSubtitle'));
    this.#subtitle.placeholder = context.translate('stamp.subtitlePlaceholder');
    const use = doc.createElement('button');
    use.type = 'button';
    use.textContent = context.translate('stamp.useCustom');
    use.style.color = STAMP_BLUE;
    const pickCustom = () => {
      const title = this.#title.value.trim();
      if (!title) {
        this.#title.focus();
        return;
      }
      this.#mark('Custom');
      onPick({ stampType: 'Custom', title, subtitle: this.#subtitle.value.trim() });
    };
    use.addEventListener('click', pickCustom);
    for (const input of [this.#title, this.#subtitle]) {
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          pickCustom();
        }
      });
    }
    custom.append(this.#title, this.#subtitle, use);
    element.append(list, custom);

    element.addEventListener('keydown', (event) => {
      // Keys typed in the picker are the picker's, not the viewer's shortcuts.
      event.stopPropagation();
      if (event.key === 'Escape') {
        event.preventDefault();
        this.hide();
        onClose();
      }
    });
  }

  get open(): boolean {
    return this.#popover.open;
  }

  get element(): HTMLElement {
    return this.#popover.element;
  }

  show(reference: PopoverReference): void {
    this.#popover.show(reference);
    const current = this.#buttons.find((button) => button.dataset['stampType'] === this.#chosen) ?? this.#buttons[0];
    current?.focus({ preventScroll: true });
  }

  hide(): void {
    this.#popover.hide();
  }

  remove(): void {
    this.#popover.remove();
  }

  #mark(type: StandardStampType | 'Custom'): void {
    this.#chosen = type;
    for (const button of this.#buttons) button.setAttribute('aria-pressed', String(button.dataset['stampType'] === type));
  }

  #arrowKey(event: KeyboardEvent): void {
    const index = this.#buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS, Home: -index, End: this.#buttons.length - 1 - index }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = Math.min(this.#buttons.length - 1, Math.max(0, index + step));
    this.#buttons[next]!.focus();
  }
}
