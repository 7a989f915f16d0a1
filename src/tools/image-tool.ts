/**
 * `image`: activating the tool opens a file picker for a PNG or JPEG (an
 * `<input type=file>` in the viewer's shadow root); the chosen picture is
 * placed centred on the current page, then the viewer goes back to `select`
 * with the image selected. While the tool is active, a click on a page opens
 * the picker again and places the picture at the click.
 * Dropping a file on a page works with any tool (image-drop.ts).
 */
import type { Point } from '../model/index.js';
import { placeImageFile } from './image-file.js';
import type { Tool, ToolContext } from './tool.js';

export function createImageTool(): Tool {
  let input: HTMLInputElement | undefined;
  let target: { pageIndex: number; point: Point } | undefined;
  let press: { pageIndex: number; point: Point } | undefined;

  const inputOf = (context: ToolContext): HTMLInputElement => {
    if (input?.isConnected) return input;
    const root = context.host.shadowRoot ?? context.host;
    const element = context.host.ownerDocument.createElement('input');
    element.type = 'file';
    element.accept = 'image/png,image/jpeg';
    element.className = 'image-file-input';
    element.hidden = true;
    element.setAttribute('aria-label', context.translate('image.choose'));
    element.addEventListener('change', () => {
      const file = element.files?.[0];
      const at = target;
      target = undefined;
      element.value = '';
      if (!file) return;
      void placeImageFile(context, file, at).then((created) => {
        if (!created) return;
        context.setTool('select');
        context.select([created.id]);
      });
    });
    root.append(element);
    input = element;
    return element;
  };

  const choose = (context: ToolContext, at?: { pageIndex: number; point: Point }) => {
    target = at;
    inputOf(context).click();
  };

  return {
    id: 'image',
    label: 'Image',
    icon: 'M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15 9.5a1.5 1.5 0 1 0 0-.01',
    cursor: 'copy',
    edits: true,
    activate(context) {
      if (context.readonly) return;
      choose(context);
    },
    pointerDown(pointer) {
      press = { pageIndex: pointer.pageIndex, point: pointer.point };
      return true;
    },
    pointerUp(_pointer, context) {
      const at = press;
      press = undefined;
      if (at) choose(context, at);
    },
    cancel() {
      press = undefined;
    },
  };
}
