import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { cleanupViewers, waitFor } from '../helpers/viewer-fixture.js';
import { blankViewer, frameOf, settled, type BlankPage } from '../helpers/annotation-kit.js';
import { clickAt, expectBox, exported, recordChanges, useTool } from './placing-kit.js';

const PAGE: BlankPage = { width: 400, height: 300 };
const FRAME = frameOf(PAGE);

function picker(viewer: HTMLElement): HTMLElement | null {
  const element = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="stamp-picker"]');
  return element && !element.hidden ? element : null;
}

function focused(viewer: HTMLElement): Element | null {
  return viewer.shadowRoot!.activeElement;
}

describe('stamp tool', () => {
  afterEach(cleanupViewers);

  it('activating shows the picker with the 24 standard stamps and a custom one', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1' });
    await useTool(viewer, 'stamp');
    const element = await waitFor(() => picker(viewer), 'the picker');
    expect(element.getAttribute('role')).to.equal('dialog');
    expect(element.querySelectorAll('.stamp-list button')).to.have.length(24);
    expect(element.querySelector('[aria-label="Custom stamp title"]')).to.not.equal(null);
    expect(focused(viewer)?.textContent).to.equal('ACCEPTED');
  });

  it('by keyboard: arrows and Enter pick a stamp, a click places it; one undo step', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1', author: 'Ana' });
    await useTool(viewer, 'stamp');
    await waitFor(() => picker(viewer), 'the picker');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(viewer)?.textContent).to.equal('APPROVED');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(viewer)?.textContent).to.equal('COMPLETED');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !picker(viewer), 'the picker to close');
    const changes = recordChanges(viewer);
    await clickAt(viewer, [200, 150], FRAME);
    await settled(viewer);
    expect(changes).to.have.length(1);
    expect(changes[0]!.source).to.equal('user');
    const [record] = exported(viewer);
    const { bbox, ...rest } = record!;
    expect(rest).to.deep.equal({ v: 2, type: 'pspdfkit/stamp', pageIndex: 0, stampType: 'Completed', rotation: 0, opacity: 1, creatorName: 'Ana' });
    // 9 letters: 140 × 32, centred on the click.
    expectBox(bbox, [200 - 70, 150 - 16, 140, 32]);
    viewer.undo();
    expect(exported(viewer)).to.deep.equal([]);
    viewer.redo();
    expect(exported(viewer)).to.have.length(1);
  });

  it('by mouse, and a custom stamp with title and subtitle', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1' });
    await useTool(viewer, 'stamp');
    const element = await waitFor(() => picker(viewer), 'the picker');
    const confidential = [...element.querySelectorAll('button')].find((b) => b.textContent === 'CONFIDENTIAL')!;
    const box = confidential.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await waitFor(() => !picker(viewer), 'the picker to close');
    await clickAt(viewer, [100, 100], FRAME);
    await settled(viewer);
    expect(exported(viewer)[0]!['stampType']).to.equal('Confidential');

    // S reopens the picker.
    await sendKeys({ press: 's' });
    await waitFor(() => picker(viewer), 'the picker');
    const title = picker(viewer)!.querySelector<HTMLInputElement>('[aria-label="Custom stamp title"]')!;
    title.focus();
    await sendKeys({ type: 'Checked' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'by QA' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !picker(viewer), 'the picker to close');
    await clickAt(viewer, [250, 200], FRAME);
    await settled(viewer);
    const custom = exported(viewer)[1]!;
    expect(custom['stampType']).to.equal('Custom');
    expect(custom['title']).to.equal('Checked');
    expect(custom['subtitle']).to.equal('by QA');
    expect((custom['bbox'] as number[])[3]).to.equal(44);
  });

  it('readonly: no picker, no stamp', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1', readonly: '' });
    await useTool(viewer, 'stamp');
    await clickAt(viewer, [100, 100], FRAME);
    await settled(viewer);
    expect(picker(viewer)).to.equal(null);
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
  });

  it('on a /Rotate 90 page the stamp reads upright', async () => {
    const page: BlankPage = { width: 300, height: 400, rotate: 90 };
    const viewer = await blankViewer([page], { zoom: '1.5' });
    await useTool(viewer, 'stamp');
    await waitFor(() => picker(viewer), 'the picker');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !picker(viewer), 'the picker to close');
    await clickAt(viewer, [150, 200], frameOf(page));
    await settled(viewer);
    const [record] = exported(viewer);
    expect(record!['rotation']).to.equal(90);
    // ACCEPTED: 127 × 32 as shown, so 32 × 127 before the page's rotation.
    expectBox(record!['bbox'], [150 - 16, 200 - 63.5, 32, 127]);
  });
});
