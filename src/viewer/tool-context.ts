/**
 * What tools get to work with (ToolContext, src/tools/tool.ts), built on the
 * viewer: page geometry, hit testing, user edits, the selection, and the
 * overlays tools draw previews into.
 */
import { kindOf } from '../annotations/registry.js';
import type { Annotation, AnnotationInput, Point } from '../model/index.js';
import type { PageView } from '../pdf/page-view.js';
import type { ToolContext, ToolPageFrame } from '../tools/tool.js';
import { toolPresetStore } from '../tools/tool-presets.js';
import { clientToPage, pageToClient, rotationTransform, shownSize } from './page-coordinates.js';
import type { ToolHost } from './tool-controller.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** How far from a stroke a click still hits it, in CSS pixels. */
const HIT_TOLERANCE = 4;
const NOT_SHOWN = new Set(['hidden', 'invisible', 'noView']);

/** One page-sized SVG per page above its annotations, kept while the page element lives. */
export class ToolOverlays {
  readonly #groups = new Map<number, SVGGElement>();
  readonly #view: (pageIndex: number) => PageView | undefined;

  constructor(view: (pageIndex: number) => PageView | undefined) {
    this.#view = view;
  }

  /** The page's overlay group, in unrotated page points; undefined before the page is known. */
  get(pageIndex: number): SVGGElement | undefined {
    const view = this.#view(pageIndex);
    const frame = view?.frame;
    if (!view || !frame) return undefined;
    let group = this.#groups.get(pageIndex);
    if (group?.ownerSVGElement?.parentElement === view.element) return group;
    const doc = view.element.ownerDocument;
    const svg = doc.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'tool-overlay');
    svg.setAttribute('aria-hidden', 'true');
    const [shownWidth, shownHeight] = shownSize(frame);
    svg.setAttribute('viewBox', `0 0 ${shownWidth} ${shownHeight}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    group = doc.createElementNS(SVG_NS, 'g');
    const transform = rotationTransform(frame);
    if (transform) group.setAttribute('transform', transform);
    svg.append(group);
    view.element.append(svg);
    this.#groups.set(pageIndex, group);
    return group;
  }

  /** Empties every overlay. */
  clear(): void {
    for (const group of this.#groups.values()) group.replaceChildren();
  }

  /** Takes the overlays out of the pages (the document closed). */
  remove(): void {
    for (const group of this.#groups.values()) group.ownerSVGElement?.remove();
    this.#groups.clear();
  }
}

/** The topmost annotation of the page drawn at `point` (tolerance in points). */
function hitTopmost(host: ToolHost, pageIndex: number, point: Point, tolerance: number): Annotation | undefined {
  const annotations = host.annotations()?.store.getAnnotations(pageIndex) ?? [];
  for (let i = annotations.length - 1; i >= 0; i--) {
    const annotation = annotations[i]!;
    if (annotation.flags?.some((flag) => NOT_SHOWN.has(flag))) continue;
    const kind = kindOf(annotation);
    if (!kind) continue;
    if ((kind.hitTest as (a: Annotation, p: Point, t: number) => boolean)(annotation, point, tolerance)) return annotation;
  }
  return undefined;
}

export function createToolContext(host: ToolHost, overlays: ToolOverlays): ToolContext {
  const context: ToolContext = {
    host: host.element,
    get readonly() {
      return host.readonly;
    },
    get scale() {
      return host.scale;
    },
    get author() {
      return host.author;
    },
    get currentPage() {
      return host.currentPage;
    },
    translate: (key, values) => host.translate(key, values),
    pageFrame: (pageIndex): ToolPageFrame | undefined => host.view(pageIndex)?.frame,
    pageElement: (pageIndex) => host.view(pageIndex)?.element,
    toClient: (pageIndex, point: Point) => {
      const view = host.view(pageIndex);
      const frame = view?.frame;
      if (!view || !frame) return { x: Number.NaN, y: Number.NaN };
      return pageToClient(view.element, frame, point);
    },
    toPage: (pageIndex, clientX, clientY) => {
      const view = host.view(pageIndex);
      const frame = view?.frame;
      return view && frame ? clientToPage(view.element, frame, clientX, clientY) : undefined;
    },
    annotationsOn: (pageIndex) => host.annotations()?.store.getAnnotations(pageIndex) ?? [],
    getAnnotation: (id) => host.annotations()?.store.getAnnotation(id),
    getAttachment: (id) => host.annotations()?.store.getAttachment(id),
    hitTest: (pageIndex, point, tolerance = HIT_TOLERANCE) => hitTopmost(host, pageIndex, point, tolerance / Math.max(host.scale, 1e-6)),
    edit: (commands) => {
      const annotations = host.annotations();
      if (!annotations) throw new Error('No document is loaded.');
      return annotations.batch(commands, 'user');
    },
    create: (input: AnnotationInput): Annotation =>
      context.edit((store) => store.createAnnotation(toolPresetStore(host.element).apply(input), host.author ? { author: host.author } : {})),
    preset: (toolId) => toolPresetStore(host.element).preset(toolId),
    overlay: (pageIndex) => overlays.get(pageIndex),
    clearOverlay: () => overlays.clear(),
    get selection() {
      return host.selection;
    },
    select: (ids) => host.select(ids),
    setTool: (id) => host.setTool(id),
    scrollBy: (dx, dy) => host.pagesElement?.parentElement?.scrollBy(dx, dy),
  };
  return context;
}
