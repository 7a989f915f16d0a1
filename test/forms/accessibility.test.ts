/** axe-core over the viewer's shadow DOM with form controls, editable and read-only. */
import { expect } from '@open-wc/testing';
import { control, formViewer, RESET_FORM_PDF } from '../helpers/form-kit.js';
import { formPdf } from '../helpers/form-pdf.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';

describe('forms: accessibility', () => {
  afterEach(cleanupViewers);

  it('resetform.pdf passes axe, and every control has a name', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    await expect(viewer).to.be.accessible();
    for (const element of viewer.shadowRoot!.querySelectorAll('.form-control')) {
      expect(element.getAttribute('aria-label')).to.not.equal('');
    }
  });

  it('the generated form passes axe, also read-only', async () => {
    const viewer = await formViewer(await formPdf());
    await expect(viewer).to.be.accessible();
    viewer.readonly = true;
    await viewer.updateComplete;
    expect(control(viewer, 'size').getAttribute('aria-disabled'), 'a radio button cannot be aria-readonly').to.equal('true');
    expect(control(viewer, 'agree').getAttribute('aria-readonly')).to.equal('true');
    await expect(viewer).to.be.accessible();
  });
});
