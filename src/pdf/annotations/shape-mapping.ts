/**
 * Line, Square, Circle, Polygon, PolyLine → `pspdfkit/shape/*`.
 *
 * - strokeColor: `/C`; left out when the PDF has none (no stroke color).
 * - strokeWidth: `/BS /W`. pdf.js reports 0 when the dictionary has no
 *   border entry at all; for lines and polylines it then draws 1 (the PDF
 *   default), and so do we; for rectangles and ellipses 0 stays 0, again as
 *   pdf.js draws them.
 * - strokeDashArray: `/BS /D` when the border is dashed.
 * - note: `/Contents`.
 * - Line: startPoint/endPoint from `/L`, lineCaps from `/LE`. pdf.js
 *   normalises `/L` to x1 ≤ x2, y1 ≤ y2, so a line drawn right-to-left or
 *   bottom-to-top comes back with its ends reordered (a line rising to the
 *   right comes back falling); there is no other way to the raw `/L`.
 * - Polygon/PolyLine: points from `/Vertices`, PolyLine lineCaps from `/LE`.
 * Not exposed by pdf.js, so never set: fillColor (`/IC`), cloudy borders
 * (`/BE`), `/RD` insets.
 */
import type {
  EllipseAnnotation,
  LineAnnotation,
  PolygonAnnotation,
  PolylineAnnotation,
  RectangleAnnotation,
  ShapeAnnotation,
} from '../../model/index.js';
import { fourNumbers } from './page-geometry.js';
import { type BaseFields, border, type MappingContext, Skip, setIfPresent } from './mapping-context.js';
import { hexColor, lineCaps, plainText } from './pdf-values.js';
import type { PdfjsAnnotationData } from './pdfjs-annotation-data.js';

type ShapeFields = Pick<ShapeAnnotation, 'strokeColor' | 'strokeWidth' | 'strokeDashArray' | 'note'>;

function shapeFields(item: PdfjsAnnotationData, defaultWidth: number): ShapeFields {
  const fields: ShapeFields = {};
  setIfPresent(fields, 'strokeColor', hexColor(item.color));
  const outline = border(item.borderStyle);
  fields.strokeWidth = outline?.width ?? defaultWidth;
  setIfPresent(fields, 'strokeDashArray', outline?.dashArray);
  setIfPresent(fields, 'note', plainText(item.contentsObj));
  return fields;
}

export function mapSquare(item: PdfjsAnnotationData, base: BaseFields): RectangleAnnotation {
  return { ...base, type: 'pspdfkit/shape/rectangle', ...shapeFields(item, 0) };
}

export function mapCircle(item: PdfjsAnnotationData, base: BaseFields): EllipseAnnotation {
  return { ...base, type: 'pspdfkit/shape/ellipse', ...shapeFields(item, 0) };
}

export function mapLine(item: PdfjsAnnotationData, base: BaseFields, context: MappingContext): LineAnnotation | Skip {
  const coordinates = fourNumbers(item.lineCoordinates);
  if (!coordinates) return new Skip('the Line has no /L coordinates');
  const [x1, y1, x2, y2] = coordinates;
  const record: LineAnnotation = {
    ...base,
    type: 'pspdfkit/shape/line',
    ...shapeFields(item, 1),
    startPoint: context.space.point(x1, y1),
    endPoint: context.space.point(x2, y2),
  };
  setIfPresent(record, 'lineCaps', lineCaps(item.lineEndings));
  return record;
}

export function mapPolygon(item: PdfjsAnnotationData, base: BaseFields, context: MappingContext): PolygonAnnotation {
  return {
    ...base,
    type: 'pspdfkit/shape/polygon',
    ...shapeFields(item, 1),
    points: context.space.points(item.vertices),
  };
}

export function mapPolyLine(item: PdfjsAnnotationData, base: BaseFields, context: MappingContext): PolylineAnnotation {
  const record: PolylineAnnotation = {
    ...base,
    type: 'pspdfkit/shape/polyline',
    ...shapeFields(item, 1),
    points: context.space.points(item.vertices),
  };
  setIfPresent(record, 'lineCaps', lineCaps(item.lineEndings));
  return record;
}
