/**
 * Where each page sits in the scrolling content, and which pages a viewport
 * shows. Pure arithmetic over page sizes so that a 1,000-page document never
 * needs a layout read from the DOM.
 */

/** Space around the page stack and between pages, in CSS pixels. */
export const PAGE_PADDING = 16;
export const PAGE_GAP = 12;

export interface PageRect {
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface VisiblePage {
  readonly index: number;
  /** Visible area in CSS pixels². */
  readonly area: number;
  /** Share of the page's own area that is visible, 0–1. */
  readonly fraction: number;
}

export class PageLayout {
  readonly tops: Float64Array;
  readonly widths: Float64Array;
  readonly heights: Float64Array;
  readonly contentWidth: number;
  readonly contentHeight: number;

  /** @param sizes page sizes in CSS pixels at zoom 1 */
  constructor(sizes: ArrayLike<{ width: number; height: number }>, cssScale: number) {
    const count = sizes.length;
    this.tops = new Float64Array(count);
    this.widths = new Float64Array(count);
    this.heights = new Float64Array(count);
    let top = PAGE_PADDING;
    let maxWidth = 0;
    for (let i = 0; i < count; i++) {
      const size = sizes[i]!;
      const width = Math.floor(size.width * cssScale);
      const height = Math.floor(size.height * cssScale);
      this.tops[i] = top;
      this.widths[i] = width;
      this.heights[i] = height;
      top += height + PAGE_GAP;
      if (width > maxWidth) maxWidth = width;
    }
    this.contentHeight = count ? top - PAGE_GAP + PAGE_PADDING : 0;
    this.contentWidth = maxWidth + 2 * PAGE_PADDING;
  }

  get pageCount(): number {
    return this.tops.length;
  }

  rect(index: number): PageRect {
    return { top: this.tops[index]!, width: this.widths[index]!, height: this.heights[index]! };
  }

  /** First page whose bottom edge is below `y`. */
  pageAtOrBelow(y: number): number {
    let low = 0;
    let high = this.tops.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.tops[mid]! + this.heights[mid]! <= y) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Pages intersecting the vertical band [scrollTop, scrollTop + viewportHeight). */
  visiblePages(scrollTop: number, viewportHeight: number, viewportWidth: number, scrollLeft = 0): VisiblePage[] {
    const visible: VisiblePage[] = [];
    if (!this.tops.length || viewportHeight <= 0) return visible;
    const bottom = scrollTop + viewportHeight;
    const contentWidth = Math.max(this.contentWidth, viewportWidth);
    for (let i = this.pageAtOrBelow(scrollTop); i < this.tops.length; i++) {
      const top = this.tops[i]!;
      if (top >= bottom) break;
      const height = this.heights[i]!;
      const width = this.widths[i]!;
      const left = Math.max(PAGE_PADDING, (contentWidth - width) / 2);
      const visibleHeight = Math.min(top + height, bottom) - Math.max(top, scrollTop);
      const visibleWidth = Math.min(left + width, scrollLeft + viewportWidth) - Math.max(left, scrollLeft);
      if (visibleHeight <= 0 || visibleWidth <= 0) continue;
      const area = visibleHeight * visibleWidth;
      visible.push({ index: i, area, fraction: area / Math.max(1, width * height) });
    }
    return visible;
  }

  /** Left edge of a page, given how wide the scrolling content is. */
  left(index: number, viewportWidth: number): number {
    const contentWidth = Math.max(this.contentWidth, viewportWidth);
    return Math.max(PAGE_PADDING, (contentWidth - this.widths[index]!) / 2);
  }
}

/** The page most in view: the largest visible area, the earlier page on a tie. */
export function mostVisiblePage(visible: readonly VisiblePage[]): number | undefined {
  let best: VisiblePage | undefined;
  for (const page of visible) if (!best || page.area > best.area + 0.5) best = page;
  return best?.index;
}
