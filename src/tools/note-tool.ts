/**
 * `note`: a click marks where the note goes and opens its editor, a small
 * popover with a textarea (`part="note-editor"`). Closing the editor with
 * text in it (Ctrl/⌘+Enter, Escape, a click elsewhere, focus leaving)
 * creates the `pspdfkit/note` with that text, so the note and its text are
 * ONE undo step; closing it empty places nothing.
 */
import { noteKind } from '../annotations/note.js';
import { ICON_SIZE } from '../annotations/note-icons.js';
import type { AnnotationInput, Rect } from '../model/index.js';
import { CSS_UNITS } from '../pdf/page-view.js';
import { clampToPage, roundRect } from './page-point.js';
import { pageReference, ToolPopover } from './tool-popover.js';
import type { Tool, ToolContext } from './tool.js';

/** The icon's side at 100 %, in points: what the note covers on the page. */
export const NOTE_SIZE = ICON_SIZE / CSS_UNITS;

const SVG_NS = 'http://www.w3.org/2000/svg';

export function createNoteTool(): Tool {
  let popover: ToolPopover | undefined;
  let textarea: HTMLTextAreaElement | undefined;
  let pending: { pageIndex: number; bbox: Rect } | undefined;
  let closing = false;

  const commit = (context: ToolContext) => {
    const place = pending;
    const value = textarea?.value ?? '';
    pending = undefined;
    const hadFocus = textarea?.matches(':focus') ?? false;
    popover?.hide();
    context.clearOverlay();
    if (hadFocus) context.host.focus({ preventScroll: true });
    if (!place || value.trim() === '') return;
    context.create({ ...noteKind.defaults, type: 'pspdfkit/note', pageIndex: place.pageIndex, bbox: place.bbox, text: { format: 'plain', value } } as AnnotationInput);
  };

  const editor = (context: ToolContext): { popover: ToolPopover; textarea: HTMLTextAreaElement } => {
    if (!popover || !textarea || !popover.element.isConnected) {
      popover?.remove();
      const created = new ToolPopover(context, 'note-editor', context.translate('note.editorLabel'), () => commit(context));
      const field = context.host.ownerDocument.createElement('textarea');
      field.setAttribute('aria-label', context.translate('note.textLabel'));
      field.placeholder = context.translate('note.placeholder');
      field.addEventListener('keydown', (event) => {
        event.stopPropagation();
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
          event.preventDefault();
          commit(context);
        }
      });
      created.element.append(field);
      popover = created;
      textarea = field;
    }
    return { popover, textarea };
  };

  const preview = (context: ToolContext, pageIndex: number, [x, y, width, height]: Rect) => {
    const group = context.overlay(pageIndex);
    if (!group) return;
    const icon = group.ownerDocument.createElementNS(SVG_NS, 'rect');
    icon.setAttribute('class', 'preview');
    for (const [name, value] of Object.entries({ x, y, width, height, rx: 2 })) icon.setAttribute(name, String(value));
    icon.setAttribute('fill', noteKind.defaults.color ?? '#ffe066');
    icon.setAttribute('stroke', '#5f6368');
    group.append(icon);
  };

  return {
    id: 'note',
    label: 'Note',
    icon: 'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-9l-5 4.5V17H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z',
    cursor: 'crosshair',
    edits: true,
    deactivate(context) {
      commit(context);
      popover?.remove();
      popover = undefined;
      textarea = undefined;
    },
    pointerDown(_pointer, context) {
      // The click that leaves the editor only closes it.
      closing = pending !== undefined;
      if (closing) commit(context);
      return true;
    },
    pointerUp(pointer, context) {
      if (closing || pending) return;
      const frame = context.pageFrame(pointer.pageIndex);
      const [x, y] = pointer.point;
      let bbox: Rect = [x - NOTE_SIZE / 2, y - NOTE_SIZE / 2, NOTE_SIZE, NOTE_SIZE];
      if (frame) bbox = clampToPage(bbox, frame.width, frame.height);
      bbox = roundRect(bbox);
      pending = { pageIndex: pointer.pageIndex, bbox };
      preview(context, pointer.pageIndex, bbox);
      const open = editor(context);
      open.textarea.value = '';
      open.popover.show(pageReference(context, pointer.pageIndex, bbox));
      open.textarea.focus({ preventScroll: true });
    },
  };
}
