/** Writers for notes, comment markers, stamps, images and links (one module each under markers/). */
import { writeCommentMarker } from './markers/comment-marker-writer.js';
import { writeImage } from './markers/image-writer.js';
import { writeLink } from './markers/link-writer.js';
import { writeNote } from './markers/note-writer.js';
import { writeStamp } from './markers/stamp-writer.js';
import type { WriterTable } from './writer-table.js';

export const MARKER_WRITERS: WriterTable = {
  'pspdfkit/note': writeNote,
  'pspdfkit/comment-marker': writeCommentMarker,
  'pspdfkit/stamp': writeStamp,
  'pspdfkit/image': writeImage,
  'pspdfkit/link': writeLink,
};

export { writeComment } from './markers/comment-writer.js';
