/** Writers for notes, comment markers, stamps, images and links. */
import type { WriterTable } from './writer-table.js';

export const MARKER_WRITERS: WriterTable = {};
