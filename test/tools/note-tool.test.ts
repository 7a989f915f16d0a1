import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cleanupViewers, waitFor } from '../helpers/viewer-fixture.js';
import { blankViewer, frameOf, settled, type BlankPage } from '../helpers/annotation-kit.js';
import { clickAt, expectBox, exported, recordChanges, useTool } from './placing-kit.js';

const PAGE: BlankPage = { width: 400, height: 300 };
const FRAME = frameOf(PAGE);
const SIDE = 18;

function noteEditor(viewer: HTMLElement): HTMLElement | null {
  const element = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="note-editor"]');
  return element && !element.hidden ? element : null;
}

async function typeNote(viewer: HTMLElement, text: string): Promise<HTMLTextAreaElement> {
  const editor = await waitFor(() => noteEditor(viewer), 'the note editor');
  const textarea = editor.querySelector('textarea')!;
  await waitFor(() => viewer.shadowRoot!.activeElement === textarea, 'the note text to have focus');
  if (text) await sendKeys({ type: text });
  return textarea;
}

describe('note tool', () => {
  afterEach(cleanupViewers);

  it('a click opens the editor beside the point; Ctrl+Enter creates one note with its text, one undo step', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1', author: 'Ana' });
    await useTool(viewer, 'note');
    const changes = recordChanges(viewer);
    await clickAt(viewer, [100, 80], FRAME);
    const textarea = await typeNote(viewer, 'Check this');
    expect(textarea.getAttribute('aria-label')).to.equal('Note text');
    expect(noteEditor(viewer)!.getAttribute('role')).to.equal('dialog');
    expect(changes).to.have.length(0);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await waitFor(() => !noteEditor(viewer), 'the editor to close');
    expect(changes).to.have.length(1);
    expect(changes[0]!.source).to.equal('user');
    const [record] = exported(viewer);
    const { bbox, ...rest } = record!;
    expect(rest).to.deep.equal({
      v: 2,
      type: 'pspdfkit/note',
      pageIndex: 0,
      icon: 'comment',
      color: '#ffe066',
      opacity: 1,
      text: { format: 'plain', value: 'Check this' },
      creatorName: 'Ana',
    });
    expectBox(bbox, [100 - SIDE / 2, 80 - SIDE / 2, SIDE, SIDE]);
    viewer.undo();
    expect(exported(viewer)).to.deep.equal([]);
    viewer.redo();
    expect(exported(viewer)).to.have.length(1);
  });

  it('the editor stays beside its note when the page zooms or scrolls while it is open', async () => {
    const viewer = await blankViewer([PAGE, PAGE], { zoom: '1' });
    await useTool(viewer, 'note');
    await clickAt(viewer, [100, 80], FRAME);
    await typeNote(viewer, 'Moving');
    const page = () => viewer.shadowRoot!.querySelector('[data-page-index="0"]')!.getBoundingClientRect();
    // The editor opens to the right of the note's box (its top-left at the box's right edge, 8 px out).
    const offsetFromPage = () => {
      const editor = noteEditor(viewer)!.getBoundingClientRect();
      return [editor.left - page().left, editor.top - page().top];
    };
    const scaleOf = () => page().width / 400;
    const at = (scale: number) => [(100 + SIDE / 2) * scale + 8, (80 - SIDE / 2) * scale];
    expect(offsetFromPage()[0]).to.be.closeTo(at(scaleOf())[0]!, 2);

    viewer.zoom = 2;
    await settled(viewer);
    await waitFor(() => Math.abs(offsetFromPage()[0]! - at(scaleOf())[0]!) < 2, 'the editor to follow the zoom');
    expect(offsetFromPage()[1]).to.be.closeTo(at(scaleOf())[1]!, 2);

    const scroller = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="viewport"]')!;
    scroller.scrollBy(0, 40);
    await settled(viewer);
    await waitFor(() => Math.abs(offsetFromPage()[1]! - at(scaleOf())[1]!) < 2, 'the editor to follow the scroll');
    expect(noteEditor(viewer), 'still open').to.not.equal(null);
  });

  it('a click outside commits; an empty note is not placed', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1' });
    await useTool(viewer, 'note');
    const changes = recordChanges(viewer);
    await clickAt(viewer, [60, 60], FRAME);
    await typeNote(viewer, 'First');
    await clickAt(viewer, [300, 200], FRAME);
    await waitFor(() => !noteEditor(viewer), 'the editor to close');
    expect(changes).to.have.length(1);
    expect(exported(viewer)[0]!['text']).to.deep.equal({ format: 'plain', value: 'First' });
    // That click only closed the editor; the next one opens a new one.
    await clickAt(viewer, [300, 200], FRAME);
    await typeNote(viewer, '');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !noteEditor(viewer), 'the editor to close');
    expect(changes).to.have.length(1);
    expect(viewer.tool).to.equal('note');
  });

  it('does nothing in a readonly viewer', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1', readonly: '' });
    await useTool(viewer, 'note');
    await clickAt(viewer, [60, 60], FRAME);
    await settled(viewer);
    expect(noteEditor(viewer)).to.equal(null);
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
  });

  it('places the note at the click at zoom 1.5 and on a /Rotate 90 page', async () => {
    const page: BlankPage = { width: 300, height: 400, rotate: 90 };
    const frame = frameOf(page);
    const viewer = await blankViewer([page], { zoom: '1.5' });
    await useTool(viewer, 'note');
    await clickAt(viewer, [120, 200], frame);
    await typeNote(viewer, 'Turned');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !noteEditor(viewer), 'the editor to close');
    const [record] = exported(viewer);
    expectBox(record!['bbox'], [120 - SIDE / 2, 200 - SIDE / 2, SIDE, SIDE]);
  });
});
