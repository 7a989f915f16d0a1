/** Turning Instant JSON paint values into CSS and SVG values. */
import type { BlendMode, Color } from '../model/index.js';

/** The CSS `mix-blend-mode` for an Instant JSON blend mode (`colorDodge` → `color-dodge`). */
export function cssBlendMode(mode: BlendMode): string {
  return mode.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** `stroke-dasharray` for a dash pattern in points; `undefined` draws solid. */
export function dashArray(pattern: readonly number[] | undefined): string | undefined {
  if (!pattern?.length || pattern.every((length) => length <= 0)) return undefined;
  return pattern.map((length) => Math.max(0, length)).join(' ');
}

/** A colour, or `none` when the record has none (an unfilled shape). */
export function paintOrNone(color: Color | undefined | null): string {
  return color ?? 'none';
}
