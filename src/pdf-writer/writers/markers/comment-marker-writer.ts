/**
 * `pspdfkit/comment-marker` → a Text annotation, like a note: PDF has no
 * annotation for "a comment thread sits here", and a Text annotation is what
 * PDF readers list as a comment. No private keys are written: the thread's
 * replies (Instant JSON `comments`) become Text annotations /IRT this one
 * (comment-writer.ts). /Name is the marker's icon (a comment bubble unless it
 * names another), /C its colour, /Contents its text when it has one, and
 * then a /Popup as for notes.
 */
import { DEFAULT_MARKER_COLOR } from '../../../annotations/note-glyphs.js';
import type { CommentMarkerAnnotation } from '../../../model/index.js';
import { plainText } from '../../plain-text.js';
import type { AnnotationWriter } from '../../writer-types.js';
import { noteLikeText } from './note-icon-appearance.js';

export const writeCommentMarker: AnnotationWriter<CommentMarkerAnnotation> = (marker, env) => {
  const text = plainText(marker.text);
  return noteLikeText(marker, marker.color || DEFAULT_MARKER_COLOR, text, text !== '', env);
};
