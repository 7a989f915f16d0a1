/**
 * A `#RRGGBB` colour as a /C array. Three decimals keep every 8-bit channel
 * exact (the largest rounding error is an eighth of a step) and the file short.
 */
import { num, rgbComponents } from '../../content-stream.js';

export function pdfColor(color: string): number[] {
  return rgbComponents(color).map((component) => Number(num(component)));
}
