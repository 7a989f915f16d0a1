/**
 * `pspdfkit/note` → a Text annotation (a sticky note): /Name is the icon's
 * PDF name, /C the note's colour, /Contents its text, and a /Popup (added by
 * the orchestrator) so PDF readers can open it. The appearance is the icon
 * as our viewer draws it.
 */
import { DEFAULT_NOTE_COLOR } from '../../../annotations/note-glyphs.js';
import type { NoteAnnotation } from '../../../model/index.js';
import { plainText } from '../../plain-text.js';
import type { AnnotationWriter } from '../../writer-types.js';
import { noteLikeText } from './note-icon-appearance.js';

export const writeNote: AnnotationWriter<NoteAnnotation> = (note, env) =>
  noteLikeText(note, note.color || DEFAULT_NOTE_COLOR, plainText(note.text), true, env);
