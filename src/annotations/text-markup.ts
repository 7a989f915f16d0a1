/**
 * Shared geometry for the four text markups (highlight, underline,
 * strikeout, squiggly): each is drawn once per rect of `rects`, in page
 * points, into one SVG over the bbox.
 */
import type { BlendMode, Color, MarkupAnnotation, Point, Rect } from '../model/index.js';
import type { SvgAnnotationKind } from './annotation-kind.js';
import { svgElement, svgGroup } from './dom.js';
import { inRect } from './hit-geometry.js';
import { pathNumber, rectData } from './path-data.js';

export type MarkupType = MarkupAnnotation['type'];

export interface MarkupKindSpec<T extends MarkupType> {
  readonly type: T;
  readonly color: Color;
  readonly name: string;
  readonly paint: MarkPainter;
  readonly defaultBlendMode?: BlendMode;
}

/**
 * The kind for one markup type: the four differ only in how one rect is
 * marked. Written against `MarkupAnnotation`; TypeScript cannot resolve
 * `AnnotationOfType<T>` for a generic `T`, hence the one cast.
 */
export function markupKind<T extends MarkupType>(spec: MarkupKindSpec<T>): SvgAnnotationKind<T> {
  const kind: Omit<SvgAnnotationKind, 'type' | 'drawSvg' | 'hitTest' | 'defaults'> & {
    type: T;
    defaults: Readonly<Partial<MarkupAnnotation>>;
    drawSvg(annotation: MarkupAnnotation): SVGElement | undefined;
    hitTest(annotation: MarkupAnnotation, point: Point, tolerance: number): boolean;
    label(annotation: MarkupAnnotation): string;
  } = {
    type: spec.type,
    defaults: { color: spec.color, opacity: 1 },
    ...(spec.defaultBlendMode ? { defaultBlendMode: spec.defaultBlendMode } : {}),
    drawSvg: (annotation) => drawMarkup(annotation, spec.paint),
    hitTest: hitsMarkup,
    label: () => spec.name,
  };
  return kind as unknown as SvgAnnotationKind<T>;
}

/** The mark on one rect: path data (page points), filled with the colour, or stroked `strokeWidth` wide. */
export interface Mark {
  readonly d: string;
  readonly strokeWidth?: number;
}

export type MarkPainter = (rect: Rect) => Mark;

/** Rects are required, but an empty list would draw nothing; the bbox is the best guess at the marked area then. */
export function markupRects(annotation: { rects?: readonly Rect[]; bbox: Rect }): readonly Rect[] {
  return annotation.rects && annotation.rects.length > 0 ? annotation.rects : [annotation.bbox];
}

/** The marks of all rects, those drawn alike (filled, or stroked equally wide) in one path. */
export function drawMarkup(annotation: MarkupAnnotation, paint: MarkPainter): SVGElement | undefined {
  const paths = new Map<string | undefined, string>();
  for (const rect of markupRects(annotation)) {
    const { d, strokeWidth } = paint(rect);
    const width = strokeWidth === undefined ? undefined : pathNumber(strokeWidth);
    paths.set(width, (paths.get(width) ?? '') + d);
  }
  const color = annotation.color;
  return svgGroup(
    [...paths].map(([width, d]) =>
      width === undefined
        ? svgElement('path', { d, fill: color })
        : svgElement('path', { d, fill: 'none', stroke: color, 'stroke-width': width, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }),
    ),
  );
}

/** Markups are hit anywhere inside a rect, not only on the ink: a thin underline would otherwise be nearly unclickable. */
export function hitsMarkup(annotation: { rects?: readonly Rect[]; bbox: Rect }, point: Point, tolerance: number): boolean {
  return markupRects(annotation).some((rect) => inRect(point, rect, tolerance));
}

/** Line thickness for underline, strikeout and squiggly: follows the text size (the rect height) but stays visible. */
export function markThickness(rect: Rect): number {
  return Math.max(0.5, Math.abs(rect[3]) * 0.07);
}

/** A horizontal bar across `rect` whose centre is `centreFromTop` points below the rect's top. */
export function bar(rect: Rect, centreFromTop: number): Mark {
  const [left, top, width] = rect;
  const thickness = markThickness(rect);
  return { d: rectData([left, top + centreFromTop - thickness / 2, width, thickness]) };
}

/**
 * The zig-zag of a squiggly: vertices alternate between a low line (just
 * inside the rect's bottom) and a high line, `amplitude` above it, every
 * `amplitude` points along x, starting low at the rect's left edge.
 */
export function squigglePoints(rect: Rect): Point[] {
  const [left, top, width, height] = rect;
  const thickness = markThickness(rect);
  const amplitude = Math.max(1.5, Math.abs(height) * 0.15);
  const low = top + height - thickness / 2;
  const high = low - amplitude;
  const step = amplitude;
  const right = left + Math.max(0, width);
  const points: Point[] = [];
  let i = 0;
  for (let x = left; x < right; x = left + ++i * step) points.push([x, i % 2 === 0 ? low : high]);
  // End exactly at the right edge, part-way along the last segment.
  const last = points[points.length - 1];
  if (last && last[0] < right) {
    const nextY = i % 2 === 0 ? low : high;
    const t = (right - last[0]) / step;
    points.push([right, last[1] + (nextY - last[1]) * t]);
  }
  return points;
}
