/**
 * /DA (default appearance) strings: the font resource name, size and fill
 * colour a viewer uses if it regenerates the annotation's appearance, e.g.
 * `/Helv 12 Tf 0 0 1 rg`. The names are Acrobat's standard ones (Helv,
 * HeBo, TiRo, Cour…); /DA names no embedded subset, which a regenerated
 * appearance could not extend anyway.
 */
import { num, rgbComponents } from '../../content-stream.js';
import { defaultAppearanceFontName, standardFamily } from '../../fonts/standard-fonts.js';
import type { TextStyle } from '../../fonts/text-fonts.js';

export function defaultAppearance(style: TextStyle, size: number, color: string): string {
  return `/${defaultAppearanceFontName(style)} ${num(size)} Tf ${rgbComponents(color).map(num).join(' ')} rg`;
}

/**
 * /DS (default style, a CSS declaration list) to go with /RC rich text, as
 * Acrobat writes it: `font: bold 12pt Helvetica; text-align:left; color:#0000FF`.
 */
export function defaultStyle(style: TextStyle, size: number, color: string, align: 'left' | 'center' | 'right'): string {
  const weight = `${style.italic ? 'italic ' : ''}${style.bold ? 'bold ' : ''}`;
  const hex = rgbComponents(color)
    .map((component) => Math.round(component * 255).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return `font: ${weight}${num(size)}pt ${standardFamily(style.family)}; text-align:${align}; color:#${hex}`;
}
