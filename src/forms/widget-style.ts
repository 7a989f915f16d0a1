/**
 * A text or choice control dressed like its widget: the `/DA` font size,
 * family and colour, the `/Q` alignment, and where the canvas does not draw
 * it (canvas-treatment.ts) the `/MK` background and border.
 */
import type { FormWidget, WidgetStyle } from './field-types.js';
import { points } from './widget-placement.js';

/** pdf.js's ratio of line height to font size when it fits text to a field (LINE_FACTOR). */
const LINE_FACTOR = 1.35;
/** The font size of an auto-sized multi-line field or list box, as Acrobat uses. */
const AUTO_MULTILINE_SIZE = 12;
/** Points between the border and the text. */
const PADDING = 2;

const CSS_BORDER_STYLES: Readonly<Record<WidgetStyle['borderStyle'], string>> = {
  solid: 'solid',
  dashed: 'dashed',
  beveled: 'outset',
  inset: 'inset',
  underline: 'solid',
};

/** The font size in points: `/DA`'s, or for a size of 0 one that fits the box as Acrobat does. */
export function fontSizeFor(widget: FormWidget, contentHeight: number): number {
  if (widget.style.fontSize > 0) return widget.style.fontSize;
  if (widget.multiLine || widget.kind === 'list') return AUTO_MULTILINE_SIZE;
  const border = widget.style.borderWidth;
  return Math.max(1, Math.round(((contentHeight - 2 * border - 2) / LINE_FACTOR) * 10) / 10);
}

/**
 * CSS declarations for a text or choice control whose unturned height is
 * `contentHeight` points. With `drawsBox` the control also draws the widget's
 * background and border, as pdf.js would from `/MK` (1 point when `/BS` says 0);
 * otherwise the canvas draws them.
 */
export function controlStyle(widget: FormWidget, contentHeight: number, drawsBox: boolean): string {
  const { style } = widget;
  const declarations = [
    `font-size:${points(fontSizeFor(widget, contentHeight))}`,
    `font-family:${style.fontFamily === 'sans-serif' ? 'Helvetica, Arial, sans-serif' : style.fontFamily}`,
    `text-align:${style.textAlign}`,
    `padding:0 ${points(PADDING)}`,
  ];
  if (style.color) declarations.push(`color:${style.color}`);
  if (drawsBox && style.backgroundColor) declarations.push(`background-color:${style.backgroundColor}`);
  if (drawsBox && style.borderColor) {
    const border = `${points(style.borderWidth || 1)} ${CSS_BORDER_STYLES[style.borderStyle]} ${style.borderColor}`;
    declarations.push(style.borderStyle === 'underline' ? `border-bottom:${border}` : `border:${border}`);
  }
  if (widget.comb && widget.maxLength > 0 && !widget.multiLine) {
    // Each character in its own cell: cells are the width divided by MaxLen, and a monospace character is 1ch wide.
    const [, , width] = widget.bbox;
    const cell = (widget.rotation === 90 || widget.rotation === 270 ? widget.bbox[3] : width) / widget.maxLength;
    declarations.push(
      'font-family:monospace',
      'text-align:left',
      `padding:0 0 0 calc(${points(cell / 2)} - 0.5ch)`,
      `letter-spacing:calc(${points(cell)} - 1ch)`,
    );
  }
  return declarations.join(';');
}
