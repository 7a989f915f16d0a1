/**
 * Dropping a PNG or JPEG file on a page places it there, whatever the
 * active tool (see image-file.ts). Other files are refused with a message;
 * nothing happens in a readonly viewer.
 */
import { fromClient } from './page-point.js';
import { placeImageFile } from './image-file.js';
import type { ToolContext } from './tool.js';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

function pageAt(pages: HTMLElement, event: DragEvent): number | undefined {
  for (const element of pages.querySelectorAll<HTMLElement>('[part~="page"][data-page-index]')) {
    const box = element.getBoundingClientRect();
    if (event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom) {
      return Number(element.dataset['pageIndex']);
    }
  }
  return undefined;
}

export function bindImageDrop(pages: HTMLElement, context: ToolContext, signal: AbortSignal): void {
  pages.addEventListener(
    'dragover',
    (event) => {
      if (context.readonly || !hasFiles(event) || pageAt(pages, event) === undefined) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
    },
    { signal },
  );
  pages.addEventListener(
    'drop',
    (event) => {
      if (context.readonly || !hasFiles(event)) return;
      const pageIndex = pageAt(pages, event);
      const file = event.dataTransfer?.files[0];
      if (pageIndex === undefined || !file) return;
      event.preventDefault();
      void placeImageFile(context, file, { pageIndex, point: fromClient(context, pageIndex, event.clientX, event.clientY) });
    },
    { signal },
  );
}
