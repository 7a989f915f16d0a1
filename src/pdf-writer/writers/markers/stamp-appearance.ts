/**
 * A stamp's appearance, drawn as our viewer draws it: the face and layout of
 * src/annotations/stamp-face.ts — a rounded frame stroked in the stamp's
 * colour over a tint of it, and the title (and a smaller subtitle) in bold,
 * centred, each squeezed to the layout's width for it. The whole is drawn
 * upright in the content box and turned by the record's rotation.
 */
import { stampFace, stampLayout } from '../../../annotations/stamp-face.js';
import type { StampAnnotation } from '../../../model/index.js';
import { Appearance } from '../../appearance.js';
import type { ContentBuilder } from '../../content-stream.js';
import type { PdfRect } from '../../page-frame.js';
import type { WriterEnv } from '../../writer-types.js';
import { rotatedContentMatrix } from './rotated-content.js';
import { measureLine, showLine } from './text-line.js';

/**
 * Where the viewer's `dominant-baseline: central` puts the baseline: half of
 * ascent minus descent below the line's centre, in the metrics of the font a
 * browser uses for "Helvetica, Arial" (Arial and its metric clones: 0.905 and
 * 0.212 em). That centres capitals, which is what stamp labels are.
 */
const CENTRAL_BASELINE_DROP = (0.905 - 0.212) / 2;
/** A circle's control-point distance for a quarter arc. */
const KAPPA = 0.5523;

function roundedRect(content: ContentBuilder, x: number, y: number, width: number, height: number, radius: number): void {
  const r = Math.max(0, Math.min(radius, width / 2, height / 2));
  const k = r * (1 - KAPPA);
  const right = x + width;
  const top = y + height;
  content
    .moveTo(x + r, y)
    .lineTo(right - r, y)
    .curveTo(right - k, y, right, y + k, right, y + r)
    .lineTo(right, top - r)
    .curveTo(right, top - k, right - k, top, right - r, top)
    .lineTo(x + r, top)
    .curveTo(x + k, top, x, top - k, x, top - r)
    .lineTo(x, y + r)
    .curveTo(x, y + k, x + k, y, x + r, y)
    .closePath();
}

export async function stampAppearance(stamp: StampAnnotation, rect: PdfRect, env: WriterEnv): Promise<Appearance> {
  const appearance = new Appearance(rect);
  const content = appearance.content;
  const [llx, lly, urx, ury] = rect;
  const face = stampFace(stamp);
  const layout = stampLayout(face, urx - llx, ury - lly, stamp.rotation);
  const { width, height, stroke } = layout;
  // The layout's frame is measured from the top (y down); the content box here has y up.
  const [left, top, frameWidth, frameHeight] = layout.frame;
  const bottom = height - top - frameHeight;

  content.save().transform(...rotatedContentMatrix(rect, width, height, stamp.rotation));
  const tint = appearance.resources.graphicsState({ fillOpacity: layout.tintOpacity });
  content.save().graphicsState(tint).fillColor(face.color);
  roundedRect(content, left, bottom, frameWidth, frameHeight, layout.cornerRadius);
  content.fill().restore();
  content.save().strokeColor(face.color).lineWidth(stroke);
  roundedRect(content, left, bottom, frameWidth, frameHeight, layout.cornerRadius);
  content.stroke().restore();

  for (const { text, centre, fontSize: size, width: target } of layout.lines) {
    const line = await measureLine(env.fonts, text, { bold: true, family: 'Helvetica' });
    if (!(line.width > 0)) continue;
    showLine(appearance, line, {
      x: width / 2 - target / 2,
      y: height - centre - CENTRAL_BASELINE_DROP * size,
      size,
      horizontalScale: target / (line.width * size),
      color: face.color,
    });
  }
  content.restore();
  return appearance;
}
