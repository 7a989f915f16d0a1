/** Forms across many pages: Tab from page to page, and controls that leave and come back with their page. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { boxes, control, formValues, formViewer, tab, typeInto } from '../helpers/form-kit.js';
import { multiPageFormPdf } from '../helpers/form-pdf.js';
import { cleanupViewers, page, renderedCanvas, waitFor } from '../helpers/viewer-fixture.js';

describe('forms: many pages', () => {
  afterEach(cleanupViewers);

  it('Tab goes from the last field of a page to the first of the next', async () => {
    const viewer = await formViewer(await multiPageFormPdf(3), { zoom: '1' });
    await waitFor(() => boxes(viewer).length === 3, 'the controls of all three pages');
    await typeInto(control(viewer, 'p0'), 'first');
    await tab();
    expect(viewer.shadowRoot!.activeElement).to.equal(control(viewer, 'p1'));
    await sendKeys({ type: 'second' });
    await tab();
    expect(viewer.shadowRoot!.activeElement).to.equal(control(viewer, 'p2'));
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ p0: 'first', p1: 'second' });
  });

  it('Tab reaches the fields of pages not drawn yet, one page after the other, and Shift+Tab comes back', async function () {
    this.timeout(60000);
    const viewer = await formViewer(await multiPageFormPdf(30), { zoom: '1' });
    await typeInto(control(viewer, 'p0'), 'start');
    const focused = () => (viewer.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('.form-widget')?.dataset['fieldName'];
    // Far past the pages drawn when the document opened (the render buffer keeps about ten).
    for (let index = 1; index <= 16; index++) {
      await tab();
      await waitFor(() => focused() === `p${index}`, `Tab to reach the field of page ${index + 1}`, 10000);
    }
    await sendKeys({ type: 'far' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await waitFor(() => focused() === 'p15', 'Shift+Tab to go back a page', 10000);
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ p0: 'start', p16: 'far' });
  });

  it('text typed on a page that leaves the render buffer is committed; the page comes back showing it', async function () {
    this.timeout(60000);
    const viewer = await formViewer(await multiPageFormPdf(30), { zoom: '1' });
    await typeInto(control(viewer, 'p0'), 'typed, then scrolled away');
    // Pages drawn one after the other push page 0 out of the render buffer (it keeps about ten).
    for (let index = 2; index < 30; index += 2) {
      viewer.goToPage(index);
      await renderedCanvas(viewer, index);
    }
    await waitFor(() => page(viewer, 0).querySelector('.form-layer') === null, 'page 0 to leave the buffer', 30000);
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ p0: 'typed, then scrolled away' });
    expect(viewer.canUndo).to.equal(true);
    viewer.goToPage(0);
    await waitFor(() => page(viewer, 0).querySelector('.form-widget'), 'page 0 controls again', 30000);
    expect(control(viewer, 'p0').value).to.equal('typed, then scrolled away');
  });
});
