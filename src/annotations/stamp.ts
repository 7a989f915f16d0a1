/**
 * `pspdfkit/stamp`: a rounded frame with the stamp's words, scaled to the
 * bbox and turned by the record's `rotation`. Standard types show their
 * table label in their conventional colour; `Custom` shows `title` (and a
 * smaller `subtitle`) in `color`. What it shows and where is stamp-face.ts,
 * which the PDF writer draws saved stamps from.
 */
import { css } from 'lit';
import type { StampAnnotation } from '../model/index.js';
import type { AnnotationKind } from './annotation-kind.js';
import { svgElement } from './dom.js';
import { inRect } from './hit-geometry.js';
import { shortText } from './plain-text.js';
import { rotatedFrame } from './rotated-frame.js';
import { stampFace, stampLayout, type StampLine } from './stamp-face.js';

const FONT_FAMILY = 'Helvetica, Arial, sans-serif';
/** Smallest `textLength`: an empty line's estimated width is 0. */
const MIN_TEXT_LENGTH = 1e-3;

/** A line of the stamp centred at `x`, squeezed or stretched to the layout's width for it. */
function stampLine(line: StampLine, x: number, color: string): SVGTextElement {
  const text = svgElement('text', {
    class: `stamp-${line.role}`,
    x,
    y: line.centre,
    fill: color,
    'font-family': FONT_FAMILY,
    'font-weight': 'bold',
    'font-size': line.fontSize,
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
    textLength: Math.max(MIN_TEXT_LENGTH, line.width),
    lengthAdjust: 'spacingAndGlyphs',
  });
  text.textContent = line.text;
  return text;
}

function drawStamp(annotation: StampAnnotation, box: HTMLElement): void {
  const [, , bboxWidth, bboxHeight] = annotation.bbox;
  const frame = rotatedFrame(box, [0, 0, bboxWidth, bboxHeight], annotation.rotation, 'stamp-frame');
  const face = stampFace(annotation);
  const layout = stampLayout(face, bboxWidth, bboxHeight, annotation.rotation);
  const { width, height } = layout;
  const [x, y, frameWidth, frameHeight] = layout.frame;
  // The viewBox is the content in page points, so the stamp scales with the zoom like the bbox.
  const svg = svgElement('svg', { class: 'stamp', viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: 'none', 'aria-hidden': 'true' });
  svg.append(
    svgElement('rect', {
      class: 'stamp-border',
      x,
      y,
      width: frameWidth,
      height: frameHeight,
      rx: layout.cornerRadius,
      fill: face.color,
      'fill-opacity': layout.tintOpacity,
      stroke: face.color,
      'stroke-width': layout.stroke,
    }),
    ...layout.lines.map((line) => stampLine(line, width / 2, face.color)),
  );
  frame.append(svg);
}

export const stampKind: AnnotationKind<'pspdfkit/stamp'> = {
  type: 'pspdfkit/stamp',
  defaults: { stampType: 'Approved', rotation: 0, opacity: 1 },
  draw: drawStamp,
  hitTest: (annotation, point, tolerance) => inRect(point, annotation.bbox, tolerance),
  styles: css`
    .annotation[data-annotation-type='stamp'] .stamp {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      overflow: visible;
    }
  `,
  labelText(annotation) {
    const { title, subtitle } = stampFace(annotation);
    return shortText([title, subtitle].filter(Boolean).join(' '));
  },
  label(annotation) {
    const words = this.labelText!(annotation);
    return words ? `Stamp: ${words}` : 'Stamp';
  },
};
