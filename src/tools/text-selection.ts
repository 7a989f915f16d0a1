/**
 * The user's text selection in the pages' text layers, as page points.
 *
 * The text layer lives in the viewer's shadow root, where
 * `document.getSelection()` is retargeted to the host in Chromium; the real
 * range comes from `getComposedRanges({ shadowRoots })` (or, in older
 * Chromium, `shadowRoot.getSelection()`). Rects are taken per text node so
 * that only glyph boxes count: a range's own client rects also include the
 * border boxes of whole selected elements (pdf.js's `endOfContent` covers
 * the page while selecting).
 */
import type { Rect } from '../model/index.js';
import { mergeLineRects } from '../model/line-rects.js';
import type { RootWithSelection } from '../pdf/text-layer-selection.js';
import type { ToolContext } from './tool.js';

/** The selected range with its real boundary nodes inside `root` (one reading of a shadow-root selection, shared with the text layer). */
export { composedRange as selectedRange } from '../pdf/text-layer-selection.js';

function pageIndexOf(node: Node): number | undefined {
  const element = node.parentElement;
  if (!element?.closest('.textLayer')) return undefined;
  const page = element.closest<HTMLElement>('[part~="page"][data-page-index]');
  return page ? Number(page.dataset['pageIndex']) : undefined;
}

/** The text nodes of the text layers that `range` touches, in document order. */
function textNodesIn(range: Range): Text[] {
  const ancestor = range.commonAncestorContainer;
  if (ancestor.nodeType === Node.TEXT_NODE) return [ancestor as Text];
  const walker = ancestor.ownerDocument!.createTreeWalker(ancestor, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node as Text);
  }
  return nodes;
}

/**
 * The selected glyphs of each page, merged line by line (see
 * `mergeLineRects`), in unrotated page points. Pages with nothing selected
 * (only whitespace, say) are left out.
 */
export function selectionRectsByPage(range: Range, context: ToolContext): Map<number, Rect[]> {
  const boxes = new Map<number, Rect[]>();
  const doc = range.startContainer.ownerDocument ?? document;
  for (const node of textNodesIn(range)) {
    const pageIndex = pageIndexOf(node);
    if (pageIndex === undefined) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end <= start || !node.data.slice(start, end).trim()) continue;
    const part = doc.createRange();
    part.setStart(node, start);
    part.setEnd(node, end);
    // The text's line box follows the fallback font's ascent and descent; pdf.js
    // sizes the span itself to the PDF font's height, which is what the glyphs fill.
    const bounds = node.parentElement!.getBoundingClientRect();
    for (const client of part.getClientRects()) {
      const left = Math.max(client.left, bounds.left);
      const top = Math.max(client.top, bounds.top);
      const right = Math.min(client.right, bounds.right);
      const bottom = Math.min(client.bottom, bounds.bottom);
      if (right <= left || bottom <= top) continue;
      const a = context.toPage(pageIndex, left, top);
      const b = context.toPage(pageIndex, right, bottom);
      if (!a || !b) continue;
      const rect: Rect = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])];
      const list = boxes.get(pageIndex) ?? [];
      list.push(rect);
      boxes.set(pageIndex, list);
    }
  }
  const merged = new Map<number, Rect[]>();
  for (const [pageIndex, rects] of boxes) {
    const lines = mergeLineRects(rects);
    if (lines.length) merged.set(pageIndex, lines);
  }
  return merged;
}

/** Clears the browser's selection, inside the shadow root too. */
export function clearTextSelection(selection: Selection, root: ShadowRoot | null): void {
  selection.removeAllRanges();
  (root as (ShadowRoot & RootWithSelection) | null)?.getSelection?.()?.removeAllRanges();
}

/** Whether a press lands on a word of the text layer (where the browser should start a selection). */
export function isOnText(target: Element | null): boolean {
  return target !== null && target.tagName === 'SPAN' && target.closest('.textLayer') !== null;
}
