/**
 * A PDF with a form holding every field kind, generated in the browser with
 * pdf-lib (its ESM build: the bare import pulls CommonJS pako), so the tests
 * depend on no binary fixture. Page 1 is upright, page 2 has /Rotate 90.
 *
 * Page 1 (612 × 792 pt), fields and their PDF values:
 * - `name`: text, /TU "Full name", font size 12, empty
 * - `notes`: multi-line text, "Line one"
 * - `zip`: comb, max length 5
 * - `pin`: password
 * - `code`: max length 4, "AB"
 * - `id`: read-only text, "ID-7"
 * - `agree`: checkbox (on state "Yes"), off
 * - `size`: radio group S / M / L, "M"
 * - `color`: combo box red / green / blue, "green"
 * - `city`: editable combo box Paris / Rome, empty
 * - `toppings`: multi-select list box cheese / ham / olives / basil, "cheese"
 * - `flavor`: list box vanilla / chocolate, empty
 * - `reset`: push button whose action resets every field (/ResetForm)
 * Page 2 (/Rotate 90): `rotated` text field, "turned", with /MK /R 90 so it reads upright.
 */
import { PDFDict, PDFDocument, PDFName, PDFString, StandardFonts, degrees, rgb, type PDFRadioGroup } from 'pdf-lib/dist/pdf-lib.esm.js';

/** Where each widget is, in PDF user space (x, y of the lower-left corner, width, height). */
export const FORM_LAYOUT = {
  name: [50, 700, 200, 24],
  notes: [50, 620, 200, 60],
  zip: [300, 700, 100, 24],
  pin: [300, 660, 100, 24],
  code: [300, 620, 100, 24],
  id: [420, 700, 120, 24],
  agree: [50, 570, 18, 18],
  sizeS: [100, 570, 18, 18],
  sizeM: [130, 570, 18, 18],
  sizeL: [160, 570, 18, 18],
  color: [220, 566, 120, 24],
  city: [360, 566, 120, 24],
  toppings: [50, 440, 120, 100],
  flavor: [200, 480, 120, 60],
  reset: [50, 380, 100, 28],
  scripted: [200, 380, 150, 24],
  jsButton: [380, 380, 100, 28],
  // With `rotate`, pdf-lib turns the box about (x, y): the widget's /Rect is x 100–130, y 100–300.
  rotated: [130, 100, 200, 30],
} as const satisfies Record<string, readonly [number, number, number, number]>;

export const FORM_PAGE = { width: 612, height: 792 } as const;

/**
 * A widget's Instant JSON box `[left, top, width, height]` (y down): pdf-lib
 * widens each /Rect by half the 1-point border on every side.
 */
export function widgetBox(key: keyof typeof FORM_LAYOUT): [number, number, number, number] {
  const [x, y, width, height] = FORM_LAYOUT[key];
  if (key === 'rotated') return [x - height - 0.5, FORM_PAGE.height - y - width - 0.5, height + 1, width + 1];
  return [x - 0.5, FORM_PAGE.height - y - height - 0.5, width + 1, height + 1];
}

export interface FormPdfOptions {
  /**
   * Adds field JavaScript that a viewer must never run: a `scripted` text
   * field whose keystroke, format and calculate scripts would overwrite its
   * value, and a `jsButton` push button whose action is a script.
   */
  readonly scripts?: boolean;
}

export async function formPdf(options: FormPdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([FORM_PAGE.width, FORM_PAGE.height]);
  const form = pdf.getForm();
  const at = (key: keyof typeof FORM_LAYOUT) => {
    const [x, y, width, height] = FORM_LAYOUT[key];
    return { x, y, width, height, font, borderColor: rgb(0, 0, 0), borderWidth: 1 };
  };

  const name = form.createTextField('name');
  name.addToPage(page, at('name'));
  name.setFontSize(12);
  // pdf.js reads /TU from the widget's dictionary only (here a kid of the field's).
  name.acroField.dict.set(PDFName.of('TU'), PDFString.of('Full name'));
  name.acroField.getWidgets()[0]!.dict.set(PDFName.of('TU'), PDFString.of('Full name'));

  const notes = form.createTextField('notes');
  notes.enableMultiline();
  notes.setText('Line one');
  notes.addToPage(page, at('notes'));

  const zip = form.createTextField('zip');
  zip.setMaxLength(5);
  zip.enableCombing();
  zip.addToPage(page, at('zip'));

  const pin = form.createTextField('pin');
  pin.enablePassword();
  pin.addToPage(page, at('pin'));

  const code = form.createTextField('code');
  code.setMaxLength(4);
  code.setText('AB');
  code.addToPage(page, at('code'));

  const id = form.createTextField('id');
  id.setText('ID-7');
  id.enableReadOnly();
  id.addToPage(page, at('id'));

  const agree = form.createCheckBox('agree');
  agree.addToPage(page, at('agree'));

  const size = form.createRadioGroup('size');
  size.addOptionToPage('S', page, at('sizeS'));
  size.addOptionToPage('M', page, at('sizeM'));
  size.addOptionToPage('L', page, at('sizeL'));
  size.select('M');
  nameRadioStates(size, ['S', 'M', 'L'], 'M');

  const color = form.createDropdown('color');
  color.addOptions(['red', 'green', 'blue']);
  color.select('green');
  color.addToPage(page, at('color'));

  const city = form.createDropdown('city');
  city.addOptions(['Paris', 'Rome']);
  city.enableEditing();
  city.addToPage(page, at('city'));

  const toppings = form.createOptionList('toppings');
  toppings.addOptions(['cheese', 'ham', 'olives', 'basil']);
  toppings.enableMultiselect();
  toppings.select('cheese');
  toppings.addToPage(page, at('toppings'));

  const flavor = form.createOptionList('flavor');
  flavor.addOptions(['vanilla', 'chocolate']);
  flavor.addToPage(page, at('flavor'));

  const reset = form.createButton('reset');
  reset.addToPage('Reset', page, { ...at('reset'), backgroundColor: rgb(0.8, 0.8, 0.8) });
  const resetWidget = reset.acroField.getWidgets()[0]!;
  resetWidget.dict.set(PDFName.of('A'), pdf.context.obj({ S: 'ResetForm' }));

  if (options.scripts) {
    const hacked = (code: string) => pdf.context.obj({ S: 'JavaScript', JS: PDFString.of(code) });
    const scripted = form.createTextField('scripted');
    scripted.addToPage(page, { ...at('scripted'), font });
    scripted.acroField.getWidgets()[0]!.dict.set(
      PDFName.of('AA'),
      pdf.context.obj({
        K: hacked("event.value = 'HACKED'; app.alert('keystroke');"),
        F: hacked("event.value = 'HACKED'; app.alert('format');"),
        C: hacked("event.value = 'HACKED';"),
        Fo: hacked("app.alert('focus');"),
      }),
    );
    const jsButton = form.createButton('jsButton');
    jsButton.addToPage('Script', page, at('jsButton'));
    jsButton.acroField.getWidgets()[0]!.dict.set(PDFName.of('A'), hacked("this.getField('scripted').value = 'HACKED'; app.alert('button');"));
    pdf.catalog.set(PDFName.of('OpenAction'), hacked("app.alert('open');"));
  }

  const turned = pdf.addPage([FORM_PAGE.width, FORM_PAGE.height]);
  turned.setRotation(degrees(90));
  const rotated = form.createTextField('rotated');
  rotated.setText('turned');
  // /MK /R 90 turns the text back: upright on the page turned by /Rotate 90.
  rotated.addToPage(turned, { ...at('rotated'), rotate: degrees(90) });

  for (const field of [notes, zip, pin, code, id, color, city, toppings, flavor, rotated]) field.setFontSize(12);
  return pdf.save({ useObjectStreams: false });
}

/**
 * pdf-lib names a radio group's on states "0", "1", … and keeps the option
 * names in /Opt; name the states after the options instead (as most form
 * tools do), so values read as "M" rather than "1".
 */
function nameRadioStates(group: PDFRadioGroup, names: readonly string[], value: string): void {
  const field = group.acroField;
  field.dict.delete(PDFName.of('Opt'));
  field.getWidgets().forEach((widget, i) => {
    const state = PDFName.of(names[i]!);
    const appearances = widget.dict.lookup(PDFName.of('AP'), PDFDict);
    for (const kind of ['N', 'D']) {
      const states = appearances.lookupMaybe(PDFName.of(kind), PDFDict);
      const on = states?.keys().find((key) => key.asString() !== '/Off');
      if (!states || !on) continue;
      states.set(state, states.get(on)!);
      states.delete(on);
    }
    widget.setAppearanceState(names[i] === value ? state : PDFName.of('Off'));
  });
  field.dict.set(PDFName.of('V'), PDFName.of(value));
}

/** `pages` small pages, each with one text field `p<index>` near its top. */
export async function multiPageFormPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const form = pdf.getForm();
  for (let index = 0; index < pages; index++) {
    const page = pdf.addPage([300, 200]);
    const field = form.createTextField(`p${index}`);
    field.addToPage(page, { x: 20, y: 150, width: 200, height: 24, font, borderColor: rgb(0, 0, 0), borderWidth: 1 });
    field.setFontSize(12);
  }
  return pdf.save({ useObjectStreams: false });
}
