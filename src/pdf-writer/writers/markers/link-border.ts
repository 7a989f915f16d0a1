/**
 * A link's border as PDF entries and as its appearance. Our viewer draws a
 * link's border only when it has a `borderColor` and a positive
 * `borderWidth` (src/annotations/link.ts), as a CSS border inside the box:
 * solid, dashed, beveled (CSS outset), inset, or underline (the bottom side
 * only). Without one the appearance is empty: a link shows nothing until
 * the pointer is over it.
 */
import type { BorderStyle, LinkAnnotation } from '../../../model/index.js';
import type { Appearance } from '../../appearance.js';
import { num } from '../../content-stream.js';
import type { PdfRect } from '../../page-frame.js';
import type { PDFObject } from '../../pdf-lib.js';
import type { WriterEnv } from '../../writer-types.js';
import { cssDashPattern, drawCssDashedBorder } from '../css-dashed-border.js';

const PDF_BORDER_STYLES: Record<BorderStyle, string> = {
  solid: 'S',
  dashed: 'D',
  beveled: 'B',
  inset: 'I',
  underline: 'U',
};

/** The visible border's width, or 0 when the viewer draws none. */
export function visibleBorderWidth(link: LinkAnnotation): number {
  const width = link.borderWidth ?? 0;
  return link.borderColor && width > 0 && Number.isFinite(width) ? width : 0;
}

/** /Border, /BS (and the style's /D) for a link. */
export function borderEntries(link: LinkAnnotation, env: WriterEnv): { Border: number[]; BS?: PDFObject } {
  const width = visibleBorderWidth(link);
  if (width === 0) return { Border: [0, 0, 0] };
  const style = link.borderStyle ?? 'solid';
  const bs: Record<string, string | number | number[]> = { Type: 'Border', W: width, S: PDF_BORDER_STYLES[style] ?? 'S' };
  if (style === 'dashed') bs['D'] = cssDashPattern(width).map((value) => Number(num(value)));
  return { Border: [0, 0, width], BS: env.doc.context.obj(bs) };
}

/** Channels in 0..1, as Chromium's `Color::Dark` and `Color::Light` compute. */
function channelsOf(color: string): [number, number, number] {
  const value = parseInt(/^#([0-9a-f]{6})$/i.exec(color)?.[1] ?? '000000', 16);
  return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255];
}

function hexOf(channels: readonly number[]): string {
  return `#${channels.map((channel) => Math.min(255, Math.round(channel * 255)).toString(16).padStart(2, '0')).join('')}`;
}

const isBlack = (channels: readonly number[]) => channels.every((channel) => Math.round(channel * 255) === 0);
/** Chromium's shade for black, #545454. */
const GREY_84 = 84 / 255;

function darker(channels: [number, number, number]): [number, number, number] {
  if (isBlack(channels)) return [GREY_84, GREY_84, GREY_84];
  const v = Math.max(...channels);
  const multiplier = Math.max(0, (v - 0.33) / v);
  return channels.map((channel) => channel * multiplier) as [number, number, number];
}

function lighter(channels: [number, number, number]): [number, number, number] {
  const v = Math.max(...channels);
  if (v === 0) return [GREY_84, GREY_84, GREY_84];
  const multiplier = Math.min(1, v + 0.33) / v;
  return channels.map((channel) => channel * multiplier) as [number, number, number];
}

/**
 * The two shades CSS paints an outset or inset border in, as Chromium does
 * (measured in Chromium 156): a lighter and a darker shade of the colour;
 * when the darker one would be black (very dark colours), the colour
 * lightened once and twice instead, so the two sides still differ.
 */
export function borderShades(color: string): { light: string; dark: string } {
  const channels = channelsOf(color);
  const dark = darker(channels);
  if (isBlack(channels) || isBlack(dark)) {
    const once = lighter(channels);
    return { light: hexOf(lighter(once)), dark: hexOf(once) };
  }
  return { light: hexOf(lighter(channels)), dark: hexOf(dark) };
}

/** Draws the border of `link` inside `rect` (nothing when it has none). */
export function drawLinkBorder(appearance: Appearance, link: LinkAnnotation, rect: PdfRect): void {
  const width = visibleBorderWidth(link);
  if (width === 0) return;
  const color = link.borderColor!;
  const content = appearance.content;
  const [llx, lly, urx, ury] = rect;
  const boxWidth = urx - llx;
  const boxHeight = ury - lly;
  // CSS shrinks borders that do not fit the box; the appearance is clipped to it anyway.
  const w = Math.min(width, boxWidth / 2, boxHeight / 2);
  if (!(w > 0)) return;
  const style = link.borderStyle ?? 'solid';
  if (style === 'underline') {
    content.fillColor(color).rect(llx, lly, boxWidth, w).fill();
    return;
  }
  if (style === 'beveled' || style === 'inset') {
    // Top and left in one shade, bottom and right in the other, meeting on the diagonals.
    const { light, dark } = borderShades(color);
    const [topLeft, bottomRight] = style === 'beveled' ? [light, dark] : [dark, light];
    content
      .fillColor(topLeft)
      .moveTo(llx, ury)
      .lineTo(urx, ury)
      .lineTo(urx - w, ury - w)
      .lineTo(llx + w, ury - w)
      .lineTo(llx + w, lly + w)
      .lineTo(llx, lly)
      .closePath()
      .fill();
    content
      .fillColor(bottomRight)
      .moveTo(urx, lly)
      .lineTo(llx, lly)
      .lineTo(llx + w, lly + w)
      .lineTo(urx - w, lly + w)
      .lineTo(urx - w, ury - w)
      .lineTo(urx, ury)
      .closePath()
      .fill();
    return;
  }
  if (style === 'dashed') {
    drawCssDashedBorder(content, { left: llx, bottom: lly, width: boxWidth, height: boxHeight }, w, color);
    return;
  }
  content.save().strokeColor(color).lineWidth(w).rect(llx + w / 2, lly + w / 2, boxWidth - w, boxHeight - w).stroke().restore();
}
