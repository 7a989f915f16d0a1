/** CSS values for a free text record's font and border, set as single style properties (never cssText). */
import type { BorderStyle, TextAnnotation } from '../model/index.js';
import { dashArray } from './paint.js';

const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);

/**
 * A `font-family` value for a record's `font`, falling back to sans-serif as
 * the spec asks. The name is a quoted CSS string, so quotes, backslashes or
 * semicolons in it cannot end the value.
 */
export function fontFamily(font: string | undefined): string {
  const name = (font ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!name) return 'sans-serif';
  if (GENERIC_FAMILIES.has(name.toLowerCase())) return name.toLowerCase();
  return `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}", sans-serif`;
}

export interface TextBorder {
  readonly style: BorderStyle;
  readonly width: number;
  readonly color: string;
}

/** A border colour the record may carry beyond the spec's fields (newer exports add `borderColor`). */
function recordBorderColor(annotation: TextAnnotation): string | undefined {
  const value: unknown = (annotation as unknown as Readonly<Record<string, unknown>>)['borderColor'];
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? value : undefined;
}

/**
 * The border around the text box, if any: the spec sets `borderWidth` only
 * with a `borderStyle`, so either one alone still means a border. Its colour
 * is the text's unless the record names one.
 */
export function textBorder(annotation: TextAnnotation): TextBorder | undefined {
  const { borderStyle, borderWidth } = annotation;
  if (borderStyle === undefined && !(borderWidth && borderWidth > 0)) return undefined;
  const width = borderWidth ?? 1;
  if (!(width > 0)) return undefined;
  return { style: borderStyle ?? 'solid', width, color: recordBorderColor(annotation) ?? annotation.fontColor };
}

/** The CSS border style for a PDF border style (beveled and inset are drawn solid). */
export function cssBorderStyle(style: BorderStyle): 'solid' | 'dashed' {
  return style === 'dashed' ? 'dashed' : 'solid';
}

/** The callout line's dash pattern: dashed like the border, scaled to its width. */
export function calloutDash(border: TextBorder | undefined): string | undefined {
  if (border?.style !== 'dashed') return undefined;
  return dashArray([border.width * 3, border.width * 3]);
}
