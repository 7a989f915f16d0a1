/**
 * Appearance states for a check box widget that has none (some form tools
 * leave them to the viewer): `/Yes` shows the /MK /CA character (a check
 * mark by default) in ZapfDingbats over the widget's background and border,
 * `/Off` the background and border alone. Without them a reader that draws
 * only what /AP holds would show the box neither checked nor unchecked.
 */
import { num } from '../content-stream.js';
import type { PDFDict, PDFRef } from '../pdf-lib.js';
import { editObject, type FormContext } from './form-context.js';
import { untracked } from '../change-tracking.js';
import { colorOperator, drawWidgetFrame, newAppearance, widgetBox, writeWidgetAppearance } from './widget-frame.js';
import { readWidgetLook } from './widget-look.js';

/** The on state a generated appearance uses (pdf.js assumes it too). */
export const GENERATED_ON_STATE = 'Yes';

/** ZapfDingbats widths (per 1000) of the usual check characters: check, circle, cross, diamond, square, star. */
const DINGBAT_WIDTHS: Readonly<Record<string, number>> = { '4': 846, l: 791, '8': 838, u: 788, n: 761, H: 816 };
/** Glyph height of those characters, as a fraction of the font size (for centring). */
const DINGBAT_HEIGHT = 0.7;

const zapfDingbats = new WeakMap<FormContext['doc'], PDFRef>();

function zapfDingbatsFont(context: FormContext): PDFRef {
  let ref = zapfDingbats.get(context.doc);
  if (!ref) {
    const font = untracked(context.doc, () => context.doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'ZapfDingbats' }));
    ref = context.doc.context.register(font);
    zapfDingbats.set(context.doc, ref);
  }
  return ref;
}

/** Gives `widget` (of the check box `field`) /Yes and /Off normal appearances. */
export function addCheckAppearances(widget: PDFDict, field: PDFDict, context: FormContext): void {
  const { values } = context;
  const look = readWidgetLook(widget, field, context.tree.acroForm, values);
  const box = widgetBox(widget, look, values);
  if (!box) return;
  const off = newAppearance(box);
  drawWidgetFrame(off.content, box, look);
  const on = newAppearance(box);
  const inset = drawWidgetFrame(on.content, box, look);
  const character = look.caption && look.caption.length === 1 ? look.caption : '4';
  const width = (DINGBAT_WIDTHS[character] ?? 800) / 1000;
  const inner = Math.min(box.width, box.height) - 2 * inset;
  const size = look.fontSize > 0 ? look.fontSize : Math.max(1, inner * 0.8);
  const x = (box.width - width * size) / 2;
  const y = (box.height - DINGBAT_HEIGHT * size) / 2;
  const hex = character.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase();
  on.content
    .raw(colorOperator(look.textColor, false) || '0 g')
    .beginText()
    .font(on.resources.font(zapfDingbatsFont(context)), size)
    .raw(`${num(x)} ${num(y)} Td`)
    .showHex(hex)
    .endText();
  const [onRef, offRef] = [on, off].map((appearance) => untracked(context.doc, () => writeWidgetAppearance(context.lib, context.doc, box, appearance)));
  const states = untracked(context.doc, () => context.doc.context.obj({ N: { [GENERATED_ON_STATE]: onRef!, Off: offRef! } }));
  editObject(widget, context, (dict) => dict.set(values.name('AP'), states));
}
