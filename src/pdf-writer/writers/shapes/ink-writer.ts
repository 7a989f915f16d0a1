/**
 * `pspdfkit/ink` → /Ink, drawn as `src/annotations/ink.ts` draws it: the
 * bbox filled with `backgroundColor` if set, every segment of two or more
 * samples as the smooth curve of `smooth-path.ts` in one round-capped,
 * round-joined stroke of `lineWidth`, and single samples as dots. /InkList
 * holds the samples themselves (what other viewers smooth in their own way).
 * A highlighter's `blendMode: 'multiply'` goes into the appearance's
 * graphics state (composite.ts).
 */
import type { InkAnnotation, Point } from '../../../model/index.js';
import { forEachPiece } from '../../../annotations/smooth-path.js';
import type { WriterEnv, WrittenAnnotation } from '../../writer-types.js';
import { borderStyle, colorArray } from './border.js';
import { Bounds } from './bounds.js';
import { compositeAppearance } from './composite.js';
import { PagePath } from './page-path.js';
import { paintPath } from './paint-path.js';
import { userSpacePoints } from './user-space-points.js';

export function writeInk(annotation: InkAnnotation, env: WriterEnv): WrittenAnnotation {
  const { bbox, strokeColor, backgroundColor } = annotation;
  const lineWidth = Math.max(0, annotation.lineWidth);
  const segments = annotation.lines.points;
  const curves = segments.filter((segment) => segment.length > 1);
  const dots = segments.filter((segment) => segment.length === 1).map((segment) => segment[0]!);
  const path = new PagePath(env.frame);
  const bounds = new Bounds().addRect(bbox);

  if (backgroundColor) paintPath(path, { fill: backgroundColor }, (p) => p.rect(bbox));
  if (lineWidth > 0 && curves.length) {
    paintPath(path, { stroke: { width: lineWidth, color: strokeColor }, round: true }, (p) => {
      for (const curve of curves) addSmoothCurve(p, curve);
    });
    // Each piece stays inside the hull of its samples, so the samples bound the curve.
    for (const curve of curves) for (const sample of curve) bounds.add(sample, lineWidth / 2);
  }
  if (lineWidth > 0 && dots.length) {
    // One fill for all dots: where two overlap they are painted once, as in the viewer's one group.
    paintPath(path, { fill: strokeColor }, (p) => {
      for (const dot of dots) p.circle(dot, lineWidth / 2);
    });
    for (const dot of dots) bounds.add(dot, lineWidth / 2);
  }

  const rect = env.frame.rect(bounds.rect()!);
  return {
    subtype: 'Ink',
    rect,
    entries: {
      InkList: segments.map((segment) => env.doc.context.obj(userSpacePoints(env.frame, segment))),
      C: colorArray(strokeColor),
      BS: borderStyle(env.doc, lineWidth, undefined),
    },
    appearance: compositeAppearance(env, rect, path, annotation),
  };
}

/**
 * The smoothed curve of `smooth-path.ts` (`smoothPathData`): from the first
 * sample, its quadratic pieces, then a straight step to the last sample.
 */
function addSmoothCurve(path: PagePath, samples: readonly Point[]): void {
  let current = samples[0]!;
  path.moveTo(current);
  forEachPiece(samples, (cx, cy, ex, ey) => {
    const end: Point = [ex, ey];
    path.quadTo(current, [cx, cy], end);
    current = end;
  });
  path.lineTo(samples[samples.length - 1]!);
}
