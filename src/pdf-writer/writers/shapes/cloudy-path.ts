/**
 * Cloudy borders in an appearance stream: the same cloud the viewer draws
 * (`src/annotations/cloudy-border.ts`: circles of one radius centred along
 * the base outline, the border being the outer edge of their union), each
 * arc written as cubic Béziers instead of an SVG arc.
 */
import type { Point } from '../../../model/index.js';
import type { Cloud } from '../../../annotations/cloudy-border.js';
import type { Bounds } from './bounds.js';
import type { PagePath } from './page-path.js';

/** Adds the cloud's closed outer border to `path`. */
export function addCloud(path: PagePath, { centers, radius }: Cloud): void {
  if (centers.length === 0) return;
  if (centers.length === 1) {
    path.circle(centers[0]!, radius);
    return;
  }
  const meets = centers.map((center, i) => outerMeeting(center, centers[(i + 1) % centers.length]!, radius));
  path.moveTo(meets[meets.length - 1]!);
  centers.forEach((center, i) => {
    const from = meets[(i + centers.length - 1) % centers.length]!;
    const to = meets[i]!;
    // The centres run with the interior on their left, so each outer arc turns the positive way (as the viewer's SVG arcs).
    const start = angleOf(center, from);
    path.arc(center, radius, start, positiveAngle(angleOf(center, to) - start));
  });
  path.closePath();
}

/**
 * Includes the cloud and a stroke of `strokeWidth` around it. The outer
 * border reaches exactly as far as the union of the circles does.
 */
export function addCloudBounds(bounds: Bounds, { centers, radius }: Cloud, strokeWidth: number): void {
  for (const center of centers) bounds.add(center, radius + Math.max(0, strokeWidth) / 2);
}

/** Where circles of radius `r` around `a` and `b` cross on the outer side of the step from `a` to `b`. */
function outerMeeting(a: Point, b: Point, r: number): Point {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const gap = Math.hypot(dx, dy);
  const middle: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  if (gap === 0) return middle;
  const h = Math.sqrt(Math.max(0, r * r - (gap * gap) / 4));
  return [middle[0] + (h * dy) / gap, middle[1] - (h * dx) / gap];
}

function angleOf(center: Point, point: Point): number {
  return Math.atan2(point[1] - center[1], point[0] - center[0]);
}

function positiveAngle(angle: number): number {
  const full = 2 * Math.PI;
  return ((angle % full) + full) % full;
}
