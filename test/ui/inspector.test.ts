/**
 * The property bar (<ipv-inspector>), docked to the viewer's edge: it takes
 * its own row so it never covers the pages or the annotations on them.
 */
import type { AnnotationInput } from '../../src/model/index.js';
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { blankViewer, settled, toClient } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';

const FRAME = { width: 400, height: 300, rotate: 0 } as const;

function inspector(viewer: InstantPdfViewer): HTMLElement & { updateComplete: Promise<boolean> } {
  return viewer.shadowRoot!.querySelector('ipv-inspector')!;
}
function viewportBox(viewer: InstantPdfViewer): DOMRect {
  return viewer.shadowRoot!.querySelector('[part~="viewport"]')!.getBoundingClientRect();
}
async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}
async function clickAt(viewer: InstantPdfViewer, point: [number, number]): Promise<void> {
  const { x, y } = toClient(viewer, 0, point, FRAME);
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
  await settled(viewer);
  await inspector(viewer).updateComplete;
}
const intersects = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const rect: AnnotationInput = { type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [50, 50, 100, 60], strokeColor: '#ff0000', strokeWidth: 2 } as AnnotationInput;

async function selected(size = { width: 800, height: 600 }): Promise<InstantPdfViewer> {
  const viewer = await blankViewer(undefined, { zoom: '1' }, size);
  const created = viewer.createAnnotation(rect);
  viewer.selectedAnnotationIds = [created.id];
  await settled(viewer);
  await inspector(viewer).updateComplete;
  return viewer;
}

describe('property bar (inspector)', () => {
  afterEach(cleanupViewers);

  it('is hidden and takes no space with the select tool and nothing selected', async () => {
    const viewer = await blankViewer();
    expect(inspector(viewer).hidden).to.equal(true);
    const toolbar = viewer.shadowRoot!.querySelector('[part~="toolbar"]')!.getBoundingClientRect();
    expect(viewportBox(viewer).top).to.be.closeTo(toolbar.bottom, 1);
  });

  it('docks below the toolbar with the selection\'s fields, clear of the pages; a click on the neighbour selects it', async () => {
    const viewer = await blankViewer(undefined, { zoom: '1' }, { width: 900, height: 560 });
    // b lies just below a, where the floating inspector used to open over it.
    const a = viewer.createAnnotation({ ...rect, bbox: [40, 20, 100, 50] } as AnnotationInput);
    const b = viewer.createAnnotation({ ...rect, bbox: [40, 90, 100, 50], strokeColor: '#0000ff' } as AnnotationInput);
    await settled(viewer);
    const drawnA = () => viewer.shadowRoot!.querySelector(`[data-annotation-id="${a.id}"]`)!.getBoundingClientRect();
    const before = drawnA();
    await clickAt(viewer, [40, 45]);
    expect(viewer.selectedAnnotationIds).to.deep.equal([a.id]);

    const panel = inspector(viewer);
    expect(panel.hidden).to.equal(false);
    expect(panel.getAttribute('part')).to.equal('inspector');
    expect(panel.dataset['dock']).to.equal('top');
    expect(panel.querySelector('[data-field="strokeColor"]')).to.exist;
    expect(panel.querySelector('[data-field="fillColor"]')).to.exist;
    expect(panel.querySelector('[name="strokeWidth"]')).to.exist;
    expect(panel.querySelector('[data-field="fontColor"]')).to.equal(null);

    const bar = panel.getBoundingClientRect();
    const viewport = viewportBox(viewer);
    const toolbar = viewer.shadowRoot!.querySelector('[part~="toolbar"]')!.getBoundingClientRect();
    expect(bar.top, 'below the toolbar').to.be.closeTo(toolbar.bottom, 1);
    expect(bar.bottom, 'above the pages area').to.be.at.most(viewport.top + 0.5);
    expect(bar.height).to.be.within(30, 60);
    for (const drawn of viewer.shadowRoot!.querySelectorAll('[data-annotation-id]')) {
      expect(intersects(bar, drawn.getBoundingClientRect()), `covers ${drawn.getAttribute('data-annotation-id')}`).to.equal(false);
    }
    // The pages area gave the bar its row: a moved down by its height, not covered.
    const after = drawnA();
    expect(after.top - before.top).to.be.closeTo(bar.height, 2);
    expect(after.left).to.be.closeTo(before.left, 1);

    await clickAt(viewer, [40, 115]);
    expect(viewer.selectedAnnotationIds).to.deep.equal([b.id]);
  });

  it('a stroke colour swatch changes the exported JSON in one undo step', async () => {
    const viewer = await selected({ width: 1280, height: 600 });
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

  it('Delete removes the selection; Escape returns focus to the viewer; readonly hides it', async () => {
    const viewer = await selected();
    inspector(viewer).querySelector<HTMLInputElement>('input[name="strokeWidth"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await viewer.updateComplete;
    expect(document.activeElement).to.equal(viewer);
    expect(viewer.selectedAnnotationIds, 'the selection stays').to.have.length(1);

    viewer.readonly = true;
    await viewer.updateComplete;
    await inspector(viewer).updateComplete;
    expect(inspector(viewer).hidden).to.equal(true);
    viewer.readonly = false;
    await viewer.updateComplete;
    await inspector(viewer).updateComplete;
    await click(inspector(viewer).querySelector('.inspector-delete')!);
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
    await viewer.updateComplete;
    expect(inspector(viewer).hidden).to.equal(true);
  });

  it('at 390 px wide sits at the bottom, fully visible, with compact colours and controls of at least 24 px', async () => {
    const viewer = await selected({ width: 390, height: 560 });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const panel = inspector(viewer);
    await panel.updateComplete;
    expect(panel.dataset['dock']).to.equal('bottom');
    const bar = panel.getBoundingClientRect();
    const host = viewer.getBoundingClientRect();
    const viewport = viewportBox(viewer);
    expect(bar.bottom, 'at the bottom').to.be.closeTo(host.bottom, 1);
    expect(bar.top, 'below the pages area').to.be.at.least(viewport.bottom - 0.5);
    expect(bar.left).to.be.at.least(host.left - 0.5);
    expect(bar.right).to.be.at.most(host.right + 0.5);

    for (const control of panel.querySelectorAll<HTMLElement>('button, input, select')) {
      if (control.closest('[popover]')) continue;
      const box = control.getBoundingClientRect();
      expect(box.width, control.outerHTML.slice(0, 60)).to.be.at.least(24);
      expect(box.height, control.outerHTML.slice(0, 60)).to.be.at.least(24);
    }

    // The colour is one button that opens the swatches.
    await click(panel.querySelector('[data-field="strokeColor"] .swatch-current')!);
    const popover = panel.querySelector<HTMLElement>('[data-field="strokeColor"] [popover]')!;
    expect(popover.matches(':popover-open')).to.equal(true);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await click(popover.querySelector('[data-color="#388e3c"]')!);
    expect((viewer.exportInstantJson().annotations as { strokeColor: string }[])[0]!.strokeColor).to.equal('#388e3c');
    expect(popover.matches(':popover-open')).to.equal(false);

    // What does not fit scrolls sideways; Delete is reached and takes a real click.
    panel.scrollLeft = panel.scrollWidth;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const deleteButton = panel.querySelector<HTMLButtonElement>('.inspector-delete')!;
    const target = deleteButton.getBoundingClientRect();
    expect(target.right).to.be.at.most(host.right + 0.5);
    await click(deleteButton);
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
  });
});

describe('property bar and the pages', () => {
  afterEach(cleanupViewers);

  it('keeps what is on screen still when it appears above the pages and when it goes', async () => {
    const page = { width: 400, height: 300 };
    const viewer = await blankViewer([page, page, page], { zoom: '1' }, { width: 800, height: 500 });
    const target = viewer.createAnnotation({ ...rect, pageIndex: 1, bbox: [60, 60, 120, 80] } as AnnotationInput);
    await settled(viewer);
    viewer.goToPage(1);
    await settled(viewer);
    const drawn = () => viewer.shadowRoot!.querySelector(`[data-annotation-id="${target.id}"]`)!.getBoundingClientRect();
    const before = drawn();
    // A real click on its stroke selects it; the bar takes its row above the pages.
    await sendMouse({ type: 'click', position: [Math.round(before.left + 1), Math.round(before.top + before.height / 2)] });
    await settled(viewer);
    await inspector(viewer).updateComplete;
    expect(viewer.selectedAnnotationIds).to.deep.equal([target.id]);
    expect(inspector(viewer).hidden).to.equal(false);
    expect(drawn().top, 'the rectangle stays where it was clicked').to.be.closeTo(before.top, 1);

    viewer.selectedAnnotationIds = [];
    await settled(viewer);
    await inspector(viewer).updateComplete;
    expect(inspector(viewer).hidden).to.equal(true);
    expect(drawn().top, 'and stays when the bar goes').to.be.closeTo(before.top, 1);
  });
});

describe('property bar and the zoom', () => {
  afterEach(cleanupViewers);

  for (const zoom of ['fit-page', 'auto']) {
    it(`does not change a ${zoom} zoom when it appears and goes`, async () => {
      const viewer = await blankViewer([{ width: 600, height: 300 }], { zoom }, { width: 900, height: 420 });
      const target = viewer.createAnnotation(rect);
      await settled(viewer);
      const scale = viewer.currentScale;
      viewer.selectedAnnotationIds = [target.id];
      await settled(viewer);
      await inspector(viewer).updateComplete;
      await settled(viewer);
      expect(inspector(viewer).hidden).to.equal(false);
      expect(viewer.currentScale).to.equal(scale);
      viewer.selectedAnnotationIds = [];
      await settled(viewer);
      await inspector(viewer).updateComplete;
      await settled(viewer);
      expect(viewer.currentScale).to.equal(scale);
    });
  }
});
