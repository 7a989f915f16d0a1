/**
 * One painted path of a drawing: its graphics state, its outline, and the
 * painting operator, wrapped in q/Q so the next part starts from the
 * defaults (butt caps, miter joins, solid, black).
 */
import type { Color } from '../../../model/index.js';
import { applyStroke, type Stroke } from './border.js';
import type { PagePath } from './page-path.js';

export interface PathPaint {
  /** Stroked with this when present. */
  readonly stroke?: Stroke | undefined;
  /** Filled with this colour when present (before the stroke, as SVG paints). */
  readonly fill?: Color | undefined;
  /** false draws the stroke solid although it has a dash pattern (line caps). */
  readonly dashed?: boolean;
  /** Round joins and caps rather than miter joins and butt caps. */
  readonly round?: boolean | 'joins';
}

/** Adds the outline `outline` writes and paints it; writes nothing when there is neither stroke nor fill. */
export function paintPath(path: PagePath, paint: PathPaint, outline: (path: PagePath) => void): void {
  const { stroke, fill } = paint;
  if (!stroke && !fill) return;
  const content = path.content;
  content.save();
  if (stroke) {
    applyStroke(content, stroke, paint.dashed !== false);
    if (paint.round === true) content.lineCap(1);
    if (paint.round) content.lineJoin(1);
  }
  if (fill) content.fillColor(fill);
  outline(path);
  if (stroke && fill) path.fillStroke();
  else if (stroke) path.stroke();
  else path.fill();
  content.restore();
}
