/**
 * Shape tools (rectangle, ellipse, line, arrow, polygon, polyline) driven by
 * the real mouse and keyboard: the exact Instant JSON they produce, one
 * `annotations-changed` and one undo step per shape, zoom and /Rotate.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { capPath } from '../../src/annotations/line-caps.js';
import type { Point } from '../../src/model/index.js';
import { settled } from '../helpers/annotation-kit.js';
import { cleanupViewers, page, scroller } from '../helpers/viewer-fixture.js';
import { tap } from '../helpers/input-kit.js';
import { click, client, doubleClick, drag, expectClose, exported, move, overlay, setup } from './drawing-kit.js';

const STYLE = { strokeColor: '#2563eb', strokeWidth: 2, opacity: 1 };
/** Keys every new record has besides its own geometry. */
const BASE_KEYS = ['bbox', 'createdAt', 'id', 'opacity', 'pageIndex', 'strokeColor', 'strokeWidth', 'type', 'updatedAt', 'v'];

function keys(record: Record<string, unknown>, ...extra: string[]): void {
  expect(Object.keys(record).sort()).to.deep.equal([...BASE_KEYS, ...extra].sort());
}

describe('shape tools', () => {
  afterEach(async () => {
    await resetMouse();
    cleanupViewers();
  });

  it('rectangle: a drag at zoom 1.5 makes one selected rectangle, one user change, one undo step', async () => {
    const s = await setup('rectangle', { zoom: 1.5, attributes: { author: 'Ada' } });
    await drag(s, [[50, 40], [120, 80], [200, 150]]);
    const [record] = exported(s.viewer);
    expect(record).to.include({ type: 'pspdfkit/shape/rectangle', pageIndex: 0, creatorName: 'Ada', v: 2, ...STYLE });
    keys(record!, 'creatorName');
    expectClose(record!['bbox'], [50, 40, 150, 110]);
    expect(s.changes.map((change) => [change.source, change.created.length])).to.deep.equal([['user', 1]]);
    expect(s.viewer.selectedAnnotationIds).to.deep.equal([record!['id']]);
    expect(s.viewer.tool).to.equal('rectangle');
    expect(overlay(s.viewer)?.childElementCount ?? 0).to.equal(0);

    s.viewer.undo();
    expect(exported(s.viewer)).to.deep.equal([]);
    s.viewer.redo();
    expect(exported(s.viewer)).to.deep.equal([record]);

    // The tool stays: a second shape needs no new choice.
    await drag(s, [[250, 200], [300, 260]]);
    expect(exported(s.viewer)).to.have.length(2);
  });

  it('rectangle: Shift makes a square, a click places a 100 × 60 one centred at it, the drag shows a preview', async () => {
    const s = await setup('rectangle');
    await move(s, [40, 40]);
    await sendKeys({ down: 'Shift' });
    await sendMouse({ type: 'down' });
    await move(s, [140, 90]);
    const preview = overlay(s.viewer)?.querySelector('rect');
    expect(preview, 'preview').to.exist;
    expectClose([Number(preview!.getAttribute('width')), Number(preview!.getAttribute('height'))], [98, 98]);
    await sendMouse({ type: 'up' });
    await sendKeys({ up: 'Shift' });
    await settled(s.viewer);
    expectClose(exported(s.viewer)[0]!['bbox'], [40, 40, 100, 100]);

    await click(s, [250, 150]);
    await settled(s.viewer);
    expectClose(exported(s.viewer)[1]!['bbox'], [200, 120, 100, 60]);
    expect(s.changes).to.have.length(2);
  });

  it('a drag past the page edge ends at the edge', async () => {
    const s = await setup('rectangle');
    await drag(s, [[350, 250], [420, 290], [450, 320]]);
    expectClose(exported(s.viewer)[0]!['bbox'], [350, 250, 50, 50]);
  });

  it('ellipse on a /Rotate 90 page: geometry in unrotated page points; Shift makes a circle', async () => {
    const s = await setup('ellipse', { page: { width: 400, height: 300, rotate: 90 }, zoom: 1.5 });
    await drag(s, [[60, 50], [100, 100], [160, 120]]);
    await drag(s, [[200, 200], [260, 230]], { shift: true });
    const [ellipse, circle] = exported(s.viewer);
    expect(ellipse).to.include({ type: 'pspdfkit/shape/ellipse', ...STYLE });
    keys(ellipse!);
    expectClose(ellipse!['bbox'], [60, 50, 100, 70]);
    expectClose(circle!['bbox'], [200, 200, 60, 60]);
  });

  it('rectangle placed by a click on a rotated page looks landscape as shown', async () => {
    const s = await setup('rectangle', { page: { width: 400, height: 300, rotate: 90 } });
    await click(s, [150, 200]);
    await settled(s.viewer);
    expectClose(exported(s.viewer)[0]!['bbox'], [120, 150, 60, 100]);
  });

  it('line: start and end points from the drag, Shift snaps to 45°, bbox holds the stroke', async () => {
    const s = await setup('line', { zoom: 1.5 });
    await drag(s, [[50, 60], [100, 90], [150, 100]]);
    await drag(s, [[50, 200], [150, 290]], { shift: true });
    const [line, snapped] = exported(s.viewer);
    expect(line).to.include({ type: 'pspdfkit/shape/line', ...STYLE });
    keys(line!, 'startPoint', 'endPoint');
    expectClose(line!['startPoint'], [50, 60]);
    expectClose(line!['endPoint'], [150, 100]);
    expectClose(line!['bbox'], [49, 59, 102, 42]);
    // 100 × 90 snaps to the diagonal, keeping the length.
    const [sx, sy] = snapped!['startPoint'] as Point;
    const [ex, ey] = snapped!['endPoint'] as Point;
    expect(Math.abs(ex - sx - (ey - sy))).to.be.below(0.05);
    expect(Math.hypot(ex - sx, ey - sy)).to.be.closeTo(Math.hypot(100, 90), 1);
  });

  it('arrow: a line with an open arrow at its end, whose bbox holds the arrowhead', async () => {
    const s = await setup('arrow', { page: { width: 400, height: 300, rotate: 90 } });
    await drag(s, [[50, 250], [120, 200], [200, 150]]);
    const [arrow] = exported(s.viewer);
    expect(arrow).to.include({ type: 'pspdfkit/shape/line', ...STYLE });
    expect(arrow!['lineCaps']).to.deep.equal({ end: 'openArrow' });
    keys(arrow!, 'startPoint', 'endPoint', 'lineCaps');
    const start = arrow!['startPoint'] as Point;
    const end = arrow!['endPoint'] as Point;
    expectClose(start, [50, 250]);
    expectClose(end, [200, 150]);
    const [left, top, width, height] = arrow!['bbox'] as number[];
    const { caps } = capPath([start, end], { end: 'openArrow' }, 2);
    for (const [x, y] of [start, end, ...caps[0]!.outline]) {
      expect(x - 1 >= left - 1e-6 && x + 1 <= left + width + 1e-6 && y - 1 >= top - 1e-6 && y + 1 <= top + height + 1e-6, `${x},${y} in bbox`).to.equal(true);
    }
  });

  it('polygon: clicks add corners, the next edge follows the pointer, a double-click closes it', async () => {
    const s = await setup('polygon', { zoom: 1.5, attributes: { author: 'Ada' } });
    await click(s, [50, 50]);
    await click(s, [150, 50]);
    await move(s, [150, 150]);
    const preview = overlay(s.viewer)?.querySelector('polygon');
    expect(preview?.getAttribute('points')?.trim().split(/\s+/)).to.have.length(3);
    await click(s, [150, 150]);
    await doubleClick(s, [50, 150]);
    await settled(s.viewer);
    const [polygon] = exported(s.viewer);
    expect(polygon).to.include({ type: 'pspdfkit/shape/polygon', creatorName: 'Ada', ...STYLE });
    keys(polygon!, 'points', 'creatorName');
    const points = polygon!['points'] as Point[];
    expect(points).to.have.length(4);
    [[50, 50], [150, 50], [150, 150], [50, 150]].forEach((expected, i) => expectClose(points[i], expected));
    expectClose(polygon!['bbox'], [49, 49, 102, 102]);
    expect(s.changes.map((change) => change.source)).to.deep.equal(['user']);
    expect(s.viewer.selectedAnnotationIds).to.deep.equal([polygon!['id']]);
    s.viewer.undo();
    expect(exported(s.viewer)).to.deep.equal([]);
  });

  it('polygon: three clicks, the last one a real double-click, make a triangle of three corners', async () => {
    const s = await setup('polygon', { zoom: 1.5 });
    await click(s, [50, 50]);
    await click(s, [150, 50]);
    await doubleClick(s, [100, 150]);
    await settled(s.viewer);
    const records = exported(s.viewer);
    expect(records).to.have.length(1);
    const points = records[0]!['points'] as Point[];
    expect(points).to.have.length(3);
    [[50, 50], [150, 50], [100, 150]].forEach((expected, i) => expectClose(points[i], expected));
    expect(s.changes).to.have.length(1);
  });

  it('polygon and polyline: a click on the last corner, then a double-click there, adds that corner once', async () => {
    for (const tool of ['polygon', 'polyline']) {
      const s = await setup(tool);
      await click(s, [50, 50]);
      await click(s, [150, 60]);
      await click(s, [120, 150]);
      await doubleClick(s, [120, 150]);
      await settled(s.viewer);
      const points = exported(s.viewer)[0]!['points'] as Point[];
      expect(points, tool).to.have.length(3);
      [[50, 50], [150, 60], [120, 150]].forEach((expected, i) => expectClose(points[i], expected));
      cleanupViewers();
    }
  });

  it('polygon and polyline: a finger double-tap (taps a few pixels apart) finishes with the tapped corner once', async () => {
    for (const tool of ['polygon', 'polyline']) {
      const s = await setup(tool, { zoom: 1.5 });
      for (const point of [[50, 50], [150, 50]] as Point[]) {
        await tap(client(s, point));
        // Apart in time, so that these taps are not a double-tap.
        await new Promise((resolve) => setTimeout(resolve, 600));
      }
      await tap(client(s, [100, 150]));
      await tap(client(s, [104, 153]));
      await settled(s.viewer);
      const records = exported(s.viewer);
      expect(records, tool).to.have.length(1);
      const points = records[0]!['points'] as Point[];
      expect(points, `${tool}: ${JSON.stringify(points)}`).to.have.length(3);
      [[50, 50], [150, 50], [100, 150]].forEach((expected, i) => expectClose(points[i], expected));
      cleanupViewers();
    }
  });

  it('polygon: with Shift, each new corner lies at a multiple of 45° from the last', async () => {
    const s = await setup('polygon');
    await click(s, [50, 50]);
    await sendKeys({ down: 'Shift' });
    await click(s, [150, 58]);
    await click(s, [160, 150]);
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await settled(s.viewer);
    const points = exported(s.viewer)[0]!['points'] as Point[];
    expectClose(points[1], [150, 50]);
    expectClose(points[2], [150, 150]);
  });

  it('polyline: Backspace drops the last point, Enter finishes, Escape drops the shape in progress', async () => {
    const s = await setup('polyline', { page: { width: 400, height: 300, rotate: 90 } });
    await click(s, [50, 50]);
    await click(s, [100, 120]);
    await click(s, [300, 20]);
    await sendKeys({ press: 'Backspace' });
    await click(s, [200, 60]);
    await sendKeys({ press: 'Enter' });
    await settled(s.viewer);
    const [polyline] = exported(s.viewer);
    expect(polyline).to.include({ type: 'pspdfkit/shape/polyline', ...STYLE });
    keys(polyline!, 'points');
    const points = polyline!['points'] as Point[];
    [[50, 50], [100, 120], [200, 60]].forEach((expected, i) => expectClose(points[i], expected));
    expect(points).to.have.length(3);

    await click(s, [300, 200]);
    await click(s, [350, 250]);
    await sendKeys({ press: 'Escape' });
    expect(overlay(s.viewer)?.childElementCount ?? 0).to.equal(0);
    await sendKeys({ press: 'Enter' });
    await settled(s.viewer);
    // Escape dropped the shape; the Enter after it placed a default one instead.
    expect(exported(s.viewer)).to.have.length(2);
    expect(s.viewer.tool).to.equal('polyline');
    expect(s.changes).to.have.length(2);
  });

  it('Enter places a default-size shape at the centre of the visible page, as one undo step', async () => {
    const s = await setup('rectangle', { zoom: 1.5 });
    s.viewer.focus();
    await sendKeys({ press: 'Enter' });
    await settled(s.viewer);
    // At 150 % the page is larger than the viewport: the centre of what is visible of it.
    const view = scroller(s.viewer);
    const outer = view.getBoundingClientRect();
    const box = page(s.viewer, 0).getBoundingClientRect();
    const perPoint = box.width / 400;
    const cx = (Math.max(box.left, outer.left) + Math.min(box.right, outer.left + view.clientWidth)) / 2;
    const cy = (Math.max(box.top, outer.top) + Math.min(box.bottom, outer.top + view.clientHeight)) / 2;
    const center: Point = [(cx - box.left) / perPoint, (cy - box.top) / perPoint];
    // Not the page's own centre (150): the view shows only the page's top part.
    expect(center[1]).to.be.below(149);
    expectClose(exported(s.viewer)[0]!['bbox'], [center[0] - 50, center[1] - 30, 100, 60]);
    s.viewer.tool = 'line';
    await s.viewer.updateComplete;
    await sendKeys({ press: 'Enter' });
    await settled(s.viewer);
    const line = exported(s.viewer)[1]!;
    expectClose(line['startPoint'], [center[0] - 50, center[1]]);
    expectClose(line['endPoint'], [center[0] + 50, center[1]]);
    expect(s.changes.map((change) => change.source)).to.deep.equal(['user', 'user']);
    s.viewer.undo();
    expect(exported(s.viewer)).to.have.length(1);
  });

  it('Delete removes the shape just drawn while the tool stays active', async () => {
    const s = await setup('ellipse');
    await drag(s, [[50, 50], [150, 120]]);
    await sendKeys({ press: 'Delete' });
    await settled(s.viewer);
    expect(exported(s.viewer)).to.deep.equal([]);
    expect(s.viewer.tool).to.equal('ellipse');
  });

  it('Enter at zoom 1 puts the shape at the page centre, on a rotated page too', async () => {
    const s = await setup('ellipse', { page: { width: 400, height: 300, rotate: 90 } });
    // Tall enough that the whole page shows below the toolbar and the ellipse tool's property bar.
    s.viewer.style.height = '760px';
    await settled(s.viewer);
    s.viewer.focus();
    await sendKeys({ press: 'Enter' });
    await settled(s.viewer);
    expectClose(exported(s.viewer)[0]!['bbox'], [170, 100, 60, 100]);
  });

  it('readonly: the shape tools do nothing', async () => {
    for (const tool of ['rectangle', 'line', 'polygon']) {
      const s = await setup(tool, { attributes: { readonly: '' } });
      await drag(s, [[50, 50], [150, 120]]);
      await click(s, [200, 200]);
      await doubleClick(s, [250, 250]);
      s.viewer.focus();
      await sendKeys({ press: 'Enter' });
      await settled(s.viewer);
      expect(exported(s.viewer), tool).to.deep.equal([]);
      expect(s.changes, tool).to.deep.equal([]);
      cleanupViewers();
    }
  });
});
