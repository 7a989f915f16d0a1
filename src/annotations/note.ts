/**
 * `pspdfkit/note`: a sticky-note icon of constant screen size at the bbox's
 * top-left. Its text is not drawn; activating the icon opens the viewer's
 * note popover.
 */
import type { AnnotationKind } from './annotation-kind.js';
import { hitsNoteIcon, iconName, noteIcon } from './note-icons.js';
import { plainText, shortText } from './plain-text.js';
import { DEFAULT_NOTE_COLOR } from './note-glyphs.js';

/** Colour of a new note: the yellow of a paper sticky note. */
export { DEFAULT_NOTE_COLOR };

export const noteKind: AnnotationKind<'pspdfkit/note'> = {
  type: 'pspdfkit/note',
  constantSize: true,
  interactive: true,
  defaults: { icon: 'comment', color: DEFAULT_NOTE_COLOR, opacity: 1 },
  drawSvg: (annotation) => noteIcon(annotation.bbox, iconName(annotation.icon), annotation.color || DEFAULT_NOTE_COLOR),
  hitTest: hitsNoteIcon,
  labelText: (annotation) => shortText(plainText(annotation.text)),
  label(annotation) {
    const text = this.labelText!(annotation);
    return text ? `Note: ${text}` : 'Note';
  },
};
