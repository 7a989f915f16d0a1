/**
 * `link`: drag a rectangle, then say where it leads (a URL or a page) in the
 * link editor. OK creates one `pspdfkit/link` (one undo step); Escape or
 * Cancel creates nothing.
 */
import { kindOf } from '../annotations/registry.js';
import type { Action, Annotation, AnnotationInput, Rect } from '../model/index.js';
import { LinkEditor } from './link-editor.js';
import { RectDrag } from './rect-drag.js';
import { pageReference } from './tool-popover.js';
import type { Tool, ToolContext } from './tool.js';

const round = (value: number): number => Math.round(value * 100) / 100;

export function createLinkTool(): Tool {
  let drag: RectDrag | undefined;
  let editor: LinkEditor | undefined;

  const closeEditor = (context: ToolContext) => {
    editor?.close();
    editor = undefined;
    context.clearOverlay();
  };

  const ask = (context: ToolContext, pageIndex: number, rect: Rect) => {
    const root = context.host.shadowRoot;
    if (!root) return;
    const pageCount = (context.host as HTMLElement & { pageCount?: number }).pageCount ?? pageIndex + 1;
    editor = new LinkEditor(root, {
      translate: context.translate,
      anchor: pageReference(context, pageIndex, rect),
      pageCount,
      onSubmit: (action: Action) => {
        editor = undefined;
        context.clearOverlay();
        const kind = kindOf({ type: 'pspdfkit/link' } as Annotation);
        context.create({ ...(kind?.defaults ?? {}), type: 'pspdfkit/link', pageIndex, bbox: rect.map(round) as Rect, action } as AnnotationInput);
        context.host.focus({ preventScroll: true });
      },
      onCancel: () => {
        editor = undefined;
        context.clearOverlay();
        context.host.focus({ preventScroll: true });
      },
    });
  };

  return {
    id: 'link',
    label: 'Link',
    icon: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
    cursor: 'crosshair',
    edits: true,
    pointerDown(pointer, context) {
      closeEditor(context);
      drag = new RectDrag(pointer);
    },
    pointerMove(pointer, context) {
      drag?.move(pointer, context, 'link-preview');
    },
    pointerUp(pointer, context) {
      const current = drag;
      drag = undefined;
      if (!current) return;
      current.move(pointer, context, 'link-preview');
      if (!current.isMeant(context)) {
        context.clearOverlay();
        return;
      }
      // The preview stays while the editor asks where the link leads.
      ask(context, current.pageIndex, current.rect);
    },
    cancel(context) {
      drag = undefined;
      context.clearOverlay();
    },
    deactivate(context) {
      drag = undefined;
      closeEditor(context);
    },
  };
}
