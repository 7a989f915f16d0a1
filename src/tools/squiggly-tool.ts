/** `squiggly`: select text with the tool active to mark it with a wavy underline (see text-markup-tool.ts). */
import { textMarkupInput } from './text-markup-tool.js';
import type { Tool } from './tool.js';

export function createSquigglyTool(): Tool {
  return {
    id: 'squiggly',
    label: 'Squiggly',
    icon: 'M7 4v6a5 5 0 0 0 10 0V4M3 19l3-2 3 2 3-2 3 2 3-2 3 2',
    cursor: 'text',
    edits: true,
    ...textMarkupInput('pspdfkit/markup/squiggly'),
  };
}
