/**
 * `pspdfkit/shape/line` → /Line and `pspdfkit/shape/polyline` → /PolyLine,
 * drawn as `src/annotations/open-path.ts` draws them: the path stroked (never
 * filled), ended where a closed arrow's base is, then the caps on top. /L and
 * /Vertices are the record's own points, untrimmed.
 */
import type { LineAnnotation, Point, PolylineAnnotation } from '../../../model/index.js';
import { capPath } from '../../../annotations/line-caps.js';
import { strokeWidthOf } from '../../../annotations/shape-style.js';
import type { WriterEnv, WrittenAnnotation } from '../../writer-types.js';
import { borderEntries, colorArray, shapeStroke } from './border.js';
import { Bounds } from './bounds.js';
import { compositeAppearance } from './composite.js';
import { addCapBounds, drawCap, lineEndingsEntry } from './line-endings.js';
import { PagePath } from './page-path.js';
import { paintPath } from './paint-path.js';
import { userSpacePoints } from './user-space-points.js';

type OpenPathShape = LineAnnotation | PolylineAnnotation;

export function writeOpenPath(annotation: OpenPathShape, env: WriterEnv): WrittenAnnotation {
  const isLine = annotation.type === 'pspdfkit/shape/line';
  const vertices: readonly Point[] = isLine ? [annotation.startPoint, annotation.endPoint] : annotation.points;
  const stroke = shapeStroke(annotation);
  const path = new PagePath(env.frame);
  const bounds = new Bounds().addRect(annotation.bbox);
  if (vertices.length > 0) {
    const { vertices: trimmed, caps } = capPath(vertices, annotation.lineCaps, strokeWidthOf(annotation));
    paintPath(path, { stroke }, (p) => p.polyline(trimmed));
    if (stroke) bounds.addStroke(trimmed, false, stroke.width);
    for (const cap of caps) {
      drawCap(path, cap, stroke, annotation.fillColor);
      addCapBounds(bounds, cap, stroke?.width ?? 0);
    }
  }

  const entries: WrittenAnnotation['entries'] = {
    ...borderEntries(env.doc, annotation),
    LE: lineEndingsEntry(env.doc, annotation.lineCaps),
  };
  if (annotation.fillColor) entries.IC = colorArray(annotation.fillColor);
  if (isLine) entries.L = userSpacePoints(env.frame, vertices);
  else entries.Vertices = userSpacePoints(env.frame, vertices);

  const rect = env.frame.rect(bounds.rect()!);
  return {
    subtype: isLine ? 'Line' : 'PolyLine',
    rect,
    entries,
    appearance: compositeAppearance(env, rect, path, annotation),
  };
}
