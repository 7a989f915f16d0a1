/** `highlight`: select text with the tool active to highlight it (see text-markup-tool.ts). */
import { textMarkupInput } from './text-markup-tool.js';
import type { Tool } from './tool.js';

export function createHighlightTool(): Tool {
  return {
    id: 'highlight',
    label: 'Highlight',
    icon: 'M4 19h16M7 15l8-10 4 3-8 10H7z',
    cursor: 'text',
    edits: true,
    ...textMarkupInput('pspdfkit/markup/highlight'),
  };
}
