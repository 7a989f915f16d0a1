/** `pspdfkit/markup/underline`: a bar along the bottom of each rect. */
import { bar, markThickness, markupKind } from './text-markup.js';

export const underlineKind = markupKind({
  type: 'pspdfkit/markup/underline',
  name: 'Underline',
  color: '#000000',
  // Just inside the rect, so the bar never reaches into the next line of text.
  paint: (rect) => bar(rect, rect[3] - markThickness(rect) / 2),
});
