/**
 * Turns the glyph boxes of a text selection into the `rects` of a text
 * markup: one rect per line. Boxes on the same line (their vertical extents
 * overlap by at least half the smaller one) that touch, overlap or sit less
 * than a line height apart become one; the gap between words is thus covered,
 * the gap between two columns is not. Page points, y down.
 */
import type { Rect } from './annotation-types.js';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const toBox = ([left, top, width, height]: Rect): Box => ({ left, top, right: left + width, bottom: top + height });
const toRect = ({ left, top, right, bottom }: Box): Rect => [left, top, right - left, bottom - top];

function sameLine(a: Box, b: Box): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap >= 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top);
}

function join(a: Box, b: Box): Box {
  return { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) };
}

/** One rect per run of text on a line, top to bottom, then left to right. Empty boxes are dropped. */
export function mergeLineRects(rects: readonly Rect[]): Rect[] {
  const boxes = rects.filter(([, , width, height]) => width > 0 && height > 0).map(toBox);
  boxes.sort((a, b) => a.top - b.top || a.left - b.left);
  const lines: Box[][] = [];
  for (const box of boxes) {
    const line = lines.find((candidate) => candidate.some((other) => sameLine(other, box)));
    if (line) line.push(box);
    else lines.push([box]);
  }
  const merged: Box[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.left - b.left);
    let run = line[0]!;
    for (const box of line.slice(1)) {
      const gap = box.left - run.right;
      if (gap <= Math.max(run.bottom - run.top, box.bottom - box.top)) run = join(run, box);
      else {
        merged.push(run);
        run = box;
      }
    }
    merged.push(run);
  }
  merged.sort((a, b) => a.top - b.top || a.left - b.left);
  return merged.map(toRect);
}

/** The smallest rect holding every one of `rects` (which must not be empty). */
export function unionRect(rects: readonly Rect[]): Rect {
  return toRect(rects.map(toBox).reduce(join));
}
