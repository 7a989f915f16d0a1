import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cleanupViewers, waitFor } from '../helpers/viewer-fixture.js';
import { blankViewer, frameOf, settled, type BlankPage } from '../helpers/annotation-kit.js';
import { clickAt, doubleClickAt, dragOn, expectBox, exported, recordChanges, shadow, useTool } from './placing-kit.js';

const PAGE: BlankPage = { width: 400, height: 300 };
const FRAME = frameOf(PAGE);

function editor(viewer: HTMLElement): HTMLTextAreaElement | null {
  return viewer.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea.text-editor');
}

describe('text tool', () => {
  afterEach(cleanupViewers);

  it('a click opens an editor; typed text and Escape make one pspdfkit/text, one undo step', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1', author: 'Ana' });
    await useTool(viewer, 'text');
    const changes = recordChanges(viewer);
    await clickAt(viewer, [50, 60], FRAME);
    const textarea = await waitFor(() => editor(viewer), 'the editor');
    expect(textarea.getAttribute('aria-label')).to.equal('Text annotation');
    expect(viewer.shadowRoot!.activeElement).to.equal(textarea);
    expect(changes).to.have.length(0);
    await sendKeys({ type: 'Hello' });
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !editor(viewer), 'the editor to close');
    expect(changes).to.have.length(1);
    expect(changes[0]!.source).to.equal('user');
    expect(changes[0]!.created).to.have.length(1);
    const [record] = exported(viewer);
    const { bbox, ...rest } = record!;
    expect(rest).to.deep.equal({
      v: 2,
      type: 'pspdfkit/text',
      pageIndex: 0,
      text: { format: 'plain', value: 'Hello' },
      fontSize: 14,
      fontColor: '#000000',
      horizontalAlign: 'left',
      verticalAlign: 'top',
      rotation: 0,
      opacity: 1,
      creatorName: 'Ana',
    });
    expectBox(bbox, [50, 60, 200, 24]);
    // Escape committed the text; the tool is still active.
    expect(viewer.tool).to.equal('text');

    viewer.undo();
    expect(exported(viewer)).to.deep.equal([]);
    viewer.redo();
    expect(exported(viewer)).to.have.length(1);
  });

  it('a drag sets the box; a click outside commits', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1' });
    await useTool(viewer, 'text');
    const changes = recordChanges(viewer);
    await dragOn(viewer, [100, 100], [220, 160], FRAME);
    await waitFor(() => editor(viewer), 'the editor');
    await sendKeys({ type: 'Two words' });
    await clickAt(viewer, [350, 250], FRAME);
    await waitFor(() => !editor(viewer), 'the editor to close');
    expect(changes).to.have.length(1);
    const [record] = exported(viewer);
    expect(record!['text']).to.deep.equal({ format: 'plain', value: 'Two words' });
    expectBox(record!['bbox'], [100, 100, 120, 60]);
    // The click that closed the editor did not open another one.
    await settled(viewer);
    expect(editor(viewer)).to.equal(null);
  });

  it('empty text is discarded', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1' });
    await useTool(viewer, 'text');
    const changes = recordChanges(viewer);
    await clickAt(viewer, [50, 60], FRAME);
    await waitFor(() => editor(viewer), 'the editor');
    await sendKeys({ type: '   ' });
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !editor(viewer), 'the editor to close');
    expect(changes).to.have.length(0);
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
    expect(viewer.canUndo).to.equal(false);
  });

  for (const tool of ['select', 'text']) {
    it(`a double-click with the ${tool} tool edits a free text again: one update, one undo step`, async () => {
      const viewer = await blankViewer([PAGE], { zoom: '1' });
      const original = viewer.createAnnotation({
        type: 'pspdfkit/text',
        pageIndex: 0,
        bbox: [60, 80, 200, 30],
        text: { format: 'plain', value: 'Old' },
        fontSize: 14,
        fontColor: '#112233',
        horizontalAlign: 'left',
        verticalAlign: 'top',
      } as never);
      await settled(viewer);
      await useTool(viewer, tool);
      const changes = recordChanges(viewer);
      await doubleClickAt(viewer, [70, 90], FRAME);
      const textarea = await waitFor(() => editor(viewer), 'the editor');
      expect(textarea.value).to.equal('Old');
      expect(textarea.style.color).to.equal('rgb(17, 34, 51)');
      // The caret is after the text: erase it, then type.
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: 'New text' });
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !editor(viewer), 'the editor to close');
      const edits = changes.filter((c) => c.updated.length || c.created.length || c.deleted.length);
      expect(edits).to.have.length(1);
      expect(edits[0]!.updated.map((a) => a.id)).to.deep.equal([original.id]);
      const [record] = exported(viewer);
      expect(record!['text']).to.deep.equal({ format: 'plain', value: 'New text' });
      expectBox(record!['bbox'], [60, 80, 200, 30], 0.01);
      viewer.undo();
      expect(exported(viewer)[0]!['text']).to.deep.equal({ format: 'plain', value: 'Old' });
    });
  }

  it('does nothing in a readonly viewer', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1', readonly: '' });
    await useTool(viewer, 'text');
    await clickAt(viewer, [50, 60], FRAME);
    await settled(viewer);
    expect(editor(viewer)).to.equal(null);
    expect(shadow(viewer, '.text-editor')).to.equal(null);
  });

  it('at zoom 1.5 the editor follows the zoom and the box is in page points', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1.5' });
    await useTool(viewer, 'text');
    await clickAt(viewer, [40, 50], FRAME);
    const textarea = await waitFor(() => editor(viewer), 'the editor');
    const scale = viewer.shadowRoot!.querySelector('[part~="page"]')!.getBoundingClientRect().width / 400;
    expect(parseFloat(getComputedStyle(textarea).fontSize)).to.be.closeTo(14 * scale, 0.1);
    await sendKeys({ type: 'Zoomed' });
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !editor(viewer), 'the editor to close');
    const [record] = exported(viewer);
    expectBox(record!['bbox'], [40, 50, 200, 24]);
  });

  it('a zoom while typing keeps the editor over its box, and the box is committed unchanged', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1' });
    await useTool(viewer, 'text');
    await clickAt(viewer, [40, 50], FRAME);
    const textarea = await waitFor(() => editor(viewer), 'the editor');
    await sendKeys({ type: 'Zoom' });
    const page = () => viewer.shadowRoot!.querySelector('[part~="page"]')!.getBoundingClientRect();
    const before = textarea.getBoundingClientRect();
    const scaleBefore = page().width / 400;
    viewer.zoom = 2;
    await settled(viewer);
    const scale = page().width / 400;
    expect(scale / scaleBefore, 'zoomed in').to.be.closeTo(2, 0.05);
    const after = textarea.getBoundingClientRect();
    expect(after.left - page().left).to.be.closeTo(40 * scale, 1);
    expect(after.top - page().top).to.be.closeTo(50 * scale, 1);
    expect(after.width).to.be.closeTo(before.width * (scale / scaleBefore), 1);
    expect(parseFloat(getComputedStyle(textarea).fontSize)).to.be.closeTo(14 * scale, 0.1);
    expect(viewer.shadowRoot!.activeElement, 'still typing').to.equal(textarea);
    await sendKeys({ type: 'ed' });
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !editor(viewer), 'the editor to close');
    const [record] = exported(viewer);
    expect((record!['text'] as { value: string }).value).to.equal('Zoomed');
    expectBox(record!['bbox'], [40, 50, 200, 24]);
  });

  it('on a /Rotate 90 page the text reads upright: rotation 90, box turned with the page', async () => {
    const page: BlankPage = { width: 300, height: 400, rotate: 90 };
    const frame = frameOf(page);
    const viewer = await blankViewer([page], { zoom: '1' });
    await useTool(viewer, 'text');
    await clickAt(viewer, [100, 300], frame);
    await waitFor(() => editor(viewer), 'the editor');
    await sendKeys({ type: 'Turned' });
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !editor(viewer), 'the editor to close');
    const [record] = exported(viewer);
    expect(record!['rotation']).to.equal(90);
    // Shown 200 wide and 24 high from the click: along the page's -y and +x.
    expectBox(record!['bbox'], [100, 100, 24, 200]);
  });
});
