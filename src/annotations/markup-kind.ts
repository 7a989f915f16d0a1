/**
 * The annotation kind of a text markup (highlight, underline, strikeout,
 * squiggly): each is drawn once per rect of `rects` (`text-markup.ts`), in
 * page points, into one SVG over the bbox.
 */
import type { BlendMode, Color, MarkupAnnotation, Point, Rect } from '../model/index.js';
import type { SvgAnnotationKind } from './annotation-kind.js';
import { svgElement, svgGroup } from './dom.js';
import { pathNumber } from './path-data.js';
import { hitsMarkup, markupRects } from './text-markup.js';

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
