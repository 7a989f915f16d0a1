/**
 * The callout of a free text annotation: a line from `start` (where it points)
 * through an optional `knee` to `end` (at the text box), with a cap at `start`
 * like a line annotation's. Everything is in page points, drawn into an SVG
 * from `pageSvg`.
 */
import type { Point, Rect, TextCallout } from '../model/index.js';
import { svgElement, type Attributes } from './dom.js';
import { capElement, capPath } from './line-caps.js';
import { polylineData } from './path-data.js';

export interface CalloutPaint {
  readonly color: string;
  readonly width: number;
  /** Fills closed caps (the PDF's interior colour: the text's background), or `none`. */
  readonly fill: string;
  readonly dash?: string | undefined;
}

/** The line's vertices, in order from the pointed-at spot to the text box. */
export function calloutVertices(callout: TextCallout): Point[] {
  return callout.knee ? [callout.start, callout.knee, callout.end] : [callout.start, callout.end];
}

/** The rectangle of the text box: the bbox inset by `innerRectInset`, never negative in size. */
export function innerRect(bbox: Rect, callout: TextCallout | undefined): Rect {
  const [left, top, width, height] = bbox;
  if (!callout) return [left, top, width, height];
  const [l, t, r, b] = callout.innerRectInset.map((inset) => (Number.isFinite(inset) ? inset : 0)) as [number, number, number, number];
  return [left + l, top + t, Math.max(0, width - l - r), Math.max(0, height - t - b)];
}

/**
 * The line and its cap, built like a line annotation's (line-caps.ts): a
 * closed arrow stops the line at its base, and caps grow with the stroke.
 */
export function drawCallout(svg: SVGSVGElement, callout: TextCallout, paint: CalloutPaint): void {
  const stroke: Attributes = { stroke: paint.color, 'stroke-width': paint.width };
  const { vertices, caps } = capPath(calloutVertices(callout), callout.cap ? { start: callout.cap } : undefined, paint.width);
  svg.append(
    svgElement('path', {
      class: 'callout-line',
      d: polylineData(vertices),
      fill: 'none',
      'stroke-dasharray': paint.dash,
      'stroke-linejoin': 'round',
      ...stroke,
    }),
  );
  for (const shape of caps) {
    const cap = capElement(shape, stroke, paint.fill === 'none' ? undefined : paint.fill);
    cap.setAttribute('class', 'callout-cap');
    svg.append(cap);
  }
}
