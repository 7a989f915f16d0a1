/**
 * `pspdfkit/image`: the attachment `imageAttachmentId`, stretched over the
 * bbox (the bbox is the picture's frame) and turned by `rotation`
 * (counterclockwise). A missing, broken or PDF attachment shows a placeholder.
 */
import { css } from 'lit';
import type { ImageAnnotation } from '../model/index.js';
import type { AnnotationKind, DrawContext } from './annotation-kind.js';
import { imageSource } from './attachment-url.js';
import { htmlElement, points } from './dom.js';
import { inRect } from './hit-geometry.js';
import { imageFrame } from './image-frame.js';
import { placeholderStyles, showPlaceholder } from './image-placeholder.js';

function altText(annotation: ImageAnnotation): string {
  return annotation.description?.trim() || annotation.fileName?.trim() || 'Image';
}

function drawImage(annotation: ImageAnnotation, box: HTMLElement, context: DrawContext): void {
  const id = annotation.imageAttachmentId;
  const source = imageSource(id ? context.attachment(id) : undefined, annotation.contentType);
  if (!source.ok) {
    showPlaceholder(box, annotation.bbox, source.reason, context.translate);
    return;
  }
  const frame = imageFrame(annotation.bbox, annotation.rotation);
  const image = htmlElement(
    'img',
    'image-picture',
    `width:${points(frame.width)};height:${points(frame.height)};transform:translate(-50%, -50%) rotate(${-frame.rotation}deg);`,
  );
  image.alt = altText(annotation);
  image.decoding = 'async';
  image.draggable = false;
  // Valid signature but undecodable bytes (truncated, corrupt) only show up here.
  image.addEventListener('error', () => showPlaceholder(box, annotation.bbox, 'broken', context.translate), { once: true });
  image.src = source.url;
  box.append(image);
}

export const imageKind: AnnotationKind<'pspdfkit/image'> = {
  type: 'pspdfkit/image',
  defaults: { rotation: 0, opacity: 1 },
  draw: drawImage,
  hitTest: (annotation, point, tolerance) => inRect(point, annotation.bbox, tolerance),
  labelText: (annotation) => annotation.description?.trim() ?? '',
  label(annotation) {
    const description = this.labelText!(annotation);
    return description ? `Image: ${description}` : 'Image';
  },
  styles: css`
    .annotation[data-annotation-type='image'] .image-picture {
      position: absolute;
      left: 50%;
      top: 50%;
      display: block;
      max-width: none;
      object-fit: fill;
      transform-origin: center;
      user-select: none;
    }
    ${placeholderStyles}
  `,
};
