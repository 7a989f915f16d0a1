/**
 * Keys that act on the selection (select tool): Delete/Backspace delete,
 * arrows nudge by a point (Shift: 10), Ctrl/⌘+C copies, Ctrl/⌘+V pastes,
 * Ctrl/⌘+D duplicates.
 * Each command is one undo step. The clipboard is the viewer's own: records
 * stay records (no round trip through text).
 */
import type { Annotation, AnnotationInput } from '../model/index.js';
import { transformAnnotation, translation } from '../model/transform-annotation.js';
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

export function handleSelectionKey(event: KeyboardEvent, context: ToolContext): boolean {
  const modifier = /Mac|iPhone|iPad/.test(navigator.platform) ? event.metaKey : event.ctrlKey;
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
  const map = translation(nudge[0], nudge[1]);
  context.edit((store) => {
    for (const item of items) store.updateAnnotation(transformAnnotation(item, map));
  });
  return true;
}
