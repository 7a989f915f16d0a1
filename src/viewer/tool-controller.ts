/**
 * Routes input on the pages to the active tool (src/tools/), with the
 * context of tool-context.ts (page coordinates, hit testing, user edits,
 * previews, the selection). Keys the viewer handles for every tool (undo/redo, Escape) are
 * here too; keys a tool handles win.
 *
 * Pointer listeners sit on the pages container, bound for as long as the
 * element is connected; keys come through the viewer's keydown listener
 * (viewer-input-controller.ts) so that they are offered to the tool before
 * page navigation.
 *
 * Touch and pen are input like the mouse. With a drawing tool one finger
 * draws (the pages then take no native panning, see tool.styles.ts) and a
 * second finger drops what the first began: two fingers scroll and zoom
 * (zoom-gestures.ts). A pen always draws, and wins over a finger already down
 * (a palm). With select, one finger scrolls natively, a tap selects, and a
 * finger on the selection moves or resizes it (its touchstart is cancelled
 * so the browser does not pan). Other tools leave fingers to the browser
 * (pan scrolls natively, text markup selects text with a long press).
 *
 * While a drawing tool is active the selection keeps its frame and handles,
 * and presses on them go to a select tool (drawing-tool-selection.ts).
 */
import type { DocumentAnnotations } from '../document/document-annotations.js';
import type { PageView } from '../pdf/page-view.js';
import type { TranslationKey } from '../i18n/localize.js';
import type { PagePointer, Tool, ToolContext } from '../tools/tool.js';
import { bindImageDrop } from '../tools/image-drop.js';
import { createPanTool } from '../tools/pan-tool.js';
import { grabsSelection } from '../tools/select-tool.js';
import { selectAllOnPage } from '../tools/selection-commands.js';
import { DrawingToolSelection, isDrawingTool } from './drawing-tool-selection.js';
import { isControl, keyBelongsToControl, primaryModifier } from './input-targets.js';
import { pageAtPoint, pageOfEvent, pagePointer } from './page-pointer.js';
import { createToolContext, ToolOverlays } from './tool-context.js';

/** What the controller needs from the viewer. */
export interface ToolHost {
  readonly element: HTMLElement;
  readonly readonly: boolean;
  readonly author: string | undefined;
  /** CSS pixels per point at the current zoom. */
  readonly scale: number;
  readonly pagesElement: HTMLElement | undefined;
  /** The page most in view. */
  readonly currentPage: number;
  view(pageIndex: number): PageView | undefined;
  annotations(): DocumentAnnotations | undefined;
  readonly selection: readonly string[];
  select(ids: readonly string[]): void;
  setTool(id: string): void;
  undo(): void;
  redo(): void;
  /** A UI string in the viewer's language (see `ToolContext.translate`). */
  translate(key: TranslationKey, values?: Readonly<Record<string, string | number>>): string;
}

/** A press being followed: the tool that gets its moves, and that tool's context. */
interface Press {
  readonly pointerId: number;
  readonly pointerType: string;
  readonly pageIndex: number;
  captured: boolean;
  readonly tool: Tool;
  readonly context: ToolContext;
}

/** A finger on a page with the select tool: a tap (it selects on release) unless it moves or the browser scrolls. */
interface TapCandidate {
  readonly pointerId: number;
  readonly pointer: PagePointer;
  readonly tool: Tool;
}

/** A finger that moves more than this many CSS pixels is not tapping. */
const TAP_SLOP = 10;

export class ToolController {
  readonly #host: ToolHost;
  #tool: Tool;
  #connection: AbortController | undefined;
  #boundPages: HTMLElement | undefined;
  /** The pointer a tool is tracking, and its page. */
  #press: Press | undefined;
  #tap: TapCandidate | undefined;
  /** Fingers down on the pages. */
  readonly #touches = new Set<number>();
  readonly #overlays: ToolOverlays;
  readonly #drawingSelection: DrawingToolSelection;
  /** Scrolls the pages with a finger that a drawing tool did not take. */
  readonly #fingerScroll: Tool = createPanTool();
  readonly context: ToolContext;

  constructor(host: ToolHost, initial: Tool) {
    this.#host = host;
    this.#tool = initial;
    this.#overlays = new ToolOverlays((pageIndex) => host.view(pageIndex));
    this.context = createToolContext(host, this.#overlays);
    this.#drawingSelection = new DrawingToolSelection(this.context, (pageIndex) => host.view(pageIndex));
  }

  get tool(): Tool {
    return this.#tool;
  }

  /** Makes `tool` the active one: the old one is cancelled and deactivated. */
  activate(tool: Tool): void {
    if (tool === this.#tool) return;
    this.#cancelPress();
    this.#tool.deactivate?.(this.context);
    this.context.clearOverlay();
    this.#tool = tool;
    tool.activate?.(this.context);
    tool.refresh?.(this.context);
    this.#drawingSelection.redraw(tool);
    this.#applyCursor();
  }

  /** The selection, the annotations or the zoom changed. */
  refresh(): void {
    if (this.#press) return;
    this.#tool.refresh?.(this.context);
    this.#drawingSelection.redraw(this.#tool);
  }

  connect(): void {
    this.#connection?.abort();
    this.#connection = new AbortController();
    this.#boundPages = undefined;
    this.bindPages();
  }

  /** Binds the pages container once it exists (after the first render). */
  bindPages(): void {
    const pages = this.#host.pagesElement;
    if (!pages || !this.#connection || this.#boundPages === pages) return;
    this.#boundPages = pages;
    const signal = this.#connection.signal;
    pages.addEventListener('pointerdown', (event) => this.#onPointerDown(event), { signal });
    pages.addEventListener('pointermove', (event) => this.#onPointerMove(event), { signal });
    pages.addEventListener('pointerup', (event) => this.#onPointerUp(event), { signal });
    pages.addEventListener('pointercancel', (event) => this.#onPointerCancel(event), { signal });
    pages.addEventListener('dblclick', (event) => this.#onDoubleClick(event), { signal });
    // A finger or stylus a tool took is kept from panning.
    pages.addEventListener('touchstart', (event) => this.#onTouchStart(event), { signal, passive: false });
    // A dropped PNG/JPEG becomes an image annotation whatever the tool.
    bindImageDrop(pages, this.context, signal);
    this.#applyCursor();
  }

  disconnect(): void {
    this.#cancelPress();
    this.#connection?.abort();
    this.#connection = undefined;
    this.#boundPages = undefined;
  }

  /** Drops overlays of pages whose DOM was rebuilt or of a closed document. */
  reset(): void {
    this.#cancelPress();
    this.#overlays.remove();
    this.#drawingSelection.remove();
  }

  // ---- input ------------------------------------------------------------------------

  #pageOf(event: Event): number | undefined {
    return pageOfEvent(event, this.#boundPages);
  }

  #pageAt(x: number, y: number): number | undefined {
    return this.#boundPages ? pageAtPoint(this.#boundPages, x, y) : undefined;
  }

  #pointer(event: PointerEvent, pageIndex: number): PagePointer | undefined {
    return pagePointer(event, pageIndex, this.#host.view(pageIndex));
  }

  #toolAvailable(): Tool | undefined {
    const tool = this.#tool;
    return tool.edits && this.#host.readonly ? undefined : tool;
  }

  #onPointerDown(event: PointerEvent): void {
    const touch = event.pointerType === 'touch';
    if (touch) {
      // The first finger of a gesture starts afresh (a lost pointerup must not leave a finger behind).
      if (event.isPrimary) this.#touches.clear();
      this.#touches.add(event.pointerId);
      if (this.#touches.size > 1) {
        // Fingers scroll and zoom together (zoom-gestures.ts); what the first one began is dropped, not committed.
        this.#tap = undefined;
        if (this.#press?.pointerType === 'touch') this.#cancelPress();
        return;
      }
    }
    if (event.button !== 0) return;
    if (this.#press) {
      // A pen coming down while a finger draws: the finger was a resting hand.
      if (event.pointerType !== 'pen' || this.#press.pointerType !== 'touch') return;
      this.#cancelPress();
    }
    // A press in a text field on a page (a tool's editor, a form field) is the field's.
    if (isControl(event.composedPath()[0])) return;
    const tool = this.#toolAvailable();
    if (!tool) return;
    const pageIndex = this.#pageOf(event);
    if (pageIndex === undefined) return;
    const pointer = this.#pointer(event, pageIndex);
    if (!pointer) return;
    let handler = tool;
    let context = this.context;
    if (this.#drawingSelection.grabs(tool, pointer)) {
      handler = this.#drawingSelection.tool;
      context = this.#drawingSelection.context;
    } else if (touch) {
      const role = this.#fingerRole(tool, pointer);
      if (role === 'tap') this.#tap = { pointerId: event.pointerId, pointer, tool };
      if (role !== 'tool') return;
    }
    if (!handler.pointerDown) return;
    if (handler.pointerDown(pointer, context) === false) {
      // A finger a drawing tool does not take (the eraser's) scrolls: the pages take no native panning then.
      if (!touch || !isDrawingTool(tool)) return;
      handler = this.#fingerScroll;
      context = this.context;
      handler.pointerDown?.(pointer, context);
    }
    // A focusable annotation (link, note) keeps its click and its focus, so
    // its popover and keys work: the pointer is captured only once it moves.
    // Any other press is captured now (moves over a popover still reach the
    // tool) and kept from starting a text selection.
    const onInteractive = pointer.target?.closest('.annotation.interactive') != null;
    this.#press = { pointerId: event.pointerId, pointerType: event.pointerType, pageIndex, captured: !onInteractive, tool: handler, context };
    if (!onInteractive) {
      event.preventDefault();
      this.#boundPages?.setPointerCapture(event.pointerId);
    }
    // preventDefault on pointerdown keeps text from being selected but also keeps focus where it was.
    // The viewer itself takes the keys that follow (Delete, arrows nudge), unless
    // the press was on a focusable annotation, which keeps its own focus.
    if (!onInteractive) this.#host.element.focus({ preventScroll: true });
  }

  /**
   * What one finger does with `tool`: `tool`, it is the tool's press; `tap`,
   * it selects if it is lifted where it came down; `browser`, it scrolls or
   * selects text natively.
   */
  #fingerRole(tool: Tool, pointer: PagePointer): 'tool' | 'tap' | 'browser' {
    if (isDrawingTool(tool)) return 'tool';
    if (tool.id === 'select') return grabsSelection(pointer, this.context) ? 'tool' : 'tap';
    return 'browser';
  }

  #onPointerMove(event: PointerEvent): void {
    const press = this.#press;
    if (!press) {
      const tap = this.#tap;
      if (tap?.pointerId === event.pointerId && Math.hypot(event.clientX - tap.pointer.client.x, event.clientY - tap.pointer.client.y) > TAP_SLOP) {
        this.#tap = undefined;
      }
      this.#hover(event);
      return;
    }
    if (press.pointerId !== event.pointerId) return;
    if (!press.captured) {
      press.captured = true;
      this.#boundPages?.setPointerCapture(event.pointerId);
    }
    const pointer = this.#pointer(event, press.pageIndex);
    if (pointer) press.tool.pointerMove?.(pointer, press.context);
  }

  #hover(event: PointerEvent): void {
    const tool = this.#toolAvailable();
    if (!tool?.pointerHover || event.pointerType === 'touch') return;
    const pageIndex = this.#pageOf(event);
    if (pageIndex === undefined) return;
    const pointer = this.#pointer(event, pageIndex);
    if (pointer) tool.pointerHover(pointer, this.context);
  }

  #onPointerUp(event: PointerEvent): void {
    this.#touches.delete(event.pointerId);
    const tap = this.#tap;
    if (tap?.pointerId === event.pointerId) {
      this.#tap = undefined;
      this.#tapped(tap);
      return;
    }
    const press = this.#press;
    if (!press || press.pointerId !== event.pointerId) {
      if (!press) this.#maybeTextSelected(event);
      return;
    }
    this.#press = undefined;
    const pointer = this.#pointer(event, press.pageIndex);
    if (pointer) press.tool.pointerUp?.(pointer, press.context);
  }

  /** A tap selects as a click does: the tool gets a press and a release where the finger came down. */
  #tapped({ pointer, tool }: TapCandidate): void {
    if (tool !== this.#tool) return;
    if (tool.pointerDown?.(pointer, this.context) !== false) tool.pointerUp?.(pointer, this.context);
    this.#host.element.focus({ preventScroll: true });
  }

  #onPointerCancel(event: PointerEvent): void {
    this.#touches.delete(event.pointerId);
    if (this.#tap?.pointerId === event.pointerId) this.#tap = undefined;
    if (this.#press?.pointerId === event.pointerId) this.#cancelPress();
  }

  #cancelPress(): void {
    const press = this.#press;
    if (!press) return;
    this.#press = undefined;
    press.tool.cancel?.(press.context);
  }

  #onDoubleClick(event: MouseEvent): void {
    const tool = this.#toolAvailable();
    if (!tool?.doubleClick || isControl(event.composedPath()[0])) return;
    // After a captured press the click lands on the pages container itself: find the page by position.
    const pageIndex = this.#pageOf(event) ?? this.#pageAt(event.clientX, event.clientY);
    if (pageIndex === undefined) return;
    const pointer = this.#pointer(event as PointerEvent, pageIndex);
    if (pointer) tool.doubleClick(pointer, this.context);
  }

  /**
   * Pointer events come before the touch events of the same touch: the press
   * is known here. With a drawing tool the pages pan natively for no one
   * (touch-action: none), and the touch stays uncancelled so that taps still
   * make clicks and double-clicks (a polygon's last corner).
   */
  #onTouchStart(event: TouchEvent): void {
    if (!event.cancelable || isDrawingTool(this.#toolAvailable())) return;
    const press = this.#press;
    const stylus = [...event.changedTouches].some((touch) => (touch as Touch & { touchType?: string }).touchType === 'stylus');
    if ((press && press.pointerType !== 'mouse') || stylus) event.preventDefault();
  }

  /** After a text selection made with a markup tool, hands the selection to the tool. */
  #maybeTextSelected(event: PointerEvent): void {
    const tool = this.#toolAvailable();
    if (!tool?.textSelected) return;
    const pageIndex = this.#pageOf(event);
    if (pageIndex === undefined) return;
    const selection = this.#host.element.ownerDocument.getSelection();
    // Chromium retargets a selection inside the shadow root to the host, where
    // both ends meet: `isCollapsed` is then true, `type` still says 'Range'.
    if (!selection || selection.type !== 'Range' || !selection.rangeCount) return;
    tool.textSelected(pageIndex, selection, this.context);
  }

  /**
   * A key pressed in the viewer (called by the viewer's one keydown listener,
   * before page navigation); true when the tool or the viewer's own editing
   * keys handled it.
   */
  handleKey(event: KeyboardEvent): boolean {
    if (event.defaultPrevented || keyBelongsToControl(event)) return false;
    return this.#toolAvailable()?.keyDown?.(event, this.context) === true || this.#viewerKey(event);
  }

  /** Keys that work whatever the tool. */
  #viewerKey(event: KeyboardEvent): boolean {
    const modifier = primaryModifier(event);
    const key = event.key.toLowerCase();
    if (modifier && !event.altKey && (key === 'z' || key === 'y')) {
      if (this.#host.readonly) return true;
      this.#cancelPress();
      if (key === 'y' || event.shiftKey) this.#host.redo();
      else this.#host.undo();
      return true;
    }
    if (modifier && !event.altKey && !event.shiftKey && key === 'a') {
      // With any tool, and even on a page with no annotations: the browser's
      // select-all would select the page text instead.
      selectAllOnPage(this.context);
      return true;
    }
    if (event.key === 'Escape') {
      if (this.#press) {
        this.#cancelPress();
        return true;
      }
      if (this.#tool.id !== 'select') {
        this.#host.setTool('select');
        return true;
      }
      if (this.#host.selection.length) {
        this.#host.select([]);
        return true;
      }
    }
    return false;
  }

  /** The cursor, and whether one finger draws (no native panning on the pages, tool.styles.ts). */
  #applyCursor(): void {
    const pages = this.#boundPages;
    if (!pages) return;
    const tool = this.#toolAvailable();
    const cursor = tool?.cursor;
    if (cursor) pages.style.cursor = cursor;
    else pages.style.removeProperty('cursor');
    pages.toggleAttribute('data-finger-draws', isDrawingTool(tool));
  }

  /** Call when `readonly` changes: an editing tool gives way to plain selection. */
  readonlyChanged(): void {
    if (this.#host.readonly && this.#tool.edits) this.#cancelPress();
    this.#drawingSelection.redraw(this.#tool);
    this.#applyCursor();
  }
}
