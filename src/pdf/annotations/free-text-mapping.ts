/**
 * FreeText → `pspdfkit/text`.
 *
 * - text: `/Contents` as plain text. (`/RC` rich text could become an
 *   `xhtml` text, but pdf.js only hands over its own HTML-like tree of it.)
 * - fontSize, fontColor: what pdf.js read from the appearance stream, or from
 *   `/DA` when there is none (pdf.js defaults the size to 10).
 * - font: the `/DA` font resource name, with the three standard PDF
 *   abbreviations spelled out; clients fall back to sans-serif for names they
 *   do not know, as the spec says.
 * - horizontalAlign: `/Q` is not exposed for FreeText, but pdf.js's `/RC`
 *   tree carries `text-align`; left when neither says.
 * - verticalAlign: top, where PDF FreeText starts its text.
 * - backgroundColor: `/C`, which for FreeText fills the rectangle.
 * - border from `/BS`, rotation from the (non-standard) `/Rotate`.
 * `/CL` callout lines are not exposed by pdf.js, so `callout` is never set.
 */
import type { HorizontalAlign, TextAnnotationV2 } from '../../model/index.js';
import { type BaseFields, border, setIfPresent } from './mapping-context.js';
import { hexColor, plainText, rightAngle } from './pdf-values.js';
import type { PdfjsAnnotationData } from './pdfjs-annotation-data.js';

const FONT_BY_RESOURCE_NAME: ReadonlyMap<string, string> = new Map([
  ['Helv', 'Helvetica'],
  ['Cour', 'Courier'],
  ['TiRo', 'Times'],
]);

const DEFAULT_FONT_SIZE = 10;

export function mapFreeText(item: PdfjsAnnotationData, base: BaseFields): TextAnnotationV2 {
  const appearance = item.defaultAppearanceData;
  const fontSize = appearance?.fontSize;
  const record: TextAnnotationV2 = {
    ...base,
    v: 2,
    type: 'pspdfkit/text',
    text: { format: 'plain', value: plainText(item.contentsObj) },
    fontSize: typeof fontSize === 'number' && fontSize > 0 ? fontSize : DEFAULT_FONT_SIZE,
    fontColor: hexColor(appearance?.fontColor) ?? '#000000',
    horizontalAlign: textAlign(item.richText?.html) ?? 'left',
    verticalAlign: 'top',
  };
  const fontName = appearance?.fontName;
  if (fontName) record.font = FONT_BY_RESOURCE_NAME.get(fontName) ?? fontName;
  setIfPresent(record, 'backgroundColor', hexColor(item.color));
  const outline = border(item.borderStyle);
  if (outline) {
    record.borderStyle = outline.style;
    record.borderWidth = outline.width;
  }
  record.rotation = rightAngle(item.rotation) ?? 0;
  return record;
}

const ALIGNS: ReadonlySet<string> = new Set<HorizontalAlign>(['left', 'center', 'right']);

/** The first `textAlign` style in pdf.js's rich-text tree (`{ attributes: { style }, children }`). */
function textAlign(node: unknown, depth = 0): HorizontalAlign | undefined {
  if (depth > 32 || typeof node !== 'object' || node === null) return undefined;
  const { attributes, children } = node as { attributes?: { style?: { textAlign?: unknown } }; children?: unknown };
  const align = attributes?.style?.textAlign;
  if (typeof align === 'string' && ALIGNS.has(align)) return align as HorizontalAlign;
  if (!Array.isArray(children)) return undefined;
  for (const child of children) {
    const found = textAlign(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}
