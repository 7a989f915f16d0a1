/** Geometry for hit tests, in page points. */
import type { Point, Rect } from '../model/index.js';

export function inRect(point: Point, rect: Rect, tolerance = 0): boolean {
  const [x, y] = point;
  const [left, top, width, height] = rect;
  return x >= left - tolerance && x <= left + width + tolerance && y >= top - tolerance && y <= top + height + tolerance;
}

/** Distance from `point` to the segment `a`–`b`. */
export function distanceToSegment(point: Point, a: Point, b: Point): number {
  const [px, py] = point;
  const [ax, ay] = a;
  const dx = b[0] - ax;
  const dy = b[1] - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Whether `point` is within `distance` of the open path through `vertices` (closed when asked). */
export function nearPath(point: Point, vertices: readonly Point[], distance: number, closed = false): boolean {
  if (vertices.length === 1) return Math.hypot(point[0] - vertices[0]![0], point[1] - vertices[0]![1]) <= distance;
  const count = closed ? vertices.length : vertices.length - 1;
  for (let i = 0; i < count; i++) {
    if (distanceToSegment(point, vertices[i]!, vertices[(i + 1) % vertices.length]!) <= distance) return true;
  }
  return false;
}

/** Even-odd point-in-polygon test. */
export function inPolygon(point: Point, vertices: readonly Point[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = vertices.length - 1; i < vertices.length; j = i++) {
    const [xi, yi] = vertices[i]!;
    const [xj, yj] = vertices[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Whether `point` hits an ellipse inscribed in `rect`: inside when filled,
 * else within `distance` of its outline (measured along the normalised radius).
 */
export function hitsEllipse(point: Point, rect: Rect, filled: boolean, distance: number): boolean {
  const [left, top, width, height] = rect;
  const rx = width / 2;
  const ry = height / 2;
  const cx = left + rx;
  const cy = top + ry;
  if (rx <= 0 || ry <= 0) return nearPath(point, [[left, top], [left + width, top + height]], distance);
  const dx = point[0] - cx;
  const dy = point[1] - cy;
  const r = Math.hypot(dx / rx, dy / ry);
  if (filled && r <= 1) return true;
  // Scale the distance tolerance by the radius in the point's direction.
  const radius = r === 0 ? Math.min(rx, ry) : Math.hypot(dx, dy) / r;
  return Math.abs(r - 1) * radius <= distance;
}
