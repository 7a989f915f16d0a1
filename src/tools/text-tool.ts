/**
 * `text` (free text): a click opens an editor in a default-size box at that
 * point, a drag opens it in the dragged box; typing goes in place, and
 * closing the editor (Escape, a click elsewhere) creates ONE `pspdfkit/text`
 * with the kind's defaults, one undo step. Empty text creates nothing. A
 * double-click on an existing free text edits it again.
 *
 * On a page with /Rotate, the new text gets the page's rotation so it reads
 * upright on screen, and its box follows the screen's orientation.
 */
import { textKind } from '../annotations/text.js';
import type { AnnotationInput, Point, Rect, TextAnnotation } from '../model/index.js';
import { clampToPage, pageRectOf, pixelsPerPoint, roundRect } from './page-point.js';
import { commitTextEditor, editExistingText, isEditingText, openTextEditor } from './text-editor.js';
import type { PagePointer, Tool, ToolContext } from './tool.js';

/** Below this many CSS pixels a press is a click, not a drag. */
const DRAG_THRESHOLD = 4;
/** A clicked box, as shown on screen, in points: one line of the default font, a useful width. */
export const DEFAULT_TEXT_WIDTH = 200;
export const DEFAULT_TEXT_HEIGHT = 24;

const defaults = textKind.defaults;

function rectFrom([x1, y1]: Point, [x2, y2]: Point): Rect {
  return [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)];
}

/** The text annotation at the pointer, if any. */
export function textAt(pointer: PagePointer, context: ToolContext): TextAnnotation | undefined {
  const hit = context.hitTest(pointer.pageIndex, pointer.point);
  return hit?.type === 'pspdfkit/text' ? (hit as TextAnnotation) : undefined;
}

export function createTextTool(): Tool {
  let press: { pageIndex: number; start: Point; client: { x: number; y: number }; rect: Rect | undefined } | undefined;

  const place = (context: ToolContext, pageIndex: number, bbox: Rect) => {
    const rotation = context.pageFrame(pageIndex)?.rotation ?? 0;
    // The editor shows what the text will be: the tool's preset over the kind's defaults,
    // so the box grows for the size the text gets.
    const styled = { ...defaults, ...(context.preset('text') as Partial<TextAnnotation> | undefined) };
    const fontSize = typeof styled.fontSize === 'number' ? styled.fontSize : 14;
    const fontColor = typeof styled.fontColor === 'string' ? styled.fontColor : '#000000';
    openTextEditor(context, {
      pageIndex,
      bbox,
      style: { fontSize, fontColor, horizontalAlign: styled.horizontalAlign },
      value: '',
      commit(value, grown) {
        if (value.trim() === '') return;
        const input = {
          ...defaults,
          type: 'pspdfkit/text',
          pageIndex,
          bbox: roundRect([bbox[0], bbox[1], Math.max(bbox[2], grown[2]), Math.max(bbox[3], grown[3])]),
          text: { format: 'plain', value },
          fontSize,
          fontColor,
          rotation,
        } as AnnotationInput;
        context.create(input);
      },
    });
  };

  return {
    id: 'text',
    label: 'Text',
    icon: 'M5 5h14M12 5v14M9 19h6',
    cursor: 'text',
    edits: true,
    deactivate(context) {
      press = undefined;
      commitTextEditor(context);
      context.clearOverlay();
    },
    pointerDown(pointer, context) {
      if (isEditingText(context)) {
        // The click that leaves the editor only commits it.
        commitTextEditor(context);
        press = undefined;
        return true;
      }
      if (textAt(pointer, context)) {
        press = undefined;
        return true;
      }
      press = { pageIndex: pointer.pageIndex, start: pointer.point, client: pointer.client, rect: undefined };
      return true;
    },
    pointerMove(pointer, context) {
      if (!press) return;
      const far = Math.hypot(pointer.client.x - press.client.x, pointer.client.y - press.client.y) >= DRAG_THRESHOLD;
      if (!far && !press.rect) return;
      press.rect = rectFrom(press.start, pointer.point);
      context.clearOverlay();
      const group = context.overlay(press.pageIndex);
      if (!group) return;
      const outline = group.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'rect');
      const [x, y, width, height] = press.rect;
      outline.setAttribute('class', 'marquee');
      outline.setAttribute('x', String(x));
      outline.setAttribute('y', String(y));
      outline.setAttribute('width', String(width));
      outline.setAttribute('height', String(height));
      group.append(outline);
    },
    pointerUp(_pointer, context) {
      const current = press;
      press = undefined;
      context.clearOverlay();
      if (!current) return;
      const frame = context.pageFrame(current.pageIndex);
      let bbox: Rect;
      if (current.rect && current.rect[2] > 1 && current.rect[3] > 1) {
        bbox = current.rect;
      } else {
        // Default box: its top-left as shown on screen at the click.
        const scale = pixelsPerPoint(context, current.pageIndex);
        bbox = pageRectOf(context, current.pageIndex, {
          left: current.client.x,
          top: current.client.y,
          width: DEFAULT_TEXT_WIDTH * scale,
          height: DEFAULT_TEXT_HEIGHT * scale,
        });
        if (frame) bbox = clampToPage(bbox, frame.width, frame.height);
      }
      place(context, current.pageIndex, roundRect(bbox));
    },
    cancel(context) {
      press = undefined;
      context.clearOverlay();
    },
    doubleClick(pointer, context) {
      const text = textAt(pointer, context);
      if (text) editExistingText(context, text);
    },
  };
}
