/**
 * `pspdfkit/text` (free text): text in a box at the bbox, or with a callout
 * at the bbox inset by `innerRectInset`, turned by the record's `rotation`.
 * The text is set with textContent; XHTML is shown as its characters.
 */
import { css } from 'lit';
import type { TextAnnotation } from '../model/index.js';
import type { AnnotationKind } from './annotation-kind.js';
import { htmlElement, pageSvg, points } from './dom.js';
import { inRect, nearPath } from './hit-geometry.js';
import { plainText, shortText } from './plain-text.js';
import { normalizedRotation } from './rotated-content.js';
import { rotatedFrame } from './rotated-frame.js';
import { calloutVertices, innerRect } from './text-callout.js';
import { drawCallout } from './text-callout-drawing.js';
import { calloutDash, cssBorderStyle, fontFamily, textBorder } from './text-style.js';

/**
 * Vertical alignment with `align-content` on a block rather than a flex
 * column: a page of a thousand comments lays out in a fraction of the time.
 * `unsafe`: text taller than its box spills both ways when centred, and
 * upwards when at the bottom, as in a flex column (a block would spill down).
 */
const ALIGN = { top: 'start', center: 'unsafe center', bottom: 'unsafe end' } as const;

/** Width of the callout line: the border's, or a hairline-ish 1 pt when there is no border. */
function calloutWidth(annotation: TextAnnotation): number {
  return textBorder(annotation)?.width ?? 1;
}

function drawText(annotation: TextAnnotation, box: HTMLElement): void {
  const [boxLeft, boxTop] = annotation.bbox;
  const { callout } = annotation;
  const border = textBorder(annotation);
  if (callout) {
    drawCallout(pageSvg(box, annotation.bbox), callout, {
      color: border?.color ?? annotation.fontColor,
      width: calloutWidth(annotation),
      fill: annotation.backgroundColor ?? 'none',
      dash: calloutDash(border),
    });
  }
  const [left, top, width, height] = innerRect(annotation.bbox, callout);
  // The common case (no callout, not turned) is one element: the box is frame and text at once,
  // a third of the elements to style and lay out when a page holds hundreds of comments.
  const flat = !callout && normalizedRotation(annotation.rotation) === 0;
  const frame = flat ? box : rotatedFrame(box, [left - boxLeft, top - boxTop, width, height], annotation.rotation, 'text-frame');
  if (flat) box.classList.add('text-frame', 'text-content');
  const style = frame.style;
  if (annotation.verticalAlign !== 'top') style.alignContent = ALIGN[annotation.verticalAlign];
  if (annotation.backgroundColor) style.backgroundColor = annotation.backgroundColor;
  if (border) {
    const line = `${points(border.width)} ${cssBorderStyle(border.style)} ${border.color}`;
    if (border.style === 'underline') style.borderBottom = line;
    else style.border = line;
  }

  const content = flat ? box : htmlElement('div', 'text-content');
  const text = content.style;
  // A name the CSS parser rejects leaves this fallback in place.
  text.fontFamily = 'sans-serif';
  text.fontFamily = fontFamily(annotation.font);
  text.fontSize = points(annotation.fontSize);
  text.color = annotation.fontColor;
  text.textAlign = annotation.horizontalAlign;
  if (annotation.fontStyle?.includes('bold')) text.fontWeight = 'bold';
  if (annotation.fontStyle?.includes('italic')) text.fontStyle = 'italic';
  content.textContent = plainText(annotation.text);
  if (!flat) frame.append(content);
}

export const textKind: AnnotationKind<'pspdfkit/text'> = {
  type: 'pspdfkit/text',
  defaults: {
    fontSize: 14,
    fontColor: '#000000',
    horizontalAlign: 'left',
    verticalAlign: 'top',
    rotation: 0,
    opacity: 1,
  },
  draw: drawText,
  hitTest(annotation, point, tolerance) {
    const { callout } = annotation;
    if (!callout) return inRect(point, annotation.bbox, tolerance);
    // With a callout most of the bbox is empty page: only the text box and the line are the annotation.
    if (inRect(point, innerRect(annotation.bbox, callout), tolerance)) return true;
    const reach = tolerance + Math.max(calloutWidth(annotation) / 2, 3);
    return nearPath(point, calloutVertices(callout), reach);
  },
  styles: css`
    .annotation[data-annotation-type='text'] .text-frame,
    .annotation[data-annotation-type='text'].text-frame {
      overflow: visible;
    }
    .annotation[data-annotation-type='text'] .text-content,
    .annotation[data-annotation-type='text'].text-content {
      line-height: 1.2;
      white-space: pre-wrap;
      overflow-wrap: break-word;
      overflow: visible;
    }
  `,
  labelText: (annotation) => shortText(plainText(annotation.text)),
  label(annotation) {
    const text = this.labelText!(annotation);
    return text ? `Text: ${text}` : 'Text';
  },
};
