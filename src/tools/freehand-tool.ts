/**
 * What `ink` and `highlighter` share. A stroke is a press, every move in
 * between (all coalesced points the browser gathered, with their pressure as
 * `lines.intensities`) and the release. Strokes that follow each other
 * within a second on the same page make one ink annotation, one segment
 * each, the way a word or a signature is one drawing: the first stroke
 * creates it, later ones update it. Each stroke is its own undo step and its
 * own `annotations-changed`, so undo takes back the last stroke.
 *
 * The tool stays active and leaves the selection alone: selecting each
 * stroke would pop the inspector up in the middle of writing.
 *
 * The live stroke is one SVG path in the tool overlay whose data grows by a
 * few commands per move, never rebuilt, so long strokes stay smooth. A pen,
 * a mouse or one finger draws (two fingers scroll: tool-controller.ts).
 */
import { inkKind } from '../annotations/ink.js';
import { cssBlendMode } from '../annotations/paint.js';
import { isAnnotationOfType, type InkAnnotation, type Point } from '../model/index.js';
import { inkBounds, roundPoint } from './shape-geometry.js';
import type { PagePointer, Tool, ToolContext } from './tool.js';

/** Strokes closer together in time than this join the same annotation. */
export const SERIES_GAP_MS = 1000;

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface FreehandStyle {
  readonly id: string;
  readonly label: string;
  readonly icon: string;
  /** Overrides of the ink kind's defaults. */
  readonly style: Partial<Pick<InkAnnotation, 'strokeColor' | 'lineWidth' | 'blendMode' | 'opacity'>>;
}

interface Stroke {
  readonly pageIndex: number;
  readonly points: Point[];
  readonly intensities: number[];
  readonly path: SVGPathElement | undefined;
  data: string;
}

export function createFreehandTool(freehand: FreehandStyle): Tool {
  const style = { ...inkKind.defaults, ...freehand.style };
  const styleNow = (context: ToolContext): typeof style => ({ ...style, ...(context.preset(freehand.id) as Partial<typeof style> | undefined) });
  let stroke: Stroke | undefined;
  let series: { id: string; pageIndex: number; endedAt: number } | undefined;

  const add = (pointer: PagePointer) => {
    if (!stroke) return;
    let data = '';
    pointer.points.forEach((raw, i) => {
      const point = roundPoint(raw);
      const last = stroke!.points[stroke!.points.length - 1];
      if (last && last[0] === point[0] && last[1] === point[1]) return;
      stroke!.points.push(point);
      stroke!.intensities.push(Math.round((pointer.pressures[i] ?? 0.5) * 1000) / 1000);
      data += `${stroke!.points.length === 1 ? 'M' : 'L'}${point[0]} ${point[1]}`;
    });
    if (!data || !stroke.path) return;
    stroke.data += data;
    // A lone point shows as a dot: a zero-length segment with round caps.
    stroke.path.setAttribute('d', stroke.points.length === 1 ? `${stroke.data}l0 0` : stroke.data);
  };

  const previewPath = (context: ToolContext, pageIndex: number): SVGPathElement | undefined => {
    const overlay = context.overlay(pageIndex);
    if (!overlay) return undefined;
    // The tool's preset (toolPresets) over its style, for the preview as for the record.
    const style = styleNow(context);
    const lineWidth = style.lineWidth ?? 1;
    const path = overlay.ownerDocument.createElementNS(SVG_NS, 'path');
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', style.strokeColor ?? '#000000');
    path.setAttribute('stroke-width', String(lineWidth));
    path.setAttribute('stroke-linecap', 'round');
    path.setAttribute('stroke-linejoin', 'round');
    if (style.opacity !== undefined && style.opacity < 1) path.setAttribute('opacity', String(style.opacity));
    if (style.blendMode && style.blendMode !== 'normal') path.style.mixBlendMode = cssBlendMode(style.blendMode);
    overlay.append(path);
    return path;
  };

  /** The annotation this stroke continues, if the last one ended moments ago on the same page and still exists. */
  const continued = (context: ToolContext, pageIndex: number): InkAnnotation | undefined => {
    if (!series || series.pageIndex !== pageIndex || performance.now() - series.endedAt > SERIES_GAP_MS) return undefined;
    const annotation = context.getAnnotation(series.id);
    return annotation && isAnnotationOfType(annotation, 'pspdfkit/ink') ? annotation : undefined;
  };

  const commit = (context: ToolContext, done: Stroke) => {
    const previous = continued(context, done.pageIndex);
    const style = styleNow(context);
    const lineWidth = style.lineWidth ?? 1;
    let id: string;
    if (previous) {
      const points = [...previous.lines.points, done.points];
      const updated = context.edit((store) =>
        store.updateAnnotation({
          ...previous,
          lines: { points, intensities: [...previous.lines.intensities, done.intensities] },
          bbox: inkBounds(points, previous.lineWidth),
        }),
      );
      id = updated.id;
    } else {
      const created = context.create({
        ...style,
        type: 'pspdfkit/ink',
        pageIndex: done.pageIndex,
        lineWidth,
        strokeColor: style.strokeColor ?? '#000000',
        isDrawnNaturally: style.isDrawnNaturally ?? false,
        lines: { points: [done.points], intensities: [done.intensities] },
        bbox: inkBounds([done.points], lineWidth),
      });
      id = created.id;
    }
    series = { id, pageIndex: done.pageIndex, endedAt: performance.now() };
  };

  return {
    id: freehand.id,
    label: freehand.label,
    icon: freehand.icon,
    cursor: 'crosshair',
    edits: true,
    pointerDown(pointer, context) {
      stroke = { pageIndex: pointer.pageIndex, points: [], intensities: [], path: previewPath(context, pointer.pageIndex), data: '' };
      add(pointer);
      return true;
    },
    pointerMove(pointer) {
      add(pointer);
    },
    pointerUp(pointer, context) {
      add(pointer);
      const done = stroke;
      stroke = undefined;
      if (!done?.points.length) return;
      try {
        commit(context, done);
      } finally {
        done.path?.remove();
      }
    },
    cancel() {
      stroke?.path?.remove();
      stroke = undefined;
    },
    deactivate() {
      series = undefined;
    },
  };
}
