/**
 * `pspdfkit/image` → a Stamp annotation whose appearance paints the image
 * (an image XObject the orchestrator embeds once per attachment), stretched
 * over the picture's frame and turned by the record's rotation, as our viewer
 * shows it (src/annotations/image.ts, image-frame.ts): for a quarter turn the
 * picture's own frame is the bbox with width and height swapped. /Rotate
 * carries the rotation, as for stamps. Without a usable attachment the
 * appearance is the viewer's placeholder. /Contents is the record's note, or
 * else its description: PDF's alternate text for an annotation that shows no
 * text of its own.
 */
import { imageFrame } from '../../../annotations/image-frame.js';
import type { ImageAnnotation } from '../../../model/index.js';
import { Appearance } from '../../appearance.js';
import type { AnnotationWriter, WrittenAnnotation } from '../../writer-types.js';
import { drawImagePlaceholder } from './image-placeholder.js';
import { rotateEntry, rotatedContentMatrix } from './rotated-content.js';

export const writeImage: AnnotationWriter<ImageAnnotation> = async (image, env) => {
  const rect = env.frame.rect(image.bbox);
  const appearance = new Appearance(rect);
  const id = image.imageAttachmentId;
  const embedded = id ? await env.images.image(id) : undefined;
  if (embedded) {
    const frame = imageFrame(image.bbox, image.rotation);
    const name = appearance.resources.xObject(embedded.ref);
    appearance.content
      .save()
      .transform(...rotatedContentMatrix(rect, frame.width, frame.height, frame.rotation))
      // An image fills the unit square: scale it to the picture's frame.
      .transform(frame.width, 0, 0, frame.height, 0, 0)
      .paintXObject(name)
      .restore();
  } else {
    await drawImagePlaceholder(appearance, rect, image.contentType === 'application/pdf' ? 'unsupported' : 'missing', env);
  }
  const entries: WrittenAnnotation['entries'] = {};
  const rotate = rotateEntry(image.rotation);
  if (rotate !== undefined) entries['Rotate'] = rotate;
  const contents = image.note ?? (image.description?.trim() || undefined);
  return { subtype: 'Stamp', rect, entries, appearance, ...(contents !== undefined && { contents }) };
};
