/**
 * A stamp's appearance, drawn as our viewer draws it (src/annotations/stamp.ts):
 * a rounded frame stroked in the stamp's colour over an 8 % tint of it, and
 * the title (and a smaller subtitle) in bold, centred, each squeezed to the
 * viewer's width for it. The whole is drawn upright in the content frame and
 * turned by the record's rotation.
 */
import type { StampAnnotation } from '../../../model/index.js';
import { Appearance } from '../../appearance.js';
import type { ContentBuilder } from '../../content-stream.js';
import type { PdfRect } from '../../page-frame.js';
import type { WriterEnv } from '../../writer-types.js';
import { contentSize, rotatedContentMatrix } from './rotated-content.js';
import { estimatedWidth, stampFace } from './stamp-face.js';
import { measureLine, showLine } from './text-line.js';

const MIN_EXTENT = 1e-3;
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
  const [width, height] = contentSize(Math.max(urx - llx, MIN_EXTENT), Math.max(ury - lly, MIN_EXTENT), stamp.rotation);
  const face = stampFace(stamp);
  const short = Math.min(width, height);
  const stroke = Math.min(Math.max(short * 0.06, 0.75), 4);

  content.save().transform(...rotatedContentMatrix(rect, width, height, stamp.rotation));
  const frameWidth = Math.max(MIN_EXTENT, width - stroke);
  const frameHeight = Math.max(MIN_EXTENT, height - stroke);
  const tint = appearance.resources.graphicsState({ fillOpacity: 0.08 });
  content.save().graphicsState(tint).fillColor(face.color);
  roundedRect(content, stroke / 2, stroke / 2, frameWidth, frameHeight, short * 0.15);
  content.fill().restore();
  content.save().strokeColor(face.color).lineWidth(stroke);
  roundedRect(content, stroke / 2, stroke / 2, frameWidth, frameHeight, short * 0.15);
  content.stroke().restore();

  const available = Math.max(MIN_EXTENT, width - 2 * (stroke + short * 0.1));
  // Line centres as the viewer places them, measured from the top (y down), and font sizes.
  const lines: [text: string, centreFromTop: number, size: number][] = face.subtitle
    ? [
        [face.title, height * 0.4, height * 0.38],
        [face.subtitle, height * 0.74, height * 0.2],
      ]
    : [[face.title, height / 2, height * 0.5]];
  for (const [text, centreFromTop, size] of lines) {
    const line = await measureLine(env.fonts, text, { bold: true, family: 'Helvetica' });
    if (!(line.width > 0)) continue;
    const target = Math.min(available, estimatedWidth(text, size));
    showLine(appearance, line, {
      x: width / 2 - target / 2,
      y: height - centreFromTop - CENTRAL_BASELINE_DROP * size,
      size,
      horizontalScale: target / (line.width * size),
      color: face.color,
    });
  }
  content.restore();
  return appearance;
}
