/**
 * The annotations of one page on screen, each an element carrying
 * `data-annotation-id`. Kinds that draw SVG (shapes, ink, markups, notes)
 * are drawn in page points into page-sized `<svg>` runs, one element per
 * annotation; the others (free text, stamps, images, links, redactions)
 * fill an absolutely positioned box. Elements are keyed by id and rebuilt
 * only when their record changes; records are frozen and shared, so
 * "changed" is identity.
 *
 * Coordinates: the layer is zoomed by the page's scale (CSS `zoom`, which
 * unlike a transform does not isolate blend modes from the canvas), so inside
 * it one CSS pixel is one PDF point and a zoom changes one property. A
 * record's bbox is in points of the unrotated page: each HTML box is placed
 * at the shown position of its top-left corner and turned by the page's
 * /Rotate around it; a run turns its drawings with a `<g>` of its own, so
 * that highlights still multiply onto the canvas. Kinds always draw
 * unrotated. A constant-size drawing (notes, `noZoom`) is scaled back by the
 * page's scale (the `constant-size` class).
 */
import type { AnnotationKind, DrawContext, SvgAnnotationKind } from '../annotations/annotation-kind.js';
import { kindOf } from '../annotations/registry.js';
import { cssBlendMode } from '../annotations/paint.js';
import type { Annotation, KnownAnnotation, KnownAnnotationType, Rect } from '../model/index.js';
import { CSS_UNITS, type PageFrame } from '../pdf/page-view.js';
import { rotatePoint, rotationTransform, shownSize } from './page-coordinates.js';
import type { TranslationKey } from '../i18n/localize.js';
import { shortType } from '../i18n/annotation-name.js';

/**
 * How an annotation appears:
 * - `drawn`: we draw it.
 * - `pending`: we draw it, invisibly, because the canvas still shows the
 *   appearance it replaces; it is revealed with the canvas that leaves that out.
 * - `original`: pdf.js draws it on the canvas; the box is an empty target
 *   (links and notes still respond to it).
 */
export type DrawMode = 'drawn' | 'pending' | 'original';

export interface LayerItem {
  readonly annotation: Annotation;
  readonly mode: DrawMode;
}

/** What the layer reports when an interactive annotation is activated. */
export interface LayerInteractions {
  activate(annotation: Annotation, box: BoxElement, trigger: 'pointer' | 'keyboard' | 'focus'): void;
  /** The accessible name in the viewer's language; without it, the kind's English `label()`. */
  label?(annotation: Annotation): string;
  /** UI words in the viewer's language; without it, English. */
  translate?(key: TranslationKey): string;
}

interface DrawnBox {
  readonly annotation: Annotation;
  readonly mode: DrawMode;
  readonly element: BoxElement;
}

/** An annotation's element: an HTML box, or its SVG drawing in a page-sized run. */
export type BoxElement = HTMLElement | SVGElement;

/** Whether an element is drawn inside a page-sized run rather than placed as a box of its own. */
function inRun(element: BoxElement): boolean {
  return element instanceof SVGElement;
}

/**
 * Makes `children` the children of `parent`, moving as little as possible:
 * a node that is taken out and put back is styled and laid out afresh, so
 * adding one drawing to a page of a thousand appends it and leaves the
 * others where they are.
 */
function setChildren(parent: Element, children: readonly Element[]): void {
  const current = parent.children;
  let kept = 0;
  while (kept < current.length && kept < children.length && current[kept] === children[kept]) kept++;
  if (kept === current.length) {
    if (kept < children.length) parent.append(...children.slice(kept));
  } else {
    parent.replaceChildren(...children);
  }
}

const NOT_DRAWN_FLAGS = ['hidden', 'invisible', 'noView'];
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Below this a page side cannot carry an SVG's scale (a zero-sized viewBox renders nothing). */
const MIN_SIDE = 0.5;

export class PageAnnotationLayer {
  readonly element: HTMLElement;
  readonly #frame: PageFrame;
  readonly #context: DrawContext;
  readonly #interactions: LayerInteractions;
  #boxes = new Map<string, DrawnBox>();
  /** Page-sized SVGs holding runs of SVG-only annotations, reused in order. */
  #runs: Run[] = [];
  readonly #listening = new AbortController();

  constructor(element: HTMLElement, frame: PageFrame, context: DrawContext, interactions: LayerInteractions) {
    this.element = element;
    this.#frame = frame;
    this.#context = context;
    this.#interactions = interactions;
    // One set of listeners for all interactive boxes: a page may hold hundreds of notes.
    const signal = this.#listening.signal;
    element.addEventListener('click', (event) => this.#activate(event, 'pointer'), { signal });
    element.addEventListener('focusin', (event) => this.#activate(event, 'focus'), { signal });
    element.addEventListener('keydown', (event) => this.#activate(event, 'keyboard'), { signal });
  }

  /** Makes the next sync draw the matching annotations afresh even if their records did not change. */
  redraw(matches: (annotation: Annotation) => boolean): void {
    for (const [id, box] of this.#boxes) if (matches(box.annotation)) this.#boxes.delete(id);
  }

  /**
   * The viewer's language changed: every accessible name is set again in
   * place, and drawings that hold words (`worded`) are drawn afresh at the
   * next sync.
   */
  relabel(worded: (annotation: Annotation) => boolean): void {
    for (const [id, box] of this.#boxes) {
      const kind = kindOf(box.annotation);
      if (worded(box.annotation)) this.#boxes.delete(id);
      else if (kind && box.element.hasAttribute('aria-label')) box.element.setAttribute('aria-label', this.#label(box.annotation, kind));
    }
  }

  /** Shows exactly `items`, in order (later ones on top). */
  sync(items: readonly LayerItem[]): void {
    const next = new Map<string, DrawnBox>();
    const elements: BoxElement[] = [];
    for (const item of items) {
      const { annotation, mode } = item;
      if (next.has(annotation.id)) continue;
      const previous = this.#boxes.get(annotation.id);
      let box: DrawnBox | undefined;
      if (previous && previous.annotation === annotation && previous.mode === mode) {
        box = previous;
      } else if (previous && previous.annotation === annotation && isDrawing(previous.mode) && isDrawing(mode)) {
        previous.element.classList.toggle('pending', mode === 'pending');
        box = { annotation, mode, element: previous.element };
      } else {
        const element = this.#build(annotation, mode);
        if (!element) continue;
        box = { annotation, mode, element };
      }
      next.set(annotation.id, box);
      elements.push(box.element);
    }
    this.#boxes = next;
    this.#arrange(elements);
  }

  /** Puts the boxes in order, each run of consecutive SVG groups into one page-sized `<svg>`. */
  #arrange(elements: readonly BoxElement[]): void {
    const top: Element[] = [];
    let runs = 0;
    let run: BoxElement[] = [];
    const closeRun = () => {
      if (!run.length) return;
      const container = (this.#runs[runs++] ??= this.#runContainer());
      setChildren(container.content, run);
      top.push(container.svg);
      run = [];
    };
    for (const element of elements) {
      if (inRun(element)) run.push(element);
      else {
        closeRun();
        top.push(element);
      }
    }
    closeRun();
    this.#runs.length = runs;
    setChildren(this.element, top);
  }

  #runContainer(): Run {
    const doc = this.element.ownerDocument;
    const svg = doc.createElementNS(SVG_NS, 'svg');
    const [shownWidth, shownHeight] = shownSize(this.#frame);
    svg.setAttribute('class', 'annotation-run');
    svg.setAttribute('viewBox', `0 0 ${Math.max(shownWidth, MIN_SIDE)} ${Math.max(shownHeight, MIN_SIDE)}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    // Not hidden: each drawing in it is an image named after its annotation (see #name).
    svg.setAttribute('role', 'group');
    const rotation = rotationTransform(this.#frame);
    if (!rotation) return { svg, content: svg };
    // An SVG transform inside the run, not a CSS one on it: that would isolate the drawings' blend modes from the canvas.
    const content = doc.createElementNS(SVG_NS, 'g');
    content.setAttribute('transform', rotation);
    svg.append(content);
    return { svg, content };
  }

  destroy(): void {
    this.#listening.abort();
    this.#boxes.clear();
    this.#runs = [];
    this.element.replaceChildren();
  }

  #build(annotation: Annotation, mode: DrawMode): BoxElement | undefined {
    if (annotation.flags?.some((flag) => NOT_DRAWN_FLAGS.includes(flag))) return undefined;
    const kind = kindOf(annotation);
    if (!kind && mode !== 'original') return undefined;
    const doc = this.element.ownerDocument;
    const constant = kind?.constantSize === true || annotation.flags?.includes('noZoom') === true;
    let element: BoxElement;
    let drawn = false;
    if (kind?.drawSvg && mode !== 'original') {
      // The drawing itself is the annotation's element, in page points inside a page-sized run.
      element = this.#drawSvg(annotation as KnownAnnotation, kind);
      drawn = true;
      if (constant) {
        // Kept at its 100 % size at the bbox's top-left, whatever the zoom: the class scales CSS
        // pixels to the run's points (one rule for all), `translate` places. A constant-size kind
        // draws in CSS pixels at the origin; any other is first moved there and sized in pixels.
        // (An HTML box of a constant size is scaled by its class alone.)
        const [left, top] = annotation.bbox;
        element.style.translate = constantPlacement(annotation.bbox, 0, 0);
        if (!kind.constantSize) element.style.transform = `scale(${CSS_UNITS}) translate(${-left}px, ${-top}px)`;
      }
    } else {
      element = doc.createElement('div');
      element.style.cssText = this.#placement(annotation.bbox);
    }
    const own = element.getAttribute('class');
    let classes = mode === 'drawn' ? 'annotation' : `annotation ${mode}`;
    if (constant) classes += ' constant-size';
    element.setAttribute('class', own ? `${own} ${classes}` : classes);
    element.setAttribute('data-annotation-id', annotation.id);
    element.setAttribute('data-annotation-type', shortType(annotation.type));
    if (kind) {
      if (mode !== 'original') this.#paint(element, annotation as KnownAnnotation, kind, drawn);
      if (kind.interactive) this.#makeInteractive(element, annotation, kind);
      else if (mode !== 'original') this.#name(element, annotation, kind);
    }
    return element;
  }

  /** A kind's SVG drawing; an empty group when it draws nothing or fails. */
  #drawSvg(annotation: KnownAnnotation, kind: SvgAnnotationKind<KnownAnnotationType>): SVGElement {
    try {
      const drawing = kind.drawSvg(annotation, this.#context);
      if (drawing) return drawing;
    } catch (error) {
      warnUndrawable(annotation, error);
      const empty = this.element.ownerDocument.createElementNS(SVG_NS, 'g');
      empty.classList.add('failed');
      return empty;
    }
    return this.element.ownerDocument.createElementNS(SVG_NS, 'g');
  }

  /** An HTML box's place in the layer, in points: its shown top-left, turned by the page's /Rotate. */
  #placement(bbox: Rect): string {
    const [left, top, width, height] = bbox;
    const [x, y] = rotatePoint(this.#frame, [left, top]);
    const rotation = this.#frame.rotation;
    const style = `left:${x}px;top:${y}px;width:${width}px;height:${height}px;`;
    return rotation ? `${style}transform:rotate(${rotation}deg);` : style;
  }

  /** Opacity and blend mode, and the drawing of an HTML kind into its box (SVG kinds are drawn already). */
  #paint(element: BoxElement, annotation: KnownAnnotation, kind: AnnotationKind<KnownAnnotationType>, drawn: boolean): void {
    const opacity = annotation.opacity ?? 1;
    if (opacity < 1) element.style.opacity = String(Math.max(0, opacity));
    const blendMode = ('blendMode' in annotation ? annotation.blendMode : undefined) ?? kind.defaultBlendMode;
    if (blendMode && blendMode !== 'normal') element.style.mixBlendMode = cssBlendMode(blendMode);
    if (drawn || !kind.draw) return;
    try {
      kind.draw(annotation, element as HTMLElement, this.#context);
    } catch (error) {
      element.replaceChildren();
      element.classList.add('failed');
      warnUndrawable(annotation, error);
    }
  }

  /**
   * A drawn annotation that takes no input is still announced: an image
   * whose name is its type and text ("Rectangle", "Text: Call me").
   */
  #name(element: BoxElement, annotation: Annotation, kind: AnnotationKind<KnownAnnotationType>): void {
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', this.#label(annotation, kind));
  }

  /** The accessible name in the viewer's language; without one, the kind's English label. */
  #label(annotation: Annotation, kind: AnnotationKind<KnownAnnotationType>): string {
    return this.#interactions.label?.(annotation) ?? kind.label(annotation as KnownAnnotation);
  }

  #makeInteractive(element: BoxElement, annotation: Annotation, kind: AnnotationKind<KnownAnnotationType>): void {
    element.classList.add('interactive');
    element.tabIndex = 0;
    element.setAttribute('role', annotation.type === 'pspdfkit/link' ? 'link' : 'button');
    element.setAttribute('aria-label', this.#label(annotation, kind));
  }

  /**
   * A click, Enter or Space on an interactive box activates it; so does
   * focus, except on a link (a link opens only when asked).
   */
  #activate(event: Event, trigger: 'pointer' | 'focus' | 'keyboard'): void {
    const target = event.target instanceof Element ? event.target : null;
    const element = target?.closest<BoxElement>('.annotation.interactive');
    const box = element ? this.#boxes.get(element.getAttribute('data-annotation-id') ?? '') : undefined;
    if (!element || box?.element !== element) return;
    if (trigger === 'focus' && (target !== element || box.annotation.type === 'pspdfkit/link')) return;
    if (trigger === 'keyboard') {
      if (!(event instanceof KeyboardEvent) || (event.key !== 'Enter' && event.key !== ' ')) return;
    }
    // Alt/Option+click selects an annotation for editing (select-tool.ts) instead of activating it.
    if (trigger === 'pointer' && event instanceof MouseEvent && event.altKey) return;
    if (trigger !== 'focus') event.preventDefault();
    this.#interactions.activate(box.annotation, element, trigger);
  }
}

/** A page-sized `<svg>` and the element its drawings go in: itself, or a `<g>` turning them by the page's /Rotate. */
interface Run {
  readonly svg: SVGSVGElement;
  readonly content: SVGSVGElement | SVGGElement;
}

/** Where a constant-size drawing sits in its run: the bbox's top-left, moved by (dx, dy) points. */
function constantPlacement(bbox: Rect, dx: number, dy: number): string {
  return `${bbox[0] + dx}px ${bbox[1] + dy}px`;
}

/**
 * Moves an annotation's drawing in its run by (dx, dy) points of the
 * unrotated page (the run's units), or puts it back with (0, 0), without
 * drawing it again: what a drag shows until the moved record is drawn.
 */
export function shiftRunDrawing(element: SVGElement, bbox: Rect, dx: number, dy: number): void {
  if (element.classList.contains('constant-size')) element.style.translate = constantPlacement(bbox, dx, dy);
  else if (dx || dy) element.setAttribute('transform', `translate(${dx} ${dy})`);
  else element.removeAttribute('transform');
}

/** One record that cannot be drawn must not take the page's other annotations with it. */
function warnUndrawable(annotation: Annotation, error: unknown): void {
  console.warn(`instant-pdf-viewer: annotation ${annotation.id} could not be drawn`, error);
}

function isDrawing(mode: DrawMode): boolean {
  return mode !== 'original';
}
