/** Turning Instant JSON paint values into CSS and SVG values. */
import type { BlendMode, Color } from '../model/index.js';

/** The CSS `mix-blend-mode` for an Instant JSON blend mode (`colorDodge` → `color-dodge`). */
export function cssBlendMode(mode: BlendMode): string {
  return mode.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * The dash lengths drawn for a dash pattern in points, negative ones as 0;
 * `undefined` draws solid (no pattern, or no length above 0).
 * Shared with the PDF writer's `/D` and `d` operator; odd-length patterns
 * repeat the same way in SVG and in PDF.
 */
export function dashLengths(pattern: readonly number[] | undefined): number[] | undefined {
  if (!pattern?.length || pattern.every((length) => length <= 0)) return undefined;
  return pattern.map((length) => Math.max(0, length));
}

/** `stroke-dasharray` for a dash pattern in points; `undefined` draws solid. */
export function dashArray(pattern: readonly number[] | undefined): string | undefined {
  return dashLengths(pattern)?.join(' ');
}

/** A colour, or `none` when the record has none (an unfilled shape). */
export function paintOrNone(color: Color | undefined | null): string {
  return color ?? 'none';
}
