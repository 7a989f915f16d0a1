/**
 * What a tool is: a module that turns pointer and keyboard input on the pages
 * into commands on the model (through `ToolContext.edit`), so that undo,
 * `annotations-changed` with `source: 'user'` and the exported Instant JSON
 * come for free. The viewer routes input to the active tool only; a tool
 * never listens to the DOM itself, except inside elements it creates.
 *
 * Coordinates are page points of the unrotated page, y down: the frame
 * Instant JSON geometry lives in, whatever the zoom or the page's /Rotate.
 */
import type { TranslationKey } from '../i18n/localize.js';
import type { Annotation, AnnotationInput, AnnotationStore, Attachment, Point } from '../model/index.js';

/** One pointer event on a page. */
export interface PagePointer {
  readonly pageIndex: number;
  readonly point: Point;
  /**
   * The points of this event in order, `point` last: more than one when the
   * browser coalesced several moves into one event (fast strokes).
   */
  readonly points: readonly Point[];
  /** Pressure of each of `points`, 0–1; 0.5 when the device reports none. */
  readonly pressures: readonly number[];
  readonly shiftKey: boolean;
  /** Ctrl, or ⌘ on macOS. */
  readonly primaryModifier: boolean;
  readonly altKey: boolean;
  /** Where the pointer is in the viewport, in CSS pixels. */
  readonly client: { readonly x: number; readonly y: number };
  /** `mouse`, `pen` or `touch`. */
  readonly pointerType: string;
  /** The element under the pointer (inside the viewer's shadow root). */
  readonly target: Element | null;
}

/** The page's unrotated size in points and its /Rotate. */
export interface ToolPageFrame {
  readonly width: number;
  readonly height: number;
  readonly rotation: 0 | 90 | 180 | 270;
}

/** What a tool may do with the viewer. */
export interface ToolContext {
  /** The viewer element (for events and for placing popovers). */
  readonly host: HTMLElement;
  /** Whether the viewer is read-only (tools with `edits` are not activated then). */
  readonly readonly: boolean;
  /** CSS pixels per page point at the current zoom. */
  readonly scale: number;
  /** The page most in view (0-based). */
  readonly currentPage: number;
  /** `creatorName` for annotations the user creates, if the host set `author`. */
  readonly author: string | undefined;
  /**
   * A UI string in the viewer's current language (a key of `src/i18n/en.ts`),
   * with `{name}` placeholders filled from `values`. Editors and messages a
   * tool shows take their words from here, so they follow the `locale` attribute.
   */
  translate(key: TranslationKey, values?: Readonly<Record<string, string | number>>): string;

  /** The page's frame, once the page is known (it is for any page that receives input). */
  pageFrame(pageIndex: number): ToolPageFrame | undefined;
  /** The page's container element (`part="page"`), for editors placed on the page. */
  pageElement(pageIndex: number): HTMLElement | undefined;
  /** Client (viewport) coordinates of a page point. */
  toClient(pageIndex: number, point: Point): { x: number; y: number };
  /** The page point under client (viewport) coordinates: the inverse of `toClient`. */
  toPage(pageIndex: number, clientX: number, clientY: number): Point | undefined;

  /** What is shown on a page, in drawing order (later ones on top). */
  annotationsOn(pageIndex: number): readonly Annotation[];
  getAnnotation(id: string): Annotation | undefined;
  getAttachment(id: string): Attachment | undefined;
  /** The topmost annotation whose drawing is at `point`, allowing `tolerance` CSS pixels. */
  hitTest(pageIndex: number, point: Point, tolerance?: number): Annotation | undefined;

  /**
   * Runs `commands` as one user edit: one undo step and one
   * `annotations-changed` with `source: 'user'`. Rolled back if it throws.
   */
  edit<T>(commands: (store: AnnotationStore) => T): T;
  /**
   * Shorthand for a one-annotation edit; fills `creatorName` from `author`
   * and applies the creating tool's preset (the viewer's `toolPresets`).
   */
  create(input: AnnotationInput): Annotation;
  /**
   * The properties `toolId`'s next annotation takes over the kind's
   * defaults (the viewer's `toolPresets`), without geometry or content keys,
   * so spreading it over a record never moves it. For tools that create
   * through `edit` or need a property (a stroke width) before creating.
   */
  preset(toolId: string): Partial<AnnotationInput> | undefined;

  /**
   * A group above the annotations whose user units are page points (the
   * page's /Rotate is applied outside it), for previews; emptied by
   * `clearOverlay`. Undefined before the page is known.
   */
  overlay(pageIndex: number): SVGGElement | undefined;
  clearOverlay(): void;

  readonly selection: readonly string[];
  /** Selects exactly `ids` (fires `selection-changed` when it changes). */
  select(ids: readonly string[]): void;
  /** Switches to another tool (`select` to leave this one). */
  setTool(id: string): void;
  /** Scrolls the pages by CSS pixels. */
  scrollBy(dx: number, dy: number): void;
}

export interface Tool {
  /** Unique id, used by the `tool` attribute (`select`, `ink`, … or an application's own). */
  readonly id: string;
  /** Accessible name and tooltip. */
  readonly label: string;
  /** SVG path data on a 24 × 24 grid, drawn with `currentColor` strokes. */
  readonly icon?: string;
  /** CSS cursor over the pages while the tool is active. */
  readonly cursor?: string;
  /** Whether the tool changes the document; such tools are unavailable when the viewer is readonly. */
  readonly edits: boolean;
  activate?(context: ToolContext): void;
  deactivate?(context: ToolContext): void;
  /**
   * A press on a page. The viewer then captures the pointer and keeps the
   * browser from selecting text or scrolling, unless this returns false.
   * A tool without it leaves every press to the browser (markup tools).
   */
  pointerDown?(pointer: PagePointer, context: ToolContext): boolean | void;
  pointerMove?(pointer: PagePointer, context: ToolContext): void;
  /** The pointer moved over a page with no press in progress (previews that follow it, e.g. a polygon's next edge). */
  pointerHover?(pointer: PagePointer, context: ToolContext): void;
  pointerUp?(pointer: PagePointer, context: ToolContext): void;
  /** The press was cancelled (pointercancel, Escape, tool change): drop what is in progress. */
  cancel?(context: ToolContext): void;
  doubleClick?(pointer: PagePointer, context: ToolContext): void;
  /** The selection, the annotations or the zoom changed: redraw what the tool shows. */
  refresh?(context: ToolContext): void;
  /** A key pressed while the viewer has focus; return true when handled. */
  keyDown?(event: KeyboardEvent, context: ToolContext): boolean;
  /** The user finished selecting text on `pageIndex` with this tool active (markup tools). */
  textSelected?(pageIndex: number, selection: Selection, context: ToolContext): void;
}
