/**
 * Turns a finished drawing into the annotation's appearance with the
 * record's opacity and blend mode.
 *
 * The viewer sets both on the annotation's one SVG element, so the drawing
 * is composited as a whole: where a stroke covers a fill, or a cap covers
 * the line's end, the top one hides the one beneath before the opacity is
 * applied. A graphics state inside the appearance applies to each painting
 * operation instead, so a drawing of several operations is put in a
 * transparency group (a form XObject with /Group) and the group is painted
 * with the opacity and blend mode. A drawing of one operation needs no group.
 *
 * The opacity also goes into the appearance although the dictionary has
 * /CA: pdf.js does not apply /CA when it paints an appearance stream.
 */
import type { BlendMode } from '../../../model/index.js';
import { Appearance } from '../../appearance.js';
import type { PdfRect } from '../../page-frame.js';
import type { PDFRef } from '../../pdf-lib.js';
import type { WriterEnv } from '../../writer-types.js';
import type { PagePath } from './page-path.js';

export interface Compositing {
  /** 0..1; 1 when absent. */
  readonly opacity?: number | undefined;
  readonly blendMode?: BlendMode | undefined;
  /**
   * Write the graphics state even when it changes nothing. pdf.js ignores a
   * Highlight's appearance stream whose resources have no /ExtGState and
   * paints its own, multiplied, in its place; a highlight that asks for the
   * normal blend mode must name it to be shown as it is.
   */
  readonly explicitState?: boolean;
}

/** The appearance showing `drawing` inside `rect`. */
export function compositeAppearance(env: WriterEnv, rect: PdfRect, drawing: PagePath, compositing: Compositing): Appearance {
  const appearance = new Appearance(rect);
  const opacity = clampOpacity(compositing.opacity);
  const blendMode = compositing.blendMode && compositing.blendMode !== 'normal' ? compositing.blendMode : undefined;
  if (opacity === 1 && !blendMode && !compositing.explicitState) {
    appearance.content.raw(drawing.content.toString());
    return appearance;
  }
  const state = appearance.resources.graphicsState({
    ...(opacity < 1 && { strokeOpacity: opacity, fillOpacity: opacity }),
    ...((blendMode ?? compositing.explicitState) && { blendMode: blendMode ?? 'normal' }),
  });
  appearance.content.graphicsState(state);
  if (drawing.paints <= 1) {
    appearance.content.raw(drawing.content.toString());
    return appearance;
  }
  const group = writeGroup(env, rect, drawing.content.toString());
  appearance.content.paintXObject(appearance.resources.xObject(group));
  return appearance;
}

function clampOpacity(opacity: number | undefined): number {
  return typeof opacity === 'number' && Number.isFinite(opacity) ? Math.min(1, Math.max(0, opacity)) : 1;
}

/** An isolated transparency group holding `content`, drawn in the same user space as the appearance. */
function writeGroup(env: WriterEnv, [llx, lly, urx, ury]: PdfRect, content: string): PDFRef {
  const { doc } = env;
  const stream = doc.context.flateStream(content, {
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    // Rounded outward to a thousandth, so the group never clips what the appearance holds.
    BBox: [
      Math.floor(Math.min(llx, urx) * 1000) / 1000,
      Math.floor(Math.min(lly, ury) * 1000) / 1000,
      Math.ceil(Math.max(llx, urx) * 1000) / 1000,
      Math.ceil(Math.max(lly, ury) * 1000) / 1000,
    ],
    Matrix: [1, 0, 0, 1, 0, 0],
    Group: { Type: 'Group', S: 'Transparency', I: true },
    Resources: {},
  });
  return doc.context.register(stream);
}
