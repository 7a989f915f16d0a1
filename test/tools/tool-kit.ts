/**
 * Helpers for tool tests on real PDFs with text: loading a corpus file,
 * finding text layer spans, and real mouse drags.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Point, Rect } from '../../src/model/index.js';
import { settled, type Frame } from '../helpers/annotation-kit.js';
import { CORPUS, mountViewer, nextEvent, page, renderedCanvas, waitFor } from '../helpers/viewer-fixture.js';

/** One page, two lines of Helvetica 11: "Highlight" and "Lorem ipsum dolor sit amet" (pdf.js test file). */
export const TWO_LINES = `${CORPUS}/pdfjs/annotation-highlight.pdf`;
export const TWO_LINES_FRAME: Frame = { width: 595.32, height: 841.92, rotate: 0 };
/** One line of text on a page with /Rotate 270. */
export const ROTATED = `${CORPUS}/pdfjs/pr20043.pdf`;
export const ROTATED_FRAME: Frame = { width: 612, height: 792, rotate: 270 };

export async function corpusViewer(url: string, attributes: Record<string, string> = { zoom: '1' }): Promise<InstantPdfViewer> {
  const viewer = mountViewer(attributes);
  const loaded = nextEvent(viewer, 'document-loaded');
  viewer.src = url;
  await loaded;
  await renderedCanvas(viewer, 0);
  await waitFor(() => page(viewer, 0).querySelector('.textLayer span'), 'the text layer');
  await settled(viewer);
  return viewer;
}

export function textSpan(viewer: InstantPdfViewer, pageIndex: number, text: string): HTMLElement {
  const span = [...page(viewer, pageIndex).querySelectorAll<HTMLElement>('.textLayer span:not(.markedContent)')].find((s) => s.textContent === text);
  if (!span) throw new Error(`No span "${text}"`);
  return span;
}

/** A client point → page point (unrotated, y down): the inverse of `toClient`. */
export function toPagePoint(viewer: InstantPdfViewer, pageIndex: number, x: number, y: number, frame: Frame): Point {
  const box = page(viewer, pageIndex).getBoundingClientRect();
  const { width, height, rotate } = frame;
  const scale = box.width / (rotate % 180 ? height : width);
  const u = (x - box.left) / scale;
  const v = (y - box.top) / scale;
  const unrotated: Record<number, Point> = { 0: [u, v], 90: [v, height - u], 180: [width - u, height - v], 270: [width - v, u] };
  return unrotated[rotate]!;
}

/** A span's glyph box in page points. */
export function spanRect(viewer: InstantPdfViewer, span: Element, frame: Frame): Rect {
  const box = span.getBoundingClientRect();
  const a = toPagePoint(viewer, 0, box.left, box.top, frame);
  const b = toPagePoint(viewer, 0, box.right, box.bottom, frame);
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])];
}

/** A real mouse drag in viewport pixels, with intermediate moves. */
export async function drag(from: { x: number; y: number }, to: { x: number; y: number }, steps = 6): Promise<void> {
  const at = (p: { x: number; y: number }): [number, number] => [Math.round(p.x), Math.round(p.y)];
  await sendMouse({ type: 'move', position: at(from) });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= steps; i++) {
    await sendMouse({ type: 'move', position: at({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }) });
  }
  await sendMouse({ type: 'up' });
}

/** Drags from just inside the start of `first` to just inside the end of `last` (horizontal text). */
export async function selectSpans(first: Element, last: Element): Promise<void> {
  const a = first.getBoundingClientRect();
  const b = last.getBoundingClientRect();
  await drag({ x: a.left + 1, y: a.top + a.height / 2 }, { x: b.right - 1, y: b.top + b.height / 2 });
}

export function expectRect(actual: readonly number[] | undefined, expected: Rect, tolerance = 1, what = 'rect'): void {
  expect(actual, what).to.have.length(4);
  actual!.forEach((value, i) => expect(Math.abs(value - expected[i]!), `${what}[${i}]: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`).to.be.at.most(tolerance));
}

/** Collects `annotations-changed` events from now on. */
export function recordChanges(viewer: InstantPdfViewer): Array<CustomEvent<{ source: string; created: unknown[]; updated: unknown[]; deleted: string[] }>> {
  const events: Array<CustomEvent<{ source: string; created: unknown[]; updated: unknown[]; deleted: string[] }>> = [];
  viewer.addEventListener('annotations-changed', (event) => events.push(event as (typeof events)[number]));
  return events;
}
