/** `ellipse`: drag its box (Shift: a circle); a click or Enter places a 100 × 60 pt one. See drag-shape-tool.ts. */
import { ellipseKind } from '../annotations/ellipse.js';
import type { AnnotationInput, Rect } from '../model/index.js';
import { createDragShapeTool } from './drag-shape-tool.js';
import { dragBox, placedBox } from './shape-geometry.js';
import type { Tool } from './tool.js';

/** The stroke lies inside the bbox (see the kind), so the dragged box is the bbox. */
const record = (pageIndex: number, bbox: Rect): AnnotationInput => ({ ...ellipseKind.defaults, type: 'pspdfkit/shape/ellipse', pageIndex, bbox });

export function createEllipseTool(): Tool {
  return createDragShapeTool({
    id: 'ellipse',
    label: 'Ellipse',
    icon: 'M3 12a9 6 0 1 0 18 0a9 6 0 1 0-18 0',
    dragged: (pageIndex, start, end, shift) => record(pageIndex, dragBox(start, end, shift)),
    placed: (pageIndex, center, page) => record(pageIndex, placedBox(center, 100, 60, page)),
  });
}
