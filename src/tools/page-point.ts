/**
 * Page points ↔ the page as shown, for tools that place boxes and editors.
 * `ToolContext.toClient` is affine (zoom, /Rotate, scroll), so three of its
 * points give its inverse without the tool knowing how pages are laid out.
 */
import type { Point, Rect } from '../model/index.js';
import type { ToolContext } from './tool.js';

export interface ClientRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The page point under client (viewport) coordinates `x`, `y`. */
export function fromClient(context: ToolContext, pageIndex: number, x: number, y: number): Point {
  const origin = context.toClient(pageIndex, [0, 0]);
  const ex = context.toClient(pageIndex, [1, 0]);
  const ey = context.toClient(pageIndex, [0, 1]);
  const a = ex.x - origin.x;
  const b = ex.y - origin.y;
  const c = ey.x - origin.x;
  const d = ey.y - origin.y;
  const det = a * d - b * c;
  const dx = x - origin.x;
  const dy = y - origin.y;
  return [(d * dx - c * dy) / det, (a * dy - b * dx) / det];
}

/** CSS pixels per page point on this page as shown now (the zoom, at 96 dpi). */
export function pixelsPerPoint(context: ToolContext, pageIndex: number): number {
  const origin = context.toClient(pageIndex, [0, 0]);
  const unit = context.toClient(pageIndex, [1, 0]);
  return Math.hypot(unit.x - origin.x, unit.y - origin.y);
}

/** Where a page box is on screen: the axis-aligned client rectangle of its corners. */
export function clientRectOf(context: ToolContext, pageIndex: number, [left, top, width, height]: Rect): ClientRect {
  const corners = [
    context.toClient(pageIndex, [left, top]),
    context.toClient(pageIndex, [left + width, top + height]),
  ];
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return { left: Math.min(...xs), top: Math.min(...ys), width: Math.abs(xs[0]! - xs[1]!), height: Math.abs(ys[0]! - ys[1]!) };
}

/** The page box shown at a client rectangle (whatever the page's /Rotate). */
export function pageRectOf(context: ToolContext, pageIndex: number, rect: ClientRect): Rect {
  const [x1, y1] = fromClient(context, pageIndex, rect.left, rect.top);
  const [x2, y2] = fromClient(context, pageIndex, rect.left + rect.width, rect.top + rect.height);
  return [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)];
}

/** `rect` moved (not resized) to lie inside a page of `width` × `height` points, where it fits. */
export function clampToPage([left, top, w, h]: Rect, width: number, height: number): Rect {
  return [Math.max(0, Math.min(left, width - w)), Math.max(0, Math.min(top, height - h)), w, h];
}

/** A box of `width` × `height` as shown (on screen orientation), centred on `point`, in page points. */
export function shownBoxAt(context: ToolContext, pageIndex: number, point: Point, width: number, height: number): Rect {
  const rotation = context.pageFrame(pageIndex)?.rotation ?? 0;
  const [w, h] = rotation % 180 ? [height, width] : [width, height];
  const frame = context.pageFrame(pageIndex);
  const box: Rect = [point[0] - w / 2, point[1] - h / 2, w, h];
  return frame ? clampToPage(box, frame.width, frame.height) : box;
}

/** Rounds geometry to 1/100 pt: enough for any screen, and stable in exported JSON. */
export function roundRect(rect: Rect): Rect {
  return rect.map((value) => Math.round(value * 100) / 100) as unknown as Rect;
}
