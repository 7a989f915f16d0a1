/**
 * formFieldValues written into the PDF's form by applyInstantJson: /V on the
 * right field, new widget appearances that pdf.js draws (text in any
 * script, multi-line, comb, password, combo and list boxes), check box and
 * radio states, multi-select lists, and warnings for values that cannot be
 * written. Inputs: the generated form (test/helpers/form-pdf.ts), a nested
 * form made here, and the corpus's resetform.pdf.
 */
import { expect } from '@open-wc/testing';
import { stateToJson } from '../../src/forms/field-values.js';
import { readFormCatalog } from '../../src/pdf/form-fields.js';
import { FORM_LAYOUT, formPdf, multiPageFormPdf } from '../helpers/form-pdf.js';
import { PDFDocument as FixtureDocument, PDFDict as FixtureDict, PDFName as FixtureName, PDFString as FixtureString } from 'pdf-lib/dist/pdf-lib.esm.js';
import {
  NESTED_RECTS,
  applyValues,
  fieldObjectNumbers,
  fieldValues,
  isDark,
  isHighlight,
  nestedFormPdf,
  rawForm,
  renderedPage,
  value,
  widgets,
} from './forms-kit.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { appendedText, closeReopened, corpusBytes, instantJson, reopen, sameBytes } from './writer-kit.js';

/** A widget's /Rect in the generated form: pdf-lib widens the box by half its 1-point border. */
function rectOf(key: keyof typeof FORM_LAYOUT): [number, number, number, number] {
  const [x, y, width, height] = FORM_LAYOUT[key];
  return [x - 0.5, y - 0.5, x + width + 0.5, y + height + 0.5];
}

/** Inside the border (1 pt) and a little more, so only the value's own ink counts. */
const INSIDE = 2;

describe('pdf-writer: form field values', () => {
  afterEach(closeReopened);

  it('writes a text value: /V on the field, an appearance pdf.js draws, in an incremental update', async () => {
    const original = await formPdf();
    const { saved, warnings } = await applyValues(original, [value('name', 'Ana Lima')]);
    expect(warnings).to.deep.equal([]);
    expect(sameBytes(saved.subarray(0, original.length), original), 'the original is an exact prefix').to.equal(true);

    const before = await reopen(original);
    const after = await reopen(saved);
    expect((await fieldValues(after))['name']).to.equal('Ana Lima');
    const [widget] = (await widgets(after)).filter((w) => w.fieldName === 'name');
    expect(widget!.hasAppearance).to.equal(true);

    const inkBefore = (await renderedPage(before)).count(rectOf('name'), isDark, INSIDE);
    const inkAfter = (await renderedPage(after)).count(rectOf('name'), isDark, INSIDE);
    console.log(`text field ink inside the widget: ${inkBefore} px before, ${inkAfter} px after`);
    expect(inkBefore).to.equal(0);
    expect(inkAfter).to.be.greaterThan(150);

    // The new revision holds the field's and the widget's dictionaries (changed), and the value.
    const update = appendedText(original, saved);
    for (const objectNumber of await fieldObjectNumbers(after, 'name')) {
      expect(update, `object ${objectNumber} rewritten`).to.match(new RegExp(`(^|\\n)${objectNumber} 0 obj`));
    }
    expect(update).to.include('/V <416E61204C696D61>');
  });

  it('sets the value on the right node of a hierarchy: person.name, not person (and drops a stale rich-text /RV)', async () => {
    const fixture = await FixtureDocument.load(await nestedFormPdf());
    fixture.getForm().getTextField('person.name').acroField.dict.set(FixtureName.of('RV'), FixtureString.of('<body><p>Old</p></body>'));
    const original = await fixture.save({ useObjectStreams: false });
    const { saved, warnings } = await applyValues(original, [value('person.name', 'Zoë'), value('person.city', 'Porto')]);
    expect(warnings).to.deep.equal([]);
    const values = await fieldValues(await reopen(saved));
    expect(values['person.name']).to.equal('Zoë');
    expect(values['person.city']).to.equal('Porto');
    const raw = await rawForm(saved);
    const person = raw.doc.getForm().getFields().find((field) => field.getName() === 'person.name')!.acroField.getParent()!.dict;
    expect(raw.entry(person, 'V'), 'the group holds no value').to.equal(undefined);
    // Non-ASCII text is UTF-16BE with a byte order mark.
    expect(raw.entry(raw.field('person.name'), 'V')).to.equal('<FEFF005A006F00EB>');
    expect(raw.entry(raw.field('person.city'), 'V')).to.equal('<506F72746F>');
    expect(raw.entry(raw.field('person.name'), 'RV')).to.equal(undefined);
    const page = await renderedPage(await reopen(saved));
    expect(page.count(NESTED_RECTS['person.name'], isDark, INSIDE)).to.be.greaterThan(50);
  });

  it('shows Greek, Cyrillic and CJK values (fonts embedded), pixels inside their widgets', async () => {
    const original = await formPdf();
    const { saved, warnings } = await applyValues(original, [value('name', 'Καλημέρα κόσμε'), value('code', '你好'), value('id', 'Привет')]);
    expect(warnings).to.deep.equal([]);
    const opened = await reopen(saved);
    const values = await fieldValues(opened);
    expect([values['name'], values['code'], values['id']]).to.deep.equal(['Καλημέρα κόσμε', '你好', 'Привет']);
    const page = await renderedPage(opened);
    const ink = { greek: page.count(rectOf('name'), isDark, INSIDE), cjk: page.count(rectOf('code'), isDark, INSIDE), cyrillic: page.count(rectOf('id'), isDark, INSIDE) };
    console.log(`ink of non-Latin values: ${JSON.stringify(ink)}`);
    expect(ink.greek).to.be.greaterThan(150);
    expect(ink.cjk).to.be.greaterThan(80);
    expect(ink.cyrillic).to.be.greaterThan(100);
    // The appearance uses an embedded font, not the /DA's Helvetica.
    const raw = await rawForm(saved);
    const stream = raw.appearance(raw.widgetDicts('code')[0]!);
    expect(stream).to.match(/\/F\d+ 12 Tf/);
    expect(stream).to.include('/Tx BMC');
  });

  it('wraps a multi-line value, fills comb cells, and shows a password as bullets', async () => {
    const original = await formPdf();
    const long = 'The quick brown fox jumps over the lazy dog and keeps running far away';
    const { saved, warnings } = await applyValues(original, [value('notes', long), value('zip', '12345'), value('pin', 'secret')]);
    expect(warnings).to.deep.equal([]);
    const opened = await reopen(saved);
    expect(await fieldValues(opened)).to.include({ notes: long, zip: '12345', pin: 'secret' });
    const page = await renderedPage(opened);

    const rows = page.rows(rectOf('notes'), isDark, INSIDE);
    const span = rows.length ? (rows[rows.length - 1]! - rows[0]! + 1) / page.scale : 0;
    console.log(`multi-line value: ink rows span ${span} pt of a 60 pt box`);
    expect(span, 'several lines at 12 pt').to.be.greaterThan(24);

    const [x1, y1, x2, y2] = rectOf('zip');
    const cell = (x2 - x1) / 5;
    const cells = [0, 1, 2, 3, 4].map((index) => page.count([x1 + index * cell, y1, x1 + (index + 1) * cell, y2], isDark, INSIDE));
    console.log(`comb cells ink: ${cells.join(', ')}`);
    for (const ink of cells) expect(ink).to.be.greaterThan(10);

    const raw = await rawForm(saved);
    const pin = raw.appearance(raw.widgetDicts('pin')[0]!);
    expect(pin, 'six bullets (WinAnsi 0x95)').to.include('<959595959595>');
    expect(pin.toLowerCase()).to.not.include('736563726574');
    expect(page.count(rectOf('pin'), isDark, INSIDE)).to.be.greaterThan(20);
  });

  it('checks a checkbox and picks a radio button: /V, /AS and what pdf.js draws', async () => {
    const original = await formPdf();
    const { saved, warnings } = await applyValues(original, [value('agree', ['Yes']), value('size', 'L')]);
    expect(warnings).to.deep.equal([]);
    const opened = await reopen(saved);
    expect(await fieldValues(opened)).to.include({ agree: 'Yes', size: 'L' });
    const all = await widgets(opened);
    expect(all.find((w) => w.fieldName === 'agree')!.fieldValue).to.equal('Yes');
    expect(all.filter((w) => w.fieldName === 'size').map((w) => [w.buttonValue, w.fieldValue])).to.deep.equal([
      ['S', 'L'],
      ['M', 'L'],
      ['L', 'L'],
    ]);
    const raw = await rawForm(saved);
    expect(raw.widgetDicts('size').map((widget) => raw.entry(widget, 'AS'))).to.deep.equal(['/Off', '/Off', '/L']);
    expect(raw.entry(raw.widgetDicts('agree')[0]!, 'AS')).to.equal('/Yes');

    const before = await renderedPage(await reopen(original));
    const after = await renderedPage(opened);
    expect(after.count(rectOf('agree'), isDark, INSIDE), 'the check mark').to.be.greaterThan(before.count(rectOf('agree'), isDark, INSIDE) + 20);
    expect(after.count(rectOf('sizeL'), isDark, INSIDE)).to.be.greaterThan(before.count(rectOf('sizeL'), isDark, INSIDE) + 10);
    expect(after.count(rectOf('sizeM'), isDark, INSIDE)).to.be.lessThan(before.count(rectOf('sizeM'), isDark, INSIDE));
  });

  it('gives a checkbox without appearance states /Yes and /Off appearances of its own', async () => {
    const fixture = await FixtureDocument.load(await formPdf());
    fixture.getForm().getCheckBox('agree').acroField.getWidgets()[0]!.dict.delete(FixtureName.of('AP'));
    const original = await fixture.save({ useObjectStreams: false });

    const checked = await applyValues(original, [value('agree', ['Yes'])]);
    expect(checked.warnings).to.deep.equal([]);
    const raw = await rawForm(checked.saved);
    const widget = raw.widgetDicts('agree')[0]!;
    expect(raw.entry(widget, 'AS')).to.equal('/Yes');
    const states = widget.lookup(raw.lib.PDFName.of('AP'), raw.lib.PDFDict).lookup(raw.lib.PDFName.of('N'), raw.lib.PDFDict);
    expect(states.keys().map((key) => key.toString())).to.deep.equal(['/Yes', '/Off']);
    const opened = await reopen(checked.saved);
    expect((await fieldValues(opened))['agree']).to.equal('Yes');
    const ink = (await renderedPage(opened)).count(rectOf('agree'), isDark, INSIDE);
    console.log(`generated check mark: ${ink} px`);
    expect(ink).to.be.greaterThan(40);

    const unchecked = await applyValues(original, [value('agree', 'Off')]);
    const off = await reopen(unchecked.saved);
    expect((await fieldValues(off))['agree']).to.equal('Off');
    expect((await renderedPage(off)).count(rectOf('agree'), isDark, INSIDE)).to.equal(0);
  });

  it('clears with null or "Off": no radio button on, the checkbox off, the text empty', async () => {
    const filled = (await applyValues(await formPdf(), [value('agree', ['Yes'])])).saved;
    const { saved, warnings } = await applyValues(filled, [value('size', null), value('agree', 'Off'), value('notes', null)]);
    expect(warnings).to.deep.equal([]);
    const opened = await reopen(saved);
    expect(await fieldValues(opened)).to.include({ size: 'Off', agree: 'Off', notes: '' });
    const raw = await rawForm(saved);
    expect(raw.widgetDicts('size').map((widget) => raw.entry(widget, 'AS'))).to.deep.equal(['/Off', '/Off', '/Off']);
    expect((await renderedPage(opened)).count(rectOf('notes'), isDark, INSIDE)).to.equal(0);
  });

  it('optionIndexes pick which of several widgets with the same on state is on', async () => {
    // The S button's on state renamed to L: two buttons (0 and 2) now stand for "L".
    const fixture = await FixtureDocument.load(await formPdf());
    const sizeS = fixture.getForm().getRadioGroup('size').acroField.getWidgets()[0]!;
    const states = sizeS.dict.lookup(FixtureName.of('AP'), FixtureDict).lookup(FixtureName.of('N'), FixtureDict);
    states.set(FixtureName.of('L'), states.get(FixtureName.of('S'))!);
    states.delete(FixtureName.of('S'));
    const original = await fixture.save({ useObjectStreams: false });

    const states0 = async (record: ReturnType<typeof value>) => {
      const { saved, warnings } = await applyValues(original, [record]);
      expect(warnings).to.deep.equal([]);
      const raw = await rawForm(saved);
      return raw.widgetDicts('size').map((widget) => raw.entry(widget, 'AS'));
    };
    expect(await states0(value('size', 'L')), 'the first "L" without optionIndexes').to.deep.equal(['/L', '/Off', '/Off']);
    expect(await states0(value('size', 'L', { optionIndexes: [2] }))).to.deep.equal(['/Off', '/Off', '/L']);

    const { warnings } = await applyValues(original, [value('size', 'L', { optionIndexes: [1] })]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/optionIndexes \[1\] name no widget with the on state "L"/);
  });

  it('selects in combo and list boxes: /V, sorted /I, a multi-select array, and the choice drawn', async () => {
    const original = await formPdf();
    const { saved, warnings } = await applyValues(original, [value('color', 'blue'), value('toppings', ['basil', 'ham']), value('flavor', 'chocolate')]);
    expect(warnings).to.deep.equal([]);
    const opened = await reopen(saved);
    const values = await fieldValues(opened);
    expect(values['color']).to.equal('blue');
    expect(values['flavor']).to.equal('chocolate');
    // getFieldObjects() gives a list box's first selection; the widget data holds them all.
    expect(values['toppings']).to.equal('ham');
    expect((await widgets(opened)).find((w) => w.fieldName === 'toppings')!.fieldValue).to.deep.equal(['ham', 'basil']);

    const raw = await rawForm(saved);
    expect(raw.entry(raw.field('toppings'), 'V')).to.equal('[ <68616D> <626173696C> ]');
    expect(raw.entry(raw.field('toppings'), 'I')).to.equal('[ 1 3 ]');
    expect(raw.entry(raw.field('color'), 'I')).to.equal('[ 2 ]');
    expect(raw.entry(raw.field('flavor'), 'I')).to.equal('[ 1 ]');

    const page = await renderedPage(opened);
    expect(page.count(rectOf('color'), isDark, INSIDE), 'the combo box shows "blue"').to.be.greaterThan(60);
    // Options are 12 pt × 1.2 high from the top: ham is the 2nd row, basil the 4th.
    const [x1, , x2, y2] = rectOf('toppings');
    const row = (index: number) => [x1, y2 - 1 - (index + 1) * 14.4, x2, y2 - 1 - index * 14.4];
    const highlighted = [0, 1, 2, 3].map((index) => page.count(row(index), isHighlight, 1));
    console.log(`list box highlight per row: ${highlighted.join(', ')}`);
    expect(highlighted[0]).to.equal(0);
    expect(highlighted[1]).to.be.greaterThan(200);
    expect(highlighted[2]).to.equal(0);
    expect(highlighted[3]).to.be.greaterThan(200);

    // Our own reader agrees, in the shape exportInstantJson() writes, every selection of the
    // multi-select list included (getFieldObjects() alone gives only the first).
    const catalog = await readFormCatalog(opened.document);
    const exported = Object.fromEntries(
      ['color', 'flavor', 'toppings'].map((name) => {
        const field = catalog.fields.get(name)!;
        return [name, stateToJson(field, field.pdfState)];
      }),
    );
    expect(exported).to.deep.equal({ color: 'blue', flavor: 'chocolate', toppings: ['ham', 'basil'] });
  });

  it('keeps text of its own in an editable combo box (no /I) and shows it', async () => {
    const { saved, warnings } = await applyValues(await formPdf(), [value('city', 'Lisbon')]);
    expect(warnings).to.deep.equal([]);
    const opened = await reopen(saved);
    expect((await fieldValues(opened))['city']).to.equal('Lisbon');
    const raw = await rawForm(saved);
    expect(raw.entry(raw.field('city'), 'I')).to.equal(undefined);
    expect(raw.appearance(raw.widgetDicts('city')[0]!)).to.include('<4C6973626F6E> Tj');
    expect((await renderedPage(opened)).count(rectOf('city'), isDark, INSIDE)).to.be.greaterThan(60);
  });

  it('writes the corpus form (resetform.pdf): display text of [export display] options, radio kids, checkboxes', async () => {
    const original = await corpusBytes('pdfjs/resetform.pdf');
    const { saved, warnings } = await applyValues(original, [
      value('Text1', 'Hello'),
      value('Check Box8', ['Yes']),
      value('Group11', 'Choice3'),
      value('Dropdown12', 'c'),
      value('List Box13', 'f'),
    ]);
    expect(warnings).to.deep.equal([]);
    const opened = await reopen(saved);
    expect(await fieldValues(opened)).to.include({ Text1: 'Hello', 'Check Box8': 'Yes', Group11: 'Choice3', Dropdown12: 'c', 'List Box13': 'f' });
    const raw = await rawForm(saved);
    expect(raw.widgetDicts('Group11').map((widget) => raw.entry(widget, 'AS'))).to.deep.equal(['/Off', '/Off', '/Choice3', '/Off']);
    expect(raw.entry(raw.field('Group11'), 'V')).to.equal('/Choice3');
    const combo = raw.appearance(raw.widgetDicts('Dropdown12')[0]!);
    expect(combo, 'shows the display text "C"').to.include('<43> Tj');
    const catalog = await readFormCatalog(opened.document);
    expect(catalog.fields.get('Group11')!.pdfState).to.deep.equal(['Choice3']);
    expect(catalog.fields.get('Check Box8')!.pdfState).to.deep.equal(['Yes']);
    // Text1's /Rect [23.9456 746.199 173.946 768.199]
    expect((await renderedPage(opened)).count([23.9456, 746.199, 173.946, 768.199], isDark, INSIDE)).to.be.greaterThan(100);
  });

  it('flattened, the written values stay on the page as content: the text and the chosen radio button', async () => {
    const original = await corpusBytes('pdfjs/resetform.pdf');
    const warnings: string[] = [];
    const saved = await applyInstantJson(original, instantJson({ formFieldValues: [value('Text1', 'Hello'), value('Group11', 'Choice3')] }), {
      flatten: true,
      onWarning: (message) => warnings.push(message),
    });
    expect(warnings).to.deep.equal([]);
    const opened = await reopen(saved);
    expect(await widgets(opened), 'no widgets left').to.have.length(0);
    const page = await renderedPage(opened);
    expect(page.count([23.9456, 746.199, 173.946, 768.199], isDark, INSIDE), 'Text1').to.be.greaterThan(100);
    const choice = (rect: number[]) => page.count(rect, isDark, 3);
    expect(choice([71.7436, 653.502, 89.7436, 671.502]), 'Choice3 on').to.be.greaterThan(50);
    expect(choice([48.3576, 653.502, 66.3576, 671.502]), 'Choice2 off').to.be.lessThan(10);
  });

  it('fits a value into a field whose /DA size is 0, and writes read-only fields', async () => {
    const original = await nestedFormPdf();
    const { saved, warnings } = await applyValues(original, [value('auto', 'Automatic size fits the box')]);
    expect(warnings).to.deep.equal([]);
    const raw = await rawForm(saved);
    const stream = raw.appearance(raw.widgetDicts('auto')[0]!);
    const size = Number(/\/F\d+ ([\d.]+) Tf/.exec(stream)?.[1]);
    console.log(`automatic size for a 200 × 24 pt box: ${size} pt`);
    expect(size).to.be.within(8, 18);
    const page = await renderedPage(await reopen(saved));
    expect(page.count(NESTED_RECTS.auto, isDark, INSIDE)).to.be.greaterThan(100);

    const readOnly = await applyValues(await formPdf(), [value('id', 'ID-8')]);
    expect(readOnly.warnings).to.deep.equal([]);
    expect((await fieldValues(await reopen(readOnly.saved)))['id']).to.equal('ID-8');
  });

  it('draws a value upright in a widget turned by /MK /R 90 on a /Rotate 90 page', async () => {
    const { saved, warnings } = await applyValues(await formPdf(), [value('rotated', 'upright')]);
    expect(warnings).to.deep.equal([]);
    const raw = await rawForm(saved);
    const widget = raw.widgetDicts('rotated')[0]!;
    const normal = widget.lookup(raw.lib.PDFName.of('AP'), raw.lib.PDFDict).lookup(raw.lib.PDFName.of('N'), raw.lib.PDFStream);
    expect(normal.dict.get(raw.lib.PDFName.of('BBox'))!.toString()).to.equal('[ 0 0 201 31 ]');
    expect(normal.dict.get(raw.lib.PDFName.of('Matrix'))!.toString()).to.equal('[ 0 1 -1 0 31 0 ]');
    // The widget's /Rect is x 99.5–130.5, y 99.5–300.5.
    const page = await renderedPage(await reopen(saved), 1);
    expect(page.count([99.5, 99.5, 130.5, 300.5], isDark, INSIDE)).to.be.greaterThan(80);
  });

  it('warns about unknown names and values of the wrong kind, and writes the rest', async () => {
    const original = await formPdf();
    const { saved, warnings } = await applyValues(original, [
      value('nope', 'x'),
      value('reset', 'x'),
      value('name', ['a', 'b']),
      value('toppings', ['pizza']),
      value('agree', 'Maybe'),
      value('flavor', ['vanilla', 'chocolate']),
      value('size', ['S', 'L']),
      value('code', 'OK'),
    ]);
    expect(warnings).to.have.length(7);
    expect(warnings[0]).to.match(/^formFieldValues\[0\]: the PDF has no form field named "nope"; its fields are "name", /);
    expect(warnings[1]).to.match(/"reset" is a push button field, which holds no value/);
    expect(warnings[2]).to.match(/the text field "name" takes a string, found \["a","b"\]/);
    expect(warnings[3]).to.match(/the list box "toppings" has no option "pizza"; its export values are "cheese", "ham"/);
    expect(warnings[4]).to.match(/the checkbox "agree" has no on state "Maybe"; its on states are "Yes"/);
    expect(warnings[5]).to.match(/the list box "flavor" allows one selection/);
    expect(warnings[6]).to.match(/the radio group "size" takes one on state/);
    const values = await fieldValues(await reopen(saved));
    expect(values).to.include({ code: 'OK', name: '', agree: 'Off', size: 'M' });
    expect(values['toppings']).to.equal('cheese');

    const group = await applyValues(await nestedFormPdf(), [value('person', 'x')]);
    expect(group.warnings[0]).to.match(/"person" names a group of fields, not a field/);
  });

  it('warns once for a PDF without a form, and still saves', async () => {
    const original = await corpusBytes('pdfjs/annotation-line.pdf');
    const { saved, warnings } = await applyValues(original, [value('a', 'b'), value('c', null)]);
    expect(warnings).to.deep.equal(['formFieldValues: the PDF has no form fields; 2 value(s) not written']);
    expect(saved.length).to.be.greaterThan(original.length);
  });

  it('fills 300 fields on 300 pages (time logged)', async () => {
    const original = await multiPageFormPdf(300);
    const values = Array.from({ length: 300 }, (_, index) => value(`p${index}`, `Value ${index}`));
    const started = performance.now();
    const { saved, warnings } = await applyValues(original, values);
    console.log(`300 text values on 300 pages: ${Math.round(performance.now() - started)} ms, ${original.length} → ${saved.length} bytes`);
    expect(warnings).to.deep.equal([]);
    const read = await fieldValues(await reopen(saved));
    expect([read['p0'], read['p299']]).to.deep.equal(['Value 0', 'Value 299']);
  });

  it('gives the same bytes for the same values', async () => {
    const original = await formPdf();
    const values = [value('name', 'Καλημέρα'), value('code', '你好'), value('toppings', ['ham']), value('size', 'S')];
    const first = await applyValues(original, values);
    const second = await applyValues(original, values);
    expect(sameBytes(first.saved, second.saved)).to.equal(true);
  });
});
