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

const PDF_BORDER_STYLES: Record<BorderStyle, string> = {
  solid: 'S',
  dashed: 'D',
  beveled: 'B',
  inset: 'I',
  underline: 'U',
};

/**
 * Chromium's dashed CSS border, measured: dashes three times the width and
 * gaps twice it for borders under 3 CSS pixels, dashes twice and gaps once
 * the width from there on (it then stretches the gaps to end on the corners).
 */
function dashPattern(width: number): number[] {
  const thin = width * (96 / 72) < 3;
  return (thin ? [3 * width, 2 * width] : [2 * width, width]).map((value) => Number(num(value)));
}

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
  if (style === 'dashed') bs['D'] = dashPattern(width);
  return { Border: [0, 0, width], BS: env.doc.context.obj(bs) };
}

/** The colour CSS draws the shaded sides of an inset or outset border in (Chromium's `Color::Dark`). */
export function darkerShade(color: string): string {
  const match = /^#([0-9a-f]{6})$/i.exec(color);
  if (!match) return '#545454';
  const value = parseInt(match[1]!, 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  if (channels.every((channel) => channel === 0)) return '#545454';
  const v = Math.max(...channels) / 255;
  const multiplier = Math.max(0, (v - 0.33) / v);
  return `#${channels.map((channel) => Math.round(channel * multiplier).toString(16).padStart(2, '0')).join('')}`;
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
    const dark = darkerShade(color);
    const [topLeft, bottomRight] = style === 'beveled' ? [color, dark] : [dark, color];
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
  content.save().strokeColor(color).lineWidth(w);
  if (style === 'dashed') content.dash(dashPattern(w));
  content.rect(llx + w / 2, lly + w / 2, boxWidth - w, boxHeight - w).stroke().restore();
}
