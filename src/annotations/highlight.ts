/** `pspdfkit/markup/highlight`: each rect filled with `color`, multiplied onto the page so the text under it stays readable. */
import { svgElement } from './dom.js';
import { markupKind } from './text-markup.js';

export const highlightKind = markupKind({
  type: 'pspdfkit/markup/highlight',
  name: 'Highlight',
  color: '#ffff00',
  defaultBlendMode: 'multiply',
  paint: ([x, y, width, height], color) => svgElement('rect', { x, y, width: Math.max(0, width), height: Math.max(0, height), fill: color }),
});
