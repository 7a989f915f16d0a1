/**
 * `highlighter`: freehand ink that multiplies with the page (text under it
 * stays readable), wide and yellow like a marker. See freehand-tool.ts.
 */
import { createFreehandTool } from './freehand-tool.js';
import type { Tool } from './tool.js';

export const HIGHLIGHTER_STYLE = { strokeColor: '#ffeb3b', lineWidth: 12, blendMode: 'multiply', opacity: 1 } as const;

export function createHighlighterTool(): Tool {
  return createFreehandTool({
    id: 'highlighter',
    label: 'Highlighter',
    icon: 'M4 20h6M14 4l6 6-8 8H6v-6z',
    style: HIGHLIGHTER_STYLE,
  });
}
