/**
 * `pspdfkit/ink`: freehand strokes, each segment of `lines.points` drawn as a
 * smooth round-capped curve of `lineWidth`, over an optional
 * `backgroundColor` filling the bbox. `intensities` (pressure) and
 * `isDrawnNaturally` only change the look in PSPDFKit for iOS and are not
 * drawn. A highlighter is ink with `blendMode: 'multiply'`, which the layer
 * applies to the box.
 */
import type { InkAnnotation, Point } from '../model/index.js';
import type { AnnotationKind } from './annotation-kind.js';
import { svgElement, svgGroup } from './dom.js';
import { inRect, nearPath } from './hit-geometry.js';
import { smoothPathData, smoothPolyline } from './smooth-path.js';

function segments(annotation: InkAnnotation): Point[][] {
  return annotation.lines.points.filter((segment) => segment.length > 0);
}

export const inkKind: AnnotationKind<'pspdfkit/ink'> = {
  type: 'pspdfkit/ink',
  defaults: { strokeColor: '#2563eb', lineWidth: 4, isDrawnNaturally: false, opacity: 1 },
  drawSvg(annotation) {
    const parts: SVGElement[] = [];
    const [x, y, width, height] = annotation.bbox;
    if (annotation.backgroundColor) parts.push(svgElement('rect', { x, y, width, height, fill: annotation.backgroundColor }));
    const lineWidth = Math.max(0, annotation.lineWidth);
    const strokes = segments(annotation);
    const curves = strokes.filter((segment) => segment.length > 1);
    if (curves.length && lineWidth > 0) {
      // One path for all segments: a signature can have hundreds, and the layer applies opacity to the drawing as a whole.
      parts.push(
        svgElement('path', {
          d: curves.map(smoothPathData).join(''),
          fill: 'none',
          stroke: annotation.strokeColor,
          'stroke-width': lineWidth,
          'stroke-linecap': 'round',
          'stroke-linejoin': 'round',
        }),
      );
    }
    // A single tap is a dot; a zero-length path's round cap is not drawn reliably everywhere.
    for (const [cx, cy] of strokes.filter((segment) => segment.length === 1).map((segment) => segment[0]!)) {
      parts.push(svgElement('circle', { cx, cy, r: lineWidth / 2, fill: annotation.strokeColor }));
    }
    return svgGroup(parts);
  },
  hitTest(annotation, point, tolerance) {
    if (annotation.backgroundColor && inRect(point, annotation.bbox, tolerance)) return true;
    const reach = tolerance + Math.max(0, annotation.lineWidth) / 2;
    return segments(annotation).some((segment) => nearPath(point, smoothPolyline(segment), reach));
  },
  label: (annotation) => (annotation.isSignature ? 'Signature' : 'Ink'),
};
