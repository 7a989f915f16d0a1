import { expect } from '@open-wc/testing';
import { blankViewer, settled } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import { registerLocale } from '../../src/i18n/localize.js';


/** Wide enough for every built-in tool, so no item moves into the overflow menu. */
const WIDE = { width: 1800, height: 600 };
describe('locale, theme and accessibility', () => {
  afterEach(cleanupViewers);

  it('locale="de" shows German names; a registered locale falls back to English', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1', locale: 'de' }, WIDE);
    const bar = viewer.shadowRoot!.querySelector('ipv-toolbar')!;
    await bar.updateComplete;
    expect(bar.querySelector('[data-id="tool:select"]')!.getAttribute('aria-label')).to.equal('Auswählen');
    expect(bar.querySelector('[data-id="button:undo"]')!.getAttribute('title')).to.equal('Rückgängig');
    expect(viewer.shadowRoot!.querySelector('[part~="page-input"]')!.getAttribute('aria-label')).to.equal('Seitenzahl');
    const options = [...viewer.shadowRoot!.querySelectorAll('[part~="zoom-select"] option')].map((o) => o.textContent!.trim());
    expect(options.some((text) => /^50\s%$/u.test(text)), options.join('|')).to.equal(true);
    registerLocale('xx', { 'tool.select': 'Pick' });
    viewer.locale = 'xx';
    await viewer.updateComplete;
    await bar.updateComplete;
    expect(bar.querySelector('[data-id="tool:select"]')!.getAttribute('aria-label')).to.equal('Pick');
    expect(bar.querySelector('[data-id="tool:pan"]')!.getAttribute('aria-label')).to.equal('Pan');
  });

  it('the inspector names stamp types in the viewer\'s language', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1', locale: 'de' }, WIDE);
    const stamp = viewer.createAnnotation({ type: 'pspdfkit/stamp', pageIndex: 0, bbox: [50, 50, 120, 40], stampType: 'Approved' } as never);
    viewer.selectedAnnotationIds = [stamp.id];
    await settled(viewer);
    const panel = viewer.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('ipv-inspector')!;
    await panel.updateComplete;
    const select = panel.querySelector<HTMLSelectElement>('select[name="stampType"]')!;
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('Genehmigt');
    const names = [...select.options].map((option) => option.textContent!.trim());
    expect(names).to.include.members(['Nicht genehmigt', 'Streng geheim', 'Benutzerdefiniert']);
  });

  it('theme="dark" changes the toolbar colours', async () => {
    const viewer = await blankViewer(undefined, undefined, WIDE);
    const toolbar = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="toolbar"]')!;
    const light = getComputedStyle(toolbar).backgroundColor;
    viewer.theme = 'dark';
    await viewer.updateComplete;
    expect(getComputedStyle(toolbar).backgroundColor).to.not.equal(light);
    expect(getComputedStyle(toolbar).backgroundColor).to.equal('rgb(41, 42, 45)');
  });

  it('passes axe with the toolbar and the inspector open', async () => {
    const viewer = await blankViewer(undefined, undefined, WIDE);
    const created = viewer.createAnnotation({ type: 'pspdfkit/shape/line', pageIndex: 0, bbox: [10, 10, 100, 100], startPoint: [10, 10], endPoint: [110, 110], strokeColor: '#000000', strokeWidth: 2 } as never);
    viewer.selectedAnnotationIds = [created.id];
    await settled(viewer);
    expect(viewer.shadowRoot!.querySelector('ipv-inspector')!.hidden).to.equal(false);
    await expect(viewer).to.be.accessible();
  });
});
