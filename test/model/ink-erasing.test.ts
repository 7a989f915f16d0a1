/**
 * The eraser's geometry (src/model/ink-erasing.ts): strokes split where an
 * eraser path of some radius crossed them, intensities split alike.
 */
import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/index.js';
import { capsuleSpan, eraseStrokes } from '../../src/model/ink-erasing.js';
import { describe, it } from './mocha.js';

function horizontal(from: number, to: number, y: number, step: number): Point[] {
  const points: Point[] = [];
  for (let x = from; x <= to; x += step) points.push([x, y]);
  return points;
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

describe('eraseStrokes', () => {
  it('a vertical pass through the middle of a horizontal stroke splits it in two, cut at the radius', () => {
    const stroke = horizontal(0, 200, 100, 10);
    const intensities = stroke.map((_, i) => i / 100);
    const result = eraseStrokes({ points: [stroke], intensities: [intensities] }, [[105, 50], [105, 150]], 10)!;
    expect(result.points).to.have.length(2);
    const [before, after] = result.points as [Point[], Point[]];
    expect(before[0]).to.deep.equal([0, 100]);
    expect(before[before.length - 1]).to.deep.equal([95, 100]);
    expect(after[0]).to.deep.equal([115, 100]);
    expect(after[after.length - 1]).to.deep.equal([200, 100]);
    // Original points kept as they were, boundary points interpolated with their intensity.
    expect(before.slice(0, -1)).to.deep.equal(stroke.slice(0, 10));
    expect(result.intensities[0]).to.deep.equal([...intensities.slice(0, 10), 0.095]);
    expect(result.intensities[1]![0]).to.equal(0.115);
    expect(result.intensities.map((list) => list.length)).to.deep.equal(result.points.map((list) => list.length));
  });

  it('cuts a long two-point segment where the eraser crossed it, not only at its points', () => {
    const result = eraseStrokes({ points: [[[0, 0], [300, 0]]], intensities: [[0.2, 0.8]] }, [[150, -30], [150, 30]], 5)!;
    expect(result.points).to.deep.equal([
      [[0, 0], [145, 0]],
      [[155, 0], [300, 0]],
    ]);
    expect(result.intensities).to.deep.equal([
      [0.2, 0.49],
      [0.51, 0.8],
    ]);
  });

  it('leaves strokes it does not reach alone: undefined when nothing was touched', () => {
    const lines = { points: [horizontal(0, 100, 0, 10)], intensities: [horizontal(0, 100, 0, 10).map(() => 0.5)] };
    expect(eraseStrokes(lines, [[50, 20], [60, 30]], 10)).to.equal(undefined);
    // Grazing at exactly the radius erases nothing either.
    expect(eraseStrokes(lines, [[50, 10], [60, 10]], 10)).to.equal(undefined);
  });

  it('erasing a whole stroke removes it; the other strokes stay, in order', () => {
    const first = horizontal(0, 40, 0, 10);
    const second = horizontal(0, 40, 50, 10);
    const third: Point[] = [[200, 200]];
    const result = eraseStrokes(
      { points: [first, second, third], intensities: [first.map(() => 0.1), second.map(() => 0.2), [0.3]] },
      [[-20, 50], [60, 50]],
      5,
    )!;
    expect(result.points).to.deep.equal([first, third]);
    expect(result.intensities).to.deep.equal([first.map(() => 0.1), [0.3]]);
    const dot = eraseStrokes({ points: [third], intensities: [[0.3]] }, [[203, 203]], 5)!;
    expect(dot.points).to.deep.equal([]);
  });

  it('a zigzag eraser crossing a stroke several times leaves no point within the radius of its path', () => {
    const stroke = horizontal(0, 400, 100, 4);
    const path: Point[] = [[20, 60], [60, 140], [100, 60], [140, 140], [180, 60]];
    const result = eraseStrokes({ points: [stroke], intensities: [stroke.map(() => 0.5)] }, path, 8)!;
    expect(result.points.length).to.be.at.least(4);
    for (const piece of result.points) {
      for (const point of piece) {
        const distance = Math.min(...path.slice(1).map((end, i) => distanceToSegment(point, path[i]!, end)));
        expect(distance, JSON.stringify(point)).to.be.at.least(8 - 0.02);
      }
    }
    // Everything beyond the eraser's reach is still there.
    expect(result.points[result.points.length - 1]![result.points[result.points.length - 1]!.length - 1]).to.deep.equal([400, 100]);
  });

  it('capsuleSpan: a segment through the band, the round ends, and one that misses', () => {
    expect(capsuleSpan([0, 0], [100, 0], [[50, -10], [50, 10]], 5)).to.deep.equal([0.45, 0.55]);
    // Along the capsule's axis: the round ends reach `reach` beyond its end points.
    expect(capsuleSpan([0, 0], [100, 0], [[40, 0], [60, 0]], 5)).to.deep.equal([0.35, 0.65]);
    expect(capsuleSpan([0, 0], [100, 0], [[50, 6], [50, 20]], 5)).to.equal(undefined);
  });
});
