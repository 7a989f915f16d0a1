/** `pspdfkit/markup/highlight`: each rect filled with `color`, multiplied onto the page so the text under it stays readable. */
import { rectData } from './path-data.js';
import { markupKind } from './text-markup.js';

export const highlightKind = markupKind({
  type: 'pspdfkit/markup/highlight',
  name: 'Highlight',
  color: '#ffff00',
  defaultBlendMode: 'multiply',
  paint: (rect) => ({ d: rectData(rect) }),
});
