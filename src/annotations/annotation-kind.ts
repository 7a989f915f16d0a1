/**
 * What one annotation kind knows about itself: how it draws, how it is hit,
 * and what a new one starts with. The annotation layer positions and rotates
 * a box for each annotation; a kind only fills that box. A new kind is one
 * module implementing this interface plus one line in `registry.ts`.
 */
import type { CSSResult } from 'lit';
import type { TranslationKey } from '../i18n/localize.js';
import type {
  AnnotationOfType,
  Attachment,
  BlendMode,
  KnownAnnotationType,
  Point,
} from '../model/index.js';

/** What a kind may need from the document while drawing. */
export interface DrawContext {
  /** The attachment stored under `id` (a SHA-256 hex or a pdfObjectId), if the document has it. */
  attachment(id: string): Attachment | undefined;
  /** Words a kind shows (an image's placeholder), in the viewer's language. */
  translate(key: TranslationKey): string;
}

/**
 * One annotation type.
 *
 * The box handed to `draw` is an empty, absolutely
 * positioned element exactly the size of the annotation's `bbox` (before the
 * page's /Rotate; the layer rotates the box). Inside it, one CSS pixel is
 * one PDF point (the layer is zoomed by the page's scale), so sizes written
 * as `points(12)` follow the zoom without a redraw, and `pageSvg(box, bbox)`
 * gives an SVG whose user units are page points.
 * Opacity, blend mode and the `hidden`/`noView`/`noZoom` flags are applied by
 * the layer.
 */
interface KindBase<T extends KnownAnnotationType> {
  readonly type: T;
  /**
   * Whether the point (page points, y down) hits what is drawn, allowing
   * `tolerance` points around strokes. Shapes with no fill are hit only near
   * their stroke.
   */
  hitTest(annotation: AnnotationOfType<T>, point: Point, tolerance: number): boolean;
  /** Values a new annotation of this kind starts with (tools fill in geometry). */
  readonly defaults: Readonly<Partial<AnnotationOfType<T>>>;
  /** The blend mode used when the record has none (a highlight multiplies). */
  readonly defaultBlendMode?: BlendMode;
  /**
   * Drawn at the same screen size at every zoom, like the `noZoom` flag
   * (note icons). Such a kind draws in CSS pixels at 100 % with the bbox's
   * top-left at the origin; the layer places and scales the drawing.
   */
  readonly constantSize?: boolean;
  /** Takes pointer events and focus: links, notes, redactions. Others let clicks through to the text. */
  readonly interactive?: boolean;
  /**
   * Styles for the classes this kind puts in its box (adopted by the
   * element's shadow root). Keep selectors under `.annotation[data-annotation-type="…"]`.
   */
  readonly styles?: CSSResult;
  /** A short accessible name in English: the kind and, where it has one, its text. */
  label(annotation: AnnotationOfType<T>): string;
  /**
   * The annotation's own words for its accessible name (a note's text, a
   * link's target), '' when it has none. The viewer puts them after the
   * type name in the viewer's language; `label` is the English form.
   */
  labelText?(annotation: AnnotationOfType<T>): string;
}

/** A kind that draws with HTML (and SVG inside it) into its box. */
export interface HtmlAnnotationKind<T extends KnownAnnotationType = KnownAnnotationType> extends KindBase<T> {
  /** Fills `box` with the annotation's drawing. Text from the record is set as text, never as HTML. */
  draw(annotation: AnnotationOfType<T>, box: HTMLElement, context: DrawContext): void;
  readonly drawSvg?: undefined;
}

/**
 * A kind that draws SVG only. Its drawing is one SVG element in page points
 * (a `<g>` only when it needs several), and that element is the
 * annotation's: the layer sets `data-annotation-id`, the accessible name,
 * opacity and blend mode on it. Consecutive annotations of such kinds share
 * one page-sized `<svg>`, which is what lets a page with a thousand strokes
 * and highlights draw in a frame: one element per annotation, no box.
 */
export interface SvgAnnotationKind<T extends KnownAnnotationType = KnownAnnotationType> extends KindBase<T> {
  /** The annotation's drawing in page points, or `undefined` when the record has nothing to draw. */
  drawSvg(annotation: AnnotationOfType<T>, context: DrawContext): SVGElement | undefined;
  readonly draw?: undefined;
}

export type AnnotationKind<T extends KnownAnnotationType = KnownAnnotationType> = HtmlAnnotationKind<T> | SvgAnnotationKind<T>;
