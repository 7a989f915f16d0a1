/** Writers for rectangles, ellipses, lines, polylines, polygons, ink and the four text markups (see shapes/). */
import { writeBoxShape } from './shapes/box-shape-writer.js';
import { writeInk } from './shapes/ink-writer.js';
import { writeMarkup } from './shapes/markup-writer.js';
import { writeOpenPath } from './shapes/open-path-writer.js';
import { writePolygon } from './shapes/polygon-writer.js';
import type { WriterTable } from './writer-table.js';

export const SHAPE_WRITERS: WriterTable = {
  'pspdfkit/shape/rectangle': writeBoxShape,
  'pspdfkit/shape/ellipse': writeBoxShape,
  'pspdfkit/shape/line': writeOpenPath,
  'pspdfkit/shape/polyline': writeOpenPath,
  'pspdfkit/shape/polygon': writePolygon,
  'pspdfkit/ink': writeInk,
  'pspdfkit/markup/highlight': writeMarkup,
  'pspdfkit/markup/underline': writeMarkup,
  'pspdfkit/markup/strikeout': writeMarkup,
  'pspdfkit/markup/squiggly': writeMarkup,
};
