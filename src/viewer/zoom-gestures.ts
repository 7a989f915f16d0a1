/**
 * Ctrl/⌘ + wheel (and trackpad pinch, which browsers report as a ctrl-wheel)
 * and two-finger touch pinch, each zooming around the point under the fingers.
 */
import type { ZoomAnchor } from './page-stack.js';

export interface ZoomGestureTarget {
  readonly scale: number;
  zoomTo(scale: number, anchor: ZoomAnchor): void;
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
      const lines = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? 400 : 1;
      const delta = Math.max(-100, Math.min(100, event.deltaY * lines));
      target.zoomTo(target.scale * Math.exp(-delta / 200), anchorOf(event.clientX, event.clientY));
    },
    { passive: false, signal },
  );

  const touches = new Map<number, { x: number; y: number }>();
  let pinch: { distance: number; scale: number } | undefined;
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
      if (touches.size === 2) pinch = { distance: distance(), scale: target.scale };
    },
    { signal },
  );
  scroller.addEventListener(
    'pointermove',
    (event) => {
      if (!touches.has(event.pointerId)) return;
      touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (!pinch || touches.size !== 2 || pinch.distance === 0) return;
      const center = midpoint();
      target.zoomTo(pinch.scale * (distance() / pinch.distance), anchorOf(center.x, center.y));
    },
    { signal },
  );
  const end = (event: PointerEvent) => {
    touches.delete(event.pointerId);
    if (touches.size < 2) pinch = undefined;
  };
  scroller.addEventListener('pointerup', end, { signal });
  scroller.addEventListener('pointercancel', end, { signal });
}
