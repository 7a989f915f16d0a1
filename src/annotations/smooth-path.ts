/**
 * Smooth curves through freehand samples. Each sample is the control point of
 * a quadratic Bézier running between the midpoints of its two neighbouring
 * steps, so consecutive pieces share their tangent and the stroke has no
 * corners. It stays within the polyline's hull, so unlike an interpolating
 * spline it never overshoots a jittery sample. The first and last samples
 * are kept as the curve's ends.
 */
import type { Point } from '../model/index.js';
import { pathNumber } from './path-data.js';

/** SVG path data for one smoothed segment (two or more samples). */
export function smoothPathData(samples: readonly Point[]): string {
  if (samples.length === 0) return '';
  const n = pathNumber;
  let data = `M${n(samples[0]![0])} ${n(samples[0]![1])}`;
  // The pieces of `pieces()`, inline: no arrays per sample when a page holds a thousand strokes.
  for (let i = 1; i < samples.length - 1; i++) {
    const [cx, cy] = samples[i]!;
    const [nx, ny] = samples[i + 1]!;
    data += `Q${n(cx)} ${n(cy)} ${n((cx + nx) / 2)} ${n((cy + ny) / 2)}`;
  }
  const last = samples[samples.length - 1]!;
  return `${data}L${n(last[0])} ${n(last[1])}`;
}

/**
 * The smoothed curve as dense vertices, for hit tests: the same curve
 * `smoothPathData` draws, each quadratic piece split into `steps` chords.
 */
export function smoothPolyline(samples: readonly Point[], steps = 8): Point[] {
  if (samples.length === 0) return [];
  const vertices: Point[] = [samples[0]!];
  let start = samples[0]!;
  for (const [control, end] of pieces(samples)) {
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const a = (1 - t) * (1 - t);
      const b = 2 * (1 - t) * t;
      const c = t * t;
      vertices.push([a * start[0] + b * control[0] + c * end[0], a * start[1] + b * control[1] + c * end[1]]);
    }
    start = end;
  }
  if (samples.length > 1) vertices.push(samples[samples.length - 1]!);
  return vertices;
}

/** `[control, end]` of each quadratic piece: sample i controls the piece ending midway to sample i + 1. */
function pieces(samples: readonly Point[]): Array<[Point, Point]> {
  const result: Array<[Point, Point]> = [];
  for (let i = 1; i < samples.length - 1; i++) {
    const control = samples[i]!;
    const next = samples[i + 1]!;
    result.push([control, [(control[0] + next[0]) / 2, (control[1] + next[1]) / 2]]);
  }
  return result;
}
