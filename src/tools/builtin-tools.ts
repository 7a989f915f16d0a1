/**
 * The built-in tools, in toolbar order. Each viewer gets its own instances
 * (a tool keeps the state of the stroke or drag in progress). A new tool is
 * one module in this folder plus one line here.
 */
import { createHighlightTool } from './highlight-tool.js';
import { createLinkTool } from './link-tool.js';
import { createPanTool } from './pan-tool.js';
import { createRedactionTool } from './redaction-tool.js';
import { createSelectTool } from './select-tool.js';
import { createSquigglyTool } from './squiggly-tool.js';
import { createStrikeoutTool } from './strikeout-tool.js';
import type { Tool } from './tool.js';
import { createUnderlineTool } from './underline-tool.js';

export function builtinTools(): Tool[] {
  return [
    createSelectTool(),
    createPanTool(),
    createHighlightTool(),
    createUnderlineTool(),
    createStrikeoutTool(),
    createSquigglyTool(),
    createRedactionTool(),
    createLinkTool(),
  ];
}
