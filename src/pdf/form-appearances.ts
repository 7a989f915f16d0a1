/**
 * What the page canvas draws of form widgets, set through pdf.js's annotation
 * storage (pages are rendered in its storage mode, see page-view.ts):
 *
 * - Text fields and combo boxes are drawn empty (`value: ''`): pdf.js then
 *   draws their box from `/MK` (background, border) without any text, and
 *   the transparent control on top shows the value. The PDF's own appearance
 *   would show the PDF's value under the control once it changed.
 * - List boxes and password fields are left off the canvas (`noView`): pdf.js
 *   draws a list's options and ignores a password field's value, so their
 *   control draws the whole widget.
 * - Checkboxes and radio buttons keep the PDF's own on and off appearances;
 *   `value: true/false` tells pdf.js which one to draw, so the canvas shows
 *   the model's state and the control on top only takes input.
 * - Push buttons and signature fields are drawn as the PDF has them.
 *
 * original-appearances.ts uses the same storage for edited or deleted
 * annotations, and drops a key as a whole when it shows an annotation again;
 * `apply` writes every entry again, so call it after that has run.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';

/** The part of pdf.js's AnnotationStorage this module uses. */
interface WidgetStorage {
  /** Merges `value` into the key's entry; a no-op when nothing differs. */
  setValue(key: string, value: Record<string, unknown>): void;
}

/** pdf.js's id of an annotation object; generation 0 is the rule (see original-appearances.ts). */
function pdfjsId(objectNumber: number): string {
  return `${objectNumber}R`;
}

export class FormAppearances {
  readonly #storage: WidgetStorage;
  /** Widgets the canvas leaves out. */
  readonly #controlDrawn = new Set<number>();
  /** Widgets the canvas draws without their value. */
  readonly #blank = new Set<number>();
  /** Checkbox and radio widgets: whether the canvas draws them on. */
  readonly #checked = new Map<number, boolean>();

  constructor(document: Pick<PDFDocumentProxy, 'annotationStorage'>) {
    this.#storage = document.annotationStorage as unknown as WidgetStorage;
  }

  /** Draws these text or combo widgets' box, but not their value, on every canvas drawn from now on. */
  drawBlank(objectNumbers: Iterable<number>): void {
    for (const objectNumber of objectNumbers) {
      this.#blank.add(objectNumber);
      this.#write(objectNumber, { value: '' });
    }
  }

  /** Leaves these widgets off every canvas drawn from now on. */
  leaveOff(objectNumbers: Iterable<number>): void {
    for (const objectNumber of objectNumbers) {
      this.#controlDrawn.add(objectNumber);
      this.#write(objectNumber, { noView: true });
    }
  }

  /** Draws a checkbox or radio widget on or off; true when that changes what the next canvas shows. */
  setChecked(objectNumber: number, checked: boolean): boolean {
    if (this.#checked.get(objectNumber) === checked) return false;
    this.#checked.set(objectNumber, checked);
    this.#write(objectNumber, { value: checked });
    return true;
  }

  /** Writes every entry again (after another writer of the storage may have dropped one). */
  apply(): void {
    for (const objectNumber of this.#controlDrawn) this.#write(objectNumber, { noView: true });
    for (const objectNumber of this.#blank) this.#write(objectNumber, { value: '' });
    for (const [objectNumber, checked] of this.#checked) this.#write(objectNumber, { value: checked });
  }

  #write(objectNumber: number, entry: Record<string, unknown>): void {
    this.#storage.setValue(pdfjsId(objectNumber), entry);
  }
}
