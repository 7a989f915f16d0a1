/**
 * `pspdfkit/shape/polygon` → /Polygon, drawn as `src/annotations/polygon.ts`
 * draws it: the closed outline through `points` (miter joins), filled with
 * `fillColor`; or the cloud around the points with round joins, described
 * by /BE. /Vertices are the record's points.
 */
import type { PolygonAnnotation } from '../../../model/index.js';
import { cloudOf } from '../../../annotations/cloudy-shape.js';
import type { WriterEnv, WrittenAnnotation } from '../../writer-types.js';
import { borderEntries, colorArray, shapeStroke } from './border.js';
import { Bounds } from './bounds.js';
import { addCloud, addCloudBounds } from './cloudy-path.js';
import { compositeAppearance } from './composite.js';
import { PagePath } from './page-path.js';
import { paintPath } from './paint-path.js';
import { userSpacePoints } from './user-space-points.js';

export function writePolygon(annotation: PolygonAnnotation, env: WriterEnv): WrittenAnnotation {
  const stroke = shapeStroke(annotation);
  const fill = annotation.fillColor;
  const width = stroke?.width ?? 0;
  const path = new PagePath(env.frame);
  const bounds = new Bounds().addRect(annotation.bbox);
  const entries: WrittenAnnotation['entries'] = {
    ...borderEntries(env.doc, annotation),
    Vertices: userSpacePoints(env.frame, annotation.points),
  };
  if (fill) entries.IC = colorArray(fill);

  const cloud = cloudOf(annotation);
  if (cloud) {
    paintPath(path, { stroke, fill, round: 'joins' }, (p) => addCloud(p, cloud));
    addCloudBounds(bounds, cloud, width);
    entries.BE = env.doc.context.obj({ S: 'C', I: annotation.cloudyBorderIntensity! });
  } else if (annotation.points.length > 0) {
    paintPath(path, { stroke, fill }, (p) => p.polyline(annotation.points, true));
    bounds.addStroke(annotation.points, true, width);
  }

  const rect = env.frame.rect(bounds.rect()!);
  return { subtype: 'Polygon', rect, entries, appearance: compositeAppearance(env, rect, path, annotation) };
}
