/**
 * Cloudy borders (PDF border effect /S /C, Instant JSON
 * `cloudyBorderIntensity`): the outline of the base shape replaced by a row
 * of circular arcs bulging outward. Circles of one radius are centred along
 * the base outline, close enough to overlap; the border is the outer edge of
 * their union, so each arc runs from where its circle meets the previous one
 * to where it meets the next.
 *
 * Numbers in, numbers and path data out, without a DOM: the PDF writer
 * draws the same arcs into appearance streams.
 */
import type { Insets, Point, Rect } from '../model/index.js';
import { inPolygon } from './hit-geometry.js';
import { insetRect } from './box-shape.js';

/** Arc radius per unit of intensity, in points (intensity 1 ≈ Acrobat's small clouds). */
const RADIUS_PER_INTENSITY = 5;
const MIN_RADIUS = 1;
/**
 * Centre spacing as a multiple of the radius. Below 2 the circles overlap;
 * at 1.7 the notches between arcs are about half a radius deep, which reads
 * as clouds rather than a wavy line.
 */
const SPACING = 1.7;

export interface Cloud {
  /** Circle centres along the base outline, in the order the border runs. */
  readonly centers: readonly Point[];
  readonly radius: number;
  /** The base outline (for inside tests). */
  readonly base: readonly Point[];
}

/** Whether a record's intensity asks for a cloudy border. */
export function isCloudy(intensity: number | undefined): intensity is number {
  return typeof intensity === 'number' && Number.isFinite(intensity) && intensity > 0;
}

/** Arc radius for an intensity: proportional, with a floor so tiny intensities still read as clouds. */
export function cloudRadius(intensity: number): number {
  return Math.max(MIN_RADIUS, RADIUS_PER_INTENSITY * Math.min(intensity, 10));
}

/**
 * The rectangle the clouds are centred on. With `cloudyBorderInset` it is the
 * bbox minus those insets (the PDF /RD); without, it is inset far enough that
 * the arcs and their stroke stay inside the bbox.
 */
export function cloudBaseRect(bbox: Rect, intensity: number, strokeWidth: number, inset?: Insets): Rect {
  if (inset) return insetRect(bbox, inset);
  const margin = cloudRadius(intensity) + strokeWidth / 2;
  return insetRect(bbox, [margin, margin, margin, margin]);
}

/** A cloud around a polygon: a circle at every vertex, and evenly spaced ones along each edge. */
export function polygonCloud(vertices: readonly Point[], radius: number): Cloud {
  const spacing = radius * SPACING;
  const centers: Point[] = [];
  vertices.forEach((a, i) => {
    const b = vertices[(i + 1) % vertices.length]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / spacing));
    for (let k = 0; k < steps; k++) centers.push(lerp(a, b, k / steps));
  });
  return orient({ centers: dropCrowded(centers, radius / 4), radius, base: vertices });
}

/** A cloud around a smooth closed curve given as dense vertices: circles evenly spaced by arc length. */
export function curveCloud(vertices: readonly Point[], radius: number): Cloud {
  const lengths = vertices.map((a, i) => distance(a, vertices[(i + 1) % vertices.length]!));
  const perimeter = lengths.reduce((sum, length) => sum + length, 0);
  if (perimeter === 0) return { centers: vertices.slice(0, 1), radius, base: vertices };
  const count = Math.max(3, Math.ceil(perimeter / (radius * SPACING)));
  const step = perimeter / count;
  const centers: Point[] = [];
  let edge = 0;
  let walked = 0;
  for (let k = 0; k < count; k++) {
    const target = k * step;
    while (edge < lengths.length - 1 && walked + lengths[edge]! < target) walked += lengths[edge++]!;
    const length = lengths[edge]!;
    const t = length === 0 ? 0 : Math.min(1, (target - walked) / length);
    centers.push(lerp(vertices[edge]!, vertices[(edge + 1) % vertices.length]!, t));
  }
  return orient({ centers, radius, base: vertices });
}

/** One arc of a cloud's outer border. */
export interface CloudArc {
  readonly center: Point;
  /** The angle at `center` where the arc starts, in radians: 0 along +x, growing toward +y (clockwise on the page). */
  readonly start: number;
  /**
   * How far the arc turns from `start`, in [0, 2π). Always the positive
   * way: the centres run with the interior on their left, so each outer
   * arc turns in the positive-angle direction.
   */
  readonly sweep: number;
  /** Where the arc ends: where its circle meets the next one. */
  readonly to: Point;
}

/**
 * The outer border of a cloud of two or more circles, arc by arc in the
 * order the border runs: each arc goes around its centre from where its
 * circle meets the previous one to where it meets the next, so the border
 * starts at the last arc's `to`. (A lone circle meets nothing: its border
 * is the whole circle.)
 */
export function cloudArcs({ centers, radius }: Cloud): CloudArc[] {
  const meets = centers.map((center, i) => outerIntersection(center, centers[(i + 1) % centers.length]!, radius));
  return centers.map((center, i) => {
    const start = angleOf(center, meets[(i + centers.length - 1) % centers.length]!);
    const to = meets[i]!;
    return { center, start, sweep: normaliseAngle(angleOf(center, to) - start), to };
  });
}

/** SVG path data of the cloud's outer border. */
export function cloudPathData(cloud: Cloud): string {
  const { centers, radius: r } = cloud;
  if (centers.length === 0) return '';
  if (centers.length === 1) {
    const [x, y] = centers[0]!;
    return `M${x - r} ${y}A${r} ${r} 0 1 1 ${x + r} ${y}A${r} ${r} 0 1 1 ${x - r} ${y}Z`;
  }
  const arcs = cloudArcs(cloud);
  let data = `M${format(arcs[arcs.length - 1]!.to)}`;
  for (const { sweep, to } of arcs) data += `A${r} ${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${format(to)}`;
  return `${data}Z`;
}

/**
 * Whether `point` hits the cloud: inside it when filled, else within `reach`
 * of the outer arcs. A point on the outer border is exactly one radius from
 * its nearest centre; the inner halves of the circles (also one radius away)
 * lie inside the base outline and are not drawn.
 */
export function hitsCloud(cloud: Cloud, point: Point, filled: boolean, reach: number): boolean {
  const nearest = Math.min(...cloud.centers.map((center) => distance(center, point)));
  const insideBase = cloud.base.length >= 3 && inPolygon(point, cloud.base);
  if (filled && (nearest <= cloud.radius + reach || insideBase)) return true;
  return Math.abs(nearest - cloud.radius) <= reach && !insideBase;
}

/** Reverses the centres if needed so the interior lies on their left (positive signed area). */
function orient(cloud: Cloud): Cloud {
  const { centers } = cloud;
  let area = 0;
  centers.forEach(([x1, y1], i) => {
    const [x2, y2] = centers[(i + 1) % centers.length]!;
    area += x1 * y2 - x2 * y1;
  });
  return area < 0 ? { ...cloud, centers: [...centers].reverse() } : cloud;
}

/** Where circles of radius `r` around `a` and `b` cross on the outer side of the step from `a` to `b`. */
export function outerIntersection(a: Point, b: Point, r: number): Point {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const gap = Math.hypot(dx, dy);
  const middle: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  if (gap === 0) return middle;
  const h = Math.sqrt(Math.max(0, r * r - (gap * gap) / 4));
  return [middle[0] + (h * dy) / gap, middle[1] - (h * dx) / gap];
}

/** Drops centres closer than `minimum` to the one before (hand-drawn polygons have clustered vertices). */
function dropCrowded(centers: Point[], minimum: number): Point[] {
  const kept: Point[] = [];
  for (const center of centers) {
    const previous = kept[kept.length - 1];
    if (!previous || distance(previous, center) >= minimum) kept.push(center);
  }
  while (kept.length > 1 && distance(kept[0]!, kept[kept.length - 1]!) < minimum) kept.pop();
  return kept;
}

function lerp(a: Point, b: Point, t: number): Point {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

function angleOf(center: Point, point: Point): number {
  return Math.atan2(point[1] - center[1], point[0] - center[0]);
}

function normaliseAngle(angle: number): number {
  const full = 2 * Math.PI;
  return ((angle % full) + full) % full;
}

function format([x, y]: Point): string {
  return `${round(x)} ${round(y)}`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
