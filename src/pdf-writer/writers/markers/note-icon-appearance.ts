/**
 * The appearance of a note-like annotation (notes, comment markers, comment
 * replies): the icon our viewer draws (the glyphs and paint of
 * src/annotations/note-glyphs.ts), ICON_SIDE points square at the top-left
 * of the bbox (the viewer draws these kinds at a constant size, which is this
 * size at 100 %). A bbox smaller than the icon grows to hold it, as the
 * viewer's own hit area does, so no saved note is invisible.
 */
import { contrastColor, GLYPH_GRID, GLYPH_PAINT, iconHitRect, iconName, ICON_SIDE, NOTE_GLYPHS } from '../../../annotations/note-glyphs.js';
import type { NoteIcon, Rect } from '../../../model/index.js';
import { Appearance } from '../../appearance.js';
import type { PageFrame, PdfRect } from '../../page-frame.js';
import type { WriterEnv, WrittenAnnotation } from '../../writer-types.js';
import { PDF_ICON_NAMES } from './note-icon-names.js';
import { pdfColor } from './pdf-color.js';
import { appendSvgPath } from './svg-path.js';

/** The /Rect of a note-like annotation and its appearance. */
export function noteIconAppearance(
  bbox: Readonly<Rect>,
  frame: PageFrame,
  icon: NoteIcon,
  color: string,
): { rect: PdfRect; appearance: Appearance } {
  // The area the icon covers: the viewer's hit area, the bbox at least ICON_SIDE wide and high.
  const box = iconHitRect(bbox);
  const rect = frame.rect(box);
  const appearance = new Appearance(rect);
  drawNoteIcon(appearance, frame.x(box[0]), frame.y(box[1]), ICON_SIDE, icon, color);
  return { rect, appearance };
}

/** Draws the icon `side` points square with its top-left corner at (`left`, `top`) in user space. */
export function drawNoteIcon(appearance: Appearance, left: number, top: number, side: number, icon: NoteIcon, color: string): void {
  const glyph = NOTE_GLYPHS[icon];
  const ink = contrastColor(color);
  const scale = side / GLYPH_GRID;
  // The glyph's own grid, y down, placed and scaled: line widths scale with it, as in the viewer's SVG.
  const content = appearance.content;
  content.save().transform(scale, 0, 0, -scale, left, top);

  const outline = appearance.resources.graphicsState({ strokeOpacity: GLYPH_PAINT.outlineOpacity });
  content.save().graphicsState(outline).fillColor(color).strokeColor('#000000').lineWidth(GLYPH_PAINT.outlineWidth).lineJoin(1);
  appendSvgPath(content, glyph.body);
  content.fillStroke().restore();

  if (glyph.marks) {
    content.save().strokeColor(ink).lineWidth(GLYPH_PAINT.marksWidth).lineCap(1);
    appendSvgPath(content, glyph.marks);
    content.stroke().restore();
  }
  if (glyph.dots) {
    content.save().fillColor(ink);
    appendSvgPath(content, glyph.dots);
    content.fill().restore();
  }
  content.restore();
}

/**
 * A note-like annotation as a /Text: the icon's PDF /Name, /C, its text as
 * /Contents, and (when `popup`) a /Popup for PDF readers to open.
 */
export function noteLikeText(
  record: { bbox: Readonly<Rect>; icon?: NoteIcon | undefined },
  color: string,
  text: string,
  popup: boolean,
  env: WriterEnv,
): WrittenAnnotation {
  const icon = iconName(record.icon);
  const { rect, appearance } = noteIconAppearance(record.bbox, env.frame, icon, color);
  return {
    subtype: 'Text',
    rect,
    entries: { Name: env.lib.PDFName.of(PDF_ICON_NAMES[icon]), C: pdfColor(color) },
    ...(text !== '' && { contents: text }),
    appearance,
    popup,
  };
}
