/**
 * A free text's callout as the viewer draws it (`src/annotations/text-callout.ts`):
 * the line from the pointed-at spot through the knee to the text box, in the
 * border's colour and width (the text's colour and 1 pt without a border),
 * dashed like a dashed border, with round joins; the cap at its start built
 * like a line annotation's and filled with the background. Also its /CL,
 * /LE and /IT entries.
 */
import type { TextAnnotation, TextCallout } from '../../../model/index.js';
import { capPath } from '../../../annotations/line-caps.js';
import { calloutVertices } from '../../../annotations/text-callout.js';
import type { TextBorder } from '../../../annotations/text-style.js';
import type { PageFrame } from '../../page-frame.js';
import type { PDFObject, PdfLib } from '../../pdf-lib.js';
import type { Stroke } from '../shapes/border.js';
import type { Bounds } from '../shapes/bounds.js';
import { addCapBounds, drawCap, pdfLineEnding } from '../shapes/line-endings.js';
import type { PagePath } from '../shapes/page-path.js';
import { paintPath } from '../shapes/paint-path.js';

/** The callout line's stroke. */
export function calloutStroke(annotation: TextAnnotation, border: TextBorder | undefined): Stroke {
  const width = border?.width ?? 1;
  return { width, color: border?.color ?? annotation.fontColor, dash: border?.style === 'dashed' ? [width * 3, width * 3] : undefined };
}

/** Draws the callout into `path` and adds what it covers to `bounds`. */
export function drawCallout(path: PagePath, bounds: Bounds, callout: TextCallout, stroke: Stroke, fill: string | undefined): void {
  const { vertices, caps } = capPath(calloutVertices(callout), callout.cap ? { start: callout.cap } : undefined, stroke.width);
  paintPath(path, { stroke, round: 'joins' }, (p) => p.polyline(vertices));
  bounds.addStroke(vertices, false, stroke.width);
  for (const cap of caps) {
    drawCap(path, cap, stroke, fill);
    addCapBounds(bounds, cap, stroke.width);
  }
}

/** /IT /FreeTextCallout, /CL (start, knee, end in user space) and /LE (the start's cap). */
export function calloutEntries(lib: PdfLib, frame: PageFrame, callout: TextCallout): Record<string, PDFObject | number[]> {
  const points = calloutVertices(callout).flatMap((point) => frame.point(point));
  return {
    IT: lib.PDFName.of('FreeTextCallout'),
    CL: points.map((value) => Math.round(value * 1000) / 1000),
    LE: lib.PDFName.of(pdfLineEnding(callout.cap)),
  };
}
