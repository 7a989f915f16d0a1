/**
 * Where keyboard-made shapes go: the centre of the part of the current page
 * that is visible in the viewer (the page's centre when it is all visible),
 * and how a shape tool commits a shape: created, then selected.
 */
import type { AnnotationInput, Point } from '../model/index.js';
import type { ToolContext, ToolPageFrame } from './tool.js';

/** Creates `input` as one user edit and selects it, as every shape tool does with a finished shape. */
export function createSelected(context: ToolContext, input: AnnotationInput): void {
  const created = context.create(input);
  context.select([created.id]);
}

/**
 * Enter with a shape tool: the shape `placed` gives for the visible centre
 * of the current page, created and selected. False when no page is shown.
 */
export function placeAtVisibleCenter(
  context: ToolContext,
  placed: (pageIndex: number, center: Point, page: ToolPageFrame) => AnnotationInput,
): boolean {
  const target = visibleCenter(context);
  const page = target && context.pageFrame(target.pageIndex);
  if (!target || !page) return false;
  context.clearOverlay();
  createSelected(context, placed(target.pageIndex, target.point, page));
  return true;
}

function scroller(element: HTMLElement): HTMLElement | undefined {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return undefined;
}

export function visibleCenter(context: ToolContext): { pageIndex: number; point: Point } | undefined {
  const pageIndex = context.currentPage;
  const element = context.pageElement(pageIndex);
  const frame = context.pageFrame(pageIndex);
  if (!element || !frame) return undefined;
  const page = element.getBoundingClientRect();
  const scrolling = scroller(element);
  const outer = scrolling?.getBoundingClientRect();
  // The scroller's inside, its scrollbars left out.
  const view =
    scrolling && outer
      ? { left: outer.left + scrolling.clientLeft, top: outer.top + scrolling.clientTop, right: outer.left + scrolling.clientLeft + scrolling.clientWidth, bottom: outer.top + scrolling.clientTop + scrolling.clientHeight }
      : page;
  const left = Math.max(page.left, view.left);
  const right = Math.min(page.right, view.right);
  const top = Math.max(page.top, view.top);
  const bottom = Math.min(page.bottom, view.bottom);
  const [cx, cy] = right > left && bottom > top ? [(left + right) / 2, (top + bottom) / 2] : [(page.left + page.right) / 2, (page.top + page.bottom) / 2];
  const point = context.toPage(pageIndex, cx, cy);
  if (!point) return undefined;
  const [x, y] = point;
  return { pageIndex, point: [Math.min(Math.max(x, 0), frame.width), Math.min(Math.max(y, 0), frame.height)] };
}
