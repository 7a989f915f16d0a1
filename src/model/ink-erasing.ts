/**
 * Partial erasing of ink: what is left of an ink annotation's strokes after
 * an eraser of radius `reach` was dragged along a path. Each stroke loses
 * the parts that lie within `reach` of the path and splits into the parts
 * before and after them; a stroke erased entirely disappears. Pure
 * geometry on Instant JSON values, no DOM: the `eraser` tool and tests use it.
 *
 * The eraser's trace is a chain of capsules (a segment of the path widened
 * by `reach`), and each segment of a stroke is clipped against them exactly,
 * so a long straight stroke of two points is cut where the eraser crossed
 * it, not only where one of its points happened to lie. Where a cut falls
 * between two points, a point (and its intensity) is interpolated there.
 */
import type { Point } from './annotation-types.js';

/** An ink annotation's `lines`: one array of points, and one of intensities, per stroke. */
export interface InkStrokes {
  readonly points: readonly (readonly Point[])[];
  readonly intensities: readonly (readonly number[])[];
}

/** A parameter range [from, to] along one stroke segment, 0 at its start point and 1 at its end. */
type Span = readonly [from: number, to: number];

/** Cuts shorter than this (as a fraction of a segment) are rounding noise, not erasing. */
const EPSILON = 1e-9;

/**
 * The strokes left after erasing along `path` (page points) with radius
 * `reach` (points), or `undefined` when the eraser touched none of them, so
 * a caller can leave the annotation alone. The result may have no strokes
 * left: the annotation was erased entirely.
 */
export function eraseStrokes(lines: InkStrokes, path: readonly Point[], reach: number): { points: Point[][]; intensities: number[][] } | undefined {
  if (!path.length || !(reach > 0)) return undefined;
  const capsules = capsulesOf(path);
  let changed = false;
  const points: Point[][] = [];
  const intensities: number[][] = [];
  lines.points.forEach((stroke, index) => {
    const strokeIntensities = lines.intensities[index] ?? [];
    const pieces = eraseStroke(stroke, strokeIntensities, capsules, reach);
    if (!pieces) {
      points.push(stroke.map(copyPoint));
      intensities.push([...strokeIntensities]);
      return;
    }
    changed = true;
    for (const piece of pieces) {
      points.push(piece.points);
      intensities.push(piece.intensities);
    }
  });
  return changed ? { points, intensities } : undefined;
}

/** The eraser path as segments; a single point is a segment of length zero (a disc). */
function capsulesOf(path: readonly Point[]): Array<readonly [Point, Point]> {
  if (path.length === 1) return [[path[0]!, path[0]!]];
  const capsules: Array<readonly [Point, Point]> = [];
  for (let i = 1; i < path.length; i++) capsules.push([path[i - 1]!, path[i]!]);
  return capsules;
}

interface Piece {
  points: Point[];
  intensities: number[];
}

/** The pieces of one stroke left after erasing, or `undefined` when it was not touched. */
function eraseStroke(stroke: readonly Point[], strokeIntensities: readonly number[], capsules: ReadonlyArray<readonly [Point, Point]>, reach: number): Piece[] | undefined {
  const intensityAt = (i: number) => strokeIntensities[i] ?? 0.5;
  if (stroke.length === 1) {
    const only = stroke[0]!;
    const erased = capsules.some((capsule) => capsuleSpan(only, only, capsule, reach) !== undefined);
    return erased ? [] : undefined;
  }
  let touched = false;
  const pieces: Piece[] = [];
  // The piece being built, while the stroke is still intact at the current point.
  let open: Piece | undefined;
  for (let i = 0; i + 1 < stroke.length; i++) {
    const start = stroke[i]!;
    const end = stroke[i + 1]!;
    const erased = mergeSpans(capsules.map((capsule) => capsuleSpan(start, end, capsule, reach)).filter((span): span is Span => span !== undefined));
    if (erased.length) touched = true;
    const at = (t: number): { point: Point; intensity: number } =>
      t <= 0
        ? { point: copyPoint(start), intensity: intensityAt(i) }
        : t >= 1
          ? { point: copyPoint(end), intensity: intensityAt(i + 1) }
          : {
              point: [round(start[0] + (end[0] - start[0]) * t, 100), round(start[1] + (end[1] - start[1]) * t, 100)],
              intensity: round(intensityAt(i) + (intensityAt(i + 1) - intensityAt(i)) * t, 1000),
            };
    for (const [from, to] of keptSpans(erased)) {
      if (!open || from > 0) {
        if (open) pieces.push(open);
        const first = at(from);
        open = { points: [first.point], intensities: [first.intensity] };
      }
      const last = at(to);
      open.points.push(last.point);
      open.intensities.push(last.intensity);
      if (to < 1) {
        pieces.push(open);
        open = undefined;
      }
    }
    // A segment erased up to its end point leaves nothing open to continue.
    if (erased.length && erased[erased.length - 1]![1] >= 1) {
      if (open) pieces.push(open);
      open = undefined;
    }
  }
  if (open) pieces.push(open);
  if (!touched) return undefined;
  // A piece that shrank to a point is a speck the eraser went over, not ink to keep.
  return pieces.filter((piece) => piece.points.length > 1 && !piece.points.every((point) => samePoint(point, piece.points[0]!)));
}

/** The parts of [0, 1] outside the sorted, merged `erased` spans, each longer than rounding noise. */
function keptSpans(erased: readonly Span[]): Span[] {
  const kept: Span[] = [];
  let from = 0;
  for (const [a, b] of erased) {
    if (a - from > EPSILON) kept.push([from, a]);
    from = Math.max(from, b);
  }
  if (1 - from > EPSILON) kept.push([from, 1]);
  return kept;
}

/** The spans sorted and joined where they overlap; a span of no length (the eraser's edge grazing a point) erases nothing. */
function mergeSpans(spans: Span[]): Span[] {
  spans = spans.filter(([a, b]) => b - a > EPSILON);
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/**
 * Where the segment from `p` to `q` lies within `reach` of the segment
 * `capsule` (a capsule is convex, so that is one span), clipped to [0, 1];
 * `undefined` when nowhere. The capsule is the union of a disc at each end
 * and the band between them, so the span runs from the earliest entry into
 * any of the three to the latest exit.
 */
export function capsuleSpan(p: Point, q: Point, [a, b]: readonly [Point, Point], reach: number): Span | undefined {
  // Parts of no length are the segment touching an edge: leaving them out keeps a
  // stroke that runs along the edge, touching both end discs, from being "erased" in between.
  const parts = [discSpan(p, q, a, reach), discSpan(p, q, b, reach), bandSpan(p, q, a, b, reach)].filter(
    (span): span is Span => span !== undefined && span[1] - span[0] > EPSILON,
  );
  if (!parts.length) return undefined;
  const from = Math.max(0, Math.min(...parts.map((span) => span[0])));
  const to = Math.min(1, Math.max(...parts.map((span) => span[1])));
  return from <= to ? [from, to] : undefined;
}

/** Where p→q is within `reach` of `center`, clipped to [0, 1]. */
function discSpan(p: Point, q: Point, center: Point, reach: number): Span | undefined {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const fx = p[0] - center[0];
  const fy = p[1] - center[1];
  const a = dx * dx + dy * dy;
  const c = fx * fx + fy * fy - reach * reach;
  if (a === 0) return c <= 0 ? [0, 1] : undefined;
  const b = 2 * (fx * dx + fy * dy);
  const discriminant = b * b - 4 * a * c;
  if (discriminant < 0) return undefined;
  const root = Math.sqrt(discriminant);
  const from = Math.max(0, (-b - root) / (2 * a));
  const to = Math.min(1, (-b + root) / (2 * a));
  return from <= to ? [from, to] : undefined;
}

/** Where p→q is in the band beside segment a→b (projection on it within a–b, distance at most `reach`). */
function bandSpan(p: Point, q: Point, a: Point, b: Point, reach: number): Span | undefined {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length === 0) return undefined;
  const ex = (b[0] - a[0]) / length;
  const ey = (b[1] - a[1]) / length;
  // Along the band (s) and across it (h), each a linear function of t: value0 + t * slope.
  const along = { value: (p[0] - a[0]) * ex + (p[1] - a[1]) * ey, slope: (q[0] - p[0]) * ex + (q[1] - p[1]) * ey };
  const across = { value: -(p[0] - a[0]) * ey + (p[1] - a[1]) * ex, slope: -(q[0] - p[0]) * ey + (q[1] - p[1]) * ex };
  let from = 0;
  let to = 1;
  // Liang–Barsky: keep the t where min <= value + t * slope <= max for both coordinates.
  for (const [linear, min, max] of [
    [along, 0, length],
    [across, -reach, reach],
  ] as const) {
    if (linear.slope === 0) {
      // Parallel to an edge: running along the edge itself is grazing, not erasing.
      if (linear.value <= min || linear.value >= max) return undefined;
      continue;
    }
    const t1 = (min - linear.value) / linear.slope;
    const t2 = (max - linear.value) / linear.slope;
    from = Math.max(from, Math.min(t1, t2));
    to = Math.min(to, Math.max(t1, t2));
  }
  return from <= to ? [from, to] : undefined;
}

function copyPoint([x, y]: readonly [number, number]): Point {
  return [x, y];
}

function samePoint(a: Point, b: Point): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Rounds to 1/`per` (0.01 pt for points, 0.001 for intensities, as the ink tools write them). */
function round(value: number, per: number): number {
  return Math.round(value * per) / per;
}
