/** `pan`: dragging scrolls the pages, like grabbing the paper. */
import type { Tool } from './tool.js';

export function createPanTool(): Tool {
  let last: { x: number; y: number } | undefined;
  return {
    id: 'pan',
    label: 'Pan',
    icon: 'M12 3v18M3 12h18M12 3 9 6M12 3l3 3M12 21l-3-3M12 21l3-3M3 12l3-3M3 12l3 3M21 12l-3-3M21 12l-3 3',
    cursor: 'grab',
    edits: false,
    pointerDown(pointer) {
      last = pointer.client;
    },
    pointerMove(pointer, context) {
      if (!last) return;
      context.scrollBy(last.x - pointer.client.x, last.y - pointer.client.y);
      last = pointer.client;
    },
    pointerUp() {
      last = undefined;
    },
    cancel() {
      last = undefined;
    },
  };
}
