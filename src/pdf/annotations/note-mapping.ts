/**
 * Subtypes that become `pspdfkit/note`: Text (sticky notes), and the two
 * subtypes Instant JSON has no type for but which, like a sticky note, are a
 * comment pinned to a spot: Caret and FileAttachment.
 *
 * - Text → note. The text is `/Contents`, which is also what the note's
 *   Popup shows (the Popup itself is not emitted: see annotation-reader.ts).
 *   The icon comes from `/Name`; pdf.js reports `"NoIcon"` instead whenever
 *   the note has an appearance stream, and then no icon is written.
 * - Caret → note with the `insert` icon: PDF's own Text icon for "insert text
 *   here", the closest thing the format has to a caret.
 * - FileAttachment → note whose text is `/Contents`, or the file name when
 *   there are no contents. The file itself is not carried: Instant JSON
 *   attachments belong to the document, not to an annotation record.
 *
 * When the PDF gives no `/C`, the (required) color is yellow, the color PDF
 * viewers give a sticky note by default.
 */
import type { NoteAnnotationV2, NoteIcon } from '../../model/index.js';
import type { BaseFields } from './mapping-context.js';
import { hexColor, noteIcon, plainText } from './pdf-values.js';
import type { PdfjsAnnotationData } from './pdfjs-annotation-data.js';

export const DEFAULT_NOTE_COLOR = '#ffff00';

function note(item: PdfjsAnnotationData, base: BaseFields, text: string, icon: NoteIcon | undefined): NoteAnnotationV2 {
  const record: NoteAnnotationV2 = {
    ...base,
    v: 2,
    type: 'pspdfkit/note',
    text: { format: 'plain', value: text },
    color: hexColor(item.color) ?? DEFAULT_NOTE_COLOR,
  };
  if (icon) record.icon = icon;
  return record;
}

export function mapText(item: PdfjsAnnotationData, base: BaseFields): NoteAnnotationV2 {
  return note(item, base, plainText(item.contentsObj), noteIcon(item.name));
}

export function mapCaret(item: PdfjsAnnotationData, base: BaseFields): NoteAnnotationV2 {
  return note(item, base, plainText(item.contentsObj), 'insert');
}

export function mapFileAttachment(item: PdfjsAnnotationData, base: BaseFields): NoteAnnotationV2 {
  const text = plainText(item.contentsObj) || (item.file?.filename ?? '');
  return note(item, base, text, undefined);
}
