/** `pspdfkit/markup/squiggly`: a zig-zag along the bottom of each rect. */
import { markupKind } from './markup-kind.js';
import { polylineData } from './path-data.js';
import { markThickness, squigglePoints } from './text-markup.js';

export const squigglyKind = markupKind({
  type: 'pspdfkit/markup/squiggly',
  name: 'Squiggly underline',
  color: '#ff0000',
  paint: (rect) => ({ d: polylineData(squigglePoints(rect)), strokeWidth: markThickness(rect) }),
});
