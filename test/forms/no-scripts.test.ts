/** Field JavaScript in the PDF never runs: keystroke, format, focus and calculate scripts, script buttons, the open action. */
import { expect } from '@open-wc/testing';
import { boxes, clickOn, control, formValues, formViewer, tab, typeInto } from '../helpers/form-kit.js';
import { formPdf } from '../helpers/form-pdf.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';

describe('forms: no field JavaScript', () => {
  const alerts: unknown[] = [];
  const originalAlert = window.alert;
  beforeEach(() => {
    alerts.length = 0;
    window.alert = (message?: unknown) => void alerts.push(message);
  });
  afterEach(() => {
    window.alert = originalAlert;
    cleanupViewers();
  });

  it('typing into a field with scripts keeps what was typed; a script button gets no control', async () => {
    const viewer = await formViewer(await formPdf({ scripts: true }));
    await typeInto(control(viewer, 'scripted'), 'typed');
    await tab();
    await clickOn(control(viewer, 'reset'));
    await typeInto(control(viewer, 'scripted'), 'again');
    await tab();
    expect(formValues(viewer.exportInstantJson())['scripted']).to.equal('again');
    expect(control(viewer, 'scripted').value).to.equal('again');
    expect(boxes(viewer).some((box) => box.dataset['fieldName'] === 'jsButton')).to.equal(false);
    expect(alerts).to.deep.equal([]);
  });
});
