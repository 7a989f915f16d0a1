/**
 * SVG path data in page points. Coordinates are written with at most three
 * decimals: a thousandth of a point is a fiftieth of a pixel even at 400 %
 * zoom on a HiDPI screen, and shorter strings are what keeps a page of a
 * thousand strokes cheap to build and parse.
 */
import type { Point, Rect } from '../model/index.js';

/** A coordinate as written into path data. */
export function pathNumber(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** `M…L…L…` through the vertices (`Z` when closed). */
export function polylineData(vertices: readonly Point[], closed = false): string {
  let data = '';
  for (let i = 0; i < vertices.length; i++) {
    const [x, y] = vertices[i]!;
    data += `${i ? 'L' : 'M'}${pathNumber(x)} ${pathNumber(y)}`;
  }
  return closed && data ? `${data}Z` : data;
}

/** `x,y x,y …` for SVG `points` attributes. */
export function pointList(vertices: readonly Point[]): string {
  return vertices.map(([x, y]) => `${pathNumber(x)},${pathNumber(y)}`).join(' ');
}

/** A closed rectangle (negative sides are drawn as empty). */
export function rectData([x, y, width, height]: Rect): string {
  return `M${pathNumber(x)} ${pathNumber(y)}h${pathNumber(Math.max(0, width))}v${pathNumber(Math.max(0, height))}h${pathNumber(-Math.max(0, width))}Z`;
}

/** A closed circle as two arcs. */
export function circleData([cx, cy]: Point, radius: number): string {
  const r = pathNumber(radius);
  return `M${pathNumber(cx - radius)} ${pathNumber(cy)}a${r} ${r} 0 1 0 ${pathNumber(2 * radius)} 0a${r} ${r} 0 1 0 ${pathNumber(-2 * radius)} 0Z`;
}
