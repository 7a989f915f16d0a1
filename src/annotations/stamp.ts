/**
 * `pspdfkit/stamp`: a rounded frame with the stamp's words, scaled to the
 * bbox and turned by the record's `rotation`. Standard types show their
 * table label in their conventional colour; `Custom` shows `title` (and a
 * smaller `subtitle`) in `color`.
 */
import { css } from 'lit';
import type { StampAnnotation } from '../model/index.js';
import type { AnnotationKind } from './annotation-kind.js';
import { svgElement } from './dom.js';
import { inRect } from './hit-geometry.js';
import { shortText } from './plain-text.js';
import { contentSize } from './rotated-content.js';
import { rotatedFrame } from './rotated-frame.js';
import { STAMP_BLUE, standardStamp } from './stamp-types.js';

const FONT_FAMILY = 'Helvetica, Arial, sans-serif';
const MIN_EXTENT = 1e-3;

interface StampFace {
  readonly title: string;
  readonly subtitle: string;
  readonly color: string;
}

export function stampFace(annotation: StampAnnotation): StampFace {
  const subtitle = annotation.subtitle ?? '';
  const standard = standardStamp(annotation.stampType);
  if (standard) return { title: standard.label, subtitle, color: standard.color };
  const title = annotation.title ?? (annotation.stampType === 'Custom' ? '' : String(annotation.stampType));
  return { title, subtitle, color: annotation.color ?? STAMP_BLUE };
}

/**
 * Roughly how wide `text` is in bold Helvetica at `fontSize`, in the same
 * units. The box is not in the document while it is drawn, so text cannot
 * be measured; the estimate only decides how much `textLength` squeezes.
 */
function estimatedWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (char === ' ') ems += 0.28;
    else if (/[A-Z0-9]/.test(char)) ems += char === 'I' ? 0.3 : char === 'M' || char === 'W' ? 0.85 : 0.72;
    else if (/[a-z]/.test(char)) ems += char === 'i' || char === 'l' ? 0.28 : 0.58;
    else ems += 0.6;
  }
  return ems * fontSize;
}

/** A line of the stamp centred at `y`, squeezed to at most `available` wide. */
function stampLine(text: string, x: number, y: number, fontSize: number, available: number, color: string, className: string): SVGTextElement {
  const line = svgElement('text', {
    class: className,
    x,
    y,
    fill: color,
    'font-family': FONT_FAMILY,
    'font-weight': 'bold',
    'font-size': fontSize,
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
    textLength: Math.max(MIN_EXTENT, Math.min(available, estimatedWidth(text, fontSize))),
    lengthAdjust: 'spacingAndGlyphs',
  });
  line.textContent = text;
  return line;
}

function drawStamp(annotation: StampAnnotation, box: HTMLElement): void {
  const [, , bboxWidth, bboxHeight] = annotation.bbox;
  const frame = rotatedFrame(box, [0, 0, bboxWidth, bboxHeight], annotation.rotation, 'stamp-frame');
  const [width, height] = contentSize(Math.max(bboxWidth, MIN_EXTENT), Math.max(bboxHeight, MIN_EXTENT), annotation.rotation);
  const face = stampFace(annotation);
  // The viewBox is the content in page points, so the stamp scales with the zoom like the bbox.
  const svg = svgElement('svg', { class: 'stamp', viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: 'none', 'aria-hidden': 'true' });
  const short = Math.min(width, height);
  const stroke = Math.min(Math.max(short * 0.06, 0.75), 4);
  svg.append(
    svgElement('rect', {
      class: 'stamp-border',
      x: stroke / 2,
      y: stroke / 2,
      width: Math.max(MIN_EXTENT, width - stroke),
      height: Math.max(MIN_EXTENT, height - stroke),
      rx: short * 0.15,
      fill: face.color,
      'fill-opacity': 0.08,
      stroke: face.color,
      'stroke-width': stroke,
    }),
  );
  const available = Math.max(MIN_EXTENT, width - 2 * (stroke + short * 0.1));
  if (face.subtitle) {
    svg.append(
      stampLine(face.title, width / 2, height * 0.4, height * 0.38, available, face.color, 'stamp-title'),
      stampLine(face.subtitle, width / 2, height * 0.74, height * 0.2, available, face.color, 'stamp-subtitle'),
    );
  } else {
    svg.append(stampLine(face.title, width / 2, height / 2, height * 0.5, available, face.color, 'stamp-title'));
  }
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
