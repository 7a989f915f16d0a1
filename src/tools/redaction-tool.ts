/**
 * `redaction`: marks areas for redaction. Selecting text marks the selected
 * glyphs line by line (as the text markup tools do); a drag that starts off
 * the text draws a free rectangle instead.
 */
import { markupInput, markSelection } from './text-markup-tool.js';
import { RectDrag } from './rect-drag.js';
import { isOnText } from './text-selection.js';
import type { Tool } from './tool.js';

export function createRedactionTool(): Tool {
  let drag: RectDrag | undefined;
  return {
    id: 'redaction',
    label: 'Redaction',
    icon: 'M4 6h16v12H4zM7 10h10M7 14h6',
    cursor: 'crosshair',
    edits: true,
    pointerDown(pointer) {
      // A press on a word is the browser's: it starts a text selection.
      if (isOnText(pointer.target)) return false;
      drag = new RectDrag(pointer);
      return true;
    },
    pointerMove(pointer, context) {
      drag?.move(pointer, context, 'redaction-preview');
    },
    pointerUp(pointer, context) {
      const current = drag;
      drag = undefined;
      if (!current) return;
      current.move(pointer, context, 'redaction-preview');
      context.clearOverlay();
      if (!current.isMeant(context)) return;
      context.create(markupInput('pspdfkit/markup/redaction', current.pageIndex, [current.rect]));
    },
    cancel(context) {
      drag = undefined;
      context.clearOverlay();
    },
    textSelected(_pageIndex, selection, context) {
      markSelection('pspdfkit/markup/redaction', selection, context);
    },
  };
}
