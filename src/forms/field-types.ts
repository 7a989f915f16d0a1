/**
 * A PDF's AcroForm fields and their widgets as plain data: what
 * src/pdf/form-fields.ts reads from pdf.js, and all the rest of the forms
 * code works with. No DOM, no pdf.js.
 */
import type { Rect } from '../model/index.js';

/** Push buttons and signature fields hold no value a person types or picks. */
export type FieldKind = 'text' | 'checkbox' | 'radio' | 'combo' | 'list' | 'button' | 'signature';

/**
 * A field's value in one shape for every kind, so that comparing two values
 * is comparing two lists (see field-values.ts):
 * - text: `[text]`;
 * - checkbox: the on-state names of the checked widgets (none: off);
 * - radio, combo: `[]` or `[one value]`;
 * - list: the selected export values;
 * - button, signature: `[]`.
 */
export type FieldState = readonly string[];

export interface ChoiceOption {
  /** The export value: what the field's value holds. */
  readonly value: string;
  /** What a person sees. */
  readonly label: string;
}

/** One field, by its fully qualified name. */
export interface FormField {
  readonly name: string;
  readonly kind: FieldKind;
  /** The PDF's ReadOnly flag. */
  readonly readOnly: boolean;
  /** A text field whose value is not shown. */
  readonly password: boolean;
  /** The value in the PDF (`/V`): "differs from the PDF" is measured against it. */
  readonly pdfState: FieldState;
  /** The default (`/DV`) a reset-form action restores. */
  readonly defaultState: FieldState;
  /** Checkbox and radio: the on-state names of its widgets, distinct, in widget order. */
  readonly onStates: readonly string[];
  /** Combo and list boxes. */
  readonly options: readonly ChoiceOption[];
  readonly multiSelect: boolean;
  readonly widgets: readonly FieldWidget[];
}

/** Where a field's widget is, and (checkbox, radio) which on state it stands for. */
export interface FieldWidget {
  /** The PDF object number of the widget annotation. */
  readonly objectNumber: number;
  readonly pageIndex: number;
  readonly onState: string | null;
}

/** Every field of a document, by fully qualified name. */
export type FieldCatalog = ReadonlyMap<string, FormField>;

/** What a document's AcroForm holds. */
export interface FormCatalog {
  readonly fields: FieldCatalog;
  /** The field each object number belongs to: its widgets and the field dictionaries above them. */
  readonly fieldOfObject: ReadonlyMap<number, string>;
}

export type BorderStyleName = 'solid' | 'dashed' | 'beveled' | 'inset' | 'underline';

/** How a widget looks, from its `/DA`, `/MK`, `/BS` and `/Q`. */
export interface WidgetStyle {
  /** Points; 0 means "fit the box" (a `/DA` size of 0). */
  readonly fontSize: number;
  /** A CSS generic family matching the `/DA` font. */
  readonly fontFamily: 'sans-serif' | 'serif' | 'monospace';
  /** `#rrggbb`, or null for the default (black). */
  readonly color: string | null;
  readonly backgroundColor: string | null;
  readonly borderColor: string | null;
  /** Points; 0 without a border. */
  readonly borderWidth: number;
  readonly borderStyle: BorderStyleName;
  readonly textAlign: 'left' | 'center' | 'right';
}

/** A `/ResetForm` action: which fields it resets. */
export interface ResetFormAction {
  /** Fully qualified field names. */
  readonly fields: readonly string[];
  /** Object numbers of fields or widgets named by reference. */
  readonly refs: readonly number[];
  /** True: reset the listed fields (all when none is listed); false: reset every other field. */
  readonly include: boolean;
}

/** One widget of a page, as its control is built. */
export interface FormWidget {
  /** The PDF object number of the widget annotation. */
  readonly objectNumber: number;
  readonly fieldName: string;
  readonly kind: FieldKind;
  readonly pageIndex: number;
  /** `[left, top, width, height]` in points of the unrotated page, y down (as Instant JSON). */
  readonly bbox: Rect;
  /** `/MK /R`: how far the widget's content is turned counterclockwise. */
  readonly rotation: 0 | 90 | 180 | 270;
  /** Checkbox and radio: the name of this widget's on state. */
  readonly onState: string | null;
  readonly readOnly: boolean;
  /** Hidden or NoView: the widget is not on screen, so it gets no control. */
  readonly hidden: boolean;
  /** `/TU`, the alternate name meant for people; empty when absent. */
  readonly alternateName: string;
  readonly multiLine: boolean;
  readonly password: boolean;
  readonly comb: boolean;
  /** `/MaxLen`; 0 without a limit. */
  readonly maxLength: number;
  readonly options: readonly ChoiceOption[];
  readonly multiSelect: boolean;
  /** A combo box whose Edit flag lets a person type a value of their own. */
  readonly editable: boolean;
  /** A push button's reset-form action. */
  readonly resetForm: ResetFormAction | null;
  readonly style: WidgetStyle;
}
