import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import { annotationBox, blankViewer, draw, settled } from '../helpers/annotation-kit.js';
import { cleanupViewers, screenPixels, waitFor } from '../helpers/viewer-fixture.js';

/** Inside the test browser's window, so real clicks reach the pages (some tools move into the "More" menu). */
const WIDE = { width: 780, height: 560 };
const PAGES = Array.from({ length: 4 }, () => ({ width: 400, height: 300 }));

function popover(viewer: InstantPdfViewer): HTMLElement {
  return viewer.shadowRoot!.querySelector<HTMLElement>('[part~="note-popover"]')!;
}

/** The element focused inside the viewer's shadow root (or the host itself). */
function focused(viewer: InstantPdfViewer): Element | null {
  return viewer.shadowRoot!.activeElement ?? (document.activeElement === viewer ? viewer : null);
}

async function withNote(viewer: InstantPdfViewer) {
  return draw(viewer, { type: 'pspdfkit/note', pageIndex: 0, bbox: [300, 40, 24, 24], color: '#ffd400', text: { format: 'plain', value: 'Check this' }, creatorName: 'Ana' } as never);
}

describe('accessibility', () => {
  afterEach(async () => {
    cleanupViewers();
    await emulateMedia({ colorScheme: 'light' });
    await executeServerCommand('forced-colors', { value: 'none' });
  });

  it('passes axe loaded, and with the toolbar, the inspector and a note popover open', async () => {
    const viewer = await blankViewer(PAGES, { zoom: '1', locale: 'de' }, WIDE);
    await expect(viewer).to.be.accessible();

    const note = await withNote(viewer);
    const line = await draw(viewer, { type: 'pspdfkit/shape/line', pageIndex: 0, bbox: [10, 10, 100, 100], startPoint: [10, 10], endPoint: [110, 110], strokeColor: '#000000', strokeWidth: 2 } as never);
    // The note first: a click elsewhere closes the popover, setting the selection does not.
    const rect = annotationBox(viewer, note.id)!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 8), Math.round(rect.top + 8)] });
    await waitFor(() => !popover(viewer).hidden, 'the note popover to open');
    viewer.selectedAnnotationIds = [line.id];
    await settled(viewer);
    expect(viewer.shadowRoot!.querySelector('ipv-inspector')!.hidden).to.equal(false);
    expect(popover(viewer).hidden).to.equal(false);
    await expect(viewer).to.be.accessible();
  });

  it('is operable by keyboard alone: Tab reaches the toolbar, the pages and a note; Escape closes its popover', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const viewer = await blankViewer(PAGES, { zoom: '1' }, WIDE);
      const note = await withNote(viewer);
      before.focus();
      const reached: Element[] = [];
      for (let i = 0; i < 60; i++) {
        await sendKeys({ press: 'Tab' });
        const now = focused(viewer);
        if (!now) break;
        reached.push(now);
        if (now.getAttribute('data-annotation-id') === note.id) break;
      }
      expect(reached.some((element) => element.closest('ipv-toolbar')), 'a toolbar button').to.equal(true);
      const viewport = reached.find((element) => element.matches('[part~="viewport"]')) as HTMLElement | undefined;
      expect(viewport, 'the pages').to.not.equal(undefined);
      expect(viewport!.getAttribute('role')).to.equal('region');
      const box = reached.at(-1)!;
      expect(box.getAttribute('data-annotation-id'), 'the note').to.equal(note.id);
      expect(box.getAttribute('aria-label')).to.equal('Note: Check this');
      expect(getComputedStyle(box).outlineStyle).to.not.equal('none');

      await waitFor(() => !popover(viewer).hidden, 'the popover to open on focus');
      await sendKeys({ press: 'Escape' });
      await waitFor(() => popover(viewer).hidden, 'the popover to close');
      expect(focused(viewer)).to.equal(box);
    } finally {
      before.remove();
    }
  });

  it('shows a visible focus ring on toolbar buttons and the viewport', async () => {
    const viewer = await blankViewer(PAGES, { zoom: '1' }, WIDE);
    const viewport = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="viewport"]')!;
    viewer.focus();
    // Keyboard focus (Tab), so :focus-visible applies.
    for (let i = 0; i < 40 && focused(viewer) !== viewport; i++) await sendKeys({ press: 'Tab' });
    expect(focused(viewer)).to.equal(viewport);
    expect(getComputedStyle(viewport).outlineStyle).to.equal('solid');
  });

  for (const zoom of ['1', '2']) {
    it(`draws the focus ring of a link, a noZoom link and a note 2 to 3 pixels wide at zoom ${zoom}`, async () => {
      const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom }, WIDE);
      const link = { type: 'pspdfkit/link', pageIndex: 0, action: { type: 'uri', uri: 'https://example.com/' } };
      const annotations = [
        await draw(viewer, { ...link, bbox: [40, 40, 60, 20] } as never),
        await draw(viewer, { ...link, bbox: [40, 90, 60, 20], flags: ['noZoom'] } as never),
        await draw(viewer, { type: 'pspdfkit/note', pageIndex: 0, bbox: [40, 140, 24, 24], color: '#ffd400', text: { format: 'plain', value: 'Hi' } } as never),
      ];
      for (const annotation of annotations) {
        const box = annotationBox(viewer, annotation.id)!;
        const { x, y, height } = box.getBoundingClientRect();
        // The row through the middle of the box, from 8 px left of it to its edge: only the ring changes there.
        const strip = { x: x - 8, y: y + height / 2, width: 8, height: 1 };
        const before = await screenPixels(strip);
        if (!viewer.shadowRoot!.activeElement) viewer.focus();
        for (let i = 0; i < 40 && focused(viewer) !== box; i++) await sendKeys({ press: 'Tab' });
        expect(focused(viewer), annotation.type).to.equal(box);
        const after = await screenPixels(strip);
        let ring = 0;
        for (let px = strip.x + 0.5; px < x; px++) {
          if (before.at(px, strip.y).some((value, i) => Math.abs(value - after.at(px, strip.y)[i]!) > 60)) ring++;
        }
        expect(ring, `${annotation.type} ${annotation.flags ?? ''}`).to.be.within(2, 3);
      }
    });
  }

  it('theme="auto" follows the emulated colour scheme, covering the popovers and prompts', async () => {
    const viewer = await blankViewer(PAGES, { zoom: '1', theme: 'auto' }, WIDE);
    const toolbar = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="toolbar"]')!;
    const note = await withNote(viewer);
    const rect = annotationBox(viewer, note.id)!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 8), Math.round(rect.top + 8)] });
    await waitFor(() => !popover(viewer).hidden, 'the popover to open');

    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(toolbar).backgroundColor).to.equal('rgb(248, 249, 250)');
    expect(getComputedStyle(popover(viewer)).backgroundColor).to.equal('rgb(255, 255, 255)');

    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(toolbar).backgroundColor).to.equal('rgb(41, 42, 45)');
    expect(getComputedStyle(popover(viewer)).backgroundColor).to.equal('rgb(48, 49, 52)');

    viewer.theme = 'light';
    await viewer.updateComplete;
    expect(getComputedStyle(toolbar).backgroundColor).to.equal('rgb(248, 249, 250)');
  });

  it('the dark theme covers the password field and the error message', async () => {
    const viewer = await blankViewer(PAGES, { zoom: '1', theme: 'dark' }, WIDE);
    await viewer.load(new Uint8Array([1, 2, 3])).catch(() => undefined);
    await viewer.updateComplete;
    const error = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
    expect(getComputedStyle(error).backgroundColor).to.equal('rgb(48, 49, 52)');
    expect(getComputedStyle(error).color).to.equal('rgb(232, 234, 237)');
  });

  it('keeps the focus ring visible in forced-colors mode', async function () {
    // A command of our test runner config: emulateMedia() drops forcedColors under puppeteer.
    await executeServerCommand('forced-colors', { value: 'active' });
    if (!matchMedia('(forced-colors: active)').matches) this.skip();
    const viewer = await blankViewer(PAGES, { zoom: '1' }, WIDE);
    const note = await withNote(viewer);
    const box = annotationBox(viewer, note.id)!;
    viewer.focus();
    for (let i = 0; i < 60 && focused(viewer) !== box; i++) await sendKeys({ press: 'Tab' });
    expect(focused(viewer)).to.equal(box);
    const style = getComputedStyle(box);
    expect(style.outlineStyle).to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    const page = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="page"]')!;
    expect(getComputedStyle(page).outlineStyle).to.equal('solid');
  });
});
