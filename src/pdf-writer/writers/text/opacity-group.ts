/**
 * An appearance painted with the record's opacity as a whole. The viewer
 * fades the annotation's box at once, so where text lies on its background
 * the text hides the background before the opacity applies; a graphics
 * state inside the appearance would fade each painting operation instead.
 * So the drawing goes into a transparency group (a form XObject with /Group,
 * keeping its own resources: fonts) that is painted with the opacity.
 * pdf.js ignores the dictionary's /CA when it paints an appearance stream,
 * hence the opacity inside the appearance too.
 */
import { Appearance, writeAppearance } from '../../appearance.js';
import type { WriterEnv } from '../../writer-types.js';

export function withOpacity(env: WriterEnv, drawing: Appearance, opacity: number | undefined): Appearance {
  const alpha = typeof opacity === 'number' && Number.isFinite(opacity) ? Math.min(1, Math.max(0, opacity)) : 1;
  if (alpha === 1 || drawing.content.isEmpty) return drawing;
  const { lib, doc } = env;
  const groupRef = writeAppearance(lib, doc, drawing);
  const group = doc.context.lookup(groupRef, lib.PDFStream);
  group.dict.set(lib.PDFName.of('Group'), doc.context.obj({ Type: 'Group', S: 'Transparency', I: true }));
  const appearance = new Appearance(drawing.bbox);
  appearance.content.graphicsState(appearance.resources.graphicsState({ strokeOpacity: alpha, fillOpacity: alpha }));
  appearance.content.paintXObject(appearance.resources.xObject(groupRef));
  return appearance;
}
