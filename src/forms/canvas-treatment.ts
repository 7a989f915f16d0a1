/**
 * How the page canvas shows a widget under its control (pdf/form-appearances.ts
 * writes it into pdf.js's annotation storage):
 * - `blank`: text fields and combo boxes: the widget's box (`/MK` background
 *   and border) without its value; the control, transparent, shows the value.
 * - `off`: list boxes and password fields, whose value pdf.js would draw
 *   (the options) or could not draw: left off; the control draws it all.
 * - `pdf`: checkboxes, radio buttons, push buttons, signatures: the PDF's own
 *   appearance (on or off as the model says); the control only takes input.
 */
import type { FieldKind } from './field-types.js';

export type CanvasTreatment = 'blank' | 'off' | 'pdf';

export function canvasTreatment(kind: FieldKind, password: boolean): CanvasTreatment {
  if (kind === 'list' || (kind === 'text' && password)) return 'off';
  if (kind === 'text' || kind === 'combo') return 'blank';
  return 'pdf';
}
