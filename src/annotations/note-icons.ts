/**
 * The note icons drawn as SVG: the glyphs of note-glyphs.ts (shared with the
 * PDF writer) in the note's colour, at a constant size on screen.
 */
import type { NoteIcon, Point } from '../model/index.js';
import { CSS_UNITS } from '../pdf/page-view.js';
import { svgElement } from './dom.js';
import { inRect } from './hit-geometry.js';
import { contrastColor, GLYPH_PAINT, iconHitRect, NOTE_GLYPHS } from './note-glyphs.js';

export { ICON_SIZE, iconHitRect, iconName } from './note-glyphs.js';

/** Drawn icons by icon, colour and target size; a page of notes mostly repeats a few. */
const drawn = new Map<string, SVGGElement>();
/** Enough for every icon in a few colours and sizes; past it the oldest is dropped. */
const MAX_DRAWN = 64;

/**
 * The icon in CSS pixels at 100 %, with the bbox's top-left at the origin
 * (the layer places and scales constant-size drawings): the glyph,
 * `ICON_SIZE` pixels square (its grid's units are pixels as they are), over
 * a transparent target covering `iconHitRect`, so the whole area a person
 * can click takes the click, not only the glyph.
 *
 * Each call returns a deep clone of one drawing per icon, colour and size.
 * Clones share their attributes with it until one is changed, which lets
 * the browser style a page of a thousand notes as a few: the layer only
 * writes to the returned group, never to its children (nor do the children
 * carry a transform of their own, which would be resolved for each clone).
 */
export function noteIcon(bbox: readonly [number, number, number, number], icon: NoteIcon, color: string): SVGGElement {
  const [, , width, height] = iconHitRect(bbox);
  const key = `${icon} ${color} ${width} ${height}`;
  let template = drawn.get(key);
  if (!template) {
    template = drawIcon(icon, color, width * CSS_UNITS, height * CSS_UNITS);
    if (drawn.size >= MAX_DRAWN) drawn.delete(drawn.keys().next().value!);
    drawn.set(key, template);
  }
  return template.cloneNode(true) as SVGGElement;
}

function drawIcon(icon: NoteIcon, color: string, width: number, height: number): SVGGElement {
  const glyph = NOTE_GLYPHS[icon];
  const ink = contrastColor(color);
  const group = svgElement('g', { class: 'note-icon', 'data-icon': icon });
  group.append(
    svgElement('rect', { width, height, fill: 'transparent' }),
    svgElement('path', {
      class: 'note-icon-body',
      d: glyph.body,
      fill: color,
      stroke: `rgb(0 0 0 / ${GLYPH_PAINT.outlineOpacity})`,
      'stroke-width': GLYPH_PAINT.outlineWidth,
      'stroke-linejoin': 'round',
    }),
  );
  if (glyph.marks) {
    group.append(svgElement('path', { d: glyph.marks, fill: 'none', stroke: ink, 'stroke-width': GLYPH_PAINT.marksWidth, 'stroke-linecap': 'round' }));
  }
  if (glyph.dots) group.append(svgElement('path', { d: glyph.dots, fill: ink }));
  return group;
}

/** Whether a point hits a note-like icon (notes and comment markers), allowing `tolerance` points. */
export function hitsNoteIcon(annotation: { readonly bbox: readonly [number, number, number, number] }, point: Point, tolerance: number): boolean {
  return inRect(point, iconHitRect(annotation.bbox), tolerance);
}
