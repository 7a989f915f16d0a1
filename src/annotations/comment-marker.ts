/**
 * `pspdfkit/comment-marker`: where an Instant Comments thread sits on the
 * page, shown like a note (a constant-size speech bubble unless the record
 * names another icon) and opened the same way.
 */
import type { AnnotationKind } from './annotation-kind.js';
import { hitsNoteIcon, iconName, noteIcon } from './note-icons.js';
import { plainText, shortText } from './plain-text.js';
import { DEFAULT_MARKER_COLOR } from './note-glyphs.js';

/** Version 1 markers carry no colour; this amber keeps them visible on white and on text. */
export { DEFAULT_MARKER_COLOR };

export const commentMarkerKind: AnnotationKind<'pspdfkit/comment-marker'> = {
  type: 'pspdfkit/comment-marker',
  constantSize: true,
  interactive: true,
  defaults: { color: DEFAULT_MARKER_COLOR, opacity: 1 },
  drawSvg: (annotation) => noteIcon(annotation.bbox, iconName(annotation.icon), annotation.color || DEFAULT_MARKER_COLOR),
  hitTest: hitsNoteIcon,
  labelText: (annotation) => shortText(plainText(annotation.text)),
  label(annotation) {
    const text = this.labelText!(annotation);
    return text ? `Comment: ${text}` : 'Comment';
  },
};
