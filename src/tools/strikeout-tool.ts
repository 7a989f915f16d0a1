/** `strikeout`: select text with the tool active to strike it out (see text-markup-tool.ts). */
import { textMarkupInput } from './text-markup-tool.js';
import type { Tool } from './tool.js';

export function createStrikeoutTool(): Tool {
  return {
    id: 'strikeout',
    label: 'Strikeout',
    icon: 'M4 12h16M16 6.5C15 5 13.6 4.5 12 4.5c-2.5 0-4.5 1.3-4.5 3.5M8 17c1 1.6 2.4 2.5 4.5 2.5 2.6 0 4.5-1.4 4.5-3.5',
    cursor: 'text',
    edits: true,
    ...textMarkupInput('pspdfkit/markup/strikeout'),
  };
}
