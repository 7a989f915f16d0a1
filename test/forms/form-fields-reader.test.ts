/** readFormCatalog and readPageWidgets against resetform.pdf and the generated form. */
import { expect } from '@open-wc/testing';
import { readFormCatalog, readPageWidgets } from '../../src/pdf/form-fields.js';
import { openPdfDocument, type OpenedPdf } from '../../src/pdf/pdf-document-loader.js';
import { formPdf, widgetBox } from '../helpers/form-pdf.js';
import { RESET_FORM_PDF } from '../helpers/form-kit.js';
import { describe, it } from '../model/mocha.js';

async function withPdf<T>(source: string | Uint8Array, use: (opened: OpenedPdf) => Promise<T>): Promise<T> {
  const opened = await openPdfDocument(source);
  try {
    return await use(opened);
  } finally {
    await opened.destroy();
  }
}

describe('forms: reading fields through pdf.js', () => {
  it('reads every field of resetform.pdf with its kind, PDF value, default and on states', async () => {
    const catalog = await withPdf(RESET_FORM_PDF, (opened) => readFormCatalog(opened.document));
    const summary = Object.fromEntries(
      [...catalog.fields.values()].map((f) => [f.name, [f.kind, f.pdfState, f.defaultState, f.onStates, f.options.map((o) => `${o.value}=${o.label}`)]]),
    );
    expect(summary).to.deep.equal({
      Text1: ['text', [''], [''], [], []],
      Text2: ['text', [''], [''], [], []],
      Text3: ['text', [''], [''], [], []],
      Text4: ['text', [''], [''], [], []],
      Text5: ['text', [''], [''], [], []],
      Text6: ['text', [''], [''], [], []],
      'Check Box7': ['checkbox', [], [], ['Yes'], []],
      'Check Box8': ['checkbox', [], [], ['Yes'], []],
      'Check Box9': ['checkbox', [], [], ['Yes'], []],
      'Check Box10': ['checkbox', [], [], ['Yes'], []],
      Group11: ['radio', [], [], ['Choice1', 'Choice2', 'Choice3', 'Choice4'], []],
      Dropdown12: ['combo', ['a'], ['a'], [], ['a=A', 'b=B', 'c=C']],
      'List Box13': ['list', ['d'], ['d'], [], ['d=D', 'e=E', 'f=F']],
      Button14: ['button', [], [], [], []],
      Button15: ['button', [], [], [], []],
    });
    expect(catalog.fields.get('Group11')!.widgets.map((w) => [w.objectNumber, w.pageIndex, w.onState])).to.deep.equal([
      [74, 0, 'Choice1'],
      [75, 0, 'Choice2'],
      [76, 0, 'Choice3'],
      [77, 0, 'Choice4'],
    ]);
    expect(catalog.fieldOfObject.get(10), 'the radio group’s own field dictionary').to.equal('Group11');
  });

  it('reads a page’s widgets with geometry, style and reset actions', async () => {
    const widgets = await withPdf(RESET_FORM_PDF, async (opened) => readPageWidgets(await opened.document.getPage(1), 0));
    expect(widgets).to.have.length(18);
    const text1 = widgets[0]!;
    expect(text1).to.include({ objectNumber: 63, fieldName: 'Text1', kind: 'text', rotation: 0, readOnly: false, hidden: false });
    // /Rect [23.9456 746.199 173.946 768.199] on a 792-point-high page.
    expect(text1.bbox.map((n) => Math.round(n * 100) / 100)).to.deep.equal([23.95, 23.8, 150, 22]);
    expect(text1.style).to.deep.include({ fontSize: 12, fontFamily: 'sans-serif', color: '#000000', borderColor: '#000000' });
    const reset = widgets.filter((w) => w.kind === 'button').map((w) => w.resetForm);
    expect(reset).to.deep.equal([
      // Flags bit 1 set and no fields listed: "all but none", every field.
      { fields: [], refs: [], include: false },
      { fields: ['Check Box8', 'Group11', 'List Box13', 'Text2', 'Text4', 'Text6'], refs: [], include: false },
    ]);
    expect(widgets.find((w) => w.fieldName === 'Dropdown12')).to.include({ kind: 'combo', editable: false });
  });

  it('reads every kind of the generated form, flags included', async () => {
    const bytes = await formPdf();
    const [catalog, widgets] = await withPdf(bytes, async (opened) => [
      await readFormCatalog(opened.document),
      await readPageWidgets(await opened.document.getPage(1), 0),
    ] as const);
    const kinds = Object.fromEntries([...catalog.fields.values()].map((f) => [f.name, f.kind]));
    expect(kinds).to.deep.equal({
      name: 'text', notes: 'text', zip: 'text', pin: 'text', code: 'text', id: 'text',
      agree: 'checkbox', size: 'radio', color: 'combo', city: 'combo', toppings: 'list', flavor: 'list',
      reset: 'button', rotated: 'text',
    });
    expect(catalog.fields.get('size')!.pdfState).to.deep.equal(['M']);
    expect(catalog.fields.get('toppings')).to.include({ multiSelect: true });
    expect(catalog.fields.get('id')).to.include({ readOnly: true });
    const byName = new Map(widgets.map((w) => [w.fieldName, w]));
    expect(byName.get('name')).to.include({ alternateName: 'Full name' });
    expect(byName.get('notes')).to.include({ multiLine: true });
    expect(byName.get('zip')).to.include({ comb: true, maxLength: 5 });
    expect(byName.get('pin')).to.include({ password: true });
    expect(byName.get('code')).to.include({ maxLength: 4 });
    expect(byName.get('city')).to.include({ editable: true });
    expect(byName.get('reset')!.resetForm).to.deep.equal({ fields: [], refs: [], include: true });
    expect(byName.get('name')!.bbox).to.deep.equal(widgetBox('name'));
  });
});
