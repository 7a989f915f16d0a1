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

interface RootWithSelection {
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
