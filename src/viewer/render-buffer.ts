/**
 * The pages that currently hold a canvas, least recently used first. Bounded
 * like pdf.js's PDFPageViewBuffer so memory stays flat however far one scrolls.
 */
export const MIN_BUFFER_SIZE = 10;

export interface BufferedPage {
  readonly index: number;
  evict(): void;
}

export class RenderBuffer<T extends BufferedPage> {
  #pages = new Set<T>();

  get size(): number {
    return this.#pages.size;
  }

  /** Marks a page as just used, evicting the oldest ones beyond `capacity` (never one in `keep`). */
  push(page: T, capacity: number, keep: ReadonlySet<number>): void {
    this.#pages.delete(page);
    this.#pages.add(page);
    this.shrink(capacity, keep);
  }

  /** Re-marks the pages in view as recently used, in view order. */
  touch(pages: Iterable<T>): void {
    for (const page of pages) {
      if (this.#pages.delete(page)) this.#pages.add(page);
    }
  }

  shrink(capacity: number, keep: ReadonlySet<number>): void {
    for (const page of this.#pages) {
      if (this.#pages.size <= capacity) break;
      if (keep.has(page.index)) continue;
      this.#pages.delete(page);
      page.evict();
    }
  }

  delete(page: T): void {
    this.#pages.delete(page);
  }

  clear(): void {
    for (const page of this.#pages) page.evict();
    this.#pages.clear();
  }
}

/** pdf.js's rule: room for twice what is visible, plus one, and never less than ten. */
export function bufferCapacity(visibleCount: number): number {
  return Math.max(MIN_BUFFER_SIZE, 2 * visibleCount + 1);
}
