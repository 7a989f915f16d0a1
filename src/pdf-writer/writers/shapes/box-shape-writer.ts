/**
 * `pspdfkit/shape/rectangle` → /Square and `pspdfkit/shape/ellipse` →
 * /Circle, drawn as `src/annotations/rectangle.ts` and `ellipse.ts` draw
 * them: the stroke centred on the bbox inset by half its width (so it stays
 * inside the bbox, as PDF appearances of squares and circles do), filled
 * with `fillColor`; or, with a cloudy border, the cloud of `cloudy-shape.ts`
 * with round joins, described by /BE and /RD.
 */
import type { EllipseAnnotation, Insets, Rect, RectangleAnnotation } from '../../../model/index.js';
import { rectCorners, strokeInsetRect } from '../../../annotations/box-shape.js';
import { cloudBaseRect } from '../../../annotations/cloudy-border.js';
import { cloudOf } from '../../../annotations/cloudy-shape.js';
import { strokeWidthOf } from '../../../annotations/shape-style.js';
import type { WriterEnv, WrittenAnnotation } from '../../writer-types.js';
import { borderEntries, colorArray, shapeStroke } from './border.js';
import { Bounds } from './bounds.js';
import { addCloud, addCloudBounds } from './cloudy-path.js';
import { compositeAppearance } from './composite.js';
import { PagePath } from './page-path.js';
import { paintPath } from './paint-path.js';

type BoxShape = RectangleAnnotation | EllipseAnnotation;

export function writeBoxShape(annotation: BoxShape, env: WriterEnv): WrittenAnnotation {
  const stroke = shapeStroke(annotation);
  const fill = annotation.fillColor;
  const width = stroke?.width ?? 0;
  const path = new PagePath(env.frame);
  const bounds = new Bounds().addRect(annotation.bbox);
  const entries: WrittenAnnotation['entries'] = { ...borderEntries(env.doc, annotation) };
  if (fill) entries.IC = colorArray(fill);

  const cloud = cloudOf(annotation);
  if (cloud) {
    paintPath(path, { stroke, fill, round: 'joins' }, (p) => addCloud(p, cloud));
    addCloudBounds(bounds, cloud, width);
    const intensity = annotation.cloudyBorderIntensity!;
    entries.BE = env.doc.context.obj({ S: 'C', I: intensity });
    const base = cloudBaseRect(annotation.bbox, intensity, strokeWidthOf(annotation), annotation.cloudyBorderInset);
    entries.RD = differences(bounds.rect()!, base).map(round);
  } else {
    const centreline = strokeInsetRect(annotation.bbox, strokeWidthOf(annotation));
    if (annotation.type === 'pspdfkit/shape/ellipse') {
      paintPath(path, { stroke, fill }, (p) => p.ellipse(centreline));
      const [left, top, w, h] = centreline;
      bounds.addRect([left - width / 2, top - width / 2, w + width, h + width]);
    } else {
      paintPath(path, { stroke, fill }, (p) => p.rect(centreline));
      bounds.addStroke(rectCorners(centreline), true, width);
    }
  }

  const rect = env.frame.rect(bounds.rect()!);
  return {
    subtype: annotation.type === 'pspdfkit/shape/ellipse' ? 'Circle' : 'Square',
    rect,
    entries,
    appearance: compositeAppearance(env, rect, path, annotation),
  };
}

/** /RD: how far `inner` lies inside `outer` on each side, `[left, top, right, bottom]` (never negative). */
function differences(outer: Rect, inner: Rect): Insets {
  const [ox, oy, ow, oh] = outer;
  const [ix, iy, iw, ih] = inner;
  return [ix - ox, iy - oy, ox + ow - (ix + iw), oy + oh - (iy + ih)].map((d) => Math.max(0, d)) as Insets;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
