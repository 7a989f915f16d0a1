/**
 * Reads the annotations a PDF page already has and returns them as Instant
 * JSON records (version 2), ready for the model as originals.
 *
 * Every record has `pdfObjectId` = the annotation's PDF object number and
 * `id = String(pdfObjectId)`. Geometry is in points from the top-left corner
 * of the crop box, y down, before /Rotate (annotations/page-geometry.ts).
 * What each PDF subtype becomes, and what pdf.js does not let us read, is
 * documented in the mapping modules under annotations/ (registry:
 * annotations/subtype-mappings.ts).
 *
 * Not every annotation yields a record, and each one that does not is
 * reported to `onSkip` with the reason:
 * - Popups: a Popup only displays its parent's `/Contents`, `/T` and dates,
 *   which the parent's record already carries (`text` or `note`). Only the
 *   Popup's own window rectangle and open state are lost: the format has no
 *   place for them.
 * - annotations without an object number: written inline in the page's
 *   /Annots array, they have nothing a `pdfObjectId` could name, so an edit
 *   could never be exported against them.
 * - the same object listed twice on the page (ids must be unique).
 * - subtypes the format has no type for, links without a usable action.
 *
 * Pages are read with pdf.js's "display" intent, so annotations a viewer
 * never shows (the NoView flag; text markup without QuadPoints) are not read:
 * the records are what is on screen.
 */
import type { PDFPageProxy } from 'pdfjs-dist';
import type { Annotation } from '../model/index.js';
import { type DestinationSource, resolveLinkTargets } from './annotations/link-destinations.js';
import { baseFields, type MappingContext, pdfObjectIdOf, Skip } from './annotations/mapping-context.js';
import { type PageGeometry, PageSpace } from './annotations/page-geometry.js';
import type { PdfjsAnnotationData } from './annotations/pdfjs-annotation-data.js';
import { SUBTYPE_MAPPINGS } from './annotations/subtype-mappings.js';

export type { PageGeometry } from './annotations/page-geometry.js';
export type { PdfjsAnnotationData } from './annotations/pdfjs-annotation-data.js';

/** A pdf.js annotation that produced no record, and why. */
export interface SkippedAnnotation {
  /** pdf.js's id (`"12R"`, or a synthetic one for inline dictionaries). */
  readonly id: string;
  readonly subtype: string | null;
  readonly reason: string;
}

export interface ReadAnnotationsOptions {
  /** Called once for each annotation that yields no record. */
  readonly onSkip?: ((skipped: SkippedAnnotation) => void) | undefined;
}

export interface ConvertAnnotationsOptions extends ReadAnnotationsOptions {
  /** Page index of each link destination, by annotation id (see {@link readPageAnnotations}). */
  readonly linkTargets?: ReadonlyMap<string, number> | undefined;
}

/** The page methods the reader calls (a PDFPageProxy has them). */
export type AnnotatedPage = Pick<PDFPageProxy, 'view' | 'userUnit' | 'getAnnotations'>;

/** The document methods the reader calls (a PDFDocumentProxy has them). */
export type AnnotatedDocument = DestinationSource & {
  getPage(pageNumber: number): Promise<AnnotatedPage>;
};

/**
 * Reads one page's annotations (0-based `pageIndex`), resolving link
 * destinations through the document.
 */
export async function readPageAnnotations(
  document: AnnotatedDocument,
  pageIndex: number,
  options: ReadAnnotationsOptions = {},
): Promise<Annotation[]> {
  const page = await document.getPage(pageIndex + 1);
  // pdf.js types the result as any[]; the fields we read are in PdfjsAnnotationData.
  const items = (await page.getAnnotations({ intent: 'display' })) as PdfjsAnnotationData[];
  const linkTargets = await resolveLinkTargets(document, items);
  return toInstantJsonAnnotations(items, { view: page.view, userUnit: page.userUnit }, pageIndex, {
    ...options,
    linkTargets,
  });
}

/**
 * The pure conversion: pdf.js annotation data of one page → Instant JSON
 * records, in the page's order. GoTo links need `linkTargets`; without an
 * entry a GoTo link is skipped.
 */
export function toInstantJsonAnnotations(
  items: readonly PdfjsAnnotationData[],
  page: PageGeometry,
  pageIndex: number,
  options: ConvertAnnotationsOptions = {},
): Annotation[] {
  const context: MappingContext = {
    space: new PageSpace(page),
    pageIndex,
    linkTargets: options.linkTargets ?? new Map(),
  };
  const skip = (item: PdfjsAnnotationData, reason: string) =>
    options.onSkip?.({ id: item.id, subtype: item.subtype, reason });

  const records: Annotation[] = [];
  const seen = new Set<number>();
  for (const item of items) {
    if (item.subtype === 'Popup') {
      skip(item, 'a Popup shows its parent’s contents, which the parent’s record carries');
      continue;
    }
    const mapping = item.subtype === null ? undefined : SUBTYPE_MAPPINGS.get(item.subtype);
    if (!mapping) {
      skip(item, `Instant JSON has no type for a ${item.subtype ?? 'subtype-less'} annotation`);
      continue;
    }
    const pdfObjectId = pdfObjectIdOf(item.id);
    if (pdfObjectId === null) {
      skip(item, 'it is an inline dictionary without a PDF object number');
      continue;
    }
    if (seen.has(pdfObjectId)) {
      skip(item, `object ${pdfObjectId} is listed twice in the page’s /Annots`);
      continue;
    }
    const result = mapping(item, baseFields(item, pdfObjectId, context), context);
    if (result instanceof Skip) {
      skip(item, result.reason);
      continue;
    }
    seen.add(pdfObjectId);
    records.push(result);
  }
  return records;
}
