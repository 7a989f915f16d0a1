/**
 * Filling pdf.js's resetform.pdf (../shared/corpus): six text fields, four
 * checkboxes, a radio group, a combo box, a list box and two reset buttons,
 * with real mouse and keyboard input.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AnnotationsChangedDetail } from '../../src/events.js';
import { cleanupViewers, near, nextEvent, screenPixels } from '../helpers/viewer-fixture.js';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import { boxes, clickOn, control, formSettled, formValues, formViewer, RESET_FORM_PDF, tab, typeInto, value } from '../helpers/form-kit.js';

describe('forms: resetform.pdf', () => {
  afterEach(cleanupViewers);

  it('puts one accessible control over each widget, in the page order', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    const controls = boxes(viewer).map((box) => box.querySelector<HTMLElement>('.form-control')!);
    expect(controls.map((element) => element.getAttribute('aria-label'))).to.deep.equal([
      'Text1', 'Text2', 'Text3', 'Text4', 'Text5', 'Text6',
      'Check Box7', 'Check Box8', 'Check Box9', 'Check Box10',
      'Group11: Choice1', 'Group11: Choice2', 'Group11: Choice3', 'Group11: Choice4',
      'Dropdown12', 'List Box13', 'Button14', 'Button15',
    ]);
    expect(controls.map((element) => (element instanceof HTMLInputElement ? element.type : element.localName))).to.deep.equal([
      'text', 'text', 'text', 'text', 'text', 'text',
      'checkbox', 'checkbox', 'checkbox', 'checkbox',
      'radio', 'radio', 'radio', 'radio',
      'select', 'select', 'button', 'button',
    ]);
    expect(control<HTMLSelectElement>(viewer, 'Dropdown12').value).to.equal('a');
    expect(control<HTMLSelectElement>(viewer, 'List Box13').value).to.equal('d');
    expect(viewer.exportInstantJson()).to.not.have.property('formFieldValues');
  });

  it('typing into a text field becomes a value when the field is left: one user change, undoable', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    const events: AnnotationsChangedDetail[] = [];
    viewer.addEventListener('annotations-changed', (event) => events.push(event.detail));
    await typeInto(control(viewer, 'Text1'), 'Hello');
    expect(events, 'no value per keystroke').to.have.length(0);
    await tab();
    expect(events).to.have.length(1);
    expect(events[0]!.source).to.equal('user');
    expect(events[0]!.instantJson.formFieldValues).to.deep.equal([value('Text1', 'Hello')]);
    expect(viewer.shadowRoot!.activeElement).to.equal(control(viewer, 'Text2'));
    expect(viewer.canUndo).to.equal(true);
    viewer.undo();
    await formSettled(viewer);
    expect(control(viewer, 'Text1').value).to.equal('');
    expect(viewer.exportInstantJson()).to.not.have.property('formFieldValues');
    viewer.redo();
    await formSettled(viewer);
    expect(control(viewer, 'Text1').value).to.equal('Hello');
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ Text1: 'Hello' });
  });

  it('clicking a checkbox checks it on the canvas with the PDF’s own check mark; clicking again is back to the PDF', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    const box = control(viewer, 'Check Box8');
    expect(await inkInside(viewer, box)).to.be.below(0.02);
    const changed = nextEvent<AnnotationsChangedDetail>(viewer, 'annotations-changed');
    await clickOn(box);
    expect((await changed).detail.source).to.equal('user');
    expect(box.checked).to.equal(true);
    expect(viewer.exportInstantJson().formFieldValues).to.deep.equal([value('Check Box8', ['Yes'])]);
    await formSettled(viewer);
    expect(await inkInside(viewer, box), 'the check mark is drawn').to.be.above(0.05);
    await clickOn(box);
    await formSettled(viewer);
    expect(box.checked).to.equal(false);
    expect(viewer.exportInstantJson(), 'unchecked is the PDF’s value: no record').to.not.have.property('formFieldValues');
    expect(await inkInside(viewer, box)).to.be.below(0.02);
    viewer.undo();
    await formSettled(viewer);
    expect(box.checked).to.equal(true);
  });

  it('radio buttons: a click or an arrow key chooses one on-state name for the group', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    await clickOn(control(viewer, 'Group11', 76));
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ Group11: 'Choice3' });
    await sendKeys({ press: 'ArrowRight' });
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ Group11: 'Choice4' });
    await formSettled(viewer);
    expect([74, 75, 76, 77].map((id) => control(viewer, 'Group11', id).checked)).to.deep.equal([false, false, false, true]);
    expect(await inkInside(viewer, control(viewer, 'Group11', 77))).to.be.above(await inkInside(viewer, control(viewer, 'Group11', 76)));
    viewer.undo();
    await formSettled(viewer);
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ Group11: 'Choice3' });
    expect(control(viewer, 'Group11', 76).checked).to.equal(true);
  });

  it('choosing in the combo box and the list box writes export values, not labels', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    const combo = control<HTMLSelectElement>(viewer, 'Dropdown12');
    combo.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(combo.selectedOptions[0]!.textContent).to.equal('B');
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ Dropdown12: 'b' });
    const list = control<HTMLSelectElement>(viewer, 'List Box13');
    const f = [...list.options].find((option) => option.value === 'f')!;
    await clickOn(f);
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ Dropdown12: 'b', 'List Box13': 'f' });
    await clickOn([...list.options].find((option) => option.value === 'd')!);
    expect(formValues(viewer.exportInstantJson()), 'back to the PDF’s value').to.deep.equal({ Dropdown12: 'b' });
  });

  it('a reset button resets its fields to their defaults in one undoable step', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    await typeInto(control(viewer, 'Text1'), 'one');
    await typeInto(control(viewer, 'Text2'), 'two');
    await clickOn(control(viewer, 'Check Box7'));
    await clickOn(control(viewer, 'Check Box8'));
    await clickOn(control(viewer, 'Group11', 75));
    const filled = viewer.exportInstantJson();
    expect(formValues(filled)).to.deep.equal({ Text1: 'one', Text2: 'two', 'Check Box7': ['Yes'], 'Check Box8': ['Yes'], Group11: 'Choice2' });

    // "Reset few of them" excludes Check Box8, Group11, List Box13, Text2, Text4 and Text6.
    const events: AnnotationsChangedDetail[] = [];
    viewer.addEventListener('annotations-changed', (event) => events.push(event.detail));
    await clickOn(control(viewer, 'Button15'));
    expect(events.map((event) => event.source)).to.deep.equal(['user']);
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ Text2: 'two', 'Check Box8': ['Yes'], Group11: 'Choice2' });
    await formSettled(viewer);
    expect(control(viewer, 'Text1').value).to.equal('');
    expect(control(viewer, 'Check Box7').checked).to.equal(false);

    await clickOn(control(viewer, 'Button14'));
    expect(viewer.exportInstantJson()).to.not.have.property('formFieldValues');
    viewer.undo();
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ Text2: 'two', 'Check Box8': ['Yes'], Group11: 'Choice2' });
    viewer.undo();
    expect(viewer.exportInstantJson()).to.deep.equal(filled);
    await formSettled(viewer);
    expect(control(viewer, 'Text1').value).to.equal('one');
    expect(control(viewer, 'Check Box7').checked).to.equal(true);
  });

  it('readonly: controls stay focusable and readable but take no input', async () => {
    const viewer = await formViewer(RESET_FORM_PDF, { zoom: '1', readonly: '' });
    const text = control(viewer, 'Text1');
    await typeInto(text, 'nope');
    expect(viewer.shadowRoot!.activeElement).to.equal(text);
    expect(text.readOnly).to.equal(true);
    await tab();
    await clickOn(control(viewer, 'Check Box7'));
    await clickOn(control(viewer, 'Group11', 74));
    const list = control<HTMLSelectElement>(viewer, 'List Box13');
    await clickOn([...list.options].find((option) => option.value === 'e')!);
    await clickOn(control(viewer, 'Button14'));
    expect(list.value).to.equal('d');
    expect(control(viewer, 'Check Box7').checked).to.equal(false);
    expect(control(viewer, 'Check Box7').getAttribute('aria-readonly')).to.equal('true');
    expect(viewer.exportInstantJson()).to.not.have.property('formFieldValues');
    expect(viewer.canUndo).to.equal(false);

    viewer.readonly = false;
    await viewer.updateComplete;
    await clickOn(control(viewer, 'Check Box7'));
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ 'Check Box7': ['Yes'] });
  });

  it('export commits text still being typed', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    await typeInto(control(viewer, 'Text3'), 'pending');
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ Text3: 'pending' });
    expect(viewer.canUndo).to.equal(true);
  });

  it('Enter commits a single-line field; Space presses a reset button', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    await typeInto(control(viewer, 'Text5'), 'five');
    await sendKeys({ press: 'Enter' });
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ Text5: 'five' });
    control(viewer, 'Button14').focus();
    await sendKeys({ press: ' ' });
    expect(viewer.exportInstantJson()).to.not.have.property('formFieldValues');
    expect(viewer.canUndo).to.equal(true);
  });

  it('deleting a widget annotation through the API takes its control away; undo brings it back', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    const box = () => viewer.shadowRoot!.querySelector<HTMLElement>('.form-widget[data-widget-id="69"]')!;
    expect((await viewer.getAnnotations(0)).find((a) => a.id === '69')).to.include({ type: 'pspdfkit/widget', formFieldName: 'Check Box7' });
    await clickOn(control(viewer, 'Check Box7'));
    const checked = await inkInside(viewer, box());
    expect(checked).to.be.above(0.05);
    const where = box().getBoundingClientRect();
    viewer.deleteAnnotation('69');
    await formSettled(viewer);
    expect(box().hidden).to.equal(true);
    // The canvas leaves the deleted widget out; only the page shows there now.
    expect(await inkInside(viewer, where)).to.be.below(0.02);
    viewer.undo();
    await formSettled(viewer);
    expect(box().hidden).to.equal(false);
  });

  it('Escape drops what was typed', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    const text = control(viewer, 'Text3');
    await typeInto(text, 'oops');
    await sendKeys({ press: 'Escape' });
    expect(text.value).to.equal('');
    await tab();
    expect(viewer.exportInstantJson()).to.not.have.property('formFieldValues');
  });
});

/** Share of dark pixels inside a checkbox or radio control (or where one was), away from its border. */
async function inkInside(viewer: InstantPdfViewer, target: HTMLElement | DOMRect): Promise<number> {
  await formSettled(viewer);
  const box = target instanceof DOMRect ? target : target.getBoundingClientRect();
  const inner = { x: box.x + box.width * 0.25, y: box.y + box.height * 0.25, width: box.width * 0.5, height: box.height * 0.5 };
  const pixels = await screenPixels(inner);
  return pixels.share(inner, (rgba) => !near(rgba, [255, 255, 255], 80));
}
