/** `pspdfkit/markup/strikeout`: a bar through the middle of each rect. */
import { bar, markupKind } from './text-markup.js';

export const strikeoutKind = markupKind({
  type: 'pspdfkit/markup/strikeout',
  name: 'Strikeout',
  color: '#ff0000',
  paint: (rect) => bar(rect, rect[3] / 2),
});
