/** formFieldValues through importInstantJson and exportInstantJson of the element. */
import { expect } from '@open-wc/testing';
import type { AnnotationsChangedDetail, DocumentErrorDetail } from '../../src/events.js';
import type { InstantJson } from '../../src/model/index.js';
import { control, FORMAT, formSettled, formViewer, RESET_FORM_PDF, value } from '../helpers/form-kit.js';
import { cleanupViewers, mountViewer, nextEvent } from '../helpers/viewer-fixture.js';

function json(body: Record<string, unknown>): InstantJson {
  return { format: FORMAT, ...body } as InstantJson;
}

async function rejection(promise: Promise<unknown>): Promise<Error & { path?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { path?: string };
  }
  throw new Error('the import was accepted');
}

describe('forms: import and export', () => {
  afterEach(cleanupViewers);

  it('applies formFieldValues: the controls and the canvas show them, the export is the JSON', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    const imported = json({
      formFieldValues: [
        value('Text4', 'from JSON'),
        value('Check Box9', ['Yes']),
        value('Group11', 'Choice2'),
        value('Dropdown12', 'c'),
        value('List Box13', 'e'),
      ],
    });
    const changed = nextEvent<AnnotationsChangedDetail>(viewer, 'annotations-changed');
    await viewer.importInstantJson(imported);
    expect((await changed).detail.source).to.equal('import');
    await formSettled(viewer);
    expect(control(viewer, 'Text4').value).to.equal('from JSON');
    expect(control(viewer, 'Check Box9').checked).to.equal(true);
    expect(control(viewer, 'Group11', 75).checked).to.equal(true);
    expect(control<HTMLSelectElement>(viewer, 'Dropdown12').value).to.equal('c');
    expect(control<HTMLSelectElement>(viewer, 'List Box13').value).to.equal('e');
    const { pdfId, ...exported } = viewer.exportInstantJson();
    expect(pdfId).to.deep.equal(viewer.pdfId);
    expect(exported).to.deep.equal(imported);

    // An import replaces: values it does not name are the PDF's again.
    await viewer.importInstantJson(json({ formFieldValues: [value('Text1', 'only')] }));
    await formSettled(viewer);
    expect(control(viewer, 'Text4').value).to.equal('');
    expect(control(viewer, 'Check Box9').checked).to.equal(false);
    expect(control<HTMLSelectElement>(viewer, 'Dropdown12').value).to.equal('a');
    viewer.undo();
    await formSettled(viewer);
    expect(control(viewer, 'Text4').value).to.equal('from JSON');
  });

  it('applies formFieldValues given with the document, as its starting point', async () => {
    const viewer = mountViewer({ zoom: '1' });
    await viewer.load(RESET_FORM_PDF, { instantJson: json({ formFieldValues: [value('Check Box10', 'Yes'), value('Text6', 'six')] }) });
    await formSettled(viewer);
    expect(control(viewer, 'Check Box10').checked).to.equal(true);
    expect(control(viewer, 'Text6').value).to.equal('six');
    expect(viewer.canUndo).to.equal(false);
  });

  it('rejects, with a path and nothing changed, a value without a name, for no field, or of the wrong kind', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    await viewer.importInstantJson(json({ formFieldValues: [value('Text1', 'kept')] }));
    const before = viewer.exportInstantJson();
    const bad: [InstantJson, string, RegExp][] = [
      [json({ formFieldValues: [value('Text1', 'a'), { v: 1, type: 'pspdfkit/form-field-value', value: 'x' }] }), 'formFieldValues[1].name', /required/],
      [json({ formFieldValues: [value('Text1', 'a'), value('Text1', 'b'), value('Missing', 'c')] }), 'formFieldValues[1].name', /already has a value/],
      [json({ formFieldValues: [value('Text2', 'a'), value('Missing', 'c')] }), 'formFieldValues[1].name', /no form field named "Missing"; its fields are "Text1"/],
      [json({ formFieldValues: [value('Text2', ['a'])] }), 'formFieldValues[0].value', /text field "Text2" takes a string/],
      [json({ formFieldValues: [value('Check Box7', 'On')] }), 'formFieldValues[0].value', /no on state "On".*"Yes"/],
      [json({ formFieldValues: [value('Group11', ['Choice1'])] }), 'formFieldValues[0].value', /radio group "Group11" takes/],
      [json({ formFieldValues: [value('List Box13', 'D')] }), 'formFieldValues[0].value', /no option "D"; its export values are "d", "e", "f"/],
      [json({ formFieldValues: [value('Button14', 'x')] }), 'formFieldValues[0].value', /holds no value/],
    ];
    for (const [input, path, message] of bad) {
      const error = await rejection(viewer.importInstantJson(input));
      expect(error.name, path).to.equal('InstantJsonError');
      expect(error.path).to.equal(path);
      expect(error.message).to.match(message);
      expect(viewer.exportInstantJson()).to.deep.equal(before);
    }
    await formSettled(viewer);
    expect(control(viewer, 'Text1').value).to.equal('kept');
  });

  it('reports a bad value given with the document as document-error, and shows the PDF', async () => {
    const viewer = mountViewer({ zoom: '1' });
    const failed = nextEvent<DocumentErrorDetail>(viewer, 'document-error');
    const loading = viewer.load(RESET_FORM_PDF, { instantJson: json({ formFieldValues: [value('Nope', 'x')] }) });
    const error = await rejection(loading);
    expect(error.path).to.equal('formFieldValues[0].name');
    expect((await failed).detail.error).to.equal(error);
    expect(viewer.pageCount).to.equal(1);
    expect(viewer.exportInstantJson()).to.not.have.property('formFieldValues');
  });

  it('keeps formFields and pspdfkit/widget records untouched, and values of fields they define', async () => {
    const viewer = await formViewer(RESET_FORM_PDF);
    const widget = {
      v: 2,
      type: 'pspdfkit/widget',
      id: '01KBGRSN8WF2CJATJNTJ5WF4E5',
      pageIndex: 0,
      bbox: [300, 300, 120, 24],
      opacity: 1,
      formFieldName: 'Signed by',
      borderColor: '#808080',
      customData: { role: 'SELLER' },
      createdAt: '2025-12-03T00:11:34Z',
      updatedAt: '2025-12-03T00:11:43Z',
    };
    const formFields = [
      {
        v: 1,
        type: 'pspdfkit/form-field/text',
        id: '01KBGRVBHZ9K2M3N4P5Q6R7S8T',
        name: 'Signed by',
        label: 'Signed by',
        annotationIds: [widget.id],
        multiLine: false,
        defaultValue: '',
      },
    ];
    const imported = json({
      pdfId: viewer.pdfId,
      annotations: [widget],
      formFields,
      formFieldValues: [value('Signed by', 'Ada'), value('Text1', 'x')],
    });
    await viewer.importInstantJson(imported);
    expect(viewer.exportInstantJson()).to.deep.equal(imported);
    await formSettled(viewer);
    // A user change to a PDF field leaves the rest as it was.
    control(viewer, 'Check Box7').click();
    const exported = viewer.exportInstantJson();
    expect(exported['formFields']).to.deep.equal(formFields);
    expect(exported.annotations).to.deep.equal([widget]);
    expect(exported.formFieldValues).to.deep.equal([value('Signed by', 'Ada'), value('Text1', 'x'), value('Check Box7', ['Yes'])]);
  });
});
