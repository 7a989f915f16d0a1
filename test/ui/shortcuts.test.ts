/**
 * Keyboard help and select-all with the real keyboard: `?` opens the
 * shortcut list (a labelled dialog that takes focus, closes with Escape or
 * Close and gives focus back), localized with Ctrl or ⌘; Ctrl/⌘+A selects the
 * annotations shown on the current page. Also the German pan tool's name.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import { Localizer } from '../../src/i18n/localize.js';
import type { AnnotationInput } from '../../src/model/index.js';
import { keyLabel } from '../../src/ui/shortcut-help.js';
import { blankViewer, settled } from '../helpers/annotation-kit.js';
import { cleanupViewers, nextEvent, waitFor } from '../helpers/viewer-fixture.js';

/** Wide enough for every built-in tool, so no item moves into the overflow menu. */
const WIDE = { width: 1800, height: 600 };
const APPLE = /Mac|iPhone|iPad/.test(navigator.platform);

/** Shift+/ on the US layout the test browser types with: `?`. */
async function pressQuestionMark(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Slash' });
  await sendKeys({ up: 'Shift' });
}

async function pressSelectAll(): Promise<void> {
  const modifier = APPLE ? 'Meta' : 'Control';
  await sendKeys({ down: modifier });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: modifier });
}

function dialog(viewer: InstantPdfViewer): HTMLDialogElement | null {
  return viewer.shadowRoot!.querySelector<HTMLDialogElement>('[part="shortcut-help"]');
}

function rectangle(pageIndex: number, flags?: string[]): AnnotationInput {
  return { type: 'pspdfkit/shape/rectangle', pageIndex, bbox: [40, 40, 60, 40], strokeColor: '#000000', strokeWidth: 2, ...(flags ? { flags } : {}) } as AnnotationInput;
}

describe('keyboard shortcuts', () => {
  afterEach(cleanupViewers);

  it('? opens the shortcut list: a labelled dialog with focus inside; Escape closes it and focus returns', async () => {
    const viewer = await blankViewer();
    viewer.tool = 'rectangle';
    await viewer.updateComplete;
    viewer.focus();
    await pressQuestionMark();
    const list = await waitFor(() => dialog(viewer), 'the shortcut list');
    expect(list.open).to.equal(true);
    expect(list.matches(':modal'), 'modal').to.equal(true);
    expect(list.tagName).to.equal('DIALOG');
    const title = viewer.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!);
    expect(title?.textContent).to.equal('Keyboard shortcuts');
    expect(list.contains(viewer.shadowRoot!.activeElement), 'focus is inside').to.equal(true);
    const text = list.textContent!.replace(/\s+/g, ' ');
    const mod = APPLE ? '⌘' : 'Ctrl';
    for (const expected of [`${mod}+Z Undo`, `${mod}+A Select all annotations on this page`, 'Delete or Backspace Delete the selected annotations', 'Page Down or Page Up Next or previous page', `${mod}+0 Automatic zoom`, '? Show this list']) {
      expect(text, expected).to.contain(expected);
    }

    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog(viewer), 'the list to close');
    expect(document.activeElement, 'focus back on the viewer').to.equal(viewer);
    // Escape was the dialog's: the tool did not change.
    expect(viewer.tool).to.equal('rectangle');

    // Again, closed with its Close button this time.
    await pressQuestionMark();
    const again = await waitFor(() => dialog(viewer), 'the shortcut list');
    expect(viewer.shadowRoot!.activeElement?.textContent).to.equal('Close');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !dialog(viewer), 'the list to close');
    expect(again.isConnected).to.equal(false);
    expect(document.activeElement).to.equal(viewer);
  });

  it('? typed into a field is text, not a request for help', async () => {
    const viewer = await blankViewer();
    const field = viewer.shadowRoot!.querySelector<HTMLInputElement>('[part~="page-input"]')!;
    field.focus();
    await pressQuestionMark();
    await settled(viewer);
    expect(dialog(viewer)).to.equal(null);
  });

  it('German: the list in German with Strg (⌘ on a Mac), and the pan tool is called "Hand"', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1', locale: 'de' }, WIDE);
    const bar = viewer.shadowRoot!.querySelector('ipv-toolbar')!;
    await bar.updateComplete;
    expect(bar.querySelector('[data-id="tool:pan"]')!.getAttribute('aria-label')).to.equal('Hand');
    viewer.focus();
    await pressQuestionMark();
    const list = await waitFor(() => dialog(viewer), 'the shortcut list');
    const text = list.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Tastenkürzel');
    expect(text).to.contain(`${APPLE ? '⌘' : 'Strg'}+Z Rückgängig`);
    expect(text).to.contain('Entf oder Rücktaste Ausgewählte Anmerkungen löschen');
    const german = new Localizer('de');
    expect(keyLabel('mod', german, true)).to.equal('⌘');
    expect(keyLabel('mod', german, false)).to.equal('Strg');
    expect(keyLabel('mod', new Localizer('en'), false)).to.equal('Ctrl');
  });

  it('Ctrl/⌘+A selects the annotations shown on the current page, none of another page, and not the page text', async () => {
    const viewer = await blankViewer([
      { width: 400, height: 300 },
      { width: 400, height: 300 },
    ]);
    const first = viewer.createAnnotation(rectangle(0));
    const second = viewer.createAnnotation({ ...rectangle(0), bbox: [150, 100, 50, 50] } as AnnotationInput);
    viewer.createAnnotation(rectangle(0, ['hidden']));
    const onNextPage = viewer.createAnnotation(rectangle(1));
    await settled(viewer);
    viewer.focus();
    // The browser's own select-all (of the page text) is what a prevented default keeps away.
    const prevented: boolean[] = [];
    const record = (event: KeyboardEvent) => event.key.toLowerCase() === 'a' && prevented.push(event.defaultPrevented);
    document.addEventListener('keydown', record);
    const selected = nextEvent<{ annotationIds: string[] }>(viewer, 'selection-changed', 3000);
    await pressSelectAll();
    document.removeEventListener('keydown', record);
    expect(prevented).to.deep.equal([true]);
    expect((await selected).detail.annotationIds.sort()).to.deep.equal([first.id, second.id].sort());
    expect(viewer.selectedAnnotationIds.sort()).to.deep.equal([first.id, second.id].sort());

    viewer.goToPage(1);
    await settled(viewer);
    viewer.focus();
    const next = nextEvent<{ annotationIds: string[] }>(viewer, 'selection-changed', 3000);
    await pressSelectAll();
    expect((await next).detail.annotationIds).to.deep.equal([onNextPage.id]);
  });

  it('Ctrl/⌘+A selects the annotations of the current page with a drawing tool active too', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }]);
    const first = viewer.createAnnotation(rectangle(0));
    viewer.tool = 'ink';
    await viewer.updateComplete;
    await settled(viewer);
    viewer.focus();
    const selected = nextEvent<{ annotationIds: string[] }>(viewer, 'selection-changed', 3000);
    await pressSelectAll();
    expect((await selected).detail.annotationIds).to.deep.equal([first.id]);
    expect(viewer.tool).to.equal('ink');
  });
});
