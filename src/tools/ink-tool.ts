/** `ink`: freehand drawing with the ink kind's defaults. See freehand-tool.ts. */
import { createFreehandTool } from './freehand-tool.js';
import type { Tool } from './tool.js';

export function createInkTool(): Tool {
  return createFreehandTool({
    id: 'ink',
    label: 'Ink',
    icon: 'M3 17c3-6 5-9 7-9s1 7 3 7 3-5 5-5 2 2 3 3',
    style: {},
  });
}
