/** `pspdfkit/markup/strikeout`: a bar through the middle of each rect. */
import { markupKind } from './markup-kind.js';
import { rectData } from './path-data.js';
import { strikeoutBar } from './text-markup.js';

export const strikeoutKind = markupKind({
  type: 'pspdfkit/markup/strikeout',
  name: 'Strikeout',
  color: '#ff0000',
  paint: (rect) => ({ d: rectData(strikeoutBar(rect)) }),
});
