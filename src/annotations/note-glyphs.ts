/**
 * The note icons (NOTE_ICONS) as small glyphs on a 24 × 24 grid (y down): a
 * body filled with the note's colour and outlined, plus marks and dots in a
 * colour that stands out against it. Drawn for this project; not taken from
 * any icon set.
 *
 * No DOM here: the viewer draws the glyphs as SVG (note-icons.ts) and the PDF
 * writer, which also runs in Node, traces the same path data into appearance
 * streams, so a saved note looks like the one on screen.
 */
import type { NoteIcon, Rect } from '../model/index.js';
import { NOTE_ICONS } from '../model/vocabulary.js';

/** Icon side in CSS pixels, whatever the zoom. */
export const ICON_SIZE = 24;
/**
 * The icon's side in page points at 100 %: a CSS pixel is 3/4 of a point
 * (page-view.ts's CSS_UNITS, not imported: that module belongs to pdf.js
 * rendering).
 */
export const ICON_SIDE = (ICON_SIZE * 72) / 96;
/** The side of the grid the glyphs' path data is written on. */
export const GLYPH_GRID = 24;

/** Colour of a new note, and of one without a colour: the yellow of a paper sticky note. */
export const DEFAULT_NOTE_COLOR = '#ffe066';
/** Colour of a comment marker without one: amber, apart from notes' yellow. */
export const DEFAULT_MARKER_COLOR = '#ffc21a';

export interface NoteGlyph {
  /** Filled with the note's colour and outlined. */
  readonly body: string;
  /** Stroked lines on top of the body. */
  readonly marks?: string;
  /** Filled details on top of the body. */
  readonly dots?: string;
}

/** How a glyph is painted, in grid units; line widths scale with the icon. */
export const GLYPH_PAINT = {
  /** The body's outline: black at this opacity, so it reads on any colour. */
  outlineOpacity: 0.6,
  outlineWidth: 1,
  marksWidth: 1.6,
} as const;

const CIRCLE = 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20z';

export const NOTE_GLYPHS: Readonly<Record<NoteIcon, NoteGlyph>> = {
  comment: {
    body: 'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-9l-5 4.5V17H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z',
    marks: 'M6 7.5h12M6 10.5h12M6 13.5h7',
  },
  note: { body: 'M4 2h11l5 5v15H4z', marks: 'M15 2v5h5M7 11h10M7 14h10M7 17h7' },
  rightPointer: { body: 'M2 6.5h11.5l8.5 5.5-8.5 5.5H2z', dots: 'M13 10.3a1.7 1.7 0 1 1 0 3.4 1.7 1.7 0 0 1 0-3.4z' },
  rightArrow: { body: 'M2 9h10V4l10 8-10 8v-5H2z' },
  check: { body: 'M2.5 12.5l3.2-3.2 4.6 4.6 8.5-8.5 3.2 3.2-11.7 11.7z' },
  circle: { body: CIRCLE, marks: 'M12 7a5 5 0 1 1 0 10 5 5 0 0 1 0-10z' },
  cross: { body: 'M5.5 2.5 12 9l6.5-6.5 3 3L15 12l6.5 6.5-3 3L12 15l-6.5 6.5-3-3L9 12 2.5 5.5z' },
  insert: { body: 'M12 3l10 18h-5.5L12 12.5 7.5 21H2z' },
  newParagraph: { body: 'M17 3h4v12H9.5v4L3 13l6.5-6v4H17z' },
  paragraph: { body: 'M10.5 3H21v3h-2v15h-3V6h-2.5v15h-3v-7a5.5 5.5 0 0 1 0-11z' },
  help: {
    body: CIRCLE,
    marks: 'M9 9.2a3 3 0 1 1 4.3 2.7c-.8.4-1.3 1-1.3 1.9v.9',
    dots: 'M12 16.1a1.2 1.2 0 1 1 0 2.4 1.2 1.2 0 0 1 0-2.4z',
  },
  star: { body: 'M12 2.3l2.6 6.9 7.4.4-5.8 4.6 2 7.1-6.2-4.1-6.2 4.1 2-7.1L2 9.6l7.4-.4z' },
  key: {
    body: 'M7.5 6.5a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11zM12.6 10.5H22v3h-2v3h-3v-3h-4.4z',
    dots: 'M6.5 10.4a1.6 1.6 0 1 1 0 3.2 1.6 1.6 0 0 1 0-3.2z',
  },
};

const KNOWN = new Set<string>(NOTE_ICONS);

/** The icon to draw: the record's when it is one of NOTE_ICONS, else the comment bubble. */
export function iconName(icon: string | undefined): NoteIcon {
  return icon !== undefined && KNOWN.has(icon) ? (icon as NoteIcon) : 'comment';
}

/** The colour of marks and dots: dark on a light colour, white on a dark one. */
export function contrastColor(color: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return '#1f1f1f';
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? '#ffffff' : '#1f1f1f';
}

/**
 * The icon's area in page points at 100 %, from the bbox's top-left: the
 * box of a constant-size kind is drawn at 100 %, so this is what it covers
 * before any zoom. A bbox smaller than the icon grows to hold it, so no
 * note is smaller than its icon, on screen or saved.
 */
export function iconHitRect(bbox: Readonly<Rect>): Rect {
  const [left, top, width, height] = bbox;
  return [left, top, Math.max(width, ICON_SIDE), Math.max(height, ICON_SIDE)];
}
