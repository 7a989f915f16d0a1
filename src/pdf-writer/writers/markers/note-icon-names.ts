/** The note icons' PDF names: the /Name of a Text annotation. */
import type { NoteIcon } from '../../../model/index.js';

/** Comment, Key, Note, Help, NewParagraph, Paragraph and Insert are PDF's own; the rest are the names Acrobat uses. */
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
