/** `rectangle`: drag a box (Shift: a square); a click or Enter places a 100 × 60 pt one. See drag-shape-tool.ts. */
import { rectangleKind } from '../annotations/rectangle.js';
import type { AnnotationInput, Rect } from '../model/index.js';
import { createDragShapeTool } from './drag-shape-tool.js';
import { dragBox, placedBox } from './shape-geometry.js';
import type { Tool } from './tool.js';

/** The stroke lies inside the bbox (see the kind), so the dragged box is the bbox. */
const record = (pageIndex: number, bbox: Rect): AnnotationInput => ({ ...rectangleKind.defaults, type: 'pspdfkit/shape/rectangle', pageIndex, bbox });

export function createRectangleTool(): Tool {
  return createDragShapeTool({
    id: 'rectangle',
    label: 'Rectangle',
    icon: 'M4 6h16v12H4z',
    dragged: (pageIndex, start, end, shift) => record(pageIndex, dragBox(start, end, shift)),
    placed: (pageIndex, center, page) => record(pageIndex, placedBox(center, 100, 60, page)),
  });
}
