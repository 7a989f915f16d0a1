/** `underline`: select text with the tool active to underline it (see text-markup-tool.ts). */
import { textMarkupInput } from './text-markup-tool.js';
import type { Tool } from './tool.js';

export function createUnderlineTool(): Tool {
  return {
    id: 'underline',
    label: 'Underline',
    icon: 'M7 4v7a5 5 0 0 0 10 0V4M5 20h14',
    cursor: 'text',
    edits: true,
    ...textMarkupInput('pspdfkit/markup/underline'),
  };
}
