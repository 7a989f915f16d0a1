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
  forEachPiece(samples, (cx, cy, ex, ey) => {
    data += `Q${n(cx)} ${n(cy)} ${n(ex)} ${n(ey)}`;
  });
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
  let [sx, sy] = samples[0]!;
  forEachPiece(samples, (cx, cy, ex, ey) => {
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const a = (1 - t) * (1 - t);
      const b = 2 * (1 - t) * t;
      const c = t * t;
      vertices.push([a * sx + b * cx + c * ex, a * sy + b * cy + c * ey]);
    }
    sx = ex;
    sy = ey;
  });
  if (samples.length > 1) vertices.push(samples[samples.length - 1]!);
  return vertices;
}

/**
 * Calls `piece` with the control point and end of each quadratic piece:
 * sample i controls the piece ending midway to sample i + 1. Plain numbers,
 * no arrays: a page can hold a thousand strokes. The PDF writer draws ink
 * appearances from the same pieces.
 */
export function forEachPiece(samples: readonly Point[], piece: (cx: number, cy: number, ex: number, ey: number) => void): void {
  for (let i = 1; i < samples.length - 1; i++) {
    const [cx, cy] = samples[i]!;
    const [nx, ny] = samples[i + 1]!;
    piece(cx, cy, (cx + nx) / 2, (cy + ny) / 2);
  }
}
