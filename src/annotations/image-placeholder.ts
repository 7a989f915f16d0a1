/** What an image annotation shows when it has no picture to show: never an empty box. */
import { css } from 'lit';
import type { TranslationKey } from '../i18n/localize.js';
import type { Rect } from '../model/index.js';
import { htmlElement, points, svgElement } from './dom.js';

export type PlaceholderReason = 'missing' | 'broken' | 'unsupported';

const MESSAGES: Record<PlaceholderReason, TranslationKey> = {
  missing: 'image.placeholderMissing',
  broken: 'image.placeholderMissing',
  unsupported: 'image.placeholderPdf',
};

/** A picture frame with a torn corner: the usual "broken image" sign. */
function brokenImageGlyph(): SVGSVGElement {
  const svg = svgElement('svg', { viewBox: '0 0 24 24', class: 'image-placeholder-glyph', 'aria-hidden': 'true' });
  const ink = { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
  svg.append(
    svgElement('path', { d: 'M3 13V4h18v8l-3-2-3 3-3-2-3 3z', ...ink }),
    svgElement('path', { d: 'M3 17v3h18v-4l-3-2-3 3-3-2-3 3z', ...ink }),
    svgElement('circle', { cx: 8, cy: 8, r: 1.5, fill: 'currentColor' }),
  );
  return svg;
}

/** Replaces whatever `box` holds with the placeholder. */
export function showPlaceholder(box: HTMLElement, bbox: Rect, reason: PlaceholderReason, translate: (key: TranslationKey) => string): void {
  const message = translate(MESSAGES[reason]);
  const width = Math.max(0, bbox[2]);
  const height = Math.max(0, bbox[3]);
  // Sized from the bbox so the glyph and text fit small images and do not dwarf large ones.
  const glyphSize = Math.max(4, Math.min(32, height * 0.4, width * 0.4));
  const fontSize = Math.max(3, Math.min(12, height * 0.18, width / 8));
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
    gap: 0.2em;
    color: #555555;
    border: 1px solid #8a8a8a;
    background-color: #e6e6e6;
    background-image: repeating-linear-gradient(45deg, transparent 0 6px, rgb(0 0 0 / 0.08) 6px 12px);
    font-family: system-ui, sans-serif;
    text-align: center;
  }
  .annotation[data-annotation-type='image'] .image-placeholder-glyph {
    flex: none;
  }
  .annotation[data-annotation-type='image'] .image-placeholder-text {
    line-height: 1.2;
  }
`;
