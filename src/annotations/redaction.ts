/**
 * `pspdfkit/markup/redaction` before it is applied: an outline around each
 * marked area, and, while the pointer is over it (or it has keyboard focus),
 * a preview of what applying it leaves: `fillColor` with `overlayText`.
 */
import { css } from 'lit';
import type { Rect, RedactionAnnotation } from '../model/index.js';
import type { AnnotationKind } from './annotation-kind.js';
import { htmlElement, pageSvg, points, svgElement } from './dom.js';
import { hitsMarkup, markupRects } from './text-markup.js';

export const DEFAULT_OUTLINE_COLOR = '#ff0000';
export const DEFAULT_FILL_COLOR = '#000000';
export const DEFAULT_OVERLAY_TEXT_COLOR = '#ff0000';
/** Outline width in points. */
const OUTLINE_WIDTH = 1.5;
/** Rough advance of one character per point of font size, for fitting the overlay text. */
const CHAR_WIDTH = 0.62;
const LINE_HEIGHT = 1.2;
/** Bounds the tiled text of a huge area; it is clipped to the rect anyway. */
const MAX_REPEATS = 2000;

function outline(svg: SVGSVGElement, rect: Rect, color: string): void {
  const [left, top, width, height] = rect;
  // Inset by half the stroke so the outline stays inside the marked area, like the fill it previews.
  const half = Math.min(OUTLINE_WIDTH / 2, Math.max(0, width) / 2, Math.max(0, height) / 2);
  svg.append(
    svgElement('rect', {
      x: left + half,
      y: top + half,
      width: Math.max(0, width - 2 * half),
      height: Math.max(0, height - 2 * half),
      fill: 'none',
      stroke: color,
      'stroke-width': OUTLINE_WIDTH,
    }),
  );
}

/** A box over `rect`, positioned in points relative to the bbox. */
function areaElement(annotation: RedactionAnnotation, rect: Rect, className: string): HTMLElement {
  const [left, top, width, height] = rect;
  const [boxLeft, boxTop] = annotation.bbox;
  return htmlElement(
    'div',
    className,
    `left:${points(left - boxLeft)};top:${points(top - boxTop)};width:${points(Math.max(0, width))};height:${points(Math.max(0, height))};`,
  );
}

/** One filled area of the preview. */
function previewArea(annotation: RedactionAnnotation, rect: Rect): HTMLElement {
  const [, , width, height] = rect;
  const area = areaElement(annotation, rect, 'redaction-area');
  area.style.backgroundColor = annotation.fillColor ?? DEFAULT_FILL_COLOR;
  const text = annotation.overlayText ?? '';
  if (text.trim() !== '') area.append(overlayText(annotation, text, Math.max(0, width), Math.max(0, height)));
  return area;
}

function overlayText(annotation: RedactionAnnotation, text: string, width: number, height: number): HTMLElement {
  const repeat = annotation.repeatOverlayText === true;
  const textWidth = (fontSize: number) => text.length * CHAR_WIDTH * fontSize;
  // A single text shrinks to fit the area; tiled text keeps a readable size and fills it.
  const fitting = Math.min(height * 0.6, width / Math.max(1, text.length * CHAR_WIDTH));
  const fontSize = Math.max(2, repeat ? Math.min(height * 0.6, 12) : fitting);
  const element = htmlElement('span', repeat ? 'redaction-text repeat' : 'redaction-text', `font-size:${points(fontSize)};`);
  element.style.color = annotation.color ?? DEFAULT_OVERLAY_TEXT_COLOR;
  if (repeat) {
    const perLine = Math.ceil(width / Math.max(0.1, textWidth(fontSize) + CHAR_WIDTH * fontSize)) + 1;
    const lines = Math.ceil(height / (fontSize * LINE_HEIGHT)) + 1;
    element.textContent = `${text} `.repeat(Math.min(MAX_REPEATS, perLine * lines));
  } else {
    element.textContent = text;
  }
  return element;
}

export const redactionKind: AnnotationKind<'pspdfkit/markup/redaction'> = {
  type: 'pspdfkit/markup/redaction',
  defaults: {
    outlineColor: DEFAULT_OUTLINE_COLOR,
    fillColor: DEFAULT_FILL_COLOR,
    color: DEFAULT_OVERLAY_TEXT_COLOR,
    opacity: 1,
  },
  // Interactive so the marked areas receive the pointer and `:hover` can show the preview.
  // Only the areas do: text between the rects of a multi-line redaction stays selectable.
  interactive: true,
  draw(annotation, box) {
    const rects = markupRects(annotation);
    const svg = pageSvg(box, annotation.bbox);
    for (const rect of rects) outline(svg, rect, annotation.outlineColor ?? DEFAULT_OUTLINE_COLOR);
    for (const rect of rects) box.append(areaElement(annotation, rect, 'redaction-hit'));
    const preview = htmlElement('div', 'redaction-preview');
    preview.setAttribute('aria-hidden', 'true');
    for (const rect of rects) preview.append(previewArea(annotation, rect));
    box.append(preview);
  },
  hitTest: hitsMarkup,
  labelText: (annotation) => annotation.overlayText?.trim() ?? '',
  label(annotation) {
    const text = this.labelText!(annotation);
    return text ? `Redaction: ${text}` : 'Redaction';
  },
  styles: css`
    .annotation.interactive[data-annotation-type='markup/redaction'] {
      pointer-events: none;
    }
    .annotation[data-annotation-type='markup/redaction'] .redaction-hit {
      position: absolute;
      pointer-events: auto;
    }
    .annotation[data-annotation-type='markup/redaction'] .redaction-preview {
      position: absolute;
      inset: 0;
      visibility: hidden;
      pointer-events: none;
    }
    .annotation[data-annotation-type='markup/redaction']:hover .redaction-preview,
    .annotation[data-annotation-type='markup/redaction']:focus-visible .redaction-preview {
      visibility: visible;
    }
    .annotation[data-annotation-type='markup/redaction'] .redaction-area {
      position: absolute;
      overflow: hidden;
      display: flex;
      align-items: center;
      justify-content: center;
    }
    .annotation[data-annotation-type='markup/redaction'] .redaction-text {
      font-family: Helvetica, Arial, sans-serif;
      font-weight: 700;
      line-height: ${LINE_HEIGHT};
      white-space: nowrap;
      user-select: none;
    }
    .annotation[data-annotation-type='markup/redaction'] .redaction-text.repeat {
      width: 100%;
      height: 100%;
      white-space: normal;
      overflow-wrap: anywhere;
      text-align: left;
    }
  `,
};
