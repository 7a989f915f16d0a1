/**
 * The built-in toolbar in the field: a viewer 320, 390, 600, 960 and 1280 px
 * wide with a real PDF, used with a real mouse, touch taps and the keyboard.
 * Every tool must be reachable in at most two presses and show as active;
 * nothing may stick out of the viewer; menus must be on screen and on top.
 */
import type { AnnotationInput } from '../../src/model/index.js';
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import { tap } from '../helpers/input-kit.js';
import { centre, clickCentre, itemPath, menuItem, registeredToolIds, shownActive, shownToolbarElements, toolbarOf, toolbarSettled } from '../helpers/toolbar-kit.js';
import { cleanupViewers, mountViewer, nextEvent } from '../helpers/viewer-fixture.js';

const WIDTHS = [320, 390, 600, 960, 1280];
const HEIGHT = 520;

async function openSample(width: number): Promise<InstantPdfViewer> {
  const viewer = mountViewer({ src: '/demo/sample.pdf' }, { width, height: HEIGHT });
  await nextEvent(viewer, 'document-loaded');
  await toolbarSettled(viewer);
  return viewer;
}

function focused(viewer: InstantPdfViewer): Element | null {
  return viewer.shadowRoot!.activeElement;
}

/** The menu is on screen and on top: inside the window, and what is at each item's centre is that item. */
function expectMenuOnTop(viewer: InstantPdfViewer, menu: HTMLElement, label: string): void {
  expect(menu.matches(':popover-open'), `${label}: menu open`).to.equal(true);
  const box = menu.getBoundingClientRect();
  expect(box.left, `${label}: menu left`).to.be.at.least(0);
  expect(box.top, `${label}: menu top`).to.be.at.least(0);
  expect(box.right, `${label}: menu right`).to.be.at.most(window.innerWidth);
  expect(box.bottom, `${label}: menu bottom`).to.be.at.most(window.innerHeight);
  for (const item of menu.querySelectorAll<HTMLElement>('.menu-item')) {
    const [x, y] = centre(item);
    expect(viewer.shadowRoot!.elementFromPoint(x, y)?.closest('.menu-item'), `${label}: ${item.dataset['id']} on top`).to.equal(item);
  }
}

/** Presses tool `id` through the toolbar with `press` (a click or a tap at an element's centre); returns the presses used. */
async function chooseTool(viewer: InstantPdfViewer, id: string, press: (element: Element) => Promise<void>): Promise<number> {
  const path = itemPath(viewer, `tool:${id}`);
  expect(path, `${id} is in the toolbar or one of its menus`).to.not.equal(undefined);
  await press(path!.button);
  await toolbarSettled(viewer);
  if (!path!.menu) return 1;
  expectMenuOnTop(viewer, path!.menu, id);
  await press(menuItem(path!.menu, `tool:${id}`));
  await toolbarSettled(viewer);
  expect(path!.menu.matches(':popover-open'), `${id}: choosing closes the menu`).to.equal(false);
  return 2;
}

const rect = { type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [50, 50, 100, 60], strokeColor: '#ff0000', strokeWidth: 2 } as AnnotationInput;

before(() => {
  document.body.style.margin = '0';
});
after(() => setViewport({ width: 800, height: 600 }));
afterEach(cleanupViewers);

// First in the file: Lit warns of each kind once per page, so a later test would not see it.
describe('toolbar measuring', () => {
  before(() => setViewport({ width: 960, height: 640 }));

  it('loads and resizes without Lit warning of an update scheduled after an update', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    try {
      for (const width of [390, 960]) {
        const viewer = await openSample(width);
        await toolbarSettled(viewer);
        viewer.style.width = `${width - 100}px`;
        await toolbarSettled(viewer);
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((text) => text.includes('scheduled an update'))).to.deep.equal([]);
  });
});

for (const width of WIDTHS) {
  describe(`toolbar in a viewer ${width} px wide`, () => {
    before(() => setViewport({ width, height: 640 }));

    it('fits: nothing in the toolbar sticks out of the viewer, and every target is at least 24 × 24', async () => {
      const viewer = await openSample(width);
      const host = viewer.getBoundingClientRect();
      const strip = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="toolbar"]')!;
      expect(strip.scrollWidth, 'the strip does not scroll sideways').to.be.at.most(strip.clientWidth);
      for (const element of shownToolbarElements(viewer)) {
        const box = element.getBoundingClientRect();
        expect(box.left, `${element.tagName}.${element.getAttribute('class')} left`).to.be.at.least(host.left - 0.5);
        expect(box.right, `${element.tagName}.${element.getAttribute('class')} right`).to.be.at.most(host.right + 0.5);
      }
      const targets = shownToolbarElements(viewer).filter((element) => element.matches('button, input, select'));
      expect(targets.length).to.be.greaterThan(3);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(Math.min(box.width, box.height), `${target.getAttribute('aria-label')} size`).to.be.at.least(24);
      }
      expect(toolbarOf(viewer).querySelector('[part~="page-input"]')!.checkVisibility(), 'page box').to.equal(true);
      expect(toolbarOf(viewer).querySelector('[part~="zoom-select"]')!.checkVisibility(), 'zoom menu').to.equal(true);
    });

    it('reaches every registered tool with at most two real clicks, and shows the chosen one as active', async () => {
      const viewer = await openSample(width);
      const ids = registeredToolIds(viewer);
      expect(ids.length).to.be.at.least(20);
      for (const id of [...ids.filter((tool) => tool !== 'select'), 'select']) {
        const presses = await chooseTool(viewer, id, clickCentre);
        expect(presses).to.be.at.most(2);
        expect(viewer.tool, `clicking ${id}`).to.equal(id);
        expect(shownActive(viewer, id), `${id} shown as active`).to.equal(true);
      }
    });
  });
}

describe('toolbar on a phone (390 px), by touch', () => {
  before(() => setViewport({ width: 390, height: 640 }));

  it('reaches every registered tool with at most two taps, and shows it active', async () => {
    const viewer = await openSample(390);
    for (const id of [...registeredToolIds(viewer).filter((tool) => tool !== 'select'), 'select']) {
      const presses = await chooseTool(viewer, id, (element) => tap(centre(element)));
      expect(presses).to.be.at.most(2);
      expect(viewer.tool, `tapping ${id}`).to.equal(id);
      expect(shownActive(viewer, id), `${id} shown as active`).to.equal(true);
    }
  });
});

for (const width of [390, 1280]) {
  describe(`toolbar by keyboard alone, ${width} px`, () => {
    before(() => setViewport({ width, height: 640 }));

    it('Tab, Enter and the arrow keys reach every tool; Escape closes a menu and returns to its button', async () => {
      const start = document.createElement('button');
      start.textContent = 'before';
      document.body.prepend(start);
      try {
        const viewer = await openSample(width);
        for (const id of [...registeredToolIds(viewer).filter((tool) => tool !== 'select'), 'select']) {
          const path = itemPath(viewer, `tool:${id}`)!;
          start.focus();
          for (let i = 0; i < 40 && focused(viewer) !== path.button; i++) await sendKeys({ press: 'Tab' });
          expect(focused(viewer), `Tab reaches the button of ${id}`).to.equal(path.button);
          await sendKeys({ press: 'Enter' });
          await toolbarSettled(viewer);
          if (path.menu) {
            const item = menuItem(path.menu, `tool:${id}`);
            for (let i = 0; i < 12 && focused(viewer) !== item; i++) await sendKeys({ press: 'ArrowDown' });
            expect(focused(viewer), `arrows reach ${id}`).to.equal(item);
            await sendKeys({ press: 'Enter' });
            await toolbarSettled(viewer);
            expect(path.menu.matches(':popover-open')).to.equal(false);
            // Back on the menu button, unless the tool took it (the stamp picker focuses itself).
            expect(document.activeElement, 'focus stays in the viewer').to.equal(viewer);
          }
          expect(viewer.tool, `keyboard to ${id}`).to.equal(id);
        }
        // Escape closes a menu and returns focus to its button; Home and End move within it.
        const menuButton = toolbarOf(viewer).querySelector<HTMLElement>('[data-menu-button]');
        if (menuButton) {
          menuButton.focus();
          await sendKeys({ press: 'ArrowDown' });
          await toolbarSettled(viewer);
          const menu = toolbarOf(viewer).querySelector<HTMLElement>(`[data-menu="${menuButton.dataset['menuButton']}"]`)!;
          const items = [...menu.querySelectorAll<HTMLElement>('.menu-item:not(:disabled)')];
          expect(focused(viewer)).to.equal(items[0]);
          await sendKeys({ press: 'End' });
          expect(focused(viewer)).to.equal(items.at(-1));
          await sendKeys({ press: 'Home' });
          expect(focused(viewer)).to.equal(items[0]);
          await sendKeys({ press: 'Escape' });
          await toolbarSettled(viewer);
          expect(menu.matches(':popover-open')).to.equal(false);
          expect(focused(viewer)).to.equal(menuButton);
          expect(menuButton.getAttribute('aria-expanded')).to.equal('false');
        }
      } finally {
        start.remove();
      }
    });
  });
}

for (const width of [320, 960]) {
  describe(`toolbar undo at ${width} px`, () => {
    before(() => setViewport({ width, height: 640 }));

    it('pressing Undo until it disables keeps focus in the viewer, and Ctrl+Shift+Z / Ctrl+Z still work', async () => {
      const viewer = await openSample(width);
      viewer.createAnnotation(rect);
      viewer.createAnnotation({ ...rect, bbox: [200, 50, 80, 40] } as AnnotationInput);
      await toolbarSettled(viewer);
      for (let count = 2; count > 0; count--) {
        const path = itemPath(viewer, 'button:undo')!;
        await clickCentre(path.button);
        if (path.menu) {
          await toolbarSettled(viewer);
          await clickCentre(menuItem(path.menu, 'button:undo'));
        }
        await toolbarSettled(viewer);
      }
      expect(viewer.exportInstantJson().annotations).to.equal(undefined);
      expect(viewer.canUndo).to.equal(false);
      expect(document.activeElement, 'focus stays in the viewer').to.equal(viewer);
      await sendKeys({ down: 'Control' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'KeyZ' });
      await sendKeys({ up: 'Shift' });
      expect(viewer.exportInstantJson().annotations, 'Ctrl+Shift+Z redid one').to.have.length(1);
      await sendKeys({ press: 'KeyZ' });
      await sendKeys({ up: 'Control' });
      expect(viewer.exportInstantJson().annotations, 'Ctrl+Z undid it').to.equal(undefined);
    });
  });
}

describe('toolbar without a document', () => {
  before(() => setViewport({ width: 960, height: 640 }));

  function toolControls(viewer: InstantPdfViewer): HTMLButtonElement[] {
    return [...toolbarOf(viewer).querySelectorAll<HTMLButtonElement>('[data-id^="tool:"], [data-id="button:undo"], [data-id="button:redo"], [data-id^="group:"]')];
  }

  it('disables tools and undo/redo while loading, and shows no "/ 0" page count', async () => {
    const viewer = mountViewer({ src: '/demo/sample.pdf' }, { width: 960, height: HEIGHT });
    const loaded = nextEvent(viewer, 'document-loaded');
    await viewer.updateComplete;
    await toolbarOf(viewer).updateComplete;
    expect(toolControls(viewer).length).to.be.at.least(20);
    for (const control of toolControls(viewer)) expect(control.disabled, `${control.dataset['id']} before load`).to.equal(true);
    expect(toolbarOf(viewer).textContent).to.not.include('/ 0');
    await loaded;
    await toolbarSettled(viewer);
    expect(toolbarOf(viewer).textContent).to.include('/ 8');
    const select = toolControls(viewer).find((control) => control.dataset['id'] === 'tool:select')!;
    expect(select.disabled).to.equal(false);
  });

  it('disables tools and undo/redo after a document-error', async () => {
    const viewer = mountViewer({ src: '/corpus/pdf/no-such-file.pdf' }, { width: 960, height: HEIGHT });
    await nextEvent(viewer, 'document-error');
    await toolbarSettled(viewer);
    for (const control of toolControls(viewer)) expect(control.disabled, `${control.dataset['id']} after an error`).to.equal(true);
    expect(toolbarOf(viewer).textContent).to.not.include('/ 0');
  });

});
