/**
 * Tool presets: what a person picks in the property bar while a drawing
 * tool is active is what the tool's next annotation gets, and what the host
 * sets through `toolPresets` too; neither ever moves what is drawn.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import { blankViewer, settled, toClient } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import { drag } from '../tools/tool-kit.js';

const FRAME = { width: 400, height: 300, rotate: 0 } as const;
type Record_ = Record<string, unknown>;

function bar(viewer: InstantPdfViewer): HTMLElement & { updateComplete: Promise<boolean> } {
  return viewer.shadowRoot!.querySelector('ipv-inspector')!;
}
async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}
async function useTool(viewer: InstantPdfViewer, tool: string): Promise<void> {
  viewer.tool = tool;
  await viewer.updateComplete;
  await bar(viewer).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
/** A real mouse drag between two page points. */
async function dragOnPage(viewer: InstantPdfViewer, from: [number, number], to: [number, number]): Promise<void> {
  await drag(toClient(viewer, 0, from, FRAME), toClient(viewer, 0, to, FRAME));
  await settled(viewer);
}
const exported = (viewer: InstantPdfViewer): Record_[] => (viewer.exportInstantJson().annotations ?? []) as unknown as Record_[];
function presetEvents(viewer: InstantPdfViewer): Record_[] {
  const events: Record_[] = [];
  viewer.addEventListener('tool-presets-changed', (event) => {
    const { detail, bubbles, composed } = event as CustomEvent<{ toolPresets: Record_ }>;
    expect(bubbles && composed, 'bubbles, composed').to.equal(true);
    events.push(detail.toolPresets);
  });
  return events;
}

describe('tool presets', () => {
  afterEach(cleanupViewers);

  it('with the rectangle tool and nothing selected the bar shows its next rectangle; red chosen there is what a drag draws', async () => {
    const viewer = await blankViewer(undefined, { zoom: '1' }, { width: 1000, height: 560 });
    const events = presetEvents(viewer);
    await useTool(viewer, 'rectangle');
    const panel = bar(viewer);
    expect(panel.hidden, 'shown before drawing').to.equal(false);
    expect(panel.dataset['mode']).to.equal('tool');
    expect(panel.querySelector('[data-field="strokeColor"]')).to.exist;
    expect(panel.querySelector('[data-field="fillColor"]')).to.exist;
    expect(panel.querySelector<HTMLInputElement>('input[name="strokeWidth"]')!.value).to.equal('2');
    expect(panel.querySelector('.inspector-delete'), 'nothing to delete').to.equal(null);

    await click(panel.querySelector('[data-field="strokeColor"] [data-color="#d32f2f"]')!);
    expect(events).to.deep.equal([{ rectangle: { strokeColor: '#d32f2f' } }]);
    expect(viewer.toolPresets).to.deep.equal({ rectangle: { strokeColor: '#d32f2f' } });
    expect(exported(viewer), 'no annotation yet').to.deep.equal([]);
    await panel.updateComplete;
    expect(panel.querySelector('[data-field="strokeColor"] [data-color="#d32f2f"]')!.getAttribute('aria-pressed')).to.equal('true');

    await dragOnPage(viewer, [100, 100], [200, 160]);
    const [rectangle] = exported(viewer);
    expect(rectangle!['type']).to.equal('pspdfkit/shape/rectangle');
    expect(rectangle!['strokeColor']).to.equal('#d32f2f');
    expect(rectangle!['strokeWidth']).to.equal(2);
    const [x, y, w, h] = rectangle!['bbox'] as number[];
    expect(x).to.be.closeTo(100, 1.5);
    expect(y).to.be.closeTo(100, 1.5);
    expect(w).to.be.closeTo(100, 1.5);
    expect(h).to.be.closeTo(60, 1.5);
    expect(events, 'drawing fires no preset event').to.have.length(1);
  });

  it('toolPresets set by the host: ink draws with them, and no event fires', async () => {
    const viewer = await blankViewer(undefined, { zoom: '1' }, { width: 1000, height: 560 });
    const events = presetEvents(viewer);
    viewer.toolPresets = { ink: { strokeColor: '#00ff00', lineWidth: 8 } };
    await useTool(viewer, 'ink');
    expect(bar(viewer).querySelector<HTMLInputElement>('input[name="lineWidth"]')!.value, 'the bar shows the preset').to.equal('8');
    await dragOnPage(viewer, [60, 60], [160, 120]);
    const [ink] = exported(viewer);
    expect(ink!['type']).to.equal('pspdfkit/ink');
    expect(ink!['strokeColor']).to.equal('#00ff00');
    expect(ink!['lineWidth']).to.equal(8);
    const points = (ink!['lines'] as { points: number[][][] }).points[0]!;
    expect(points[0]![0]).to.be.closeTo(60, 1.5);
    expect(points[0]![1]).to.be.closeTo(60, 1.5);
    const [bx, by, bw, bh] = ink!['bbox'] as number[];
    // The box holds the 8 pt stroke: half of it beyond the points on each side.
    expect(bx).to.be.at.most(60 - 3.5);
    expect(by).to.be.at.most(60 - 3.5);
    expect(bx + bw).to.be.at.least(160 + 3.5);
    expect(by + bh).to.be.at.least(120 + 3.5);
    expect(events).to.deep.equal([]);
  });

  it('presets never move geometry, keep unknown keys, read as copies, and refuse a wrong shape', async () => {
    const viewer = await blankViewer(undefined, { zoom: '1' }, { width: 1000, height: 560 });
    viewer.toolPresets = {
      rectangle: { bbox: [0, 0, 10, 10], pageIndex: 3, type: 'pspdfkit/shape/ellipse', id: 'x', strokeColor: '#00ff00', customData: { team: 'a' } } as never,
    };
    const read = viewer.toolPresets;
    (read['rectangle'] as Record_)['strokeColor'] = '#000000';
    expect((viewer.toolPresets['rectangle'] as Record_)['strokeColor'], 'a copy').to.equal('#00ff00');
    expect((viewer.toolPresets['rectangle'] as Record_)['customData'], 'unknown keys kept').to.deep.equal({ team: 'a' });

    await useTool(viewer, 'rectangle');
    await dragOnPage(viewer, [100, 100], [200, 160]);
    const [rectangle] = exported(viewer);
    expect(rectangle!['type']).to.equal('pspdfkit/shape/rectangle');
    expect(rectangle!['pageIndex']).to.equal(0);
    expect(rectangle!['id']).to.not.equal('x');
    expect(rectangle!['strokeColor']).to.equal('#00ff00');
    expect(rectangle!['customData']).to.deep.equal({ team: 'a' });
    const [x, y, w, h] = rectangle!['bbox'] as number[];
    for (const [actual, expected] of [[x, 100], [y, 100], [w, 100], [h, 60]] as const) expect(actual).to.be.closeTo(expected, 1.5);

    expect(() => (viewer.toolPresets = 5 as never)).to.throw(TypeError);
    expect(() => (viewer.toolPresets = { ink: 'red' } as never)).to.throw(TypeError);
    expect(() => (viewer.toolPresets = { ink: [] } as never)).to.throw(TypeError);
    expect((viewer.toolPresets['rectangle'] as Record_)['strokeColor'], 'unchanged after a refusal').to.equal('#00ff00');
  });

  it('a change to the shape just drawn also becomes the tool\'s preset', async () => {
    const viewer = await blankViewer(undefined, { zoom: '1' }, { width: 1000, height: 560 });
    const events = presetEvents(viewer);
    await useTool(viewer, 'ellipse');
    await dragOnPage(viewer, [60, 60], [140, 120]);
    const [first] = exported(viewer);
    // The bar edits the ellipse if the tool selected it, else the next one: either way the preset follows.
    await bar(viewer).updateComplete;
    const width = bar(viewer).querySelector<HTMLInputElement>('input[name="strokeWidth"]')!;
    width.focus();
    width.select();
    await sendKeys({ type: '6' });
    await sendKeys({ press: 'Enter' });
    expect(events.at(-1)).to.deep.equal({ ellipse: { strokeWidth: 6 } });
    await dragOnPage(viewer, [200, 60], [280, 120]);
    const second = exported(viewer).find((a) => a['id'] !== first!['id'])!;
    expect(second['strokeWidth']).to.equal(6);
  });
});

describe('tool presets in the text editor', () => {
  afterEach(cleanupViewers);

  it('types at the preset font size and colour, so the box grows for the text it will hold', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1' });
    viewer.toolPresets = { text: { fontSize: 30, fontColor: '#0000ff' } as Record_ };
    await useTool(viewer, 'text');
    const at = toClient(viewer, 0, [60, 60], FRAME);
    await sendMouse({ type: 'click', position: [Math.round(at.x), Math.round(at.y)] });
    const editor = viewer.shadowRoot!.querySelector<HTMLTextAreaElement>('.text-editor')!;
    expect(editor, 'the text editor').to.exist;
    const scale = viewer.currentScale * (96 / 72);
    expect(Number.parseFloat(getComputedStyle(editor).fontSize)).to.be.closeTo(30 * scale, 0.5);
    expect(getComputedStyle(editor).color).to.equal('rgb(0, 0, 255)');
    await sendKeys({ type: 'Big' });
    await sendKeys({ press: 'Escape' });
    await settled(viewer);
    const [text] = exported(viewer);
    expect(text!['fontSize']).to.equal(30);
    expect(text!['fontColor']).to.equal('#0000ff');
  });
});

describe('tool presets and the box', () => {
  afterEach(cleanupViewers);

  it('a preset stroke width grows a line\'s bbox so the whole stroke is inside it', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1' });
    viewer.toolPresets = { line: { strokeWidth: 12 } as Record_ };
    await useTool(viewer, 'line');
    await dragOnPage(viewer, [100, 150], [300, 150]);
    const [line] = exported(viewer);
    expect(line!['strokeWidth']).to.equal(12);
    const [left, top, width, height] = line!['bbox'] as number[];
    // Half the stroke (6 pt) on every side of the horizontal line's ends.
    expect(top).to.be.at.most(150 - 6 + 0.5);
    expect(top + height).to.be.at.least(150 + 6 - 0.5);
    expect(left).to.be.at.most(100 - 6 + 0.5);
    expect(left + width).to.be.at.least(300 + 6 - 0.5);
  });
});

describe('tool presets in the drag preview', () => {
  afterEach(cleanupViewers);

  it('shows the preset colour while the shape is dragged, as it will be drawn', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1' });
    viewer.toolPresets = { rectangle: { strokeColor: '#ff0000' } as Record_ };
    await useTool(viewer, 'rectangle');
    const from = toClient(viewer, 0, [60, 60], FRAME);
    const to = toClient(viewer, 0, [200, 160], FRAME);
    await sendMouse({ type: 'move', position: [Math.round(from.x), Math.round(from.y)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(to.x), Math.round(to.y)] });
    const preview = viewer.shadowRoot!.querySelector('.drawing-preview')!;
    const strokes = [...preview.querySelectorAll('[stroke]')].map((element) => element.getAttribute('stroke')!.toLowerCase());
    await sendMouse({ type: 'up' });
    expect(strokes).to.include('#ff0000');
  });
});
