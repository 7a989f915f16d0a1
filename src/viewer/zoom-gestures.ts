/**
 * Ctrl/⌘ + wheel (and trackpad pinch, which browsers report as a ctrl-wheel)
 * zooms around the pointer; two fingers scroll (their midpoint drags the
 * pages) and pinch-zoom around the point between them, whatever the tool.
 *
 * Two fingers are ours, not the browser's: the viewport allows only native
 * panning (`touch-action: pan-x pan-y`), and with a drawing tool the pages
 * allow nothing (`touch-action: none`, see tool.styles.ts) so that one finger
 * draws. A touch sequence that starts with two fingers is cancelled here so
 * that the browser does not pan it as well.
 */
import type { ZoomAnchor } from './page-stack.js';

export interface ZoomGestureTarget {
  readonly scale: number;
  zoomTo(scale: number, anchor: ZoomAnchor): void;
}

/** One wheel notch in CSS pixels: Chromium and Firefox send 100 px, or 3 lines, per notch. */
const NOTCH_PIXELS = 100;
const LINE_PIXELS = NOTCH_PIXELS / 3;
/** A page-mode delta (rare) counts as three notches. */
const PAGE_PIXELS = 3 * NOTCH_PIXELS;
/** Zoom factor per notch: about 10 %, as pdf.js's viewer does. */
const NOTCH_FACTOR = 1.1;
/**
 * At most this many notches per event, so a flung wheel cannot jump the zoom;
 * a trackpad pinch sends many small deltas and stays smooth.
 */
const MAX_NOTCHES_PER_EVENT = 3;
/**
 * Two fingers that move together scroll; the zoom follows their distance only
 * once it changed by this share, so a two-finger scroll does not also zoom.
 */
const PINCH_DEAD_ZONE = 0.04;

/** The zoom factor of one ctrl-wheel event. */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const unit = deltaMode === WheelEvent.DOM_DELTA_LINE ? LINE_PIXELS : deltaMode === WheelEvent.DOM_DELTA_PAGE ? PAGE_PIXELS : 1;
  const notches = Math.max(-MAX_NOTCHES_PER_EVENT, Math.min(MAX_NOTCHES_PER_EVENT, (deltaY * unit) / NOTCH_PIXELS));
  return NOTCH_FACTOR ** -notches;
}

export function attachZoomGestures(scroller: HTMLElement, target: ZoomGestureTarget, signal: AbortSignal): void {
  const anchorOf = (clientX: number, clientY: number): ZoomAnchor => {
    const box = scroller.getBoundingClientRect();
    return { x: clientX - box.left, y: clientY - box.top };
  };

  scroller.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      target.zoomTo(target.scale * wheelZoomFactor(event.deltaY, event.deltaMode), anchorOf(event.clientX, event.clientY));
    },
    { passive: false, signal },
  );

  const touches = new Map<number, { x: number; y: number }>();
  /** The two-finger gesture: distance and scale when it began, the midpoint last seen. */
  let gesture: { distance: number; scale: number; mid: { x: number; y: number }; zooming: boolean } | undefined;
  const distance = () => {
    const [a, b] = [...touches.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  const midpoint = () => {
    const [a, b] = [...touches.values()];
    return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : { x: 0, y: 0 };
  };
  scroller.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType !== 'touch') return;
      touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (touches.size === 2) gesture = { distance: distance(), scale: target.scale, mid: midpoint(), zooming: false };
    },
    { signal },
  );
  scroller.addEventListener(
    'pointermove',
    (event) => {
      if (!touches.has(event.pointerId)) return;
      touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (!gesture || touches.size !== 2) return;
      // Scroll first, then zoom around where the fingers are now: the spot
      // that was between the fingers stays between them.
      const mid = midpoint();
      scroller.scrollBy(gesture.mid.x - mid.x, gesture.mid.y - mid.y);
      gesture.mid = mid;
      if (gesture.distance === 0) return;
      const ratio = distance() / gesture.distance;
      if (!gesture.zooming && Math.abs(ratio - 1) < PINCH_DEAD_ZONE) return;
      gesture.zooming = true;
      target.zoomTo(gesture.scale * ratio, anchorOf(mid.x, mid.y));
    },
    { signal },
  );
  const end = (event: PointerEvent) => {
    touches.delete(event.pointerId);
    if (touches.size < 2) gesture = undefined;
  };
  scroller.addEventListener('pointerup', end, { signal });
  scroller.addEventListener('pointercancel', end, { signal });
  // Two fingers down at once: keep the browser from panning them too (it would cancel our pointers).
  scroller.addEventListener(
    'touchstart',
    (event) => {
      if (event.touches.length >= 2 && event.cancelable) event.preventDefault();
    },
    { passive: false, signal },
  );
}
