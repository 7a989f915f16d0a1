/**
 * The eraser with the real mouse: it rubs out the part of an ink stroke it
 * passes over (the stroke splits into the parts before and after), deletes
 * ink with nothing left, leaves everything else alone, and each gesture is
 * one `annotations-changed` and one undo step.
 */
import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { InkAnnotation, Point } from '../../src/model/index.js';
import { ERASER_RADIUS } from '../../src/tools/eraser-tool.js';
import { settled } from '../helpers/annotation-kit.js';
import { cleanupViewers, page } from '../helpers/viewer-fixture.js';
import { touchPath } from '../helpers/input-kit.js';
import { client, drag, exported, overlay, setup, type Setup } from './drawing-kit.js';

type Lines = InkAnnotation['lines'];

function lineOf(from: number, to: number, y: number, step: number): Point[] {
  const points: Point[] = [];
  for (let x = from; x <= to; x += step) points.push([x, y]);
  return points;
}

function inkInput(points: Point[][], lineWidth = 4) {
  return {
    type: 'pspdfkit/ink' as const,
    pageIndex: 0,
    bbox: [0, 0, 1, 1] as [number, number, number, number],
    lines: { points, intensities: points.map((stroke) => stroke.map((_, i) => Math.round((0.2 + (0.6 * i) / stroke.length) * 1000) / 1000)) },
    lineWidth,
    isDrawnNaturally: false,
    strokeColor: '#000000',
  };
}

/** The eraser's radius in page points: CSS pixels over the page's CSS pixels per point (a page `shownWidth` points wide as seen). */
function radiusInPoints(s: Setup, shownWidth = 400): number {
  return ERASER_RADIUS / (page(s.viewer, 0).getBoundingClientRect().width / shownWidth);
}

function inkLines(s: Setup, id: string): Lines | undefined {
  const record = exported(s.viewer).find((annotation) => annotation['id'] === id);
  return record?.['lines'] as Lines | undefined;
}

describe('eraser', () => {
  afterEach(async () => {
    await resetMouse();
    cleanupViewers();
  });

  it('a drag across the middle of a long stroke drawn with the ink tool splits it in two; one undo restores it exactly', async () => {
    const zoom = 1.5;
    const s = await setup('ink', { zoom });
    await drag(s, lineOf(40, 360, 100, 20));
    const before = exported(s.viewer);
    expect(before).to.have.length(1);
    const id = before[0]!['id'] as string;
    expect(inkLines(s, id)!.points).to.have.length(1);

    s.viewer.tool = 'eraser';
    await s.viewer.updateComplete;
    s.changes.length = 0;
    const eraserPath: Point[] = [[200, 60], [201, 80], [200, 100], [199, 120], [200, 140]];
    await drag(s, eraserPath);

    const after = exported(s.viewer);
    expect(after.map((record) => record['id'])).to.deep.equal([id]);
    const lines = after[0]!['lines'] as Lines;
    expect(lines.points, 'two strokes').to.have.length(2);
    expect(lines.intensities.map((list) => list.length)).to.deep.equal(lines.points.map((list) => list.length));
    const [left, right] = lines.points as [Point[], Point[]];
    expect(left[0]![0]).to.be.closeTo(40, 1);
    expect(right[right.length - 1]![0]).to.be.closeTo(360, 1);
    // Nothing is left within the eraser's radius (CSS px at this zoom) of its path, and no more than that plus half the line goes.
    const radius = radiusInPoints(s);
    expect(radius, 'at 150 %').to.be.closeTo(5, 0.01);
    for (const point of lines.points.flat()) expect(Math.abs(point[0] - 200), JSON.stringify(point)).to.be.above(radius);
    expect(left[left.length - 1]![0]).to.be.closeTo(200 - radius - 2, 1.5);
    expect(right[0]![0]).to.be.closeTo(200 + radius + 2, 1.5);
    // The bbox is the strokes' own again: the gap is inside it, the ends are where the ink ends.
    const bbox = after[0]!['bbox'] as number[];
    expect(bbox[0]).to.be.closeTo(38, 1);
    expect(bbox[0]! + bbox[2]!).to.be.closeTo(362, 1);
    expect(s.changes.map((change) => [change.source, change.created.length, change.updated.length, change.deleted.length])).to.deep.equal([['user', 0, 1, 0]]);
    expect(overlay(s.viewer)?.querySelector('path'), 'the swath is gone').to.equal(null);
    expect(s.viewer.shadowRoot!.querySelector(`[data-annotation-id="${id}"]`), 'still drawn').to.exist;

    s.viewer.undo();
    await settled(s.viewer);
    expect(exported(s.viewer)).to.deep.equal(before);
    s.viewer.redo();
    expect(inkLines(s, id)!.points).to.have.length(2);
  });

  it('a stroke rubbed out entirely goes; an ink annotation with no stroke left is deleted', async () => {
    const s = await setup('eraser');
    const ink = s.viewer.createAnnotation(inkInput([lineOf(50, 90, 50, 5), lineOf(200, 320, 200, 10)]));
    await settled(s.viewer);
    s.changes.length = 0;
    // Along the whole first stroke.
    await drag(s, [[45, 50], [70, 51], [95, 50]]);
    const lines = inkLines(s, ink.id)!;
    expect(lines.points).to.deep.equal([lineOf(200, 320, 200, 10)]);
    expect(lines.intensities).to.deep.equal([inkInput([lineOf(200, 320, 200, 10)]).lines.intensities[0]]);
    expect(s.changes.map((change) => change.updated.length)).to.deep.equal([1]);
    // Along the other one: nothing is left, so the annotation goes.
    await drag(s, [[195, 200], [260, 201], [325, 200]]);
    expect(exported(s.viewer)).to.deep.equal([]);
    expect(s.changes.map((change) => change.deleted)).to.deep.equal([[], [ink.id]]);
    s.viewer.undo();
    expect(inkLines(s, ink.id)!.points).to.deep.equal([lineOf(200, 320, 200, 10)]);
  });

  it('one gesture across several drawings: only ink is erased, in one undo step; a locked drawing and a rectangle stay', async () => {
    const s = await setup('eraser', { zoom: 1.5 });
    const a = s.viewer.createAnnotation(inkInput([[[50, 50], [150, 50]]]));
    const b = s.viewer.createAnnotation(inkInput([[[50, 100], [150, 100]]]));
    const locked = s.viewer.createAnnotation({ ...inkInput([[[60, 120], [140, 120]]]), flags: ['locked'] });
    const rect = s.viewer.createAnnotation({ type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [90, 30, 20, 100], strokeColor: '#000000', strokeWidth: 2 });
    await settled(s.viewer);
    const before = exported(s.viewer);
    s.changes.length = 0;
    // Straight down through everything, in one fast move: the two-point strokes are cut where it crossed them.
    await drag(s, [[100, 20], [100, 140]]);
    const cut = (id: string) => inkLines(s, id)!.points.map((stroke) => stroke.map((point) => Math.round(point[0])));
    // Cut at the eraser's radius plus half the line: what the swath covered is gone.
    const gap = Math.round(radiusInPoints(s) + 2);
    expect(cut(a.id)).to.deep.equal([[50, 100 - gap], [100 + gap, 150]]);
    expect(cut(b.id)).to.deep.equal([[50, 100 - gap], [100 + gap, 150]]);
    expect(inkLines(s, locked.id)!.points).to.deep.equal([[[60, 120], [140, 120]]]);
    expect(exported(s.viewer).find((record) => record['id'] === rect.id)).to.deep.equal(before.find((record) => record['id'] === rect.id));
    expect(s.changes.map((change) => [change.source, change.updated.map((annotation) => annotation.id).sort()])).to.deep.equal([['user', [a.id, b.id].sort()]]);
    s.viewer.undo();
    expect(exported(s.viewer)).to.deep.equal(before);
  });

  it('on a /Rotate 90 page the cut follows what is seen; a drag that misses everything changes nothing', async () => {
    const s = await setup('eraser', { page: { width: 400, height: 300, rotate: 90 } });
    const ink = s.viewer.createAnnotation(inkInput([[[50, 50], [150, 50]]]));
    await settled(s.viewer);
    s.changes.length = 0;
    await drag(s, [[300, 200], [320, 220]]);
    expect(s.changes).to.deep.equal([]);
    await drag(s, [[120, 30], [120, 70]]);
    // The eraser went down the page as seen, which is along x of the unrotated page, at x = 120.
    const reach = radiusInPoints(s, 300) + 2;
    const [left, right] = inkLines(s, ink.id)!.points as [Point[], Point[]];
    expect(left.map((point) => point[0])).to.deep.equal([50, left[1]![0]]);
    expect(left[1]![0]).to.be.closeTo(120 - reach, 0.6);
    expect(right[0]![0]).to.be.closeTo(120 + reach, 0.6);
    expect(right[1]).to.deep.equal([150, 50]);
    expect(s.changes).to.have.length(1);
  });
});

describe('eraser with a finger', () => {
  afterEach(cleanupViewers);

  it('one finger erases the part of a stroke it passes over', async () => {
    const s = await setup('eraser');
    const ink = s.viewer.createAnnotation(inkInput([lineOf(40, 360, 100, 20)]));
    await settled(s.viewer);
    s.changes.length = 0;
    await touchPath([[200, 60], [200, 80], [200, 100], [200, 120], [200, 140]].map((point) => client(s, point as Point)));
    await settled(s.viewer);
    const lines = inkLines(s, ink.id)!;
    expect(lines.points, 'two strokes').to.have.length(2);
    expect(s.changes).to.have.length(1);
  });
});
