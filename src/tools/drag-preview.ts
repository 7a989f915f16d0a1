/**
 * While a selection is dragged, its drawing follows the pointer: the
 * annotation's element gets a translation, undone when the drag ends (the
 * committed record is drawn afresh anyway). Everything in the annotation
 * layer is in page points; boxes are turned with the page's /Rotate, so
 * their shift is given in the page as shown.
 */
import type { Annotation } from '../model/index.js';
import { shiftRunDrawing } from '../viewer/page-annotation-layer.js';
import { shownShift } from './page-vectors.js';
import type { ToolContext } from './tool.js';

function elementOf(context: ToolContext, annotation: Annotation): HTMLElement | SVGElement | null {
  const page = context.pageElement(annotation.pageIndex);
  return page?.querySelector<HTMLElement | SVGElement>(`.annotation-layer [data-annotation-id="${CSS.escape(annotation.id)}"]`) ?? null;
}

export function previewTranslation(context: ToolContext, annotation: Annotation, dx: number, dy: number): void {
  const element = elementOf(context, annotation);
  if (!element) return;
  if (element instanceof SVGElement) {
    shiftRunDrawing(element, annotation.bbox, dx, dy);
    return;
  }
  const rotation = context.pageFrame(annotation.pageIndex)?.rotation ?? 0;
  const [x, y] = shownShift(rotation, dx, dy);
  element.style.translate = `${x}px ${y}px`;
}

export function clearPreview(context: ToolContext, annotation: Annotation): void {
  const element = elementOf(context, annotation);
  if (!element) return;
  if (element instanceof SVGElement) shiftRunDrawing(element, annotation.bbox, 0, 0);
  else element.style.removeProperty('translate');
}
