/**
 * The built-in tools, in toolbar order. Each viewer gets its own instances
 * (a tool keeps the state of the stroke or drag in progress). A new tool is
 * one module in this folder plus one line here.
 */
import { createImageTool } from './image-tool.js';
import { createNoteTool } from './note-tool.js';
import { createPanTool } from './pan-tool.js';
import { createSelectTool } from './select-tool.js';
import { createStampTool } from './stamp-tool.js';
import { createTextTool } from './text-tool.js';
import type { Tool } from './tool.js';

export function builtinTools(): Tool[] {
  return [createSelectTool(), createPanTool(), createTextTool(), createNoteTool(), createStampTool(), createImageTool()];
}
