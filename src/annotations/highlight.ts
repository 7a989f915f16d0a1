/** `pspdfkit/markup/highlight`: each rect filled with `color`, multiplied onto the page so the text under it stays readable. */
import { markupKind } from './markup-kind.js';
import { rectData } from './path-data.js';

export const highlightKind = markupKind({
  type: 'pspdfkit/markup/highlight',
  name: 'Highlight',
  color: '#ffff00',
  defaultBlendMode: 'multiply',
  paint: (rect) => ({ d: rectData(rect) }),
});
