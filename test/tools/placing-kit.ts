/** Helpers for the placing tools' tests: real clicks at page points, and the user edits they make. */
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation, Point } from '../../src/model/index.js';
import { settled, toClient, type Frame } from '../helpers/annotation-kit.js';

export interface Change {
  created: Annotation[];
  updated: Annotation[];
  deleted: string[];
  source: string;
}

/** Every `annotations-changed` from now on. */
export function recordChanges(viewer: InstantPdfViewer): Change[] {
  const changes: Change[] = [];
  viewer.addEventListener('annotations-changed', (event) => changes.push((event as CustomEvent<Change>).detail));
  return changes;
}

export function at(viewer: InstantPdfViewer, point: Point, frame: Frame, pageIndex = 0): [number, number] {
  const { x, y } = toClient(viewer, pageIndex, point, frame);
  return [Math.round(x), Math.round(y)];
}

export async function clickAt(viewer: InstantPdfViewer, point: Point, frame: Frame, pageIndex = 0): Promise<void> {
  const position = at(viewer, point, frame, pageIndex);
  await sendMouse({ type: 'move', position });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
}

export async function dragOn(viewer: InstantPdfViewer, from: Point, to: Point, frame: Frame, pageIndex = 0): Promise<void> {
  await sendMouse({ type: 'move', position: at(viewer, from, frame, pageIndex) });
  await sendMouse({ type: 'down' });
  const [x1, y1] = at(viewer, from, frame, pageIndex);
  const [x2, y2] = at(viewer, to, frame, pageIndex);
  for (let i = 1; i <= 4; i++) await sendMouse({ type: 'move', position: [Math.round(x1 + ((x2 - x1) * i) / 4), Math.round(y1 + ((y2 - y1) * i) / 4)] });
  await sendMouse({ type: 'up' });
}

export async function useTool(viewer: InstantPdfViewer, tool: string): Promise<void> {
  viewer.tool = tool;
  await viewer.updateComplete;
  await settled(viewer);
}

/** The exported annotations, without the fields that vary from run to run. */
export function exported(viewer: InstantPdfViewer): Record<string, unknown>[] {
  const annotations = (viewer.exportInstantJson().annotations ?? []) as unknown as Record<string, unknown>[];
  return annotations.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest);
}

export function expectBox(actual: unknown, expected: readonly number[], tolerance = 1): void {
  const box = actual as number[];
  if (box.length !== 4 || box.some((value, i) => Math.abs(value - expected[i]!) > tolerance)) {
    throw new Error(`bbox ${JSON.stringify(box)} is not within ${tolerance} of ${JSON.stringify(expected)}`);
  }
}

export function shadow<T extends Element>(viewer: InstantPdfViewer, selector: string): T | null {
  return viewer.shadowRoot!.querySelector<T>(selector);
}

/** A real double-click (the browser fires dblclick). */
export async function doubleClickAt(viewer: InstantPdfViewer, point: Point, frame: Frame, pageIndex = 0): Promise<void> {
  const [x, y] = at(viewer, point, frame, pageIndex);
  await executeServerCommand('double-click', { x, y });
}
