/**
 * `pspdfkit/markup/redaction` → /Redact, marked but not applied (nothing
 * here or in the orchestrator removes content under it).
 *
 * /N, what viewers show, is what the viewer shows for an unapplied
 * redaction (`src/annotations/redaction.ts`): an outline inside each marked
 * area. /RO, the overlay a viewer paints once it applies the redaction, is
 * the viewer's hover preview: each area filled with `fillColor` and the
 * overlay text, shrunk to fit or repeated over the area. The dictionary
 * carries the same for other tools: /QuadPoints (the areas), /IC (fill),
 * /OC and /C (outline), /OverlayText, /Repeat, /DA and /Q (overlay text's
 * font, size, colour and alignment).
 */
import type { Rect, RedactionAnnotation } from '../../../model/index.js';
import { Appearance, writeAppearance } from '../../appearance.js';
import type { TextStyle } from '../../fonts/text-fonts.js';
import type { PageFrame } from '../../page-frame.js';
import { textString } from '../../pdf-values.js';
import { cssLineMetrics } from '../../text/css-line-metrics.js';
import { drawTextLines, layoutLines, LINE_HEIGHT } from '../../text/line-layout.js';
import type { WriterEnv, WrittenAnnotation } from '../../writer-types.js';
import { colorArray } from '../shapes/border.js';
import { Bounds } from '../shapes/bounds.js';
import { defaultAppearance } from './default-appearance.js';
import { withOpacity } from './opacity-group.js';

/**
 * The viewer's defaults (`src/annotations/redaction.ts`, which is not
 * imported: it brings lit and the DOM drawing with it; the tests check that
 * the two agree).
 */
export const REDACTION_DEFAULTS = { outlineColor: '#ff0000', fillColor: '#000000', overlayTextColor: '#ff0000' } as const;
const DEFAULT_OUTLINE_COLOR = REDACTION_DEFAULTS.outlineColor;
const DEFAULT_FILL_COLOR = REDACTION_DEFAULTS.fillColor;
const DEFAULT_OVERLAY_TEXT_COLOR = REDACTION_DEFAULTS.overlayTextColor;
/** The viewer's outline width, and its text metrics (redaction.ts). */
const OUTLINE_WIDTH = 1.5;
const CHAR_WIDTH = 0.62;
const MAX_REPEATS = 2000;
/** The viewer sets overlay text in bold Helvetica. */
const OVERLAY_STYLE: TextStyle = { bold: true, family: 'Helvetica' };

/** /QuadPoints: per area its upper-left, upper-right, lower-left and lower-right corners (the order Acrobat writes). */
function quadPoints(frame: PageFrame, rects: readonly Rect[]): number[] {
  return rects
    .flatMap((rect) => {
      const [llx, lly, urx, ury] = frame.rect(rect);
      return [llx, ury, urx, ury, llx, lly, urx, lly];
    })
    .map((value) => Math.round(value * 1000) / 1000);
}

/** The overlay text's size in an area, as the viewer picks it: shrunk to fit once, or a readable size when repeated. */
function overlaySize(text: string, width: number, height: number, repeat: boolean): number {
  const fitting = Math.min(height * 0.6, width / Math.max(1, text.length * CHAR_WIDTH));
  return Math.max(2, repeat ? Math.min(height * 0.6, 12) : fitting);
}

/** Draws one area of the overlay: its fill and the text, clipped to it. */
async function drawOverlayArea(appearance: Appearance, env: WriterEnv, annotation: RedactionAnnotation, rect: Rect): Promise<void> {
  const [, , width, height] = rect;
  if (!(width > 0 && height > 0)) return;
  const [llx, lly, urx, ury] = env.frame.rect(rect);
  const content = appearance.content;
  content.save().rect(llx, lly, urx - llx, ury - lly).clip().endPath();
  content.fillColor(annotation.fillColor ?? DEFAULT_FILL_COLOR).rect(llx, lly, urx - llx, ury - lly).fill();
  const text = annotation.overlayText ?? '';
  if (text.trim() !== '') {
    const repeat = annotation.repeatOverlayText === true;
    const size = overlaySize(text, width, height, repeat);
    const box = { left: llx, bottom: lly, width: urx - llx, height: ury - lly };
    const options = { size, color: annotation.color ?? DEFAULT_OVERLAY_TEXT_COLOR, metrics: cssLineMetrics(OVERLAY_STYLE) };
    if (repeat) {
      const perLine = Math.ceil(width / Math.max(0.1, text.length * CHAR_WIDTH * size + CHAR_WIDTH * size)) + 1;
      const lineCount = Math.ceil(height / (size * LINE_HEIGHT)) + 1;
      const tiled = `${text} `.repeat(Math.min(MAX_REPEATS, perLine * lineCount)).trimEnd();
      const lines = await layoutLines(env.fonts, tiled, { size, width: box.width, style: OVERLAY_STYLE });
      // Only the lines that show: the rest are clipped anyway.
      drawTextLines(appearance, lines.slice(0, lineCount), box, { ...options, align: 'left', valign: 'top' });
    } else {
      const lines = await layoutLines(env.fonts, text.replace(/[\r\n]+/g, ' '), { size, style: OVERLAY_STYLE });
      drawTextLines(appearance, lines, box, { ...options, align: 'center', valign: 'center' });
    }
  }
  content.restore();
}

export async function writeRedaction(annotation: RedactionAnnotation, env: WriterEnv): Promise<WrittenAnnotation> {
  const { lib, doc, frame } = env;
  const rects = annotation.rects?.length ? annotation.rects : [annotation.bbox];
  const outlineColor = annotation.outlineColor ?? DEFAULT_OUTLINE_COLOR;
  const bounds = new Bounds().addRect(annotation.bbox);
  for (const area of rects) bounds.addRect(area);
  const rect = frame.rect(bounds.rect()!);

  // What shows before the redaction is applied: the outlines, inset by half the stroke so they stay inside each area.
  const marked = new Appearance(rect);
  const outline = marked.content.save().lineWidth(OUTLINE_WIDTH).strokeColor(outlineColor);
  for (const [left, top, width, height] of rects) {
    const half = Math.min(OUTLINE_WIDTH / 2, Math.max(0, width) / 2, Math.max(0, height) / 2);
    const [llx, lly, urx, ury] = frame.rect([left + half, top + half, Math.max(0, width - 2 * half), Math.max(0, height - 2 * half)]);
    outline.rect(llx, lly, urx - llx, ury - lly);
  }
  outline.stroke().restore();

  const overlay = new Appearance(rect);
  for (const area of rects) await drawOverlayArea(overlay, env, annotation, area);

  const text = annotation.overlayText ?? '';
  const repeat = annotation.repeatOverlayText === true;
  const [, , firstWidth, firstHeight] = rects[0]!;
  const textColor = annotation.color ?? DEFAULT_OVERLAY_TEXT_COLOR;
  const entries: WrittenAnnotation['entries'] = {
    QuadPoints: quadPoints(frame, rects),
    IC: colorArray(annotation.fillColor ?? DEFAULT_FILL_COLOR),
    OC: colorArray(outlineColor),
    C: colorArray(outlineColor),
    Repeat: repeat,
    DA: lib.PDFString.of(defaultAppearance(OVERLAY_STYLE, overlaySize(text || ' ', firstWidth, firstHeight, repeat), textColor)),
    Q: repeat ? 0 : 1,
    RO: writeAppearance(lib, doc, overlay),
  };
  if (text !== '') entries['OverlayText'] = textString(lib, text);
  return { subtype: 'Redact', rect, entries, appearance: withOpacity(env, marked, annotation.opacity) };
}
