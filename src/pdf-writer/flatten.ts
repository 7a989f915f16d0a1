/**
 * Flattening: every annotation's and widget's normal appearance is drawn into
 * its page's content, then the annotations and the form are removed. Links
 * (no appearance of their own; they stay clickable) and redactions (content
 * under them stays: flattening is not applying a redaction) are kept as
 * annotations. Hidden and no-view annotations are not drawn.
 */
import { ContentBuilder } from './content-stream.js';
import type { PDFDict, PDFDocument, PDFPage, PDFRef, PDFStream, PdfLib } from './pdf-lib.js';

const KEPT_SUBTYPES = new Set(['Link', 'Redact']);
const HIDDEN = 2;
const NO_VIEW = 32;

type Matrix = [number, number, number, number, number, number];

function numbers(lib: PdfLib, doc: PDFDocument, dict: PDFDict, key: string): number[] | undefined {
  const value = dict.lookup(lib.PDFName.of(key));
  if (!(value instanceof lib.PDFArray)) return undefined;
  const items = value.asArray().map((item) => {
    const resolved = doc.context.lookup(item);
    return resolved instanceof lib.PDFNumber ? resolved.asNumber() : Number.NaN;
  });
  return items.every(Number.isFinite) ? items : undefined;
}

/** The annotation's normal appearance: /AP /N, or the state /AS picks from it. */
function normalAppearance(lib: PdfLib, doc: PDFDocument, annotation: PDFDict): PDFRef | undefined {
  const ap = annotation.lookup(lib.PDFName.of('AP'));
  if (!(ap instanceof lib.PDFDict)) return undefined;
  const normal = ap.get(lib.PDFName.of('N'));
  if (normal instanceof lib.PDFRef) {
    const resolved = doc.context.lookup(normal);
    if (resolved instanceof lib.PDFStream) return normal;
    if (!(resolved instanceof lib.PDFDict)) return undefined;
    const state = annotation.lookup(lib.PDFName.of('AS'));
    const chosen = state instanceof lib.PDFName ? resolved.get(state) : undefined;
    return chosen instanceof lib.PDFRef ? chosen : undefined;
  }
  if (normal instanceof lib.PDFDict) {
    const state = annotation.lookup(lib.PDFName.of('AS'));
    const chosen = state instanceof lib.PDFName ? normal.get(state) : undefined;
    return chosen instanceof lib.PDFRef ? chosen : undefined;
  }
  return undefined;
}

/**
 * The matrix that puts an appearance onto its /Rect (PDF 32000-1, 12.5.5):
 * the form's /BBox transformed by its /Matrix, then scaled and moved onto the
 * rectangle.
 */
function placement(bbox: number[], formMatrix: Matrix, rect: number[]): Matrix | undefined {
  const [a, b, c, d, e, f] = formMatrix;
  const corners = [
    [bbox[0]!, bbox[1]!],
    [bbox[2]!, bbox[1]!],
    [bbox[0]!, bbox[3]!],
    [bbox[2]!, bbox[3]!],
  ].map(([x, y]) => [a * x! + c * y! + e, b * x! + d * y! + f] as const);
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = maxX - minX;
  const height = maxY - minY;
  const [llx, lly, urx, ury] = [Math.min(rect[0]!, rect[2]!), Math.min(rect[1]!, rect[3]!), Math.max(rect[0]!, rect[2]!), Math.max(rect[1]!, rect[3]!)];
  if (width <= 0 || height <= 0) return undefined;
  const sx = (urx - llx) / width;
  const sy = (ury - lly) / height;
  // A = translate(rect) × scale × translate(-bbox'), then the form's own matrix is applied by Do.
  return [sx, 0, 0, sy, llx - minX * sx, lly - minY * sy];
}

function flattenPage(lib: PdfLib, doc: PDFDocument, page: PDFPage): void {
  const { PDFName } = lib;
  const annots = page.node.lookup(PDFName.of('Annots'));
  if (!(annots instanceof lib.PDFArray)) return;
  const content = new ContentBuilder();
  const kept: PDFRef[] = [];
  for (const item of annots.asArray()) {
    if (!(item instanceof lib.PDFRef)) continue;
    const annotation = doc.context.lookup(item);
    if (!(annotation instanceof lib.PDFDict)) continue;
    const subtype = annotation.lookup(PDFName.of('Subtype'));
    const subtypeName = subtype instanceof lib.PDFName ? subtype.decodeText() : '';
    if (KEPT_SUBTYPES.has(subtypeName)) {
      kept.push(item);
      continue;
    }
    const flags = annotation.lookup(PDFName.of('F'));
    const flagValue = flags instanceof lib.PDFNumber ? flags.asNumber() : 0;
    if (flagValue & (HIDDEN | NO_VIEW)) continue;
    const appearanceRef = normalAppearance(lib, doc, annotation);
    const rect = numbers(lib, doc, annotation, 'Rect');
    if (!appearanceRef || !rect) continue;
    const form = doc.context.lookup(appearanceRef) as PDFStream;
    const bbox = numbers(lib, doc, form.dict, 'BBox');
    const formMatrix = (numbers(lib, doc, form.dict, 'Matrix') ?? [1, 0, 0, 1, 0, 0]) as Matrix;
    if (!bbox || bbox.length !== 4 || formMatrix.length !== 6) continue;
    const matrix = placement(bbox, formMatrix, rect);
    if (!matrix) continue;
    const name = page.node.newXObject('FlatAP', appearanceRef).asString().slice(1);
    content.save().transform(...matrix).paintXObject(name).restore();
  }
  if (!content.isEmpty) {
    const stream = doc.context.flateStream(content.toString(), {});
    page.node.wrapContentStreams(doc.context.getPushGraphicsStateContentStream(), doc.context.getPopGraphicsStateContentStream());
    page.node.addContentStream(doc.context.register(stream));
  }
  if (kept.length) page.node.set(PDFName.of('Annots'), doc.context.obj(kept));
  else page.node.delete(PDFName.of('Annots'));
}

export async function flattenAnnotations(lib: PdfLib, doc: PDFDocument, pages: readonly PDFPage[]): Promise<void> {
  for (const page of pages) flattenPage(lib, doc, page);
  doc.catalog.delete(lib.PDFName.of('AcroForm'));
}
