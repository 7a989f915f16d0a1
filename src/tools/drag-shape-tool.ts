/**
 * What `rectangle`, `ellipse`, `line` and `arrow` share: drag from one corner
 * (or end) to the other with a live preview; a click without a drag, or
 * Enter with the viewer focused, places a default-size shape (at the click,
 * or at the centre of the visible part of the current page).
 *
 * After each shape the tool stays active, so several can be drawn in a row,
 * and the new shape is selected, so the inspector shows its properties and
 * Delete or the arrow keys act on it at once (keys on the selection work
 * while a drawing tool is active). Each shape is one `annotations-changed`
 * and one undo step.
 */
import type { AnnotationInput, Point } from '../model/index.js';
import { handleSelectionKey } from './selection-commands.js';
import { drawPreview } from './shape-preview.js';
import { createSelected, placeAtVisibleCenter } from './visible-center.js';
import type { Tool, ToolContext, ToolPageFrame } from './tool.js';

/** Below this many CSS pixels a press is a click, not a drag. */
const DRAG_THRESHOLD = 3;

export interface DragShape {
  readonly id: string;
  readonly label: string;
  readonly icon: string;
  /** The record for a drag from `start` to `end` on `pageIndex`; Shift constrains it. */
  dragged(pageIndex: number, start: Point, end: Point, shift: boolean): AnnotationInput;
  /** A default-size record centred at `center`. */
  placed(pageIndex: number, center: Point, page: ToolPageFrame): AnnotationInput;
}

/** A drag that leaves the page ends at its edge: a shape stays on its page. */
function onPage(context: ToolContext, pageIndex: number, [x, y]: Point): Point {
  const page = context.pageFrame(pageIndex);
  if (!page) return [x, y];
  return [Math.min(Math.max(x, 0), page.width), Math.min(Math.max(y, 0), page.height)];
}

export function createDragShapeTool(shape: DragShape): Tool {
  let press: { pageIndex: number; start: Point; client: { x: number; y: number }; dragging: boolean } | undefined;

  const commit = (context: ToolContext, input: AnnotationInput) => {
    context.clearOverlay();
    createSelected(context, input);
  };

  return {
    id: shape.id,
    label: shape.label,
    icon: shape.icon,
    cursor: 'crosshair',
    edits: true,
    pointerDown(pointer) {
      press = { pageIndex: pointer.pageIndex, start: pointer.point, client: pointer.client, dragging: false };
    },
    pointerMove(pointer, context) {
      if (!press) return;
      if (!press.dragging && Math.hypot(pointer.client.x - press.client.x, pointer.client.y - press.client.y) < DRAG_THRESHOLD) return;
      press.dragging = true;
      drawPreview(context, shape.id, shape.dragged(press.pageIndex, press.start, onPage(context, press.pageIndex, pointer.point), pointer.shiftKey));
    },
    pointerUp(pointer, context) {
      const done = press;
      press = undefined;
      if (!done) return;
      if (done.dragging) {
        commit(context, shape.dragged(done.pageIndex, done.start, onPage(context, done.pageIndex, pointer.point), pointer.shiftKey));
        return;
      }
      const page = context.pageFrame(done.pageIndex);
      if (page) commit(context, shape.placed(done.pageIndex, done.start, page));
    },
    cancel(context) {
      press = undefined;
      context.clearOverlay();
    },
    keyDown(event, context) {
      if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey) {
        return placeAtVisibleCenter(context, shape.placed);
      }
      return handleSelectionKey(event, context);
    },
  };
}
