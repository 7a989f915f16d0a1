/** `line`: drag from start to end (Shift: multiples of 45°); a click or Enter places a 100 pt one. See drag-shape-tool.ts. */
import { createDragShapeTool } from './drag-shape-tool.js';
import { draggedLine, placedLine } from './line-record.js';
import type { Tool } from './tool.js';

export function createLineTool(): Tool {
  return createDragShapeTool({
    id: 'line',
    label: 'Line',
    icon: 'M5 19 19 5',
    dragged: (pageIndex, start, end, shift) => draggedLine(pageIndex, start, end, shift),
    placed: (pageIndex, center, page) => placedLine(pageIndex, center, page),
  });
}
