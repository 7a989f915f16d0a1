/**
 * How a widget looks, read from its dictionaries: the default appearance
 * string /DA (font, size, text colour), /Q alignment, the appearance
 * characteristics /MK (background, border colour, rotation, check
 * character) and the border style /BS (or the older /Border array).
 * Widget entries win over the field's, the field's over the AcroForm's.
 */
import type { TextStyle } from '../fonts/text-fonts.js';
import type { PDFDict } from '../pdf-lib.js';
import { inherited } from './field-tree.js';
import type { PdfValues } from './pdf-values.js';

/** A colour as PDF components: none (transparent), 1 gray, 3 RGB or 4 CMYK. */
export type PdfColor = readonly number[];

export type BorderStyle = 'solid' | 'dashed' | 'beveled' | 'inset' | 'underline';

export interface WidgetLook {
  /** The /DA font resource name (e.g. "Helv"), empty when none. */
  fontName: string;
  /** Points; 0 means "fit the box". */
  fontSize: number;
  textColor: PdfColor;
  /** The font family, weight and slant the /DA font suggests. */
  textStyle: TextStyle;
  align: 'left' | 'center' | 'right';
  background: PdfColor;
  borderColor: PdfColor;
  /** 0 when no border is drawn. */
  borderWidth: number;
  borderStyle: BorderStyle;
  dashes: readonly number[];
  /** /MK /R: the content turned counterclockwise by this many degrees. */
  rotation: 0 | 90 | 180 | 270;
  /** /MK /CA: the ZapfDingbats character a check box or radio button shows. */
  caption: string | undefined;
}

const BORDER_STYLES: Readonly<Record<string, BorderStyle>> = { S: 'solid', D: 'dashed', B: 'beveled', I: 'inset', U: 'underline' };
const ALIGNMENTS = ['left', 'center', 'right'] as const;

/** The look of `widget`, a widget of `field` in a form whose AcroForm dictionary is `acroForm`. */
export function readWidgetLook(widget: PDFDict, field: PDFDict, acroForm: PDFDict, values: PdfValues): WidgetLook {
  const fromChain = <T>(read: (dict: PDFDict) => T | undefined): T | undefined =>
    read(widget) ?? inherited(field, read, values) ?? read(acroForm);
  const da = parseDefaultAppearance(fromChain((dict) => values.text(dict, 'DA')) ?? '');
  const q = fromChain((dict) => values.number(dict, 'Q')) ?? 0;
  const mk = values.dict(widget, 'MK');
  const bs = values.dict(widget, 'BS');
  const borderColor = (mk && colorOf(values.numbers(mk, 'BC'))) ?? [];
  const background = (mk && colorOf(values.numbers(mk, 'BG'))) ?? [];
  const border = values.array(widget, 'Border');
  const width = (bs && values.number(bs, 'W')) ?? (border && values.asNumber(values.items(border)[2])) ?? 1;
  const style = BORDER_STYLES[(bs && values.nameText(bs, 'S')) ?? 'S'] ?? 'solid';
  const dashes = (bs && values.numbers(bs, 'D')) ?? [3];
  const rotation = normalizeRotation((mk && values.number(mk, 'R')) ?? 0);
  return {
    fontName: da.fontName,
    fontSize: da.fontSize,
    textColor: da.color,
    textStyle: styleOfFont(da.fontName, acroForm, values),
    align: ALIGNMENTS[Math.trunc(q)] ?? 'left',
    background,
    borderColor,
    borderWidth: borderColor.length && width > 0 ? width : 0,
    borderStyle: style,
    dashes: dashes.every((dash) => dash >= 0) && dashes.some((dash) => dash > 0) ? dashes : [3],
    rotation,
    caption: mk ? values.text(mk, 'CA') : undefined,
  };
}

interface DefaultAppearance {
  fontName: string;
  fontSize: number;
  color: PdfColor;
}

/**
 * The font and colour operators of a /DA string such as `/Helv 12 Tf 0 g`
 * (the last of each wins, as in a content stream).
 */
export function parseDefaultAppearance(da: string): DefaultAppearance {
  const result: DefaultAppearance = { fontName: '', fontSize: 0, color: [0] };
  const tokens = da.match(/\/[^\s/[\]()<>{}%]*|[^\s/[\]()<>{}%]+/g) ?? [];
  const operands: string[] = [];
  for (const token of tokens) {
    if (!/^[A-Za-z'"]+$/.test(token)) {
      operands.push(token);
      continue;
    }
    const numbers = operands.map(Number);
    if (token === 'Tf' && operands.length >= 2) {
      const size = Number(operands[operands.length - 1]);
      const name = operands[operands.length - 2]!;
      if (name.startsWith('/')) result.fontName = name.slice(1);
      result.fontSize = Number.isFinite(size) && size > 0 ? size : 0;
    } else if (token === 'g' && numbers.length >= 1) {
      result.color = numbers.slice(-1);
    } else if (token === 'rg' && numbers.length >= 3) {
      result.color = numbers.slice(-3);
    } else if (token === 'k' && numbers.length >= 4) {
      result.color = numbers.slice(-4);
    }
    if (result.color.some((component) => !Number.isFinite(component))) result.color = [0];
    operands.length = 0;
  }
  return result;
}

function colorOf(components: number[] | undefined): PdfColor | undefined {
  if (!components) return undefined;
  return components.length === 1 || components.length === 3 || components.length === 4 ? components.map(clamp01) : [];
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function normalizeRotation(degrees: number): WidgetLook['rotation'] {
  const turned = ((Math.round(degrees / 90) * 90) % 360 + 360) % 360;
  return turned as WidgetLook['rotation'];
}

/**
 * A family, weight and slant from the /DA font: its /BaseFont in the
 * AcroForm's /DR when listed there, else its resource name (Acrobat's
 * "Helv", "TiRo", "Cour", "HeBo"…).
 */
function styleOfFont(resourceName: string, acroForm: PDFDict, values: PdfValues): TextStyle {
  const dr = values.dict(acroForm, 'DR');
  const fonts = dr && values.dict(dr, 'Font');
  const font = fonts && resourceName ? values.dict(fonts, resourceName) : undefined;
  const baseName = (font && values.nameText(font, 'BaseFont')) ?? resourceName;
  const name = baseName.replace(/^[A-Z]{6}\+/, '').toLowerCase();
  const family = /^(cour|courier)/.test(name) ? 'Courier' : /^(ti|times)/.test(name) ? 'Times' : /^(helv|he|arial)/.test(name) ? 'Helvetica' : undefined;
  const bold = /bold|^hebo|^tibo|^tibi|^cobo|^cobi|black|heavy/.test(name);
  const italic = /italic|oblique|^tiit|^tibi|^hebi|^heob|^coob|^cobi/.test(name);
  const style: TextStyle = {};
  if (family) style.family = family;
  if (bold) style.bold = true;
  if (italic) style.italic = true;
  return style;
}
