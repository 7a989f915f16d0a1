/** `pspdfkit/markup/squiggly`: a zig-zag along the bottom of each rect. */
import { svgElement } from './dom.js';
import { markThickness, markupKind, squigglePoints } from './text-markup.js';

export const squigglyKind = markupKind({
  type: 'pspdfkit/markup/squiggly',
  name: 'Squiggly underline',
  color: '#ff0000',
  paint: (rect, color) =>
    svgElement('polyline', {
      points: squigglePoints(rect).map(([x, y]) => `${x},${y}`).join(' '),
      fill: 'none',
      stroke: color,
      'stroke-width': markThickness(rect),
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
    }),
});
