/**
 * Keys that act on the selection (select tool): Delete/Backspace delete,
 * arrows nudge by a point (Shift: 10), Ctrl/⌘+C copies, Ctrl/⌘+V pastes,
 * Ctrl/⌘+D duplicates (Ctrl/⌘+A, selecting the current page's annotations,
 * works with every tool: tool-controller.ts uses selectAllOnPage). Without a
 * pointer: with the pages region focused (Tab reaches it), arrows select the next or previous annotation of the
 * current page; on the viewer itself, Tab and Shift+Tab do the same (past
 * the last one, Tab moves focus on as usual, and arrows scroll).
 * Each command is one undo step. The clipboard is the viewer's own: records
 * stay records (no round trip through text).
 */
import type { Annotation, AnnotationInput } from '../model/index.js';
import { transformAnnotation, translation } from '../model/transform-annotation.js';
import { primaryModifier } from '../viewer/input-targets.js';
import { pageShift } from './page-vectors.js';
import type { ToolContext } from './tool.js';

/** How far a pasted or duplicated copy is moved from its source, in points. */
const PASTE_OFFSET = 10;

const clipboards = new WeakMap<HTMLElement, { items: readonly Annotation[]; pastes: number }>();

function selected(context: ToolContext): Annotation[] {
  return context.selection.map((id) => context.getAnnotation(id)).filter((a): a is Annotation => a !== undefined);
}

/** A record as input for a new annotation: no id, no PDF object, no timestamps. */
function asInput(annotation: Annotation): AnnotationInput {
  const { id: _id, pdfObjectId: _object, createdAt: _created, updatedAt: _updated, ...rest } = annotation as Annotation & { pdfObjectId?: number };
  return rest as unknown as AnnotationInput;
}

function pasteCopies(context: ToolContext, items: readonly Annotation[], offset: number): void {
  if (!items.length) return;
  const map = translation(offset, offset);
  const created = context.edit((store) =>
    items.map((item) => store.createAnnotation(asInput(transformAnnotation(item, map)), context.author ? { author: context.author } : {})),
  );
  context.select(created.map((annotation) => annotation.id));
}

const NOT_SHOWN = new Set(['hidden', 'invisible', 'noView']);

function shownOn(context: ToolContext, pageIndex: number): Annotation[] {
  return context.annotationsOn(pageIndex).filter((a) => !a.flags?.some((flag) => NOT_SHOWN.has(flag)));
}

/** Tab through the current page's annotations in drawing order; false past either end. */
function selectNeighbour(context: ToolContext, backwards: boolean): boolean {
  const page = context.currentPage;
  const annotations = shownOn(context, page);
  const current = context.selection.length === 1 ? annotations.findIndex((a) => a.id === context.selection[0]) : -1;
  const next = current === -1 ? (backwards ? annotations.length - 1 : 0) : current + (backwards ? -1 : 1);
  const target = annotations[next];
  if (!target) {
    context.select([]);
    return false;
  }
  context.select([target.id]);
  return true;
}

/** Selects every annotation shown on the current page (hidden ones are not part of what a person can select). */
export function selectAllOnPage(context: ToolContext): void {
  context.select(shownOn(context, context.currentPage).map((annotation) => annotation.id));
}

const NEIGHBOUR_KEYS: Record<string, boolean> = { ArrowRight: false, ArrowDown: false, ArrowLeft: true, ArrowUp: true };

function isPagesRegion(target: EventTarget | undefined): boolean {
  return target instanceof Element && target.matches('[part~="viewport"]');
}

export function handleSelectionKey(event: KeyboardEvent, context: ToolContext): boolean {
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  // In the pages region (a Tab stop of its own), arrows go from annotation to annotation.
  if (plain && !event.shiftKey && event.key in NEIGHBOUR_KEYS && isPagesRegion(event.composedPath()[0])) {
    return selectNeighbour(context, NEIGHBOUR_KEYS[event.key]!);
  }
  if (event.key === 'Tab' && plain) {
    // Only on the viewer itself: Tab inside a control, popover or note box moves focus as usual.
    return event.composedPath()[0] === context.host && selectNeighbour(context, event.shiftKey);
  }
  const modifier = primaryModifier(event);
  const items = selected(context);
  const key = event.key;
  if (modifier && !event.altKey) {
    switch (key.toLowerCase()) {
      case 'c':
        if (!items.length) return false;
        clipboards.set(context.host, { items, pastes: 0 });
        return true;
      case 'v': {
        const clipboard = clipboards.get(context.host);
        if (!clipboard || context.readonly) return false;
        clipboard.pastes++;
        pasteCopies(context, clipboard.items, PASTE_OFFSET * clipboard.pastes);
        return true;
      }
      case 'd':
        if (!items.length || context.readonly) return false;
        pasteCopies(context, items, PASTE_OFFSET);
        return true;
      default:
        return false;
    }
  }
  if (!items.length || context.readonly || event.altKey) return false;
  if (key === 'Delete' || key === 'Backspace') {
    context.edit((store) => {
      for (const item of items) store.deleteAnnotation(item.id);
    });
    context.select([]);
    return true;
  }
  const step = event.shiftKey ? 10 : 1;
  const nudges: Record<string, [number, number]> = {
    ArrowLeft: [-step, 0],
    ArrowRight: [step, 0],
    ArrowUp: [0, -step],
    ArrowDown: [0, step],
  };
  const nudge = nudges[key];
  if (!nudge) return false;
  // Arrows move what is seen: on a rotated page, "right" is not the page's x axis.
  const rotation = context.pageFrame(items[0]!.pageIndex)?.rotation ?? 0;
  const map = translation(...pageShift(rotation, nudge[0], nudge[1]));
  context.edit((store) => {
    for (const item of items) store.updateAnnotation(transformAnnotation(item, map));
  });
  return true;
}
