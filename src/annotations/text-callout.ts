/**
 * The callout of a free text annotation: a line from `start` (where it points)
 * through an optional `knee` to `end` (at the text box), with a cap at `start`.
 * Everything is in page points, drawn into an SVG from `pageSvg`.
 */
import type { LineCap, Point, Rect, TextCallout } from '../model/index.js';
import { svgElement, type Attributes } from './dom.js';

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

export function drawCallout(svg: SVGSVGElement, callout: TextCallout, paint: CalloutPaint): void {
  const vertices = calloutVertices(callout);
  const stroke: Attributes = {
    stroke: paint.color,
    'stroke-width': paint.width,
    'stroke-linejoin': 'round',
  };
  svg.append(
    svgElement('polyline', {
      class: 'callout-line',
      points: vertices.map(([x, y]) => `${x},${y}`).join(' '),
      fill: 'none',
      'stroke-dasharray': paint.dash,
      ...stroke,
    }),
  );
  if (callout.cap) {
    const cap = capElement(callout.cap, callout.start, vertices[1]!, paint);
    if (cap) {
      cap.setAttribute('class', 'callout-cap');
      svg.append(cap);
    }
  }
}

/**
 * The cap at `tip` for a line arriving from `from`. Its size grows with the
 * stroke so thick callouts keep visible arrows.
 */
function capElement(cap: LineCap, tip: Point, from: Point, paint: CalloutPaint): SVGElement | undefined {
  const size = Math.max(6, paint.width * 4);
  const [x, y] = tip;
  const length = Math.hypot(x - from[0], y - from[1]);
  // Unit vector pointing out of the line at the tip, and its normal.
  const [ux, uy] = length > 0 ? [(x - from[0]) / length, (y - from[1]) / length] : [1, 0];
  const [nx, ny] = [-uy, ux];
  const at = (along: number, across: number): string => `${x + ux * along + nx * across},${y + uy * along + ny * across}`;
  const stroke: Attributes = { stroke: paint.color, 'stroke-width': paint.width, 'stroke-linejoin': 'miter' };
  const closed: Attributes = { ...stroke, fill: paint.fill };
  const open: Attributes = { ...stroke, fill: 'none' };
  const half = size / 2;
  switch (cap) {
    case 'openArrow':
      return svgElement('polyline', { points: `${at(-size, half)} ${at(0, 0)} ${at(-size, -half)}`, ...open });
    case 'closedArrow':
      return svgElement('polygon', { points: `${at(-size, half)} ${at(0, 0)} ${at(-size, -half)}`, ...closed });
    case 'reverseOpenArrow':
      return svgElement('polyline', { points: `${at(size, half)} ${at(0, 0)} ${at(size, -half)}`, ...open });
    case 'reverseClosedArrow':
      return svgElement('polygon', { points: `${at(size, half)} ${at(0, 0)} ${at(size, -half)}`, ...closed });
    case 'square':
      return svgElement('polygon', { points: `${at(-half, -half)} ${at(half, -half)} ${at(half, half)} ${at(-half, half)}`, ...closed });
    case 'diamond':
      return svgElement('polygon', { points: `${at(-half, 0)} ${at(0, -half)} ${at(half, 0)} ${at(0, half)}`, ...closed });
    case 'circle':
      return svgElement('circle', { cx: x, cy: y, r: half, ...closed });
    case 'butt':
      return svgElement('polyline', { points: `${at(0, -half)} ${at(0, half)}`, ...open });
    case 'slash':
      // 30° off the perpendicular, as PDF readers draw it.
      return svgElement('polyline', { points: `${at(-half * 0.5, -half * 0.87)} ${at(half * 0.5, half * 0.87)}`, ...open });
    default:
      return undefined;
  }
}
