/**
 * Helpers for tests that check what annotations look like on screen: blank
 * test PDFs of any page size, /Rotate and crop box, and page points → screen.
 */
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation, AnnotationInput, Point } from '../../src/model/index.js';
import { mountViewer, nextEvent, page, renderedCanvas, screenPixels, type ScreenPixels } from './viewer-fixture.js';

export interface BlankPage {
  /** Media box size in points. */
  width: number;
  height: number;
  rotate?: 0 | 90 | 180 | 270;
  /** Crop box `[x, y, width, height]` in PDF user space (y up). */
  cropBox?: [number, number, number, number];
  /** What the page paints: content stream operators in PDF user space (y up), e.g. `0 g 10 10 50 50 re f`. */
  content?: string;
}

/**
 * A PDF with empty white pages, written by hand (a few objects and an xref
 * table) so tests need no PDF library in the browser.
 */
export function blankPdf(pages: BlankPage[] = [{ width: 400, height: 300 }]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 3 + i);
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  const streams: string[] = [];
  for (const spec of pages) {
    const crop = spec.cropBox ? ` /CropBox [${spec.cropBox[0]} ${spec.cropBox[1]} ${spec.cropBox[0] + spec.cropBox[2]} ${spec.cropBox[1] + spec.cropBox[3]}]` : '';
    const rotate = spec.rotate ? ` /Rotate ${spec.rotate}` : '';
    let contents = '';
    if (spec.content) {
      streams.push(`<< /Length ${spec.content.length} >>\nstream\n${spec.content}\nendstream`);
      contents = ` /Contents ${3 + pages.length + streams.length - 1} 0 R`;
    }
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${spec.width} ${spec.height}]${crop}${rotate}${contents} /Resources << >> >>`);
  }
  objects.push(...streams);
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** The frame a page's annotation coordinates live in: its unrotated crop box and /Rotate. */
export interface Frame {
  width: number;
  height: number;
  rotate: 0 | 90 | 180 | 270;
}

export function frameOf(spec: BlankPage): Frame {
  return {
    width: spec.cropBox ? spec.cropBox[2] : spec.width,
    height: spec.cropBox ? spec.cropBox[3] : spec.height,
    rotate: spec.rotate ?? 0,
  };
}

/** A viewer showing a blank PDF, loaded and drawn. */
export async function blankViewer(
  pages: BlankPage[] = [{ width: 400, height: 300 }],
  attributes: Record<string, string> = { zoom: '1' },
  size = { width: 800, height: 600 },
): Promise<InstantPdfViewer> {
  const viewer = mountViewer(attributes, size);
  const loaded = nextEvent(viewer, 'document-loaded');
  viewer.src = blankPdf(pages);
  await loaded;
  await renderedCanvas(viewer, 0);
  return viewer;
}

/** Where a point of a page (Instant JSON points: unrotated, y down) is on screen, in viewport CSS pixels. */
export function toClient(viewer: InstantPdfViewer, pageIndex: number, point: Point, frame: Frame): { x: number; y: number } {
  const box = page(viewer, pageIndex).getBoundingClientRect();
  const [x, y] = point;
  const { width, height, rotate } = frame;
  const rotated: Record<number, [number, number]> = {
    0: [x, y],
    90: [height - y, x],
    180: [width - x, height - y],
    270: [y, width - x],
  };
  const [rx, ry] = rotated[rotate]!;
  const shownWidth = rotate % 180 ? height : width;
  const scale = box.width / shownWidth;
  return { x: box.left + rx * scale, y: box.top + ry * scale };
}

/** The drawn box of an annotation, once it is on screen. */
export function annotationBox(viewer: InstantPdfViewer, id: string): HTMLElement | null {
  return viewer.shadowRoot!.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(id)}"]`);
}

/** Creates an annotation and waits for its drawing to be on screen. */
export async function draw(viewer: InstantPdfViewer, input: AnnotationInput): Promise<Annotation> {
  const created = viewer.createAnnotation(input);
  await settled(viewer);
  return created;
}

/** Waits for pending layer work and canvas redraws, then two frames. */
export async function settled(viewer: InstantPdfViewer): Promise<void> {
  await Promise.resolve();
  await viewer.updateComplete;
  for (let i = 0; i < 200; i++) {
    const stale = viewer.shadowRoot!.querySelector('.annotation.pending');
    const rendering = [...viewer.shadowRoot!.querySelectorAll('[part~="page"]')].some(
      (element) => (element.querySelector('canvas') && !element.hasAttribute('data-rendered')) || element.hasAttribute('data-redrawing'),
    );
    if (!stale && !rendering) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** Screen pixels of a page, read with page points. */
export interface PagePixels {
  readonly pixels: ScreenPixels;
  at(point: Point): [number, number, number, number];
}

export async function pagePixels(viewer: InstantPdfViewer, pageIndex: number, frame: Frame): Promise<PagePixels> {
  const pixels = await screenPixels(page(viewer, pageIndex));
  return {
    pixels,
    at(point) {
      const { x, y } = toClient(viewer, pageIndex, point, frame);
      return pixels.at(x, y);
    },
  };
}

export const RED: [number, number, number] = [255, 0, 0];
export const GREEN: [number, number, number] = [0, 128, 0];
export const BLUE: [number, number, number] = [0, 0, 255];
export const WHITE: [number, number, number] = [255, 255, 255];
