/**
 * What an image annotation shows when it has no picture to show: never an
 * empty box. Its look is image-placeholder-look.ts, which the PDF writer
 * draws saved placeholders from.
 */
import { css, unsafeCSS } from 'lit';
import type { TranslationKey } from '../i18n/localize.js';
import type { Rect } from '../model/index.js';
import { htmlElement, points, svgElement } from './dom.js';
import {
  BROKEN_IMAGE_GLYPH,
  PLACEHOLDER_BOX,
  PLACEHOLDER_GAP,
  PLACEHOLDER_INK,
  PLACEHOLDER_LINE_HEIGHT,
  PLACEHOLDER_MESSAGES,
  placeholderSizes,
  type PlaceholderReason,
} from './image-placeholder-look.js';

export type { PlaceholderReason };

/** The broken-picture glyph in the text's colour. */
function brokenImageGlyph(): SVGSVGElement {
  const { grid, strokes, strokeWidth, dot } = BROKEN_IMAGE_GLYPH;
  const svg = svgElement('svg', { viewBox: `0 0 ${grid} ${grid}`, class: 'image-placeholder-glyph', 'aria-hidden': 'true' });
  const ink = { fill: 'none', stroke: 'currentColor', 'stroke-width': strokeWidth, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
  svg.append(...strokes.map((d) => svgElement('path', { d, ...ink })), svgElement('circle', { ...dot, fill: 'currentColor' }));
  return svg;
}

/** Replaces whatever `box` holds with the placeholder. */
export function showPlaceholder(box: HTMLElement, bbox: Rect, reason: PlaceholderReason, translate: (key: TranslationKey) => string): void {
  const message = translate(PLACEHOLDER_MESSAGES[reason]);
  const { glyphSize, fontSize } = placeholderSizes(Math.max(0, bbox[2]), Math.max(0, bbox[3]));
  const placeholder = htmlElement('div', 'image-placeholder');
  placeholder.setAttribute('role', 'img');
  const glyph = brokenImageGlyph();
  glyph.style.width = points(glyphSize);
  glyph.style.height = points(glyphSize);
  const text = htmlElement('span', 'image-placeholder-text', `font-size:${points(fontSize)};`);
  text.textContent = message;
  placeholder.setAttribute('aria-label', message);
  placeholder.append(glyph, text);
  box.replaceChildren(placeholder);
}

const { background, borderColor, borderWidth, stripeOpacity, stripePeriod } = PLACEHOLDER_BOX;

export const placeholderStyles = css`
  .annotation[data-annotation-type='image'] .image-placeholder {
    position: absolute;
    inset: 0;
    box-sizing: border-box;
    overflow: hidden;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: ${PLACEHOLDER_GAP}em;
    color: ${unsafeCSS(PLACEHOLDER_INK)};
    border: ${borderWidth}px solid ${unsafeCSS(borderColor)};
    background-color: ${unsafeCSS(background)};
    background-image: repeating-linear-gradient(
      45deg,
      transparent 0 ${stripePeriod / 2}px,
      rgb(0 0 0 / ${stripeOpacity}) ${stripePeriod / 2}px ${stripePeriod}px
    );
    font-family: system-ui, sans-serif;
    text-align: center;
  }
  .annotation[data-annotation-type='image'] .image-placeholder-glyph {
    flex: none;
  }
  .annotation[data-annotation-type='image'] .image-placeholder-text {
    line-height: ${PLACEHOLDER_LINE_HEIGHT};
  }
`;
