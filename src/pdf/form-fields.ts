/**
 * Reads a PDF's AcroForm through pdf.js into plain data (src/forms/field-types.ts):
 * the fields of the whole document from `getFieldObjects()`, and each page's
 * widgets, with what their controls need, from `page.getAnnotations()`.
 *
 * Only data is read: field JavaScript (`/AA`, calculation order, format and
 * keystroke scripts) is never looked at, let alone run.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type {
  BorderStyleName,
  ChoiceOption,
  FieldKind,
  FieldState,
  FormCatalog,
  FormField,
  FormWidget,
  ResetFormAction,
  WidgetStyle,
} from '../forms/field-types.js';
import { canonicalState } from '../forms/field-values.js';
import { pdfObjectIdOf } from './annotations/mapping-context.js';
import { PageSpace } from './annotations/page-geometry.js';
import { hexColor, rightAngle } from './annotations/pdf-values.js';
import type { PdfjsAnnotationData, PdfjsNumbers } from './annotations/pdfjs-annotation-data.js';

/** One entry of `getFieldObjects()` (pdf.js types them as `Object`): what we read. */
interface PdfjsFieldObject {
  readonly id?: string;
  readonly type?: string;
  readonly value?: unknown;
  readonly defaultValue?: unknown;
  readonly exportValues?: unknown;
  readonly editable?: boolean;
  readonly password?: boolean;
  readonly items?: readonly { exportValue?: unknown; displayValue?: unknown }[];
  readonly multipleSelection?: boolean;
  /** 0-based; -1 for a field dictionary that is not a widget. */
  readonly page?: number;
}

/** The widget fields of `getAnnotations()` beyond what the annotation reader uses. */
interface PdfjsWidgetData extends PdfjsAnnotationData {
  readonly fieldValue?: unknown;
  readonly exportValue?: string;
  readonly buttonValue?: string | null;
  readonly checkBox?: boolean;
  readonly radioButton?: boolean;
  readonly pushButton?: boolean;
  readonly options?: readonly { exportValue?: unknown; displayValue?: unknown }[];
  readonly multiSelect?: boolean;
  readonly combo?: boolean;
  readonly comb?: boolean;
  readonly maxLen?: number;
  readonly password?: boolean;
  readonly multiLine?: boolean;
  readonly readOnly?: boolean;
  readonly hidden?: boolean;
  readonly alternativeText?: string;
  readonly fieldFlags?: number;
}

const KIND_BY_TYPE: Readonly<Record<string, FieldKind>> = {
  text: 'text',
  checkbox: 'checkbox',
  radiobutton: 'radio',
  combobox: 'combo',
  listbox: 'list',
  button: 'button',
  signature: 'signature',
};

const EMPTY_CATALOG: FormCatalog = { fields: new Map(), fieldOfObject: new Map() };

/** Every field of the document; an empty catalog for a PDF without an AcroForm. */
export async function readFormCatalog(document: Pick<PDFDocumentProxy, 'getFieldObjects' | 'getPage'>): Promise<FormCatalog> {
  const all = (await document.getFieldObjects()) as Record<string, PdfjsFieldObject[]> | null;
  if (!all) return EMPTY_CATALOG;
  const fields = new Map<string, FormField>();
  const fieldOfObject = new Map<number, string>();
  for (const [name, entries] of Object.entries(all)) {
    for (const entry of entries) {
      const objectNumber = entry.id === undefined ? null : pdfObjectIdOf(entry.id);
      if (objectNumber !== null) fieldOfObject.set(objectNumber, name);
    }
    const field = fieldFrom(name, entries);
    if (field) fields.set(name, field);
  }
  await readMultiSelectValues(document, fields);
  return { fields, fieldOfObject };
}

/**
 * getFieldObjects() reports only the first selected item of a multi-select
 * list box; its widget's data in getAnnotations() has them all. Read those
 * (rare) fields again from their first widget's page.
 */
async function readMultiSelectValues(document: Pick<PDFDocumentProxy, 'getPage'>, fields: Map<string, FormField>): Promise<void> {
  const lists = [...fields.values()].filter((field) => field.kind === 'list' && field.multiSelect && field.widgets.length > 0);
  const pages = new Map<number, Promise<PdfjsWidgetData[]>>();
  const widgetsOf = (pageIndex: number) => {
    let widgets = pages.get(pageIndex);
    if (!widgets) {
      widgets = document.getPage(pageIndex + 1).then((page) => page.getAnnotations({ intent: 'display' }) as Promise<PdfjsWidgetData[]>);
      pages.set(pageIndex, widgets);
    }
    return widgets;
  };
  for (const field of lists) {
    const widget = field.widgets[0]!;
    const data = (await widgetsOf(widget.pageIndex)).find((item) => pdfObjectIdOf(item.id) === widget.objectNumber);
    if (!Array.isArray(data?.fieldValue)) continue;
    fields.set(field.name, { ...field, pdfState: canonicalState(field, stateOf('list', data.fieldValue, [])) });
  }
}

function fieldFrom(name: string, entries: readonly PdfjsFieldObject[]): FormField | undefined {
  const widgets = entries.filter((entry) => entry.type !== undefined && entry.type in KIND_BY_TYPE && (entry.page ?? -1) >= 0);
  const first = widgets[0];
  if (!first) return undefined;
  const kind = KIND_BY_TYPE[first.type!]!;
  const onStates =
    kind === 'checkbox' || kind === 'radio'
      ? [...new Set(widgets.map((widget) => widget.exportValues).filter((value): value is string => typeof value === 'string' && value !== 'Off'))]
      : [];
  const options = kind === 'combo' || kind === 'list' ? optionsFrom(first.items) : [];
  const draft: FormField = {
    name,
    kind,
    readOnly: first.editable === false,
    password: first.password === true,
    pdfState: [],
    defaultState: [],
    onStates,
    options,
    multiSelect: first.multipleSelection === true,
    widgets: widgets.flatMap((widget) => {
      const objectNumber = pdfObjectIdOf(widget.id ?? '');
      const onState = typeof widget.exportValues === 'string' && onStates.includes(widget.exportValues) ? widget.exportValues : null;
      return objectNumber === null ? [] : [{ objectNumber, pageIndex: widget.page!, onState }];
    }),
  };
  return {
    ...draft,
    pdfState: canonicalState(draft, stateOf(kind, first.value, onStates)),
    defaultState: canonicalState(draft, stateOf(kind, first.defaultValue, onStates)),
  };
}

/** A value as pdf.js reports it (`/V` or `/DV`: a string, a name, an array or null) → state. */
function stateOf(kind: FieldKind, value: unknown, onStates: readonly string[]): FieldState {
  const strings = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? [value] : [];
  switch (kind) {
    case 'text':
      return [strings.join('\n')];
    case 'checkbox':
    case 'radio':
      return strings.filter((item) => onStates.includes(item)).slice(0, 1);
    case 'combo':
    case 'list':
      return strings.filter((item) => item !== '');
    default:
      return [];
  }
}

function optionsFrom(items: PdfjsFieldObject['items']): ChoiceOption[] {
  return (items ?? []).map((item) => {
    const value = typeof item.exportValue === 'string' ? item.exportValue : String(item.exportValue ?? '');
    const label = typeof item.displayValue === 'string' ? item.displayValue : value;
    return { value, label };
  });
}

// PDF 32000-1 Table 230: the Edit flag of choice fields.
const EDIT = 1 << 18;

/** The widgets of one page (0-based `pageIndex`) that belong to named fields, in the page's order. */
export async function readPageWidgets(
  page: Pick<PDFPageProxy, 'view' | 'userUnit' | 'getAnnotations'>,
  pageIndex: number,
): Promise<FormWidget[]> {
  const items = (await page.getAnnotations({ intent: 'display' })) as PdfjsWidgetData[];
  const space = new PageSpace({ view: page.view, userUnit: page.userUnit });
  const widgets: FormWidget[] = [];
  const seen = new Set<number>();
  for (const item of items) {
    if (item.subtype !== 'Widget' || !item.fieldName) continue;
    const objectNumber = pdfObjectIdOf(item.id);
    const kind = widgetKind(item);
    if (objectNumber === null || kind === undefined || seen.has(objectNumber)) continue;
    seen.add(objectNumber);
    const onState = item.checkBox ? (item.exportValue ?? null) : item.radioButton ? (item.buttonValue ?? null) : null;
    widgets.push({
      objectNumber,
      fieldName: item.fieldName,
      kind,
      pageIndex,
      bbox: space.rectOf(item.rect),
      rotation: (rightAngle(item.rotation) ?? 0) as FormWidget['rotation'],
      onState,
      readOnly: item.readOnly === true,
      hidden: item.hidden === true,
      alternateName: item.alternativeText ?? '',
      multiLine: item.multiLine === true,
      password: item.password === true,
      comb: item.comb === true,
      maxLength: Number.isInteger(item.maxLen) && item.maxLen! > 0 ? item.maxLen! : 0,
      options: kind === 'combo' || kind === 'list' ? optionsFrom(item.options) : [],
      multiSelect: item.multiSelect === true,
      editable: kind === 'combo' && ((item.fieldFlags ?? 0) & EDIT) !== 0,
      resetForm: resetFormOf(item),
      style: styleOf(item),
    });
  }
  return widgets;
}

function widgetKind(item: PdfjsWidgetData): FieldKind | undefined {
  switch (item.fieldType) {
    case 'Tx':
      return 'text';
    case 'Ch':
      return item.combo ? 'combo' : 'list';
    case 'Sig':
      return 'signature';
    case 'Btn':
      return item.checkBox ? 'checkbox' : item.radioButton ? 'radio' : item.pushButton ? 'button' : undefined;
    default:
      return undefined;
  }
}

function resetFormOf(item: PdfjsWidgetData): ResetFormAction | null {
  const action = item.resetForm;
  if (!item.pushButton || !action) return null;
  return {
    fields: (action.fields ?? []).filter((name) => typeof name === 'string'),
    refs: (action.refs ?? []).map(pdfObjectIdOf).filter((id): id is number => id !== null),
    include: action.include !== false,
  };
}

const BORDER_STYLE_NAMES: Readonly<Record<number, BorderStyleName>> = { 1: 'solid', 2: 'dashed', 3: 'beveled', 4: 'inset', 5: 'underline' };
const ALIGN_BY_Q = ['left', 'center', 'right'] as const;

function styleOf(item: PdfjsWidgetData): WidgetStyle {
  const appearance = item.defaultAppearanceData;
  const fontSize = appearance?.fontSize;
  const width = item.borderStyle?.width;
  return {
    fontSize: typeof fontSize === 'number' && fontSize > 0 ? fontSize : 0,
    fontFamily: familyOf(appearance?.fontName),
    color: colorOf(appearance?.fontColor),
    backgroundColor: colorOf(item.backgroundColor),
    borderColor: colorOf(item.borderColor),
    borderWidth: typeof width === 'number' && width > 0 ? width : 0,
    borderStyle: BORDER_STYLE_NAMES[item.borderStyle?.style ?? 1] ?? 'solid',
    textAlign: (typeof item.textAlignment === 'number' ? ALIGN_BY_Q[item.textAlignment] : undefined) ?? 'left',
  };
}

function colorOf(rgb: PdfjsNumbers | null | undefined): string | null {
  return hexColor(rgb) ?? null;
}

/** The `/DA` font resource name → a CSS family; the standard 14 and their usual resource names are recognised. */
function familyOf(fontName: string | undefined): WidgetStyle['fontFamily'] {
  const name = (fontName ?? '').toLowerCase();
  if (/^(cour|courier)/.test(name)) return 'monospace';
  if (/^(tiro|times|tibo|tiit|tibi)/.test(name)) return 'serif';
  return 'sans-serif';
}
