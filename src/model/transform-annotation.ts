/**
 * Moving and resizing an annotation: every geometric field mapped by the
 * same axis-aligned affine map (`x' = x·sx + dx`, `y' = y·sy + dy`), so a
 * line's ends, an ink stroke's points or a highlight's rects follow its bbox.
 * Stroke widths and font sizes are left as they are. Pure: returns a new
 * record, never changes the one given.
 */
import type { Annotation, Point, Rect } from './annotation-types.js';

export interface AxisMap {
  readonly sx: number;
  readonly sy: number;
  readonly dx: number;
  readonly dy: number;
}

/** The map that moves by `[dx, dy]`. */
export function translation(dx: number, dy: number): AxisMap {
  return { sx: 1, sy: 1, dx, dy };
}

/** The map taking rect `from` onto rect `to` (a side of zero width keeps its scale). */
export function rectMap(from: Rect, to: Rect): AxisMap {
  const sx = from[2] > 0 ? to[2] / from[2] : 1;
  const sy = from[3] > 0 ? to[3] / from[3] : 1;
  return { sx, sy, dx: to[0] - from[0] * sx, dy: to[1] - from[1] * sy };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function mapPoint(map: AxisMap, [x, y]: readonly number[]): Point {
  return [round(x! * map.sx + map.dx), round(y! * map.sy + map.dy)];
}

export function mapRect(map: AxisMap, [left, top, width, height]: readonly number[]): Rect {
  const [x1, y1] = mapPoint(map, [left!, top!]);
  const [x2, y2] = mapPoint(map, [left! + width!, top! + height!]);
  return [Math.min(x1, x2), Math.min(y1, y2), round(Math.abs(x2 - x1)), round(Math.abs(y2 - y1))];
}

type Mutable = Record<string, unknown>;

/** `annotation` with its geometry mapped by `map`. */
export function transformAnnotation<T extends Annotation>(annotation: T, map: AxisMap): T {
  const source = annotation as unknown as Readonly<Mutable>;
  const out: Mutable = { ...source, bbox: mapRect(map, annotation.bbox) };
  const points = (value: unknown) => (value as readonly (readonly number[])[]).map((point) => mapPoint(map, point));
  if (Array.isArray(source['startPoint'])) out['startPoint'] = mapPoint(map, source['startPoint'] as number[]);
  if (Array.isArray(source['endPoint'])) out['endPoint'] = mapPoint(map, source['endPoint'] as number[]);
  if (Array.isArray(source['points'])) out['points'] = points(source['points']);
  if (Array.isArray(source['rects'])) out['rects'] = (source['rects'] as number[][]).map((rect) => mapRect(map, rect));
  const lines = source['lines'] as { points?: unknown } | undefined;
  if (lines && Array.isArray(lines.points)) {
    out['lines'] = { ...lines, points: (lines.points as unknown[]).map((segment) => points(segment)) };
  }
  const callout = source['callout'] as Mutable | undefined;
  if (callout && typeof callout === 'object') {
    const next: Mutable = { ...callout };
    for (const key of ['start', 'knee', 'end']) {
      if (Array.isArray(callout[key])) next[key] = mapPoint(map, callout[key] as number[]);
    }
    const inset = callout['innerRectInset'];
    if (Array.isArray(inset) && inset.length === 4) {
      const [left, top, right, bottom] = inset as number[];
      const sx = Math.abs(map.sx);
      const sy = Math.abs(map.sy);
      next['innerRectInset'] = [round(left! * sx), round(top! * sy), round(right! * sx), round(bottom! * sy)];
    }
    out['callout'] = next;
  }
  return out as unknown as T;
}

/**
 * The bbox around `points`, widened by `margin` on every side (half a stroke,
 * plus room for line caps), as lines and polylines need it.
 */
export function pointsBounds(points: readonly Point[], margin: number): Rect {
  const xs = points.map((point) => point[0]);
  const ys = points.map((point) => point[1]);
  const left = Math.min(...xs) - margin;
  const top = Math.min(...ys) - margin;
  return [round(left), round(top), round(Math.max(...xs) + margin - left), round(Math.max(...ys) + margin - top)];
}

/** A line, polyline or polygon with one of its points moved, and its bbox fitted again. */
export function movePoint<T extends Annotation>(annotation: T, key: 'startPoint' | 'endPoint' | number, to: Point): T {
  const source = annotation as unknown as Readonly<Mutable>;
  const out: Mutable = { ...source };
  const point: Point = [round(to[0]), round(to[1])];
  let all: Point[];
  if (typeof key === 'number') {
    const points = [...(source['points'] as Point[])];
    points[key] = point;
    out['points'] = points;
    all = points;
  } else {
    out[key] = point;
    all = [out['startPoint'] as Point, out['endPoint'] as Point];
  }
  const strokeWidth = typeof source['strokeWidth'] === 'number' ? (source['strokeWidth'] as number) : 1;
  const hasCaps = source['lineCaps'] !== undefined;
  out['bbox'] = pointsBounds(all, strokeWidth / 2 + (hasCaps ? strokeWidth * 3 : 0));
  return out as unknown as T;
}
