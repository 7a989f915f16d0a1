/**
 * Reading loose PDF values without trusting their types: a form written by
 * another tool may hold a number where a string belongs, a direct object
 * where a reference is usual, or nothing at all. Each helper answers
 * `undefined` rather than throwing, so one odd field cannot stop a save.
 */
import type { PDFArray, PDFDict, PDFName, PDFObject, PdfLib } from '../pdf-lib.js';

export class PdfValues {
  constructor(readonly lib: PdfLib) {}

  name(key: string): PDFName {
    return this.lib.PDFName.of(key);
  }

  /** The object under `key`, references followed. */
  get(dict: PDFDict, key: string): PDFObject | undefined {
    try {
      return dict.lookup(this.name(key));
    } catch {
      // pdf-lib throws for a reference to a missing or unparsable object.
      return undefined;
    }
  }

  dict(dict: PDFDict, key: string): PDFDict | undefined {
    const value = this.get(dict, key);
    return value instanceof this.lib.PDFDict ? value : undefined;
  }

  array(dict: PDFDict, key: string): PDFArray | undefined {
    const value = this.get(dict, key);
    return value instanceof this.lib.PDFArray ? value : undefined;
  }

  number(dict: PDFDict, key: string): number | undefined {
    return this.asNumber(this.get(dict, key));
  }

  /** A name's text without the slash (`/Yes` → `Yes`). */
  nameText(dict: PDFDict, key: string): string | undefined {
    const value = this.get(dict, key);
    return value instanceof this.lib.PDFName ? value.decodeText() : undefined;
  }

  /** A text string (literal or hex, PDFDocEncoding or UTF-16). */
  text(dict: PDFDict, key: string): string | undefined {
    return this.asText(this.get(dict, key));
  }

  asText(value: PDFObject | undefined): string | undefined {
    const { PDFString, PDFHexString } = this.lib;
    return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
  }

  asNumber(value: PDFObject | undefined): number | undefined {
    if (!(value instanceof this.lib.PDFNumber)) return undefined;
    const number = value.asNumber();
    return Number.isFinite(number) ? number : undefined;
  }

  /** An item of an array, references followed (undefined when unreadable). */
  item(array: PDFArray, index: number): PDFObject | undefined {
    try {
      return array.lookup(index);
    } catch {
      return undefined;
    }
  }

  /** The items of an array, references followed (unreadable items as undefined). */
  items(array: PDFArray): (PDFObject | undefined)[] {
    const items: (PDFObject | undefined)[] = [];
    for (let index = 0; index < array.size(); index++) items.push(this.item(array, index));
    return items;
  }

  /** An array of numbers (colour components, rectangles); non-numbers make it undefined. */
  numbers(dict: PDFDict, key: string): number[] | undefined {
    const array = this.array(dict, key);
    if (!array) return undefined;
    const numbers = this.items(array).map((item) => this.asNumber(item));
    return numbers.every((item): item is number => item !== undefined) ? numbers : undefined;
  }
}
