/**
 * Pointer events on the pages as tools see them: which page an event is on,
 * and the `PagePointer` (page points, coalesced samples, pressure) it makes.
 */
import type { PageView } from '../pdf/page-view.js';
import type { PagePointer } from '../tools/tool.js';
import { primaryModifier } from './input-targets.js';
import { clientToPage } from './page-coordinates.js';

/** The index of the page (`part="page"`) the event went through, stopping at `pages`. */
export function pageOfEvent(event: Event, pages: HTMLElement | undefined): number | undefined {
  for (const element of event.composedPath()) {
    if (!(element instanceof HTMLElement)) continue;
    const index = element.dataset['pageIndex'];
    if (index !== undefined && element.getAttribute('part')?.split(' ').includes('page')) return Number(index);
    if (element === pages) return undefined;
  }
  return undefined;
}

/** The index of the page under client coordinates (after a captured press, events land on `pages` itself). */
export function pageAtPoint(pages: HTMLElement, x: number, y: number): number | undefined {
  for (const element of pages.querySelectorAll<HTMLElement>('[part~="page"][data-page-index]')) {
    const box = element.getBoundingClientRect();
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return Number(element.dataset['pageIndex']);
  }
  return undefined;
}

/** The event as a tool gets it, on `view`'s page; undefined before the page is known. */
export function pagePointer(event: PointerEvent, pageIndex: number, view: PageView | undefined): PagePointer | undefined {
  const frame = view?.frame;
  if (!view || !frame) return undefined;
  const events = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
  const samples = events.length ? events : [event];
  const points = samples.map((sample) => clientToPage(view.element, frame, sample.clientX, sample.clientY));
  // A mouse reports 0.5 while pressed and 0 when not; anything that reports no pressure gets 0.5.
  const pressures = samples.map((sample) => (sample.pointerType === 'mouse' || !(sample.pressure > 0) ? 0.5 : sample.pressure));
  return {
    pageIndex,
    point: points[points.length - 1]!,
    points,
    pressures,
    shiftKey: event.shiftKey,
    primaryModifier: primaryModifier(event),
    altKey: event.altKey,
    pointerType: event.pointerType,
    client: { x: event.clientX, y: event.clientY },
    target: event.composedPath()[0] instanceof Element ? (event.composedPath()[0] as Element) : null,
  };
}
