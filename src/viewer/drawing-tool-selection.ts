/**
 * The selection while a drawing tool is active (ink, shapes, text box, …):
 * shown with its frame and handles as the select tool shows it, and a press
 * on a handle or on a selected annotation's drawing resizes or moves it, so
 * a shape can be adjusted right after it was drawn. That work is done by a
 * select tool of its own, which draws into overlays of its own: the drawing
 * tool's previews and the selection never wipe each other out.
 */
import { createSelectTool, grabsSelection } from '../tools/select-tool.js';
import type { PagePointer, Tool, ToolContext } from '../tools/tool.js';
import type { PageView } from '../pdf/page-view.js';
import { ToolOverlays } from './tool-context.js';

/** Whether `tool` draws with presses on the page (and so needs the selection shown for it). */
export function isDrawingTool(tool: Tool | undefined): boolean {
  return tool !== undefined && tool.edits && tool.pointerDown !== undefined;
}

export class DrawingToolSelection {
  /** The select tool that resizes and moves the selection for the drawing tool. */
  readonly tool: Tool = createSelectTool();
  /** The viewer's tool context, with overlays of its own. */
  readonly context: ToolContext;
  readonly #overlays: ToolOverlays;

  constructor(context: ToolContext, view: (pageIndex: number) => PageView | undefined) {
    const overlays = new ToolOverlays(view);
    this.#overlays = overlays;
    // Everything else is the viewer's context (its getters read the viewer, whatever `this` is).
    this.context = Object.create(context, {
      overlay: { value: (pageIndex: number) => overlays.get(pageIndex) },
      clearOverlay: { value: () => overlays.clear() },
    }) as ToolContext;
  }

  /**
   * Whether `tool` shows and edits the selection this way. Not the eraser: a
   * press on a selected annotation erases it.
   */
  appliesTo(tool: Tool): boolean {
    return isDrawingTool(tool) && tool.id !== 'eraser' && !this.context.readonly;
  }

  /** Draws the selection for `tool` (nothing when it does not apply). */
  redraw(tool: Tool): void {
    if (this.appliesTo(tool)) this.tool.refresh?.(this.context);
    else this.#overlays.clear();
  }

  /** Whether a press at `pointer` with `tool` active belongs to the selection. */
  grabs(tool: Tool, pointer: PagePointer): boolean {
    return this.appliesTo(tool) && grabsSelection(pointer, this.context);
  }

  clear(): void {
    this.#overlays.clear();
  }

  /** Takes the overlays out of the pages (the document closed or the pages were rebuilt). */
  remove(): void {
    this.#overlays.remove();
  }
}
