/**
 * What every subtype mapping shares: the page it reads, the fields common to
 * all Instant JSON records, and the shape of a mapping.
 */
import type { Annotation, BaseAnnotation, BorderStyle } from '../../model/index.js';
import type { PageSpace } from './page-geometry.js';
import { pdfDateToTimestamp } from './pdf-date.js';
import { annotationFlags, unitInterval } from './pdf-values.js';
import type { PdfjsAnnotationData, PdfjsBorderStyle } from './pdfjs-annotation-data.js';

export interface MappingContext {
  readonly space: PageSpace;
  readonly pageIndex: number;
  /** Page index of each link's destination, by pdf.js annotation id (resolved beforehand: see link-destinations.ts). */
  readonly linkTargets: ReadonlyMap<string, number>;
}

/** A mapping's answer when an annotation cannot become a record: why. */
export class Skip {
  constructor(readonly reason: string) {}
}

/** Turns one pdf.js annotation into an Instant JSON record, or says why it cannot. */
export type SubtypeMapping = (
  item: PdfjsAnnotationData,
  base: BaseFields,
  context: MappingContext,
) => Annotation | Skip;

/** The base fields in the order real exports write them, minus `type`. */
export type BaseFields = Pick<
  BaseAnnotation,
  'v' | 'id' | 'pageIndex' | 'bbox' | 'opacity' | 'pdfObjectId' | 'flags' | 'creatorName' | 'createdAt' | 'updatedAt'
>;

const OBJECT_ID = /^(\d+)R(\d*)$/;

/**
 * The PDF object number in a pdf.js annotation id: `"12R"` → 12, `"8R1"`
 * (generation 1) → 8. Annotations written inline in a page's /Annots array
 * have no object, and pdf.js gives them a synthetic id (`annot_…`): null.
 */
export function pdfObjectIdOf(id: string): number | null {
  const match = OBJECT_ID.exec(id);
  if (!match) return null;
  const objectNumber = Number(match[1]);
  return Number.isSafeInteger(objectNumber) ? objectNumber : null;
}

/**
 * The fields every record gets. `opacity` is always written (the spec
 * requires it); pdf.js reads `/CA` only for Ink and Highlight, so other
 * subtypes get 1. Dates and author are left out when the PDF has none.
 */
export function baseFields(item: PdfjsAnnotationData, pdfObjectId: number, context: MappingContext): BaseFields {
  const fields: BaseFields = {
    v: 2,
    id: String(pdfObjectId),
    pageIndex: context.pageIndex,
    bbox: context.space.rectOf(item.rect),
    opacity: unitInterval(item.opacity) ?? 1,
    pdfObjectId,
  };
  const flags = annotationFlags(item.annotationFlags);
  if (flags) fields.flags = flags;
  const creatorName = item.titleObj?.str;
  if (creatorName) fields.creatorName = creatorName;
  const createdAt = pdfDateToTimestamp(item.creationDate);
  if (createdAt) fields.createdAt = createdAt;
  const updatedAt = pdfDateToTimestamp(item.modificationDate);
  if (updatedAt) fields.updatedAt = updatedAt;
  return fields;
}

/** pdf.js AnnotationBorderStyleType (1–5) → Instant JSON border style. */
const BORDER_STYLES: readonly (BorderStyle | undefined)[] = [
  undefined,
  'solid',
  'dashed',
  'beveled',
  'inset',
  'underline',
];

/**
 * A visible border's style, width and dash pattern; undefined for none.
 * pdf.js reports width 0 both for "no border" and for a dictionary without
 * /BS or /Border, so 0 means no border here.
 */
export function border(
  style: PdfjsBorderStyle | undefined,
): { style: BorderStyle; width: number; dashArray?: number[] } | undefined {
  const width = style?.width;
  if (typeof width !== 'number' || !(width > 0)) return undefined;
  const name = BORDER_STYLES[style?.style ?? 1] ?? 'solid';
  const dashes = name === 'dashed' ? Array.from(style?.dashArray ?? [], Number) : [];
  const dashArray = dashes.length > 0 && dashes.every((d) => Number.isFinite(d) && d >= 0) ? dashes : undefined;
  return { style: name, width, ...(dashArray && { dashArray }) };
}

/** Adds `key: value` unless value is undefined or an empty string (records omit empty keys). */
export function setIfPresent<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined): void {
  if (value === undefined || value === '') return;
  record[key] = value;
}
