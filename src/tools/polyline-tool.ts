/** `polyline`: click its points, double-click or Enter finishes the open path. See point-path-tool.ts. */
import { polylineKind } from '../annotations/polyline.js';
import type { AnnotationInput, Point } from '../model/index.js';
import { createPointPathTool } from './point-path-tool.js';
import { openPathBounds } from './shape-geometry.js';
import type { Tool } from './tool.js';

function record(pageIndex: number, points: readonly Point[]): AnnotationInput {
  const strokeWidth = polylineKind.defaults.strokeWidth ?? 1;
  return {
    ...polylineKind.defaults,
    type: 'pspdfkit/shape/polyline',
    pageIndex,
    points: [...points],
    bbox: openPathBounds(points, polylineKind.defaults.lineCaps, strokeWidth),
  };
}

export function createPolylineTool(): Tool {
  return createPointPathTool({
    id: 'polyline',
    label: 'Polyline',
    icon: 'M3 18 9 8l6 8 6-10',
    minPoints: 2,
    record,
  });
}
