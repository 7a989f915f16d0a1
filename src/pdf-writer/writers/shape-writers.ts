/** Writers for rectangles, ellipses, lines, polylines, polygons, ink and the four text markups. */
import type { WriterTable } from './writer-table.js';

export const SHAPE_WRITERS: WriterTable = {};
