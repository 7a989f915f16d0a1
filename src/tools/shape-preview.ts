/**
 * Draws a record that does not exist yet into a page's tool overlay with its
 * kind's own drawing code, with the tool's preset applied as `create` will
 * apply it, so the preview looks exactly like the result.
 */
import { kindOf } from '../annotations/registry.js';
import type { Annotation, AnnotationInput } from '../model/index.js';
import type { ToolContext } from './tool.js';
import { withPreset } from './tool-presets.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function drawPreview(context: ToolContext, toolId: string, dragged: AnnotationInput): SVGGElement | undefined {
  const input = withPreset(dragged, context.preset(toolId));
  const overlay = context.overlay(input.pageIndex);
  if (!overlay) return undefined;
  overlay.replaceChildren();
  const record = { ...input, id: 'preview', v: 2 } as Annotation;
  const kind = kindOf(record);
  const group = overlay.ownerDocument.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'drawing-preview');
  if (input.opacity !== undefined && input.opacity < 1) group.setAttribute('opacity', String(input.opacity));
  const drawing = kind?.drawSvg?.(record as never, { attachment: () => undefined, translate: (key) => context.translate(key) });
  if (drawing) group.append(drawing);
  overlay.append(group);
  return group;
}
