/**
 * What a stamp shows and where: its words and colour, and the layout of its
 * rounded frame and lines in the stamp's own upright content box. No DOM
 * here: the viewer draws this layout as SVG (stamp.ts) and the PDF writer,
 * which also runs in Node, into the stamp's appearance stream, so a saved
 * stamp looks like the one on screen.
 */
import type { StampAnnotation } from '../model/index.js';
import { contentSize } from './rotated-content.js';
import { STAMP_BLUE, standardStamp } from './stamp-types.js';

/** Smallest extent a side gets, so a degenerate bbox still draws. */
const MIN_EXTENT = 1e-3;

export interface StampFace {
  readonly title: string;
  readonly subtitle: string;
  readonly color: string;
}

/**
 * A standard type shows its label in its conventional colour; `Custom` (and
 * any type the table lacks) shows `title` in `color`. `subtitle` shows
 * under either.
 */
export function stampFace(annotation: StampAnnotation): StampFace {
  const subtitle = annotation.subtitle ?? '';
  const standard = standardStamp(annotation.stampType);
  if (standard) return { title: standard.label, subtitle, color: standard.color };
  const title = annotation.title ?? (annotation.stampType === 'Custom' ? '' : String(annotation.stampType));
  return { title, subtitle, color: annotation.color || STAMP_BLUE };
}

/**
 * Roughly how wide `text` is in bold Helvetica at `fontSize`, in the same
 * units. The viewer's box is not in the document while it is drawn, so its
 * text cannot be measured; the estimate sets the width each line is
 * squeezed or stretched to, on screen and in a saved file alike.
 */
export function estimatedWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (char === ' ') ems += 0.28;
    else if (/[A-Z0-9]/.test(char)) ems += char === 'I' ? 0.3 : char === 'M' || char === 'W' ? 0.85 : 0.72;
    else if (/[a-z]/.test(char)) ems += char === 'i' || char === 'l' ? 0.28 : 0.58;
    else ems += 0.6;
  }
  return ems * fontSize;
}

export interface StampLine {
  readonly text: string;
  readonly role: 'title' | 'subtitle';
  /** The line's vertical centre, from the top of the content box. */
  readonly centre: number;
  readonly fontSize: number;
  /** The width the line is squeezed or stretched to: its estimated width, at most the room there is. */
  readonly width: number;
}

/**
 * A stamp laid out in its upright content box, in page points with the
 * origin at the box's top-left and y down. Lines are centred horizontally.
 */
export interface StampLayout {
  /** The content box: the area's size before the record's rotation turns it. */
  readonly width: number;
  readonly height: number;
  /** The frame: a rounded rectangle stroked `stroke` wide in the face's colour over a tint of it. */
  readonly frame: readonly [left: number, top: number, width: number, height: number];
  readonly cornerRadius: number;
  readonly stroke: number;
  /** Opacity of the frame's fill in the face's colour. */
  readonly tintOpacity: number;
  /** The title, then the subtitle when there is one. */
  readonly lines: readonly StampLine[];
}

/** The layout of `face` on an area of `width` × `height` points that the stamp, turned by `rotation`, covers. */
export function stampLayout(face: StampFace, width: number, height: number, rotation: number | undefined): StampLayout {
  const [boxWidth, boxHeight] = contentSize(Math.max(width, MIN_EXTENT), Math.max(height, MIN_EXTENT), rotation);
  const short = Math.min(boxWidth, boxHeight);
  const stroke = Math.min(Math.max(short * 0.06, 0.75), 4);
  const available = Math.max(MIN_EXTENT, boxWidth - 2 * (stroke + short * 0.1));
  const line = (text: string, role: StampLine['role'], centre: number, fontSize: number): StampLine => ({
    text,
    role,
    centre,
    fontSize,
    width: Math.min(available, estimatedWidth(text, fontSize)),
  });
  return {
    width: boxWidth,
    height: boxHeight,
    frame: [stroke / 2, stroke / 2, Math.max(MIN_EXTENT, boxWidth - stroke), Math.max(MIN_EXTENT, boxHeight - stroke)],
    cornerRadius: short * 0.15,
    stroke,
    tintOpacity: 0.08,
    lines: face.subtitle
      ? [line(face.title, 'title', boxHeight * 0.4, boxHeight * 0.38), line(face.subtitle, 'subtitle', boxHeight * 0.74, boxHeight * 0.2)]
      : [line(face.title, 'title', boxHeight / 2, boxHeight * 0.5)],
  };
}
