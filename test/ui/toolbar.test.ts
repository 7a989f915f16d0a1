import type { AnnotationInput } from '../../src/model/index.js';
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { blankViewer } from '../helpers/annotation-kit.js';
import { cleanupViewers, nextEvent } from '../helpers/viewer-fixture.js';
import { centre, itemPath, menuItem, shownActive, shownToolbarElements, toolbarSettled } from '../helpers/toolbar-kit.js';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';

function toolbar(viewer: InstantPdfViewer): HTMLElement & { updateComplete: Promise<boolean> } {
  return viewer.shadowRoot!.querySelector('ipv-toolbar')!;
}
function button(viewer: InstantPdfViewer, key: string): HTMLButtonElement {
  return toolbar(viewer).querySelector<HTMLButtonElement>(`.toolbar-items [data-id="${key}"]`)!;
}
async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}
const rect: AnnotationInput = { type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [50, 50, 100, 60], strokeColor: '#ff0000', strokeWidth: 2 } as AnnotationInput;


/** Wide enough for every built-in tool, so no item moves into the overflow menu. */
const WIDE = { width: 1800, height: 600 };

before(() => setViewport({ width: 1840, height: 700 }));
after(() => setViewport({ width: 800, height: 600 }));
describe('built-in toolbar', () => {
  afterEach(cleanupViewers);

  it('tool buttons set the tool, fire tool-changed and show aria-pressed', async () => {
    const viewer = await blankViewer(undefined, undefined, WIDE);
    const select = button(viewer, 'tool:select');
    const pan = button(viewer, 'tool:pan');
    expect(select.getAttribute('aria-pressed')).to.equal('true');
    expect(pan.getAttribute('aria-label')).to.equal('Pan');
    expect(pan.title).to.equal('Pan');
    expect(pan.querySelector('svg path')!.getAttribute('d')).to.be.a('string').and.not.empty;
    const changed = nextEvent<{ tool: string }>(viewer, 'tool-changed');
    await click(pan);
    expect((await changed).detail.tool).to.equal('pan');
    expect(viewer.tool).to.equal('pan');
    await viewer.updateComplete;
    await toolbar(viewer).updateComplete;
    expect(pan.getAttribute('aria-pressed')).to.equal('true');
    expect(select.getAttribute('aria-pressed')).to.equal('false');
  });

  it('Space on a focused tool button presses it instead of scrolling the pages; Page Down there still turns the page', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }, { width: 400, height: 300 }, { width: 400, height: 300 }], { zoom: '1' }, WIDE);
    const scroller = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="viewport"]')!;
    // Pan: a tool without a property bar, whose appearance would itself move the pages.
    button(viewer, 'tool:pan').focus();
    const before = scroller.scrollTop;
    await sendKeys({ press: ' ' });
    await viewer.updateComplete;
    expect(viewer.tool).to.equal('pan');
    expect(scroller.scrollTop).to.equal(before);
    const changed = nextEvent<{ pageIndex: number }>(viewer, 'page-changed');
    await sendKeys({ press: 'PageDown' });
    expect((await changed).detail.pageIndex).to.equal(1);
  });

  it('readonly disables editing tools and undo/redo; undo/redo follow canUndo/canRedo', async () => {
    const viewer = await blankViewer(undefined, undefined, WIDE);
    viewer.registerTool({ id: 'stamp-it', label: 'Stamp it', edits: true });
    await viewer.updateComplete;
    const undo = () => button(viewer, 'button:undo');
    const redo = () => button(viewer, 'button:redo');
    expect(undo().disabled).to.equal(true);
    viewer.createAnnotation(rect);
    await viewer.updateComplete;
    await toolbar(viewer).updateComplete;
    expect(undo().disabled).to.equal(false);
    expect(redo().disabled).to.equal(true);
    await click(undo());
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
    await viewer.updateComplete;
    await toolbar(viewer).updateComplete;
    expect(redo().disabled).to.equal(false);
    await click(redo());
    expect(viewer.exportInstantJson().annotations).to.have.length(1);

    viewer.readonly = true;
    await viewer.updateComplete;
    await toolbar(viewer).updateComplete;
    expect(button(viewer, 'tool:stamp-it').disabled).to.equal(true);
    expect(button(viewer, 'tool:select').disabled).to.equal(false);
    expect(undo().disabled).to.equal(true);
  });

  it('toolbarItems reorders, hides, adds a button and a custom element', async () => {
    const viewer = await blankViewer(undefined, undefined, WIDE);
    let pressed = 0;
    const custom = document.createElement('span');
    custom.textContent = 'mine';
    viewer.toolbarItems = [
      { id: 'pan', type: 'tool' },
      { id: 'sep', type: 'separator' },
      { id: 'hello', type: 'button', title: 'Say hello', onPress: () => pressed++ },
      { id: 'box', type: 'custom', element: custom },
      { id: 'select', type: 'tool' },
    ];
    await viewer.updateComplete;
    await toolbar(viewer).updateComplete;
    const ids = [...toolbar(viewer).querySelectorAll('.toolbar-items > [data-item]')].map((el) => el.getAttribute('data-id') ?? el.className);
    expect(ids).to.deep.equal(['tool:pan', 'separator', 'button:hello', 'toolbar-custom', 'tool:select']);
    expect(button(viewer, 'button:undo')).to.equal(null);
    expect(custom.isConnected).to.equal(true);
    await click(button(viewer, 'button:hello'));
    expect(pressed).to.equal(1);
  });

  it('slots toolbar-start and toolbar-end still show beside the built-in toolbar', async () => {
    const viewer = await blankViewer(undefined, undefined, WIDE);
    const start = document.createElement('button');
    start.slot = 'toolbar-start';
    start.textContent = 'start';
    viewer.append(start);
    const end = document.createElement('button');
    end.slot = 'toolbar-end';
    end.textContent = 'end';
    viewer.append(end);
    await viewer.updateComplete;
    expect(start.assignedSlot?.name).to.equal('toolbar-start');
    expect(end.assignedSlot?.name).to.equal('toolbar-end');
    expect(start.getBoundingClientRect().right).to.be.at.most(toolbar(viewer).getBoundingClientRect().left + 1);
    expect(end.getBoundingClientRect().left).to.be.at.least(toolbar(viewer).getBoundingClientRect().right - 1);
  });

  it('collapses what does not fit into menus that work by keyboard', async () => {
    const viewer = await blankViewer([{ width: 200, height: 200 }], { zoom: '1' }, { width: 520, height: 400 });
    for (const id of ['one', 'two', 'three', 'four', 'five', 'six']) viewer.registerTool({ id, label: `Tool ${id}`, edits: false });
    await toolbarSettled(viewer);
    const path = itemPath(viewer, 'tool:six')!;
    expect(path.menu, 'tool six is in a menu at 520 px').to.not.equal(undefined);
    const menuButton = path.button;
    expect(menuButton.getAttribute('aria-haspopup')).to.equal('menu');
    menuButton.focus();
    await sendKeys({ press: 'ArrowDown' });
    await toolbarSettled(viewer);
    const menu = path.menu!;
    expect(menu.matches(':popover-open')).to.equal(true);
    expect(menuButton.getAttribute('aria-expanded')).to.equal('true');
    const items = [...menu.querySelectorAll<HTMLButtonElement>('.menu-item:not(:disabled)')];
    expect(viewer.shadowRoot!.activeElement).to.equal(items[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(viewer.shadowRoot!.activeElement).to.equal(items[1]);
    await sendKeys({ press: 'Escape' });
    await toolbarSettled(viewer);
    expect(menu.matches(':popover-open')).to.equal(false);
    expect(viewer.shadowRoot!.activeElement).to.equal(menuButton);
    // Open again, go to the end and back up to tool six, and choose it with Enter.
    await sendKeys({ press: 'ArrowDown' });
    await toolbarSettled(viewer);
    await sendKeys({ press: 'End' });
    expect(viewer.shadowRoot!.activeElement).to.equal(items.at(-1));
    const six = menuItem(menu, 'tool:six');
    for (let i = 0; i < items.length && viewer.shadowRoot!.activeElement !== six; i++) await sendKeys({ press: 'ArrowUp' });
    const changed = nextEvent<{ tool: string }>(viewer, 'tool-changed');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.tool).to.equal('six');
    await toolbarSettled(viewer);
    expect(menu.matches(':popover-open')).to.equal(false);
    expect(shownActive(viewer, 'six'), 'the menu button shows tool six, pressed').to.equal(true);
  });

  it('at 280 px the More menu holds tools, opens on top of the pages, and shows the tool chosen in it', async () => {
    const viewer = await blankViewer(undefined, undefined, { width: 280, height: 500 });
    await toolbarSettled(viewer);
    const host = viewer.getBoundingClientRect();
    for (const element of shownToolbarElements(viewer)) expect(element.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
    const more = toolbar(viewer).querySelector<HTMLElement>('[part~="more-button"]')!;
    expect(more, 'More button').to.exist;
    const inMore = [...toolbar(viewer).querySelectorAll<HTMLElement>('[data-menu="more"] [data-id^="tool:"]')];
    expect(inMore.length, 'tools in More').to.be.greaterThan(0);
    const id = inMore.at(-1)!.dataset['id']!.slice('tool:'.length);
    expect(more.getAttribute('aria-pressed')).to.equal('false');
    await click(more);
    await toolbarSettled(viewer);
    // The row keeps its buttons while the menu is open (the old menu hid them all).
    expect(toolbar(viewer).querySelector<HTMLElement>('[data-id="group:select"], [data-id="tool:select"]')!.checkVisibility()).to.equal(true);
    const item = inMore.at(-1)!;
    const [x, y] = centre(item);
    expect(viewer.shadowRoot!.elementFromPoint(x, y)?.closest('.menu-item')).to.equal(item);
    await click(item);
    await toolbarSettled(viewer);
    expect(viewer.tool).to.equal(id);
    expect(more.getAttribute('aria-pressed')).to.equal('true');
    expect(more.querySelector('svg path')!.getAttribute('d')).to.equal(item.querySelector('svg path')!.getAttribute('d'));
  });
});
