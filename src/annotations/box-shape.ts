/**
 * Geometry shared by the shapes drawn inside their bbox (rectangle, ellipse):
 * where the stroke is centred, and the outline as vertices for clouds and
 * hit tests. All in page points, y down.
 */
import type { Insets, Point, Rect } from '../model/index.js';

/** `rect` shrunk by `[left, top, right, bottom]`; an over-large inset collapses to the middle rather than going negative. */
export function insetRect(rect: Rect, [left, top, right, bottom]: Insets): Rect {
  const [x, y, width, height] = rect;
  const innerWidth = width - left - right;
  const innerHeight = height - top - bottom;
  return [
    innerWidth >= 0 ? x + left : x + (width * left) / Math.max(left + right, 1e-9),
    innerHeight >= 0 ? y + top : y + (height * top) / Math.max(top + bottom, 1e-9),
    Math.max(0, innerWidth),
    Math.max(0, innerHeight),
  ];
}

/**
 * The rectangle a stroke of `strokeWidth` is centred on so that it stays
 * inside `bbox`, as PDF appearance streams draw squares and circles.
 */
export function strokeInsetRect(bbox: Rect, strokeWidth: number): Rect {
  const [, , width, height] = bbox;
  const half = Math.max(0, Math.min(strokeWidth / 2, width / 2, height / 2));
  return insetRect(bbox, [half, half, half, half]);
}

/** Corners of `rect`, clockwise on screen from the top-left. */
export function rectCorners([x, y, width, height]: Rect): Point[] {
  return [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
  ];
}

/** The ellipse inscribed in `rect` as `count` vertices, for clouds and hit tests. */
export function ellipseVertices([x, y, width, height]: Rect, count = 96): Point[] {
  const rx = width / 2;
  const ry = height / 2;
  const vertices: Point[] = [];
  for (let i = 0; i < count; i++) {
    const angle = (2 * Math.PI * i) / count;
    vertices.push([x + rx + rx * Math.cos(angle), y + ry + ry * Math.sin(angle)]);
  }
  return vertices;
}
