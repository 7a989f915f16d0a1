/** `pspdfkit/markup/underline`: a bar along the bottom of each rect. */
import { markupKind } from './markup-kind.js';
import { rectData } from './path-data.js';
import { underlineBar } from './text-markup.js';

export const underlineKind = markupKind({
  type: 'pspdfkit/markup/underline',
  name: 'Underline',
  color: '#000000',
  paint: (rect) => ({ d: rectData(underlineBar(rect)) }),
});
