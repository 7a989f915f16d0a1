/**
 * Which of the PDF's own annotation appearances pdf.js leaves off the canvas.
 *
 * An original annotation that was edited or deleted must disappear from the
 * page image: our drawing of the new version takes its place. pdf.js skips an
 * annotation whose entry in the document's annotation storage says
 * `noView: true` when a page is rendered in its storage mode, so the hidden
 * set is kept there, keyed by pdf.js's annotation id (`"12R"`).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';

/** The part of pdf.js's AnnotationStorage this module uses. */
interface NoViewStorage {
  setValue(key: string, value: { noView: boolean }): void;
  remove(key: string): void;
}

/**
 * pdf.js's id for an annotation object. Generation 0 is the rule for
 * annotation objects (a non-zero one only appears when a writer reuses an
 * object number), so only that form is produced.
 */
function pdfjsId(objectNumber: number): string {
  return `${objectNumber}R`;
}

export class OriginalAppearances {
  readonly #storage: NoViewStorage;
  #hidden: ReadonlySet<number> = new Set();

  constructor(document: Pick<PDFDocumentProxy, 'annotationStorage'>) {
    this.#storage = document.annotationStorage as unknown as NoViewStorage;
  }

  /** Object numbers whose appearance the next render leaves out. Replaced, never mutated. */
  get hidden(): ReadonlySet<number> {
    return this.#hidden;
  }

  /** Makes `next` the hidden set; returns the object numbers whose state changed. */
  setHidden(next: ReadonlySet<number>): number[] {
    const changed: number[] = [];
    for (const objectNumber of next) {
      if (this.#hidden.has(objectNumber)) continue;
      this.#storage.setValue(pdfjsId(objectNumber), { noView: true });
      changed.push(objectNumber);
    }
    for (const objectNumber of this.#hidden) {
      if (next.has(objectNumber)) continue;
      // Removed rather than set to false: `noView: false` would also show an annotation the PDF itself hides.
      this.#storage.remove(pdfjsId(objectNumber));
      changed.push(objectNumber);
    }
    if (changed.length) this.#hidden = new Set(next);
    return changed;
  }
}
