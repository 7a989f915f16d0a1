/**
 * A generated form with every field kind (test/helpers/form-pdf.ts): what
 * each control takes, with real keyboard and mouse input.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { boxes, centre, clickOn, control, formSettled, formValues, formViewer, tab, typeInto } from '../helpers/form-kit.js';
import { formPdf } from '../helpers/form-pdf.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';

describe('forms: every field kind', () => {
  afterEach(cleanupViewers);

  it('builds the right control for each kind, with its flags and accessible name', async () => {
    const viewer = await formViewer(await formPdf());
    const name = control(viewer, 'name');
    expect(name.getAttribute('aria-label'), '/TU').to.equal('Full name');
    expect(control(viewer, 'notes')).to.be.instanceOf(HTMLTextAreaElement);
    expect(control<HTMLTextAreaElement>(viewer, 'notes').value).to.equal('Line one');
    expect(control(viewer, 'zip').maxLength).to.equal(5);
    expect(control(viewer, 'zip').style.letterSpacing, 'comb cells').to.not.equal('');
    expect(control(viewer, 'pin').type).to.equal('password');
    expect(control(viewer, 'code').maxLength).to.equal(4);
    expect(control(viewer, 'id')).to.include({ value: 'ID-7', readOnly: true });
    const city = control(viewer, 'city');
    expect(city.list, 'an input with suggestions: a combobox').to.be.instanceOf(HTMLDataListElement);
    expect([...city.list!.options].map((option) => option.value)).to.deep.equal(['Paris', 'Rome']);
    expect(control<HTMLSelectElement>(viewer, 'color').value).to.equal('green');
    const toppings = control<HTMLSelectElement>(viewer, 'toppings');
    expect(toppings.multiple).to.equal(true);
    expect([...toppings.selectedOptions].map((option) => option.value)).to.deep.equal(['cheese']);
    expect(control(viewer, 'size', undefined).name, 'radio inputs share a name').to.match(/^ipv-form-\d+-\d+$/);
    // Page 1's controls come in the page's widget order; page 2's follow.
    expect(boxes(viewer).map((box) => box.dataset['fieldName'])).to.deep.equal([
      'name', 'notes', 'zip', 'pin', 'code', 'id', 'agree', 'size', 'size', 'size', 'color', 'city', 'toppings', 'flavor', 'reset',
      ...(boxes(viewer).length > 15 ? ['rotated'] : []),
    ]);
    expect(viewer.exportInstantJson()).to.not.have.property('formFieldValues');
  });

  it('takes typing, keeps max lengths, and Tab moves through the fields in order', async () => {
    const viewer = await formViewer(await formPdf());
    await typeInto(control(viewer, 'name'), 'Ada Lovelace');
    await tab();
    expect(viewer.shadowRoot!.activeElement).to.equal(control(viewer, 'notes'));
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Line two' });
    await tab();
    expect(viewer.shadowRoot!.activeElement).to.equal(control(viewer, 'zip'));
    await sendKeys({ type: '1234567' });
    await tab();
    await sendKeys({ type: 'secret' });
    await tab();
    expect(viewer.shadowRoot!.activeElement).to.equal(control(viewer, 'code'));
    // Tab selects the field's text ("AB"): typing replaces it, up to 4 characters.
    await sendKeys({ type: 'CDEFGH' });
    await tab();
    expect(viewer.shadowRoot!.activeElement, 'a read-only field is still in the Tab order').to.equal(control(viewer, 'id'));
    await sendKeys({ type: 'changed?' });
    await tab();
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({
      name: 'Ada Lovelace',
      notes: 'Line one\nLine two',
      zip: '12345',
      pin: 'secret',
      code: 'CDEF',
    });
    expect(control(viewer, 'id').value).to.equal('ID-7');
  });

  it('checkbox, radio, combo boxes and a multi-select list box', async () => {
    const viewer = await formViewer(await formPdf());
    await clickOn(control(viewer, 'agree'));
    await clickOn(boxes(viewer).find((box) => box.dataset['fieldName'] === 'size' && box.querySelector('input')!.getAttribute('aria-label')!.endsWith(': L'))!);
    const color = control<HTMLSelectElement>(viewer, 'color');
    color.focus();
    await sendKeys({ press: 'ArrowDown' });
    await typeInto(control(viewer, 'city'), 'Berlin');
    await tab();
    const toppings = control<HTMLSelectElement>(viewer, 'toppings');
    const option = (select: HTMLSelectElement, v: string) => [...select.options].find((item) => item.value === v)!;
    await sendKeys({ down: 'Control' });
    await clickOn(option(toppings, 'olives'));
    await clickOn(option(toppings, 'basil'));
    await sendKeys({ up: 'Control' });
    await clickOn(option(control<HTMLSelectElement>(viewer, 'flavor'), 'chocolate'));
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({
      agree: ['Yes'],
      size: 'L',
      color: 'blue',
      city: 'Berlin',
      toppings: ['cheese', 'olives', 'basil'],
      flavor: 'chocolate',
    });
    // Picking an option of the editable combo box writes that option.
    await typeInto(control(viewer, 'city'), 'Rome');
    await tab();
    expect(formValues(viewer.exportInstantJson())['city']).to.equal('Rome');
  });

  it('the reset button resets every field but read-only ones to its default in one step', async () => {
    const viewer = await formViewer(await formPdf());
    await typeInto(control(viewer, 'name'), 'x');
    await clickOn(control(viewer, 'agree'));
    await clickOn(control(viewer, 'reset'));
    // The generated form has no /DV: defaults are empty, "Off", nothing chosen.
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({
      notes: '',
      code: '',
      size: 'Off',
      color: null,
      toppings: [],
      rotated: '',
    });
    await formSettled(viewer);
    expect(control(viewer, 'id').value, 'read-only: never changed by a person').to.equal('ID-7');
    expect(control(viewer, 'notes').value).to.equal('');
    viewer.undo();
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ name: 'x', agree: ['Yes'] });
  });

  it('a control stays over its widget at every zoom, and a pointer there reaches it', async () => {
    const viewer = await formViewer(await formPdf(), { zoom: '0.75' });
    for (const zoom of [0.75, 1.5, 1]) {
      viewer.zoom = zoom;
      await viewer.updateComplete;
      await formSettled(viewer);
      const field = control(viewer, 'name');
      const pageBox = viewer.shadowRoot!.querySelector('[data-page-index="0"]')!.getBoundingClientRect();
      const scale = pageBox.width / 612;
      const box = field.getBoundingClientRect();
      // name: x 50, y 700, 200 × 24 (+ half a point of border on each side).
      expect(box.left - pageBox.left).to.be.closeTo(49.5 * scale, 1);
      expect(box.top - pageBox.top).to.be.closeTo((792 - 724.5) * scale, 1);
      expect(box.width).to.be.closeTo(201 * scale, 1);
      expect(box.height).to.be.closeTo(25 * scale, 1);
    }
    await sendMouse({ type: 'click', position: centre(control(viewer, 'name')) });
    expect(viewer.shadowRoot!.activeElement).to.equal(control(viewer, 'name'));
  });
});
