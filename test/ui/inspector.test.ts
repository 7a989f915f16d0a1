import type { AnnotationInput } from '../../src/model/index.js';
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { blankViewer, settled } from '../helpers/annotation-kit.js';
import { cleanupViewers, wheel } from '../helpers/viewer-fixture.js';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';

function inspector(viewer: InstantPdfViewer): HTMLElement & { updateComplete: Promise<boolean> } {
  return viewer.shadowRoot!.querySelector('ipv-inspector')!;
}
async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}
const rect: AnnotationInput = { type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [50, 50, 100, 60], strokeColor: '#ff0000', strokeWidth: 2 } as AnnotationInput;

async function selected(): Promise<InstantPdfViewer> {
  const viewer = await blankViewer();
  const created = viewer.createAnnotation(rect);
  viewer.selectedAnnotationIds = [created.id];
  await settled(viewer);
  await inspector(viewer).updateComplete;
  return viewer;
}

describe('inspector', () => {
  afterEach(cleanupViewers);

  it('appears next to the selection with the rectangle properties', async () => {
    const viewer = await selected();
    const panel = inspector(viewer);
    expect(panel.hidden).to.equal(false);
    expect(panel.getAttribute('part')).to.equal('inspector');
    expect(panel.querySelector('[data-field="strokeColor"]')).to.exist;
    expect(panel.querySelector('[data-field="fillColor"]')).to.exist;
    expect(panel.querySelector('[name="strokeWidth"]')).to.exist;
    expect(panel.querySelector('[data-field="fontColor"]')).to.equal(null);
    const box = panel.getBoundingClientRect();
    const viewport = viewer.shadowRoot!.querySelector('[part~="viewport"]')!.getBoundingClientRect();
    expect(box.left).to.be.at.least(viewport.left - 1);
    expect(box.right).to.be.at.most(viewport.right + 1);
  });

  it('a stroke colour swatch changes the exported JSON in one undo step', async () => {
    const viewer = await selected();
    const events: string[] = [];
    viewer.addEventListener('annotations-changed', (e) => events.push((e as CustomEvent<{ source: string }>).detail.source));
    await click(inspector(viewer).querySelector('[data-field="strokeColor"] [data-color="#1976d2"]')!);
    const [annotation] = viewer.exportInstantJson().annotations as { strokeColor: string; strokeWidth: number }[];
    expect(annotation!.strokeColor).to.equal('#1976d2');
    expect(annotation!.strokeWidth).to.equal(2);
    expect(events).to.deep.equal(['user']);
    viewer.undo();
    expect((viewer.exportInstantJson().annotations as { strokeColor: string }[])[0]!.strokeColor).to.equal('#ff0000');
  });

  it('Delete removes the selection; Escape closes it; readonly hides it', async () => {
    const viewer = await selected();
    inspector(viewer).querySelector<HTMLButtonElement>('.inspector-close')!.focus();
    await sendKeys({ press: 'Escape' });
    await viewer.updateComplete;
    await inspector(viewer).updateComplete;
    expect(inspector(viewer).hidden).to.equal(true);
    expect(document.activeElement).to.equal(viewer);

    viewer.selectedAnnotationIds = [];
    viewer.selectedAnnotationIds = [(viewer.exportInstantJson().annotations as { id: string }[])[0]!.id];
    viewer.readonly = true;
    await viewer.updateComplete;
    await inspector(viewer).updateComplete;
    expect(inspector(viewer).hidden).to.equal(true);
    viewer.readonly = false;
    await viewer.updateComplete;
    await inspector(viewer).updateComplete;
    await click(inspector(viewer).querySelector('.inspector-delete')!);
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
  });

  it('fits a short viewer: it stays inside the viewport and scrolls to its last control', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1' }, { width: 520, height: 260 });
    const created = viewer.createAnnotation({ ...rect, bbox: [50, 40, 100, 60] } as AnnotationInput);
    viewer.selectedAnnotationIds = [created.id];
    await settled(viewer);
    const panel = inspector(viewer);
    await panel.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const viewport = viewer.shadowRoot!.querySelector('[part~="viewport"]')!.getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    expect(box.top, 'top').to.be.at.least(viewport.top - 1);
    expect(box.bottom, 'bottom').to.be.at.most(viewport.bottom + 1);
    // The rectangle's fields are taller than this viewer: the panel scrolls instead of being cut off.
    expect(panel.scrollHeight).to.be.greaterThan(panel.clientHeight);

    // A wheel turn over the panel scrolls the panel, not the pages behind it.
    const scroller = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="viewport"]')!;
    const pagesScrollTop = scroller.scrollTop;
    const deleteButton = panel.querySelector<HTMLButtonElement>('.inspector-delete')!;
    for (let i = 0; i < 20 && panel.scrollTop + panel.clientHeight < panel.scrollHeight - 1; i++) {
      await wheel({ x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2), deltaY: 100 });
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(panel.scrollTop, 'panel scrolled').to.be.greaterThan(0);
    expect(panel.scrollTop + panel.clientHeight).to.be.closeTo(panel.scrollHeight, 2);
    expect(scroller.scrollTop, 'pages did not scroll').to.equal(pagesScrollTop);
    // Its last control is now in view, inside the viewer, and takes a real click.
    const target = deleteButton.getBoundingClientRect();
    expect(target.top).to.be.at.least(viewport.top - 1);
    expect(target.bottom).to.be.at.most(viewport.bottom + 1);
    await click(deleteButton);
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
  });
});
