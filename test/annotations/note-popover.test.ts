import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { cleanupViewers, waitFor } from '../helpers/viewer-fixture.js';
import { annotationBox, blankViewer, draw } from '../helpers/annotation-kit.js';

function popover(viewer: HTMLElement): HTMLElement {
  return viewer.shadowRoot!.querySelector<HTMLElement>('[part~="note-popover"]')!;
}

describe('note popover', () => {
  afterEach(cleanupViewers);

  it('opens on click next to the note with its text as text, and closes on Escape', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1' });
    const note = await draw(viewer, {
      type: 'pspdfkit/note',
      pageIndex: 0,
      bbox: [100, 100, 24, 24],
      color: '#ffd400',
      text: { format: 'xhtml', value: '<p>Check <b>this</b></p><img src=x onerror="window.__pwned=1">' },
      creatorName: 'Ana',
    } as never);
    const box = annotationBox(viewer, note.id)!;
    const rect = box.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 8), Math.round(rect.top + 8)] });
    await waitFor(() => !popover(viewer).hidden, 'the popover to open');
    const shown = popover(viewer);
    expect(shown.textContent).to.contain('Check this');
    expect(shown.textContent).to.contain('Ana');
    expect(shown.querySelector('b, img, p')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await waitFor(() => shown.getBoundingClientRect().left >= rect.right - 1, 'the popover beside the note');
    expect(box.getAttribute('aria-expanded')).to.equal('true');

    await sendKeys({ press: 'Escape' });
    await waitFor(() => shown.hidden, 'the popover to close');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens when the note gets keyboard focus and closes on a click elsewhere', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1' });
    const note = await draw(viewer, { type: 'pspdfkit/comment-marker', pageIndex: 0, bbox: [50, 50, 24, 24], text: 'Thread' } as never);
    annotationBox(viewer, note.id)!.focus();
    await waitFor(() => !popover(viewer).hidden, 'the popover to open on focus');
    expect(popover(viewer).textContent).to.contain('Thread');
    const page = viewer.shadowRoot!.querySelector('[part~="page"]')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(page.right - 20), Math.round(page.bottom - 20)] });
    await waitFor(() => popover(viewer).hidden, 'the popover to close');
  });
});
