/** A free text's callout (`text-callout.ts`) drawn into an SVG from `pageSvg`. */
import type { TextCallout } from '../model/index.js';
import { svgElement, type Attributes } from './dom.js';
import { capElement } from './line-cap-element.js';
import { capPath } from './line-caps.js';
import { polylineData } from './path-data.js';
import { calloutVertices } from './text-callout.js';

export interface CalloutPaint {
  readonly color: string;
  readonly width: number;
  /** Fills closed caps (the PDF's interior colour: the text's background), or `none`. */
  readonly fill: string;
  readonly dash?: string | undefined;
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
