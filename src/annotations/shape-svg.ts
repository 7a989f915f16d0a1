/** The SVG the shapes and ink draw into. */
import type { Rect } from '../model/index.js';
import { pageSvg, points } from './dom.js';

/** Below this a bbox side is too thin to carry the SVG's scale. */
const MIN_SIDE = 0.5;
/** How far a flat SVG is widened each way, in points; anything non-zero will do since the SVG does not clip. */
const PAD = 1;

/**
 * `pageSvg`, but still drawing when the bbox is flat or empty: a horizontal
 * line's bbox may be `[x, y, w, 0]` and a single ink dot's `[x, y, 0, 0]`.
 * There the box, and an SVG sized to it, is zero high, and a zero-sized SVG
 * renders nothing however large its viewBox; so the SVG is widened past
 * the thin side and placed by the same amount back, keeping user units =
 * page points.
 */
export function shapeSvg(box: HTMLElement, bbox: Rect): SVGSVGElement {
  const svg = pageSvg(box, bbox);
  const [left, top, width, height] = bbox;
  if (width >= MIN_SIDE && height >= MIN_SIDE) return svg;
  const padX = width >= MIN_SIDE ? 0 : PAD;
  const padY = height >= MIN_SIDE ? 0 : PAD;
  const shownWidth = Math.max(0, width) + 2 * padX;
  const shownHeight = Math.max(0, height) + 2 * padY;
  svg.setAttribute('viewBox', `${left - padX} ${top - padY} ${shownWidth} ${shownHeight}`);
  svg.style.cssText = `left:${points(-padX)};top:${points(-padY)};width:${points(shownWidth)};height:${points(shownHeight)};`;
  return svg;
}
