/**
 * `pspdfkit/note` → a Text annotation (a sticky note): /Name is the icon's
 * PDF name, /C the note's colour, /Contents its text, and a /Popup (added by
 * the orchestrator) so PDF readers can open it. The appearance is the icon
 * as our viewer draws it.
 */
import { DEFAULT_NOTE_COLOR, iconName } from '../../../annotations/note-glyphs.js';
import type { NoteAnnotation } from '../../../model/index.js';
import { plainText } from '../../plain-text.js';
import type { AnnotationWriter } from '../../writer-types.js';
import { noteIconAppearance } from './note-icon-appearance.js';
import { PDF_ICON_NAMES } from './note-icon-names.js';
import { pdfColor } from './pdf-color.js';

export const writeNote: AnnotationWriter<NoteAnnotation> = (note, env) => {
  const icon = iconName(note.icon);
  const color = note.color || DEFAULT_NOTE_COLOR;
  const { rect, appearance } = noteIconAppearance(note.bbox, env.frame, icon, color);
  const text = plainText(note.text);
  return {
    subtype: 'Text',
    rect,
    entries: { Name: env.lib.PDFName.of(PDF_ICON_NAMES[icon]), C: pdfColor(color) },
    ...(text !== '' && { contents: text }),
    appearance,
    popup: true,
  };
};
