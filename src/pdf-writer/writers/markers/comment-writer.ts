/**
 * An Instant Comments reply (`pspdfkit/comment` in Instant JSON `comments`)
 * → a Text annotation in reply to its thread's root: /IRT the root, /RT /R,
 * /Rect the root's, /Contents the comment's text. PDF readers show such a
 * reply in the root's thread, and Acrobat keeps replies off the page. The
 * shared entries (/NM its id, /T creatorName, /M, /CreationDate, /F) are the
 * orchestrator's, written from the comment's fields like any record's.
 *
 * It still needs an appearance (readers without reply handling, pdf.js among
 * them, draw what /AP holds): a comment bubble in the marker colour at the
 * root's top-left corner, the spot where a comment marker root draws the same
 * bubble, so over a marker it adds nothing visible.
 */
import { DEFAULT_MARKER_COLOR, ICON_SIDE } from '../../../annotations/note-glyphs.js';
import type { Comment } from '../../../model/index.js';
import { Appearance } from '../../appearance.js';
import type { PdfRect } from '../../page-frame.js';
import type { PDFRef } from '../../pdf-lib.js';
import { plainText } from '../../plain-text.js';
import type { WriterEnv, WrittenAnnotation } from '../../writer-types.js';
import { drawNoteIcon } from './note-icon-appearance.js';
import { PDF_ICON_NAMES } from './note-icon-names.js';
import { pdfColor } from './pdf-color.js';

export interface CommentRoot {
  /** The root annotation's object. */
  ref: PDFRef;
  /** The root's /Rect, which the reply shares. */
  rect: PdfRect;
}

export function writeComment(comment: Comment, root: CommentRoot, env: WriterEnv): WrittenAnnotation {
  const { PDFName } = env.lib;
  const [llx, lly, urx, ury] = root.rect;
  const rect: PdfRect = [Math.min(llx, urx), Math.min(lly, ury), Math.max(llx, urx), Math.max(lly, ury)];
  const appearance = new Appearance(rect);
  // Never larger than the root: the appearance is clipped to its /Rect.
  const side = Math.min(ICON_SIDE, rect[2] - rect[0], rect[3] - rect[1]);
  if (side > 0) drawNoteIcon(appearance, rect[0], rect[3], side, 'comment', DEFAULT_MARKER_COLOR);
  return {
    subtype: 'Text',
    rect,
    entries: {
      IRT: root.ref,
      RT: PDFName.of('R'),
      Name: PDFName.of(PDF_ICON_NAMES.comment),
      C: pdfColor(DEFAULT_MARKER_COLOR),
    },
    contents: plainText(comment.text),
    appearance,
  };
}
