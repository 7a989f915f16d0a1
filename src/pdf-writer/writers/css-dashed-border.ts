/**
 * A CSS `border-style: dashed` border as Chromium paints the viewer's
 * boxes (free text; links paint the same way), measured in Chromium 156 at
 * 100 % zoom:
 *
 * - the border is as wide as a whole number of device pixels (at least
 *   one): 1 pt, 1.33 pixels at 100 %, is painted one pixel wide;
 * - dashes are three and gaps two of those widths for borders under three
 *   pixels, two and one from there on — so a 1 pt border has a 3 px dash
 *   and a 2 px gap (2.25 pt and 1.5 pt), not 3 pt and 2 pt;
 * - each side is stroked on its own, along its middle from corner to
 *   corner, with the gaps stretched or squeezed so that a whole number of
 *   dashes fits, starting and ending on a corner; a side with no room for
 *   two dashes and a gap is solid.
 *
 * The stroke keeps the record's width; only the dash rhythm follows the
 * pixel width. A stroke of the painted width (0.75 pt for 1 pt) lands
 * between pixels wherever the box does and renders as two faint rows: in
 * pdf.js at 100 % it agreed with the viewer on 73 % of the inked pixels,
 * the record's width on 93 %.
 */
import type { ContentBuilder } from '../content-stream.js';

/** Points per CSS pixel at 100 %, where the viewer draws one page point as 96/72 pixels. */
const POINTS_PER_PIXEL = 72 / 96;

/** The border's width as the viewer paints it at 100 %: whole pixels, at least one, in points. */
export function paintedBorderWidth(width: number): number {
  const pixels = width / POINTS_PER_PIXEL;
  return Math.max(1, Math.floor(pixels + 1e-6)) * POINTS_PER_PIXEL;
}

/** Dash and gap for a dashed border of `width` points. */
export function cssDashPattern(width: number): [dash: number, gap: number] {
  const painted = paintedBorderWidth(width);
  const thin = painted / POINTS_PER_PIXEL < 3;
  return thin ? [3 * painted, 2 * painted] : [2 * painted, painted];
}

/**
 * The gap that fits whole dashes along a side of `length` from end to end,
 * as close to `gap` as the count of dashes allows; undefined when the side
 * has no room for two dashes and a gap (it is drawn solid).
 */
export function fittedDashGap(length: number, dash: number, gap: number): number | undefined {
  if (length <= 2 * dash + gap) return undefined;
  const fewer = Math.floor((length + gap) / (dash + gap));
  const gapFor = (dashes: number) => (length - dashes * dash) / (dashes - 1);
  const fewerGap = gapFor(fewer);
  const moreGap = gapFor(fewer + 1);
  return moreGap <= 0 || Math.abs(fewerGap - gap) < Math.abs(moreGap - gap) ? fewerGap : moreGap;
}

/** Strokes a dashed border of `width` in `color` inside `box` (current user space, y up). */
export function drawCssDashedBorder(
  content: ContentBuilder,
  box: { left: number; bottom: number; width: number; height: number },
  width: number,
  color: string,
): void {
  const { left, bottom } = box;
  const [right, top] = [left + box.width, bottom + box.height];
  const half = width / 2;
  const [dash, gap] = cssDashPattern(width);
  // Clockwise from the top-left corner: top, right, bottom, left.
  const sides: [number, number, number, number][] = [
    [left, top - half, right, top - half],
    [right - half, top, right - half, bottom],
    [right, bottom + half, left, bottom + half],
    [left + half, bottom, left + half, top],
  ];
  content.save().strokeColor(color).lineWidth(width);
  for (const [x1, y1, x2, y2] of sides) {
    const fitted = fittedDashGap(Math.hypot(x2 - x1, y2 - y1), dash, gap);
    content.save();
    if (fitted !== undefined) content.dash([dash, fitted]);
    content.moveTo(x1, y1).lineTo(x2, y2).stroke().restore();
  }
  content.restore();
}
