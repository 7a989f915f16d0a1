/**
 * `arrow`: a line with an open arrowhead (`lineCaps.end: 'openArrow'`, the
 * spec's name) where the drag ends. See drag-shape-tool.ts.
 */
import type { LineCaps } from '../model/index.js';
import { createDragShapeTool } from './drag-shape-tool.js';
import { draggedLine, placedLine } from './line-record.js';
import type { Tool } from './tool.js';

const ARROW: LineCaps = { end: 'openArrow' };

export function createArrowTool(): Tool {
  return createDragShapeTool({
    id: 'arrow',
    label: 'Arrow',
    icon: 'M5 19 19 5M10 5h9v9',
    dragged: (pageIndex, start, end, shift) => draggedLine(pageIndex, start, end, shift, ARROW),
    placed: (pageIndex, center, page) => placedLine(pageIndex, center, page, ARROW),
  });
}
