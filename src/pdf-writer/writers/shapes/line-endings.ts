/**
 * Line endings of lines and polylines: the /LE names, and the caps drawn
 * into the appearance as the viewer draws them (`src/annotations/line-caps.ts`
 * builds each cap's outline; this draws it): stroked like the line but never
 * dashed, closed caps filled with the record's `fillColor`.
 */
import type { Color, LineCap, LineCaps } from '../../../model/index.js';
import type { CapShape } from '../../../annotations/line-caps.js';
import type { PDFArray, PDFDocument } from '../../pdf-lib.js';
import type { Stroke } from './border.js';
import type { Bounds } from './bounds.js';
import type { PagePath } from './page-path.js';
import { paintPath } from './paint-path.js';

/** Instant JSON line caps → PDF 32000-1 Table 176 line ending names. */
const PDF_LINE_ENDINGS: Readonly<Record<LineCap, string>> = {
  square: 'Square',
  circle: 'Circle',
  diamond: 'Diamond',
  openArrow: 'OpenArrow',
  closedArrow: 'ClosedArrow',
  butt: 'Butt',
  reverseOpenArrow: 'ROpenArrow',
  reverseClosedArrow: 'RClosedArrow',
  slash: 'Slash',
};

/** The PDF name of a cap; `None` for no cap. */
export function pdfLineEnding(cap: LineCap | undefined): string {
  return (cap && PDF_LINE_ENDINGS[cap]) ?? 'None';
}

/** `/LE [start end]`. */
export function lineEndingsEntry(doc: PDFDocument, caps: LineCaps | undefined): PDFArray {
  return doc.context.obj([pdfLineEnding(caps?.start), pdfLineEnding(caps?.end)]);
}

/** Draws one cap: an open cap stroked; a closed one stroked and, when `fillColor` is given, filled. */
export function drawCap(path: PagePath, cap: CapShape, stroke: Stroke | undefined, fillColor: Color | undefined): void {
  const fill = cap.fillable ? fillColor : undefined;
  paintPath(path, { stroke, fill, dashed: false }, (p) => {
    if (cap.circle) p.circle(cap.circle.center, cap.circle.radius);
    else p.polyline(cap.outline, cap.closed);
  });
}

/** Includes a cap and its stroke. */
export function addCapBounds(bounds: Bounds, cap: CapShape, strokeWidth: number): void {
  if (cap.circle) bounds.add(cap.circle.center, cap.circle.radius + strokeWidth / 2);
  else bounds.addStroke(cap.outline, cap.closed, strokeWidth);
}
