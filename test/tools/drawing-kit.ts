/** Real mouse and keyboard input at page points, for the drawing tool tests. */
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation, Point } from '../../src/model/index.js';
import { blankViewer, frameOf, settled, toClient, type BlankPage, type Frame } from '../helpers/annotation-kit.js';

export interface Setup {
  viewer: InstantPdfViewer;
  frame: Frame;
  /** `annotations-changed` details, in order. */
  changes: Array<{ source: string; created: Annotation[]; updated: Annotation[]; deleted: string[] }>;
}

export async function setup(tool: string, options: { page?: BlankPage; zoom?: number; attributes?: Record<string, string> } = {}): Promise<Setup> {
  const spec = options.page ?? { width: 400, height: 300 };
  const viewer = await blankViewer([spec], { zoom: String(options.zoom ?? 1), ...options.attributes });
  viewer.tool = tool;
  await viewer.updateComplete;
  const changes: Setup['changes'] = [];
  viewer.addEventListener('annotations-changed', (event) => changes.push((event as CustomEvent).detail));
  return { viewer, frame: frameOf(spec), changes };
}

export function client({ viewer, frame }: Setup, point: Point): [number, number] {
  const { x, y } = toClient(viewer, 0, point, frame);
  return [Math.round(x), Math.round(y)];
}

export async function move(s: Setup, point: Point): Promise<void> {
  await sendMouse({ type: 'move', position: client(s, point) });
}

/** Press at the first point, move through the others, release at the last. */
export async function drag(s: Setup, points: Point[], { shift = false } = {}): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await move(s, points[0]!);
  await sendMouse({ type: 'down' });
  for (const point of points.slice(1)) await move(s, point);
  await sendMouse({ type: 'up' });
  if (shift) await sendKeys({ up: 'Shift' });
  await settled(s.viewer);
}

export async function click(s: Setup, point: Point): Promise<void> {
  await move(s, point);
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
}

export async function doubleClick(s: Setup, point: Point): Promise<void> {
  const [x, y] = client(s, point);
  await executeServerCommand('double-click', { x, y });
}

/** Moves of the pressed mouse sent at once while the page is busy, so they arrive as coalesced events. */
export async function burst(s: Setup, points: Point[]): Promise<void> {
  const sent = executeServerCommand('mouse-burst', { points: points.map((point) => client(s, point)) });
  const until = performance.now() + 300;
  while (performance.now() < until) {
    // Busy: the moves queue up and are delivered coalesced.
  }
  await sent;
}

export function exported(viewer: InstantPdfViewer): Array<Record<string, unknown>> {
  return (viewer.exportInstantJson().annotations ?? []) as unknown as Array<Record<string, unknown>>;
}

/** Whether each number is within `tolerance` of the expected one. */
export function closeTo(actual: unknown, expected: readonly number[], tolerance = 1): boolean {
  return (
    Array.isArray(actual) &&
    actual.length === expected.length &&
    actual.every((value, i) => typeof value === 'number' && Math.abs(value - expected[i]!) <= tolerance)
  );
}

export function expectClose(actual: unknown, expected: readonly number[], tolerance = 1): void {
  if (!closeTo(actual, expected, tolerance)) throw new Error(`expected ${JSON.stringify(actual)} to be within ${tolerance} of ${JSON.stringify(expected)}`);
}

/** The overlay SVG group tools draw previews in. */
export function overlay(viewer: InstantPdfViewer): SVGGElement | null {
  return viewer.shadowRoot!.querySelector('[part~="page"] .tool-overlay > g');
}
