/**
 * The part of pdf.js's `page.getAnnotations()` output that the reader uses.
 *
 * pdf.js types these objects as `any`; this interface names only what we
 * read, every field optional beyond `id` and `subtype`, so the mapping code
 * has to handle absent values (pdf.js omits many fields for some subtypes and
 * for malformed dictionaries). Shapes checked against pdfjs-dist 5.6.205
 * (`src/core/annotation.js`, `Catalog.parseDestDictionary`).
 */

/** Numbers from pdf.js: plain arrays, `Float32Array`s or `Uint8ClampedArray`s. */
export type PdfjsNumbers = ArrayLike<number>;

/** pdf.js's AnnotationBorderStyleType: 1 solid, 2 dashed, 3 beveled, 4 inset, 5 underline. */
export interface PdfjsBorderStyle {
  readonly width?: number;
  readonly style?: number;
  readonly dashArray?: PdfjsNumbers;
}

/** A PDF text string decoded by pdf.js. */
export interface PdfjsText {
  readonly str?: string;
}

/** What pdf.js makes of a FreeText or widget `/DA` string (and, for FreeText, of its appearance). */
export interface PdfjsDefaultAppearance {
  readonly fontSize?: number;
  /** The font's resource name in `/DA` (e.g. `Helv`), not necessarily a font family. */
  readonly fontName?: string;
  readonly fontColor?: PdfjsNumbers | null;
}

/** pdf.js's serialised FileSpec (`/FS`). */
export interface PdfjsFileSpec {
  readonly filename?: string;
  readonly content?: Uint8Array | null;
  readonly description?: string;
}

/** A `/ResetForm` action as pdf.js reports it. */
export interface PdfjsResetForm {
  readonly fields?: readonly string[];
  /** Field references as `"12R"` ids. */
  readonly refs?: readonly string[];
  /** True when the listed fields are reset; false when all others are (Flags bit 1). */
  readonly include?: boolean;
}

/** pdf.js's `{ num, gen }` page reference inside an explicit destination. */
export interface PdfjsRef {
  readonly num: number;
  readonly gen: number;
}

/** A named destination, or an explicit one: `[pageRef or page index, { name: 'XYZ' }, …]`. */
export type PdfjsDestination = string | readonly unknown[];

export interface PdfjsAnnotationData {
  /** `"12R"` (object 12, generation 0), `"8R1"` (generation 1), or a synthetic id for inline dictionaries. */
  readonly id: string;
  /** The PDF `/Subtype` name, or null when the dictionary has none. */
  readonly subtype: string | null;
  /** `/F`, with pdf.js's Invisible-bit removal for subtypes it knows. */
  readonly annotationFlags?: number;
  /** `[x1, y1, x2, y2]` in PDF user space, normalised; null for zero-size popups. */
  readonly rect?: PdfjsNumbers | null;
  /** `/C` as 0–255 RGB, or null. */
  readonly color?: PdfjsNumbers | null;
  readonly backgroundColor?: PdfjsNumbers | null;
  readonly borderColor?: PdfjsNumbers | null;
  readonly borderStyle?: PdfjsBorderStyle;
  /** 0, 90, 180 or 270: `/MK /R` for widgets, the non-standard `/Rotate` otherwise. */
  readonly rotation?: number;
  readonly contentsObj?: PdfjsText;
  /** `/T`, the author, on markup annotations. */
  readonly titleObj?: PdfjsText;
  /** PDF date strings (`"D:20151220233735+01'00'"`), or null. */
  readonly creationDate?: string | null;
  readonly modificationDate?: string | null;
  /** `/CA`, for the subtypes where pdf.js reads it (Ink, Highlight). */
  readonly opacity?: number;
  /** Icon name: Text `/Name` (`"NoIcon"` when the note has an appearance), FileAttachment `/Name`. */
  readonly name?: string;
  /** Id of the annotation's `/Popup`. */
  readonly popupRef?: string | null;
  /** `/IT`, the intent (e.g. `"LineArrow"`, `"FreeTextTypewriter"`). */
  readonly it?: string;

  /** Text markup and links: per quad `[minX, maxY, maxX, maxY, minX, minY, maxX, minY]`. */
  readonly quadPoints?: PdfjsNumbers | null;
  /** Polygon/PolyLine `/Vertices`: x0, y0, x1, y1, … */
  readonly vertices?: PdfjsNumbers | null;
  /** Ink `/InkList`: one flat x, y, … list per stroke. */
  readonly inkLists?: readonly PdfjsNumbers[];
  /** Line `/L`, as normalised by pdf.js (x1 ≤ x2, y1 ≤ y2). */
  readonly lineCoordinates?: PdfjsNumbers;
  /** `/LE` names, `"None"` where there is no ending. */
  readonly lineEndings?: readonly string[];

  readonly defaultAppearanceData?: PdfjsDefaultAppearance;
  /** `/RC` as pdf.js's HTML-like tree. */
  readonly richText?: { readonly html?: unknown };
  readonly file?: PdfjsFileSpec;

  // Link actions (one of these, see Catalog.parseDestDictionary).
  readonly url?: string;
  /** The URI as written in the PDF (`url` is the validated absolute form). */
  readonly unsafeUrl?: string;
  readonly dest?: PdfjsDestination;
  /** A `/Named` action's name, e.g. `"NextPage"`. */
  readonly action?: string;
  readonly newWindow?: boolean;
  readonly resetForm?: PdfjsResetForm;
  readonly attachment?: PdfjsFileSpec;

  // Widgets.
  readonly fieldName?: string;
  readonly fieldType?: string;
  /** `/Q`: 0 left, 1 centred, 2 right. */
  readonly textAlignment?: number | null;
}
