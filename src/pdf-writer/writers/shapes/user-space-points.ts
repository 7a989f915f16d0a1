/** Record points as the flat number arrays of /L, /Vertices and /InkList. */
import type { Point } from '../../../model/index.js';
import type { PageFrame } from '../../page-frame.js';

/** `[x1 y1 x2 y2 …]` in user space, to a thousandth of a point (what content streams get too). */
export function userSpacePoints(frame: PageFrame, points: readonly Readonly<Point>[]): number[] {
  return points.flatMap((point) => frame.point(point).map((value) => Math.round(value * 1000) / 1000));
}
