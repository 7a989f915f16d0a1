/**
 * Freehand tools (ink, highlighter) with the real mouse: the exact Instant
 * JSON, stroke series, coalesced points, the cheap live preview, undo, zoom,
 * /Rotate and readonly (the eraser too; its own tests are eraser.test.ts).
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { InkAnnotation, Point } from '../../src/model/index.js';
import { settled } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import { burst, drag, expectClose, exported, move, overlay, setup } from './drawing-kit.js';

const INK_KEYS = ['bbox', 'createdAt', 'id', 'isDrawnNaturally', 'lineWidth', 'lines', 'opacity', 'pageIndex', 'strokeColor', 'type', 'updatedAt', 'v'];

function expectPoints(actual: unknown, expected: readonly Point[]): void {
  const points = actual as Point[];
  expect(points.length).to.equal(expected.length);
  expected.forEach((point, i) => expectClose(points[i], point));
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('ink tools', () => {
  afterEach(async () => {
    await resetMouse();
    cleanupViewers();
  });

  it('ink: a stroke at zoom 1.5 is one annotation with every point, pressure 0.5 from a mouse, and the author', async () => {
    const s = await setup('ink', { zoom: 1.5, attributes: { author: 'Ada' } });
    const stroke: Point[] = [[50, 50], [80, 60], [120, 90], [160, 100]];
    await drag(s, stroke);
    const [ink] = exported(s.viewer);
    expect(ink).to.include({ type: 'pspdfkit/ink', pageIndex: 0, strokeColor: '#2563eb', lineWidth: 4, isDrawnNaturally: false, opacity: 1, creatorName: 'Ada', v: 2 });
    expect(Object.keys(ink!).sort()).to.deep.equal([...INK_KEYS, 'creatorName'].sort());
    const lines = ink!['lines'] as InkAnnotation['lines'];
    expect(lines.points).to.have.length(1);
    expectPoints(lines.points[0], stroke);
    expect(lines.intensities).to.deep.equal([[0.5, 0.5, 0.5, 0.5]]);
    // Rounded to 0.01 pt.
    for (const value of lines.points[0]!.flat()) expect(value).to.equal(Math.round(value * 100) / 100);
    expectClose(ink!['bbox'], [48, 48, 114, 54]);
    expect(s.changes.map((change) => [change.source, change.created.length])).to.deep.equal([['user', 1]]);
    expect(s.viewer.tool).to.equal('ink');
    // What a person just drew is selected, whatever tool drew it.
    expect(s.viewer.selectedAnnotationIds).to.deep.equal([ink!['id']]);
  });

  it('ink on a /Rotate 90 page: points in unrotated page points', async () => {
    const s = await setup('ink', { page: { width: 400, height: 300, rotate: 90 }, zoom: 1.5 });
    const stroke: Point[] = [[100, 200], [150, 180], [200, 120]];
    await drag(s, stroke);
    expectPoints((exported(s.viewer)[0]!['lines'] as InkAnnotation['lines']).points[0], stroke);
  });

  it('ink: strokes within a second join one annotation, one segment and one undo step each; a pause starts a new one', async () => {
    const s = await setup('ink');
    await drag(s, [[50, 50], [100, 50]]);
    await drag(s, [[50, 80], [100, 80], [120, 120]]);
    const all = exported(s.viewer);
    expect(all).to.have.length(1);
    const lines = all[0]!['lines'] as InkAnnotation['lines'];
    expect(lines.points).to.have.length(2);
    expectPoints(lines.points[1], [[50, 80], [100, 80], [120, 120]]);
    expect(lines.intensities).to.deep.equal([[0.5, 0.5], [0.5, 0.5, 0.5]]);
    expectClose(all[0]!['bbox'], [48, 48, 74, 74]);
    expect(s.changes.map((change) => [change.source, change.created.length, change.updated.length])).to.deep.equal([
      ['user', 1, 0],
      ['user', 0, 1],
    ]);

    s.viewer.undo();
    expect((exported(s.viewer)[0]!['lines'] as InkAnnotation['lines']).points).to.have.length(1);
    s.viewer.redo();
    expect((exported(s.viewer)[0]!['lines'] as InkAnnotation['lines']).points).to.have.length(2);

    await wait(1100);
    await drag(s, [[200, 200], [250, 220]]);
    expect(exported(s.viewer)).to.have.length(2);
  });

  it('ink: moves that arrive coalesced all become points of a smooth line', async () => {
    const s = await setup('ink');
    const path: Point[] = [];
    for (let i = 1; i <= 30; i++) path.push([50 + i * 8, 150 + Math.sin(i / 4) * 60]);
    const events: number[] = [];
    s.viewer.shadowRoot!.addEventListener('pointermove', (event) => events.push((event as PointerEvent).getCoalescedEvents().length), { capture: true });
    await move(s, [50, 150]);
    await sendMouse({ type: 'down' });
    await burst(s, path);
    await sendMouse({ type: 'up' });
    await settled(s.viewer);
    // The moves did arrive coalesced: fewer events than points.
    expect(events.length).to.be.below(path.length);
    expect(Math.max(...events)).to.be.above(1);
    const points = (exported(s.viewer)[0]!['lines'] as InkAnnotation['lines']).points[0]!;
    expectPoints(points, [[50, 150], ...path]);
  });

  it('ink: the live stroke is one overlay path that grows, removed once the annotation exists', async () => {
    const s = await setup('ink');
    await move(s, [50, 50]);
    await sendMouse({ type: 'down' });
    await move(s, [80, 70]);
    const path = overlay(s.viewer)?.querySelector('path');
    expect(path, 'preview path').to.exist;
    const before = path!.getAttribute('d')!;
    await move(s, [120, 80]);
    const after = overlay(s.viewer)?.querySelector('path');
    expect(after).to.equal(path);
    expect(after!.getAttribute('d')!.startsWith(before)).to.equal(true);
    expect(after!.getAttribute('d')!.length).to.be.above(before.length);
    await sendMouse({ type: 'up' });
    await settled(s.viewer);
    expect(overlay(s.viewer)?.querySelector('path')).to.equal(null);
    const id = exported(s.viewer)[0]!['id'] as string;
    expect(s.viewer.shadowRoot!.querySelector(`[data-annotation-id="${id}"]`)).to.exist;
  });

  it('highlighter: wide yellow ink that multiplies', async () => {
    const s = await setup('highlighter', { zoom: 1.5 });
    await drag(s, [[40, 100], [140, 102], [240, 100]]);
    const [ink] = exported(s.viewer);
    expect(ink).to.include({ type: 'pspdfkit/ink', strokeColor: '#ffeb3b', lineWidth: 12, blendMode: 'multiply', opacity: 1, isDrawnNaturally: false });
    expect(Object.keys(ink!).sort()).to.deep.equal([...INK_KEYS, 'blendMode'].sort());
    expectClose(ink!['bbox'], [34, 94, 212, 14]);
  });

  it('readonly: ink, highlighter and eraser do nothing', async () => {
    for (const tool of ['ink', 'highlighter', 'eraser']) {
      const s = await setup(tool, { attributes: { readonly: '' } });
      const ink = s.viewer.createAnnotation({ type: 'pspdfkit/ink', pageIndex: 0, bbox: [48, 48, 104, 4], lines: { points: [[[50, 50], [150, 50]]], intensities: [[0.5, 0.5]] }, lineWidth: 4, isDrawnNaturally: false, strokeColor: '#000000' });
      await settled(s.viewer);
      s.changes.length = 0;
      await drag(s, [[100, 20], [100, 80], [200, 200]]);
      expect(s.changes, tool).to.deep.equal([]);
      expect(exported(s.viewer).map((record) => record['id']), tool).to.deep.equal([ink.id]);
      cleanupViewers();
    }
  });
});
