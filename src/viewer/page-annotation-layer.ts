/**
 * The annotations of one page on screen: one absolutely positioned box per
 * annotation (carrying `data-annotation-id`), filled by its kind
 * (src/annotations/). Boxes are keyed by id and rebuilt only when their
 * record changes; records are frozen and shared, so "changed" is identity.
 *
 * Coordinates: a record's bbox is in points of the unrotated page. Each box
 * is placed at the screen position of its bbox's top-left corner and turned
 * by the page's /Rotate around that corner, so the kind always draws
 * unrotated. Lengths are `calc(var(--page-scale) * Npx)`, so a zoom only
 * changes one custom property.
 */
import type { AnnotationKind, DrawContext } from '../annotations/annotation-kind.js';
import { kindOf } from '../annotations/registry.js';
import { cssBlendMode } from '../annotations/paint.js';
import type { Annotation, KnownAnnotation, KnownAnnotationType } from '../model/index.js';
import { CSS_UNITS, type PageFrame } from '../pdf/page-view.js';

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
  activate(annotation: Annotation, box: HTMLElement, trigger: 'pointer' | 'keyboard' | 'focus'): void;
}

interface DrawnBox {
  readonly annotation: Annotation;
  readonly mode: DrawMode;
  readonly element: HTMLElement;
}

const NOT_DRAWN_FLAGS = ['hidden', 'invisible', 'noView'];

export class PageAnnotationLayer {
  readonly element: HTMLElement;
  readonly #frame: PageFrame;
  readonly #context: DrawContext;
  readonly #interactions: LayerInteractions;
  #boxes = new Map<string, DrawnBox>();

  constructor(element: HTMLElement, frame: PageFrame, context: DrawContext, interactions: LayerInteractions) {
    this.element = element;
    this.#frame = frame;
    this.#context = context;
    this.#interactions = interactions;
  }

  /** The box drawn for an annotation id, if any. */
  boxOf(id: string): HTMLElement | undefined {
    return this.#boxes.get(id)?.element;
  }

  /** Shows exactly `items`, in order (later ones on top). */
  sync(items: readonly LayerItem[]): void {
    const next = new Map<string, DrawnBox>();
    const elements: HTMLElement[] = [];
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
    const children = this.element.children;
    const same = children.length === elements.length && elements.every((element, i) => children[i] === element);
    if (!same) this.element.replaceChildren(...elements);
  }

  destroy(): void {
    this.#boxes.clear();
    this.element.replaceChildren();
  }

  #build(annotation: Annotation, mode: DrawMode): HTMLElement | undefined {
    if (annotation.flags?.some((flag) => NOT_DRAWN_FLAGS.includes(flag))) return undefined;
    const kind = kindOf(annotation);
    if (!kind && mode !== 'original') return undefined;
    const element = this.element.ownerDocument.createElement('div');
    element.className = mode === 'original' ? 'annotation original' : mode === 'pending' ? 'annotation pending' : 'annotation';
    element.setAttribute('data-annotation-id', annotation.id);
    element.setAttribute('data-annotation-type', annotation.type.replace(/^pspdfkit\//, ''));
    const constant = kind?.constantSize === true || annotation.flags?.includes('noZoom') === true;
    element.style.cssText = this.#placement(annotation, constant);
    if (kind) {
      this.#paint(element, annotation as KnownAnnotation, kind, mode);
      if (kind.interactive) this.#makeInteractive(element, annotation, kind);
    }
    return element;
  }

  #placement(annotation: Annotation, constant: boolean): string {
    const [left, top, width, height] = annotation.bbox;
    const [x, y] = this.#toScreen(left, top);
    const rotation = this.#frame.rotation;
    const size = (value: number) => (constant ? `${value * CSS_UNITS}px` : `calc(var(--page-scale) * ${value}px)`);
    let style = `left:calc(var(--page-scale) * ${x}px);top:calc(var(--page-scale) * ${y}px);width:${size(width)};height:${size(height)};`;
    if (rotation) style += `transform:rotate(${rotation}deg);`;
    if (constant) style += `--scale-factor:${CSS_UNITS};`;
    return style;
  }

  /** A point of the unrotated page → the rotated page as shown, in points. */
  #toScreen(x: number, y: number): [number, number] {
    const { width, height, rotation } = this.#frame;
    switch (rotation) {
      case 90:
        return [height - y, x];
      case 180:
        return [width - x, height - y];
      case 270:
        return [y, width - x];
      default:
        return [x, y];
    }
  }

  #paint(element: HTMLElement, annotation: KnownAnnotation, kind: AnnotationKind<KnownAnnotationType>, mode: DrawMode): void {
    if (mode === 'original') return;
    const opacity = annotation.opacity ?? 1;
    if (opacity < 1) element.style.opacity = String(Math.max(0, opacity));
    const blendMode = ('blendMode' in annotation ? annotation.blendMode : undefined) ?? kind.defaultBlendMode;
    if (blendMode && blendMode !== 'normal') element.style.mixBlendMode = cssBlendMode(blendMode);
    try {
      kind.draw(annotation, element, this.#context);
    } catch (error) {
      // One record that cannot be drawn must not take the page's other annotations with it.
      element.replaceChildren();
      element.classList.add('failed');
      console.warn(`instant-pdf-viewer: annotation ${annotation.id} could not be drawn`, error);
    }
  }

  #makeInteractive(element: HTMLElement, annotation: Annotation, kind: AnnotationKind<KnownAnnotationType>): void {
    element.classList.add('interactive');
    element.tabIndex = 0;
    element.setAttribute('role', annotation.type === 'pspdfkit/link' ? 'link' : 'button');
    element.setAttribute('aria-label', kind.label(annotation as KnownAnnotation));
    element.addEventListener('click', (event) => {
      event.preventDefault();
      this.#interactions.activate(annotation, element, 'pointer');
    });
    if (annotation.type !== 'pspdfkit/link') {
      element.addEventListener('focus', () => this.#interactions.activate(annotation, element, 'focus'));
    }
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      this.#interactions.activate(annotation, element, 'keyboard');
    });
  }
}

function isDrawing(mode: DrawMode): boolean {
  return mode !== 'original';
}
