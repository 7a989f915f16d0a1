/**
 * Cloudy borders in an appearance stream: the cloud the viewer draws
 * (`src/annotations/cloudy-border.ts`: circles of one radius centred along
 * the base outline, the border being the outer edge of their union), from
 * the same arcs, each written as cubic Béziers instead of an SVG arc.
 */
import { cloudArcs, type Cloud } from '../../../annotations/cloudy-border.js';
import type { Bounds } from './bounds.js';
import type { PagePath } from './page-path.js';

/** Adds the cloud's closed outer border to `path`. */
export function addCloud(path: PagePath, cloud: Cloud): void {
  const { centers, radius } = cloud;
  if (centers.length === 0) return;
  if (centers.length === 1) {
    path.circle(centers[0]!, radius);
    return;
  }
  const arcs = cloudArcs(cloud);
  path.moveTo(arcs[arcs.length - 1]!.to);
  for (const { center, start, sweep } of arcs) path.arc(center, radius, start, sweep);
  path.closePath();
}

/**
 * Includes the cloud and a stroke of `strokeWidth` around it. The outer
 * border reaches exactly as far as the union of the circles does.
 */
export function addCloudBounds(bounds: Bounds, { centers, radius }: Cloud, strokeWidth: number): void {
  for (const center of centers) bounds.add(center, radius + Math.max(0, strokeWidth) / 2);
}
