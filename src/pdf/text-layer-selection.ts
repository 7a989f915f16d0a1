/**
 * Keeps a text selection on the text it is dragged over.
 *
 * A text layer is a box of absolutely placed spans. When a drag leaves the
 * glyphs (past the end of a line, into the gap below it), the point hits
 * the layer itself and Chromium resolves it to a DOM position far from the
 * pointer: the selection jumps to the end of the page or collapses. pdf.js's
 * viewer (web/text_layer_builder.js) avoids that with an `endOfContent`
 * element: while selecting, it covers the whole layer (under the spans), and
 * it is moved in the DOM right next to the moving end of the selection, so a
 * point off the glyphs resolves to where the selection already ends.
 *
 * Unlike pdf.js's one document-wide listener, each layer listens only during
 * a press that starts in it, and reads the selection through the shadow root
 * the layer lives in.
 */

interface ComposedRangeSource {
  getComposedRanges?(options: { shadowRoots: ShadowRoot[] }): StaticRange[];
}

/** A shadow root with Chromium's own `getSelection()`. */
export interface RootWithSelection {
  getSelection?(): Selection | null;
}

/**
 * The live range of `selection` with its real boundary nodes inside `root`
 * (Chromium retargets a selection in a shadow root to the host), if any text is selected.
 */
export function composedRange(selection: Selection, root: ShadowRoot | null): Range | undefined {
  const doc = root?.ownerDocument ?? document;
  const source = selection as Selection & ComposedRangeSource;
  if (root && typeof source.getComposedRanges === 'function') {
    const [composed] = source.getComposedRanges({ shadowRoots: [root] });
    if (composed && !composed.collapsed) {
      const range = doc.createRange();
      range.setStart(composed.startContainer, composed.startOffset);
      range.setEnd(composed.endContainer, composed.endOffset);
      return range;
    }
  }
  const own = (root as (ShadowRoot & RootWithSelection) | null)?.getSelection?.();
  const chosen = own && own.rangeCount ? own : selection;
  if (!chosen.rangeCount) return undefined;
  const range = chosen.getRangeAt(0);
  return range.collapsed ? undefined : range;
}

/** Whether client point `point` lies on glyph `offset` of `node`. */
function onGlyph(node: Node, offset: number, point: { x: number; y: number }): boolean {
  if (node.nodeType !== Node.TEXT_NODE || offset < 0 || offset >= (node as Text).length) return false;
  const glyph = node.ownerDocument!.createRange();
  glyph.setStart(node, offset);
  glyph.setEnd(node, offset + 1);
  return [...glyph.getClientRects()].some((box) => point.x >= box.left && point.x <= box.right && point.y >= box.top && point.y <= box.bottom);
}

/**
 * Moves the selection's anchor over the glyph under `press` when the browser
 * left it out. Chromium anchors a drag at the glyph boundary nearest to the
 * press, so a press on the right half of a word's first letter selected (and
 * a markup tool marked) the word without it. Returns whether it changed the selection.
 */
function anchorOnPressedGlyph(selection: Selection, range: Range, press: { x: number; y: number }): boolean {
  const { startContainer: start, startOffset, endContainer: end, endOffset } = range;
  if (onGlyph(start, startOffset - 1, press)) {
    selection.setBaseAndExtent(start, startOffset - 1, end, endOffset);
    return true;
  }
  if (onGlyph(end, endOffset, press)) {
    // A drag backwards: the press is at the end.
    selection.setBaseAndExtent(end, endOffset + 1, start, startOffset);
    return true;
  }
  return false;
}

/** The class that lets `.endOfContent` cover the layer (text-layer.styles.ts). */
const SELECTING = 'selecting';

/**
 * Guards the selection of one text layer; `end` is its `endOfContent`
 * element. Listens until `signal` aborts.
 */
export function guardTextLayerSelection(layer: HTMLElement, end: HTMLElement, signal: AbortSignal): void {
  layer.addEventListener('pointerdown', (event) => startSession(layer, end, event, signal), { signal });
}

function startSession(layer: HTMLElement, end: HTMLElement, event: PointerEvent, outer: AbortSignal): void {
  if (event.button !== 0) return;
  const doc = layer.ownerDocument;
  const view = doc.defaultView;
  const root = layer.getRootNode() instanceof ShadowRoot ? (layer.getRootNode() as ShadowRoot) : null;
  const session = new AbortController();
  const signal = AbortSignal.any([session.signal, outer]);
  let previous: Range | undefined;
  const press = { x: event.clientX, y: event.clientY };

  const finish = () => {
    session.abort();
    layer.append(end);
    end.style.removeProperty('user-select');
    layer.classList.remove(SELECTING);
  };

  const follow = () => {
    const selection = doc.getSelection();
    const range = selection ? composedRange(selection, root) : undefined;
    if (!range || !layer.contains(range.startContainer) || !layer.contains(range.endContainer)) {
      previous = undefined;
      return;
    }
    // The corrected selection comes back through another selectionchange.
    if (selection && anchorOnPressedGlyph(selection, range, press)) return;
    // The end that did not move since the last change is the anchor; the other one follows the pointer.
    const startMoved =
      previous !== undefined &&
      (range.compareBoundaryPoints(Range.END_TO_END, previous) === 0 || range.compareBoundaryPoints(Range.START_TO_END, previous) === 0);
    previous = range.cloneRange();
    let beside: Node = startMoved ? range.startContainer : range.endContainer;
    if (beside.nodeType === Node.TEXT_NODE) beside = beside.parentNode!;
    if (beside === layer || beside === end || !layer.contains(beside)) return;
    // A selection that ends at offset 0 ends before `beside`'s text: stay after the previous text instead.
    if (!startMoved && range.endOffset === 0) {
      let node: Node | null = beside;
      do {
        while (node && node !== layer && !node.previousSibling) node = node.parentNode;
        node = node && node !== layer ? node.previousSibling : null;
      } while (node && !node.textContent);
      if (!node) return;
      beside = node;
    }
    end.style.setProperty('user-select', 'text');
    beside.parentNode!.insertBefore(end, startMoved ? beside : beside.nextSibling);
  };

  layer.classList.add(SELECTING);
  doc.addEventListener('selectionchange', follow, { signal });
  doc.addEventListener('pointerup', finish, { signal });
  doc.addEventListener('pointercancel', finish, { signal });
  view?.addEventListener('blur', finish, { signal });
  outer.addEventListener('abort', finish, { signal: session.signal });
}
