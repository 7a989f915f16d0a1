/**
 * Small conversions of pdf.js values into Instant JSON values: colors, flags,
 * text, icons and line endings.
 */
import type { AnnotationFlag, Color, LineCap, NoteIcon } from '../../model/index.js';
import type { PdfjsNumbers, PdfjsText } from './pdfjs-annotation-data.js';

/** pdf.js RGB (0–255, usually a `Uint8ClampedArray`) → `#rrggbb`; undefined when there is no color. */
export function hexColor(rgb: PdfjsNumbers | null | undefined): Color | undefined {
  if (!rgb || rgb.length < 3) return undefined;
  let hex = '#';
  for (let i = 0; i < 3; i++) {
    const channel = Math.round(Math.min(255, Math.max(0, Number(rgb[i]))));
    if (!Number.isFinite(channel)) return undefined;
    hex += channel.toString(16).padStart(2, '0');
  }
  return hex;
}

// PDF 32000-1 Table 165, bit positions of /F.
const INVISIBLE = 1 << 0;
const HIDDEN = 1 << 1;
const PRINT = 1 << 2;
const NO_ZOOM = 1 << 3;
const NO_ROTATE = 1 << 4;
const NO_VIEW = 1 << 5;
const READ_ONLY = 1 << 6;
const LOCKED = 1 << 7;
const TOGGLE_NO_VIEW = 1 << 8;
const LOCKED_CONTENTS = 1 << 9;

/** In the order of the model's ANNOTATION_FLAGS, so equal flag sets serialise equally. */
const FLAG_BITS: readonly (readonly [AnnotationFlag, number])[] = [
  ['noZoom', NO_ZOOM],
  ['noRotate', NO_ROTATE],
  ['noView', NO_VIEW],
  ['hidden', HIDDEN],
  ['invisible', INVISIBLE],
  ['readOnly', READ_ONLY],
  ['locked', LOCKED],
  ['toggleNoView', TOGGLE_NO_VIEW],
  ['lockedContents', LOCKED_CONTENTS],
];

/**
 * `/F` → Instant JSON flags. Instant JSON has `noPrint` where PDF has a
 * `Print` bit, so an annotation *without* the Print bit gets `noPrint`.
 * Returns undefined for no flags (the key is then omitted).
 */
export function annotationFlags(pdfFlags: number | undefined): AnnotationFlag[] | undefined {
  const bits = Number.isInteger(pdfFlags) && pdfFlags! > 0 ? pdfFlags! : 0;
  const flags: AnnotationFlag[] = [];
  if ((bits & PRINT) === 0) flags.push('noPrint');
  for (const [flag, bit] of FLAG_BITS) if (bits & bit) flags.push(flag);
  return flags.length > 0 ? flags : undefined;
}

/**
 * A PDF text string as Instant JSON text: line breaks written as CR or CR LF
 * (Acrobat's habit) become LF, which is what JSON consumers expect.
 */
export function plainText(text: PdfjsText | undefined): string {
  const value = text?.str;
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '';
}

/** Text annotation `/Name` → note icon. Includes the non-standard names Acrobat offers. */
const NOTE_ICON_BY_NAME: ReadonlyMap<string, NoteIcon> = new Map<string, NoteIcon>([
  ['Comment', 'comment'],
  ['Key', 'key'],
  ['Note', 'note'],
  ['Help', 'help'],
  ['NewParagraph', 'newParagraph'],
  ['Paragraph', 'paragraph'],
  ['Insert', 'insert'],
  ['Check', 'check'],
  ['Checkmark', 'check'],
  ['Circle', 'circle'],
  ['Cross', 'cross'],
  ['RightArrow', 'rightArrow'],
  ['RightPointer', 'rightPointer'],
  ['Star', 'star'],
]);

/** The note icon for a Text annotation's `/Name`, if there is an equivalent. */
export function noteIcon(name: string | undefined): NoteIcon | undefined {
  return name === undefined ? undefined : NOTE_ICON_BY_NAME.get(name);
}

/** Line ending names (`/LE`, PDF 32000-1 Table 176) → line caps. `None` has no cap. */
const LINE_CAP_BY_NAME: ReadonlyMap<string, LineCap> = new Map<string, LineCap>([
  ['Square', 'square'],
  ['Circle', 'circle'],
  ['Diamond', 'diamond'],
  ['OpenArrow', 'openArrow'],
  ['ClosedArrow', 'closedArrow'],
  ['Butt', 'butt'],
  ['ROpenArrow', 'reverseOpenArrow'],
  ['RClosedArrow', 'reverseClosedArrow'],
  ['Slash', 'slash'],
]);

/** `{ start?, end? }` from pdf.js's `lineEndings`; undefined when neither end has a cap. */
export function lineCaps(endings: readonly string[] | undefined): { start?: LineCap; end?: LineCap } | undefined {
  const start = endings?.[0] === undefined ? undefined : LINE_CAP_BY_NAME.get(endings[0]);
  const end = endings?.[1] === undefined ? undefined : LINE_CAP_BY_NAME.get(endings[1]);
  if (start === undefined && end === undefined) return undefined;
  return { ...(start !== undefined && { start }), ...(end !== undefined && { end }) };
}

/** A finite number in [0, 1], else undefined. */
export function unitInterval(value: number | undefined): number | undefined {
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : undefined;
}

/** 0, 90, 180 or 270, else undefined. */
export function rightAngle(value: number | undefined): number | undefined {
  return value === 0 || value === 90 || value === 180 || value === 270 ? value : undefined;
}
