import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation, Point } from '../../src/model/index.js';
import type { Tool } from '../../src/tools/tool.js';
import { blankViewer, draw, frameOf, settled, toClient, type BlankPage } from '../helpers/annotation-kit.js';
import { cleanupViewers, nextEvent } from '../helpers/viewer-fixture.js';

type Changed = { created: Annotation[]; updated: Annotation[]; deleted: string[]; source: string };

function recorder(viewer: HTMLElement, name: string) {
  const events: unknown[] = [];
  viewer.addEventListener(name, (event) => events.push((event as CustomEvent).detail));
  return events;
}

async function at(viewer: InstantPdfViewer, spec: BlankPage, point: Point): Promise<[number, number]> {
  const { x, y } = toClient(viewer, 0, point, frameOf(spec));
  return [Math.round(x), Math.round(y)];
}

async function click(viewer: InstantPdfViewer, spec: BlankPage, point: Point): Promise<void> {
  await sendMouse({ type: 'click', position: await at(viewer, spec, point) });
}

async function dragPath(viewer: InstantPdfViewer, spec: BlankPage, from: Point, to: Point): Promise<void> {
  await sendMouse({ type: 'move', position: await at(viewer, spec, from) });
  await sendMouse({ type: 'down' });
  const steps = 5;
  for (let i = 1; i <= steps; i++) {
    const point: Point = [from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps];
    await sendMouse({ type: 'move', position: await at(viewer, spec, point) });
  }
  await sendMouse({ type: 'up' });
}

/** Presses `key` while `modifiers` are held (the runner's `press` takes one key). */
async function chord(modifiers: string[], key: string): Promise<void> {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
}

const RECT = {
  type: 'pspdfkit/shape/rectangle',
  pageIndex: 0,
  bbox: [100, 100, 80, 60],
  strokeColor: '#ff0000',
  strokeWidth: 2,
  fillColor: '#00ff00',
} as const;

function exported(viewer: InstantPdfViewer, id: string): Annotation {
  const found = viewer.exportInstantJson().annotations?.find((a) => a.id === id);
  if (!found) throw new Error(`annotation ${id} is not exported`);
  return found as Annotation;
}

function expectBox(actual: readonly number[], expected: readonly number[], tolerance = 1.5): void {
  expected.forEach((value, i) => expect(Math.abs(actual[i]! - value), `bbox[${i}] ${actual.join(',')}`).to.be.at.most(tolerance));
}

describe('select tool', () => {
  afterEach(async () => {
    await resetMouse();
    cleanupViewers();
  });

  for (const [label, spec, zoom] of [
    ['zoom 1', { width: 400, height: 300 }, '1'],
    ['zoom 1.5 on a /Rotate 90 page', { width: 400, height: 300, rotate: 90 }, '1.5'],
  ] as const) {
    it(`selects on click and moves by drag as one user edit (${label})`, async () => {
      const viewer = await blankViewer([spec], { zoom });
      const rect = await draw(viewer, RECT as never);
      const selections = recorder(viewer, 'selection-changed');
      await click(viewer, spec, [140, 130]);
      expect(viewer.selectedAnnotationIds).to.deep.equal([rect.id]);
      expect(selections).to.deep.equal([{ annotationIds: [rect.id] }]);
      expect(viewer.shadowRoot!.querySelector(`.selection-frame[data-selected-id="${rect.id}"]`)).to.not.equal(null);

      const changes = recorder(viewer, 'annotations-changed') as Changed[];
      await dragPath(viewer, spec, [140, 130], [170, 150]);
      expect(changes).to.have.length(1);
      expect(changes[0]!.source).to.equal('user');
      expectBox(exported(viewer, rect.id).bbox, [130, 120, 80, 60]);

      viewer.undo();
      expectBox(exported(viewer, rect.id).bbox, [100, 100, 80, 60], 0.001);
    });
  }

  for (const [label, spec, zoom] of [
    ['zoom 1', { width: 400, height: 300 }, '1'],
    ['zoom 1.5 on a /Rotate 90 page', { width: 400, height: 300, rotate: 90 }, '1.5'],
  ] as const) {
    it(`while dragged, a shape, a note, a noZoom shape and a free text follow the pointer exactly (${label})`, async () => {
      const viewer = await blankViewer([spec], { zoom });
      const shape = await draw(viewer, RECT as never);
      const text = await draw(viewer, {
        type: 'pspdfkit/text', pageIndex: 0, bbox: [150, 40, 100, 30], text: { format: 'plain', value: 'Moved' },
        fontSize: 12, fontColor: '#000000', horizontalAlign: 'left', verticalAlign: 'top',
      } as never);
      const note = await draw(viewer, { type: 'pspdfkit/note', pageIndex: 0, bbox: [200, 200, 24, 24], text: { format: 'plain', value: 'n' }, icon: 'comment', color: '#ffc107' } as never);
      const fixed = await draw(viewer, { ...RECT, bbox: [60, 200, 40, 40], flags: ['noZoom'] } as never);
      const page = viewer.shadowRoot!.querySelector('[part~="page"]')!;
      // Relative to the page, so that a scroll of the viewer does not count as a move.
      const onPage = (element: Element): [number, number] => {
        const box = element.getBoundingClientRect();
        const origin = page.getBoundingClientRect();
        return [box.left - origin.left, box.top - origin.top];
      };
      for (const [annotation, from] of [
        [shape, [140, 130]],
        [note, [203, 203]],
        [fixed, [64, 204]],
        [text, [200, 55]],
      ] as [Annotation, Point][]) {
        const element = viewer.shadowRoot!.querySelector(`[data-annotation-id="${annotation.id}"]`)!;
        const before = onPage(element);
        await sendMouse({ type: 'move', position: await at(viewer, spec, from) });
        await sendMouse({ type: 'down' });
        for (let i = 1; i <= 5; i++) {
          await sendMouse({ type: 'move', position: await at(viewer, spec, [from[0] + (30 * i) / 5, from[1] + (20 * i) / 5]) });
        }
        await new Promise(requestAnimationFrame);
        const during = onPage(element);
        const [fromX, fromY] = await at(viewer, spec, from);
        const [toX, toY] = await at(viewer, spec, [from[0] + 30, from[1] + 20]);
        expect(Math.abs(during[0] - before[0] - (toX - fromX)), `${annotation.type}: x shift`).to.be.at.most(1.5);
        expect(Math.abs(during[1] - before[1] - (toY - fromY)), `${annotation.type}: y shift`).to.be.at.most(1.5);
        await sendMouse({ type: 'up' });
        await settled(viewer);
        expectBox(exported(viewer, annotation.id).bbox.slice(0, 2), [annotation.bbox[0] + 30, annotation.bbox[1] + 20]);
        // Nothing selected, no inspector open over the next one.
        await sendKeys({ press: 'Escape' });
        await settled(viewer);
      }
    });
  }

  it('resizes with a corner handle, keeping the ratio with Shift', async () => {
    const spec = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    const rect = await draw(viewer, RECT as never);
    viewer.selectedAnnotationIds = [rect.id];
    await settled(viewer);
    await dragPath(viewer, spec, [180, 160], [220, 180]);
    expectBox(exported(viewer, rect.id).bbox, [100, 100, 120, 80]);

    await sendKeys({ down: 'Shift' });
    await dragPath(viewer, spec, [220, 180], [260, 180]);
    await sendKeys({ up: 'Shift' });
    const [, , width, height] = exported(viewer, rect.id).bbox;
    expect(width / height).to.be.closeTo(120 / 80, 0.02);
    expect(width).to.be.closeTo(160, 1.5);
  });

  it('a handle answers to a 24 × 24 px target around it, though drawn smaller', async () => {
    const spec = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    const rect = await draw(viewer, RECT as never);
    viewer.selectedAnnotationIds = [rect.id];
    await settled(viewer);
    const handle = viewer.shadowRoot!.querySelectorAll('.selection-handle')[4]!.getBoundingClientRect();
    expect(handle.width, 'drawn handle').to.be.within(6, 14);
    // 10 px right of and below the bottom-right corner (zoom 1: 0.75 pt per px).
    await dragPath(viewer, spec, [180 + 7.5, 160 + 7.5], [220 + 7.5, 180 + 7.5]);
    expectBox(exported(viewer, rect.id).bbox, [100, 100, 120, 80]);
  });

  it('with a drawing tool, a just-drawn rectangle shows handles and resizes from one; the tool stays active', async () => {
    const spec = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    viewer.tool = 'rectangle';
    await viewer.updateComplete;
    await dragPath(viewer, spec, [100, 100], [180, 160]);
    await settled(viewer);
    const [drawn] = viewer.exportInstantJson().annotations as Annotation[];
    expectBox(drawn!.bbox, [100, 100, 80, 60]);
    expect(viewer.selectedAnnotationIds).to.deep.equal([drawn!.id]);
    expect(viewer.shadowRoot!.querySelectorAll('.selection-handle'), 'handles on the new rectangle').to.have.length(8);
    expect(viewer.shadowRoot!.querySelector(`.selection-frame[data-selected-id="${drawn!.id}"]`)).to.not.equal(null);

    const changes = recorder(viewer, 'annotations-changed') as Changed[];
    await dragPath(viewer, spec, [180, 160], [230, 200]);
    await settled(viewer);
    expect(changes.map((change) => [change.created.length, change.updated.length])).to.deep.equal([[0, 1]]);
    expectBox(exported(viewer, drawn!.id).bbox, [100, 100, 130, 100]);
    expect(viewer.exportInstantJson().annotations, 'no second rectangle').to.have.length(1);
    expect(viewer.tool).to.equal('rectangle');

    // Its drawing moves it; a press elsewhere draws the next rectangle.
    await dragPath(viewer, spec, [100, 125], [120, 135]);
    expectBox(exported(viewer, drawn!.id).bbox, [120, 110, 130, 100]);
    await dragPath(viewer, spec, [300, 40], [350, 80]);
    expect(viewer.exportInstantJson().annotations).to.have.length(2);
  });

  it('moves one end of a line on its own', async () => {
    const spec = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    const line = await draw(viewer, {
      type: 'pspdfkit/shape/line',
      pageIndex: 0,
      bbox: [49, 49, 102, 52],
      startPoint: [50, 50],
      endPoint: [150, 100],
      strokeColor: '#0000ff',
      strokeWidth: 2,
    } as never);
    viewer.selectedAnnotationIds = [line.id];
    await settled(viewer);
    await dragPath(viewer, spec, [150, 100], [200, 200]);
    const moved = exported(viewer, line.id) as Annotation & { startPoint: Point; endPoint: Point };
    expect(moved.startPoint).to.deep.equal([50, 50]);
    expect(moved.endPoint[0]).to.be.closeTo(200, 1.5);
    expect(moved.endPoint[1]).to.be.closeTo(200, 1.5);
    const [left, top, width, height] = moved.bbox;
    expect(left <= 50 && top <= 50 && left + width >= 200 && top + height >= 200, `bbox ${moved.bbox.join(',')}`).to.equal(true);
  });

  it('adds with Shift-click, selects with a marquee, and clears on a click on empty page', async () => {
    const spec = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    // b lies above a: the inspector opens below a selection near the page's top.
    const a = await draw(viewer, { ...RECT, bbox: [250, 150, 80, 60] } as never);
    const b = await draw(viewer, { ...RECT, bbox: [40, 20, 60, 40] } as never);
    await click(viewer, spec, [290, 180]);
    await sendKeys({ down: 'Shift' });
    await click(viewer, spec, [70, 40]);
    await sendKeys({ up: 'Shift' });
    expect(viewer.selectedAnnotationIds).to.deep.equal([a.id, b.id]);

    await click(viewer, spec, [30, 250]);
    expect(viewer.selectedAnnotationIds).to.deep.equal([]);

    await dragPath(viewer, spec, [30, 10], [260, 200]);
    expect(viewer.selectedAnnotationIds).to.have.members([a.id, b.id]);
  });

  it('hits an unfilled shape only near its stroke', async () => {
    const spec = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    const { fillColor: _fill, ...unfilled } = RECT;
    const rect = await draw(viewer, unfilled as never);
    await click(viewer, spec, [140, 130]);
    expect(viewer.selectedAnnotationIds).to.deep.equal([]);
    await click(viewer, spec, [100.5, 130]);
    expect(viewer.selectedAnnotationIds).to.deep.equal([rect.id]);
  });

  it('deletes, nudges, duplicates and pastes with keys, each one undo step', async () => {
    const spec = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    const rect = await draw(viewer, RECT as never);
    await click(viewer, spec, [140, 130]);
    const changes = recorder(viewer, 'annotations-changed') as Changed[];

    await sendKeys({ press: 'ArrowRight' });
    await chord(['Shift'], 'ArrowDown');
    expectBox(exported(viewer, rect.id).bbox, [101, 110, 80, 60], 0.001);
    expect(changes.map((c) => c.source)).to.deep.equal(['user', 'user']);

    await chord(['Control'], 'd');
    expect(changes).to.have.length(3);
    const copy = changes[2]!.created[0]!;
    expectBox(copy.bbox, [111, 120, 80, 60], 0.001);
    expect(copy.id).to.not.equal(rect.id);
    expect(viewer.selectedAnnotationIds).to.deep.equal([copy.id]);

    await chord(['Control'], 'c');
    await chord(['Control'], 'v');
    expect(changes).to.have.length(4);
    expectBox(changes[3]!.created[0]!.bbox, [121, 130, 80, 60], 0.001);

    await sendKeys({ press: 'Delete' });
    expect(changes[4]!.deleted).to.deep.equal([changes[3]!.created[0]!.id]);
    expect(viewer.selectedAnnotationIds).to.deep.equal([]);

    await chord(['Control'], 'z');
    expect(viewer.exportInstantJson().annotations).to.have.length(3);
    await chord(['Control', 'Shift'], 'z');
    expect(viewer.exportInstantJson().annotations).to.have.length(2);
    await chord(['Control'], 'z');
    await chord(['Control'], 'y');
    expect(viewer.exportInstantJson().annotations).to.have.length(2);
  });

  it('Tab and Shift+Tab on the viewer select the page\'s annotations in turn; past the last, Tab moves focus on', async () => {
    const spec = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    const a = await draw(viewer, RECT as never);
    const b = await draw(viewer, { ...RECT, bbox: [250, 150, 60, 40] } as never);
    viewer.focus();
    await sendKeys({ press: 'Tab' });
    expect(viewer.selectedAnnotationIds).to.deep.equal([a.id]);
    await sendKeys({ press: 'Tab' });
    expect(viewer.selectedAnnotationIds).to.deep.equal([b.id]);
    await chord(['Shift'], 'Tab');
    expect(viewer.selectedAnnotationIds).to.deep.equal([a.id]);
    await sendKeys({ press: 'ArrowDown' });
    expectBox(exported(viewer, a.id).bbox, [100, 101, 80, 60], 0.001);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(viewer.selectedAnnotationIds).to.deep.equal([]);
    // The browser's Tab took over: focus moved on from the viewer itself (into its toolbar).
    expect(viewer.shadowRoot!.activeElement, 'focus moved on').to.not.equal(null);
  });

  it('in the pages region, arrows go from annotation to annotation', async () => {
    const spec = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    const a = await draw(viewer, RECT as never);
    const b = await draw(viewer, { ...RECT, bbox: [250, 150, 60, 40] } as never);
    viewer.shadowRoot!.querySelector<HTMLElement>('[part~="viewport"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(viewer.selectedAnnotationIds).to.deep.equal([a.id]);
    await sendKeys({ press: 'ArrowDown' });
    expect(viewer.selectedAnnotationIds).to.deep.equal([b.id]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(viewer.selectedAnnotationIds).to.deep.equal([a.id]);
    expect(exported(viewer, a.id).bbox, 'arrows there select, they do not nudge').to.deep.equal([100, 100, 80, 60]);
  });

  it('arrow keys move what is seen on a /Rotate 90 page', async () => {
    const spec = { width: 400, height: 300, rotate: 90 as const };
    const viewer = await blankViewer([spec], { zoom: '1' });
    const rect = await draw(viewer, RECT as never);
    await click(viewer, spec, [140, 130]);
    const before = (await at(viewer, spec, [100, 100]))[0];
    await sendKeys({ press: 'ArrowRight' });
    // Shown right on a page turned 90° clockwise is up the unrotated page.
    expectBox(exported(viewer, rect.id).bbox, [100, 99, 80, 60], 0.001);
    await settled(viewer);
    expect((await at(viewer, spec, [100, 99]))[0]).to.be.greaterThan(before);
  });

  it('readonly: selects but never moves, deletes or undoes', async () => {
    const spec = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    const rect = await draw(viewer, RECT as never);
    viewer.readonly = true;
    await viewer.updateComplete;
    const changes = recorder(viewer, 'annotations-changed');
    await click(viewer, spec, [140, 130]);
    expect(viewer.selectedAnnotationIds).to.deep.equal([rect.id]);
    await dragPath(viewer, spec, [140, 130], [200, 200]);
    await sendKeys({ press: 'Delete' });
    await sendKeys({ press: 'ArrowRight' });
    await chord(['Control'], 'z');
    expect(changes).to.deep.equal([]);
    expect(exported(viewer, rect.id).bbox).to.deep.equal([100, 100, 80, 60]);
    expect(viewer.shadowRoot!.querySelector('.selection-handle')).to.equal(null);
  });

  it('Escape clears the selection; the tool attribute fires tool-changed; unknown tools fall back to select', async () => {
    const spec = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1' });
    const rect = await draw(viewer, RECT as never);
    await click(viewer, spec, [140, 130]);
    expect(viewer.selectedAnnotationIds).to.deep.equal([rect.id]);
    await sendKeys({ press: 'Escape' });
    expect(viewer.selectedAnnotationIds).to.deep.equal([]);

    const changed = nextEvent<{ tool: string }>(viewer, 'tool-changed');
    viewer.setAttribute('tool', 'pan');
    expect((await changed).detail).to.deep.equal({ tool: 'pan' });
    await sendKeys({ press: 'Escape' });
    await viewer.updateComplete;
    expect(viewer.tool).to.equal('select');

    viewer.tool = 'no-such-tool';
    await viewer.updateComplete;
    expect(viewer.tool).to.equal('select');
  });

  it('runs a tool added with registerTool, with edits as user changes', async () => {
    const spec = { width: 400, height: 300 };
    const viewer = await blankViewer([spec], { zoom: '1', author: 'Kim' });
    const stamper: Tool = {
      id: 'dot',
      label: 'Dot',
      edits: true,
      pointerDown(pointer, context) {
        const [x, y] = pointer.point;
        context.create({ type: 'pspdfkit/shape/ellipse', pageIndex: pointer.pageIndex, bbox: [x - 5, y - 5, 10, 10], strokeColor: '#000000', strokeWidth: 1 } as never);
      },
    };
    viewer.registerTool(stamper);
    viewer.tool = 'dot';
    await viewer.updateComplete;
    const changed = nextEvent<Changed>(viewer, 'annotations-changed');
    await click(viewer, spec, [200, 150]);
    const { detail } = await changed;
    expect(detail.source).to.equal('user');
    expectBox(detail.created[0]!.bbox, [195, 145, 10, 10]);
    expect((detail.created[0] as Annotation & { creatorName?: string }).creatorName).to.equal('Kim');
    expect(() => viewer.registerTool({ id: 'bad id', label: 'x', edits: false })).to.throw(TypeError);
  });
});
