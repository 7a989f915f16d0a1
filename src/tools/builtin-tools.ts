/**
 * The built-in tools, in toolbar order. Each viewer gets its own instances
 * (a tool keeps the state of the stroke or drag in progress). A new tool is
 * one module in this folder plus one line here.
 */
import { createArrowTool } from './arrow-tool.js';
import { createEllipseTool } from './ellipse-tool.js';
import { createEraserTool } from './eraser-tool.js';
import { createHighlightTool } from './highlight-tool.js';
import { createHighlighterTool } from './highlighter-tool.js';
import { createImageTool } from './image-tool.js';
import { createInkTool } from './ink-tool.js';
import { createLineTool } from './line-tool.js';
import { createLinkTool } from './link-tool.js';
import { createNoteTool } from './note-tool.js';
import { createPanTool } from './pan-tool.js';
import { createPolygonTool } from './polygon-tool.js';
import { createPolylineTool } from './polyline-tool.js';
import { createRectangleTool } from './rectangle-tool.js';
import { createRedactionTool } from './redaction-tool.js';
import { createSelectTool } from './select-tool.js';
import { createSquigglyTool } from './squiggly-tool.js';
import { createStampTool } from './stamp-tool.js';
import { createStrikeoutTool } from './strikeout-tool.js';
import { createTextTool } from './text-tool.js';
import type { Tool } from './tool.js';
import { createUnderlineTool } from './underline-tool.js';

export function builtinTools(): Tool[] {
  return [
    createSelectTool(),
    createPanTool(),
    createInkTool(),
    createHighlighterTool(),
    createEraserTool(),
    createLineTool(),
    createArrowTool(),
    createRectangleTool(),
    createEllipseTool(),
    createPolygonTool(),
    createPolylineTool(),
    createHighlightTool(),
    createUnderlineTool(),
    createStrikeoutTool(),
    createSquigglyTool(),
    createRedactionTool(),
    createTextTool(),
    createNoteTool(),
    createStampTool(),
    createImageTool(),
    createLinkTool(),
  ];
}
