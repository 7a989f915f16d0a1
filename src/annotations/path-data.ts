/**
 * SVG path data in page points. Coordinates are written with at most three
 * decimals: a thousandth of a point is a fiftieth of a pixel even at 400 %
 * zoom on a HiDPI screen, and shorter strings are what keeps a page of a
 * thousand strokes cheap to build and parse.
 */
import type { Point, Rect } from '../model/index.js';

/** `.001` … `.999` without trailing zeros, and '' for a whole number: indexed by thousandths. */
const THOUSANDTHS = Array.from({ length: 1000 }, (_, k) => (k === 0 ? '' : `.${String(k).padStart(3, '0').replace(/0+$/, '')}`));

/**
 * A coordinate as written into path data: the same text as
 * `String(Math.round(value * 1000) / 1000)`, built from whole numbers.
 * Writing a fraction makes V8 find the shortest decimal of a double, which
 * was most of the time a page of ink strokes took to build; whole numbers
 * are written from a cache.
 */
export function pathNumber(value: number): string {
  const thousandths = Math.round(value * 1000);
  const magnitude = thousandths < 0 ? -thousandths : thousandths;
  const whole = Math.floor(magnitude / 1000);
  return (thousandths < 0 ? '-' : '') + whole + (THOUSANDTHS[magnitude - whole * 1000] ?? '');
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
