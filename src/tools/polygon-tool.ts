/** `polygon`: click its corners, double-click or Enter closes it. See point-path-tool.ts. */
import { polygonKind } from '../annotations/polygon.js';
import type { AnnotationInput, Point } from '../model/index.js';
import { createPointPathTool } from './point-path-tool.js';
import { polygonBounds } from './shape-geometry.js';
import type { Tool } from './tool.js';

function record(pageIndex: number, points: readonly Point[]): AnnotationInput {
  const strokeWidth = polygonKind.defaults.strokeWidth ?? 1;
  return { ...polygonKind.defaults, type: 'pspdfkit/shape/polygon', pageIndex, points: [...points], bbox: polygonBounds(points, strokeWidth) };
}

export function createPolygonTool(): Tool {
  return createPointPathTool({
    id: 'polygon',
    label: 'Polygon',
    icon: 'M12 3 21 10 17 21H7L3 10z',
    minPoints: 3,
    record,
  });
}
