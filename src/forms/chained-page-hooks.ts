/**
 * Several decorators of the same pages behind the one `PageHooks` a page
 * stack takes: the annotation layers (which also say what the canvas leaves
 * out) first, then the others in order.
 */
import type { PageHooks, PageView } from '../pdf/page-view.js';

/** A decorator that follows a page's layers but has no say in what the canvas draws. */
export type PageDecorator = Pick<PageHooks, 'layersCreated' | 'canvasShown' | 'evicted'>;

export function chainPageHooks(primary: PageHooks, ...others: PageDecorator[]): PageHooks {
  const all: PageDecorator[] = [primary, ...others];
  return {
    hiddenOriginals: () => primary.hiddenOriginals(),
    layersCreated(view: PageView, annotationLayer: HTMLDivElement, formLayer: HTMLDivElement) {
      for (const hooks of all) hooks.layersCreated(view, annotationLayer, formLayer);
    },
    canvasShown(view: PageView) {
      for (const hooks of all) hooks.canvasShown(view);
    },
    evicted(view: PageView) {
      for (const hooks of all) hooks.evicted(view);
    },
  };
}
