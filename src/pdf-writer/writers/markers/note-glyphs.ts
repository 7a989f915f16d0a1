/**
 * The note icons as our viewer draws them (src/annotations/note-icons.ts),
 * for appearance streams. That module builds SVG elements and measures in
 * CSS pixels, so the writer (DOM-free, also in Node) cannot import it: the
 * glyphs are repeated here, and test/pdf-writer/notes-stamps.test.ts checks
 * that each one still matches the path data the viewer draws.
 *
 * A glyph is drawn on a 24 × 24 grid (y down): a body filled with the note's
 * colour and outlined in 60 % black, marks stroked and dots filled in a
 * colour that stands out against the body.
 */
import type { NoteIcon } from '../../../model/index.js';
import { NOTE_ICONS } from '../../../model/vocabulary.js';

export interface NoteGlyph {
  readonly body: string;
  readonly marks?: string;
  readonly dots?: string;
}

/** The grid a glyph is drawn on. */
export const GLYPH_GRID = 24;
/** The icon's side in points: the viewer's 24 CSS pixels at 100 %. */
export const ICON_SIDE = (24 * 72) / 96;

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

/** The icons' PDF names (/Name of a Text annotation). Comment, Key, Note, Help, NewParagraph, Paragraph and Insert are PDF's own; the rest are the names Acrobat uses. */
export const PDF_ICON_NAMES: Readonly<Record<NoteIcon, string>> = {
  comment: 'Comment',
  rightPointer: 'RightPointer',
  rightArrow: 'RightArrow',
  check: 'Check',
  circle: 'Circle',
  cross: 'Cross',
  insert: 'Insert',
  newParagraph: 'NewParagraph',
  note: 'Note',
  paragraph: 'Paragraph',
  help: 'Help',
  star: 'Star',
  key: 'Key',
};

const KNOWN = new Set<string>(NOTE_ICONS);

/** The icon to draw: the record's when it is one of NOTE_ICONS, else the comment bubble (as the viewer does). */
export function iconName(icon: string | undefined): NoteIcon {
  return icon !== undefined && KNOWN.has(icon) ? (icon as NoteIcon) : 'comment';
}

/** Dark marks on a light colour, white marks on a dark one (the viewer's rule). */
export function contrastColor(color: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return '#1f1f1f';
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? '#ffffff' : '#1f1f1f';
}
