/**
 * applyInstantJson: the annotations and form values of an Instant JSON
 * document written into the PDF it belongs to. By default an incremental
 * update: the original bytes are an exact prefix of the result, the new
 * trailer's /Prev points at the old cross-reference, /ID[0] is kept.
 */
import { type Annotation, type Comment, type InstantJson, parseInstantJson } from '../model/index.js';
import { annotationDict, popupDict } from './annotation-dict.js';
import { untracked, untrackedAsync, withoutChangeSearch } from './change-tracking.js';
import { createTextFonts } from './fonts/create-text-fonts.js';
import type { FontOptions } from './fonts/font-source.js';
import { writeFormFieldValues } from './forms/write-form-values.js';
import { flattenAnnotations } from './flatten.js';
import { createImageStore } from './image-store.js';
import { endsWithXrefStream, openForWriting } from './open-pdf.js';
import { PageAnnotations } from './page-annotations.js';
import { PageFrame } from './page-frame.js';
import { loadPdfLib, type PDFDocument, type PDFPage, type PDFRef, type PdfLib } from './pdf-lib.js';
import { checkPdfId, renewChangingId } from './pdf-trailer-id.js';
import { PdfWriteError } from './pdf-write-error.js';
import { writeComment } from './writers/markers/comment-writer.js';
import { writerFor } from './writers/registry.js';
import type { WriterEnv } from './writer-types.js';

export interface ApplyInstantJsonOptions extends FontOptions {
  /**
   * Draw the annotations and form fields into the page content and remove
   * them (a full rewrite, not an incremental update). Redactions stay
   * annotations: flattening never applies a redaction.
   */
  flatten?: boolean;
  /** Told about each part of the JSON that could not be written (the rest is). */
  onWarning?: (message: string) => void;
  /** Progress: `done` of `total` steps (one per annotation, plus forms and the save). */
  onProgress?: (done: number, total: number) => void;
}

/** Records between two yields to the event loop, so a large document never blocks a page for long. */
const RECORDS_PER_SLICE = 200;

/**
 * Objects pdf-lib serializes between two yields. Its default, 50, yields
 * through setTimeout so often that a browser's 4 ms timer clamp alone adds
 * seconds to a save of 10,000 annotations; 1,000 objects take a few ms.
 */
const OBJECTS_PER_TICK = 1000;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function frameOfPage(page: PDFPage, pageIndex: number): PageFrame {
  const { x, y, width, height } = page.getCropBox();
  const rotation = (((page.getRotation().angle % 360) + 360) % 360) as number;
  return new PageFrame(pageIndex, { x, y, width, height }, rotation);
}

async function save(doc: PDFDocument, original: Uint8Array, flatten: boolean): Promise<Uint8Array> {
  if (flatten) return doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: OBJECTS_PER_TICK });
  const output = await doc.commit({ useObjectStreams: endsWithXrefStream(original), objectsPerTick: OBJECTS_PER_TICK });
  for (let index = 0; index < original.length; index += 1) {
    if (output[index] !== original[index]) {
      throw new PdfWriteError('unsupported', 'This PDF could not be saved as an incremental update.');
    }
  }
  return output;
}

/**
 * Writes the annotations, comments and form field values of `json` into `pdf`.
 *
 * @param pdf The original PDF's bytes (not modified).
 * @param json Instant JSON (object or text) made for this PDF.
 * @returns The new PDF's bytes.
 * @throws InstantJsonError for invalid JSON (with the path of the problem);
 *   PdfWriteError for a PDF that cannot be read or opened, or JSON whose
 *   `pdfId` belongs to another PDF.
 */
export async function applyInstantJson(
  pdf: Uint8Array | ArrayBuffer,
  json: InstantJson | string,
  options: ApplyInstantJsonOptions = {},
): Promise<Uint8Array> {
  const original = pdf instanceof Uint8Array ? pdf : new Uint8Array(pdf);
  const flatten = options.flatten === true;
  const lib = await loadPdfLib();
  const doc = await openForWriting(lib, original, { incremental: !flatten });
  const instantJson = parseInstantJson(json, { pageCount: doc.getPageCount() });
  checkPdfId(lib, doc, instantJson);
  const warn = options.onWarning ?? (() => undefined);

  const pages = doc.getPages();
  const frames = pages.map(frameOfPage);
  const annotations = new PageAnnotations(lib, doc, pages);
  const env = {
    lib,
    doc,
    fonts: createTextFonts(lib, doc, options),
    images: createImageStore(doc, instantJson.attachments, warn),
    pageRef: (pageIndex: number) => pages[pageIndex]?.ref,
    frameOf: (pageIndex: number) => frames[pageIndex],
  };

  const records = (instantJson.annotations ?? []) as Annotation[];
  const total = records.length + 2;
  const skipped = new Set(instantJson.skippedPdfObjectIds ?? []);
  const rewritten = new Set(records.flatMap((record) => (record.pdfObjectId !== undefined && skipped.has(record.pdfObjectId) ? [record.pdfObjectId] : [])));
  for (const objectNumber of skipped) {
    if (rewritten.has(objectNumber)) continue;
    const originalAnnotation = annotations.original(objectNumber);
    if (originalAnnotation) annotations.remove(originalAnnotation);
    else warn(`skippedPdfObjectIds: object ${objectNumber} is not an annotation of this PDF.`);
  }

  const written = new Map<string, WrittenRoot>();
  // New objects are always saved; existing ones that change (pages, edited
  // originals) are recorded by reference. See change-tracking.ts.
  const snapshot = doc.context.snapshot;
  const markChanged = (ref: PDFRef) => snapshot?.markRefForSave(ref);
  for (const [index, record] of records.entries()) {
    if (index > 0 && index % RECORDS_PER_SLICE === 0) {
      options.onProgress?.(index, total);
      await nextTask();
    }
    const frame = frames[record.pageIndex]!;
    const result = await untrackedAsync(doc, () => writeRecord(lib, doc, record, { ...env, frame }, annotations, rewritten, warn));
    // Records written by older SDKs have no id; comments then name their root by its name.
    const rootId = record.id ?? record.name;
    if (result && rootId) written.set(rootId, result);
    if (result?.rewritten) markChanged(result.ref);
  }
  untracked(doc, () => writeComments(lib, doc, instantJson.comments ?? [], written, env, frames, annotations, warn));
  options.onProgress?.(records.length, total);

  await writeFormFieldValues(instantJson.formFieldValues ?? [], { lib, doc, fonts: env.fonts, warn });
  for (const pageIndex of untracked(doc, () => annotations.commit())) markChanged(pages[pageIndex]!.ref);
  options.onProgress?.(records.length + 1, total);

  if (flatten) await flattenAnnotations(lib, doc, pages);
  await renewChangingId(lib, doc, JSON.stringify(instantJson));
  const output = await withoutChangeSearch(doc, () => save(doc, original, flatten));
  options.onProgress?.(total, total);
  return output;
}

/** A written annotation that comments may reply to. */
interface WrittenRoot {
  ref: PDFRef;
  rect: [number, number, number, number];
  pageIndex: number;
  /** Whether it replaced an original under the original's object number. */
  rewritten: boolean;
}

/** Writes Instant Comments as /Text replies (/IRT) to the annotation that roots their thread. */
function writeComments(
  lib: PdfLib,
  doc: PDFDocument,
  comments: readonly Comment[],
  roots: ReadonlyMap<string, WrittenRoot>,
  env: Omit<WriterEnv, 'frame'>,
  frames: readonly PageFrame[],
  annotations: PageAnnotations,
  warn: (message: string) => void,
): void {
  comments.forEach((comment, index) => {
    const root = roots.get(comment.rootId);
    if (!root) {
      warn(`comments[${index}]: its thread root "${comment.rootId}" is not written, so neither is the comment.`);
      return;
    }
    const result = writeComment(comment, root, { ...env, frame: frames[root.pageIndex]! });
    const dict = annotationDict(lib, doc, comment, result, env.pageRef(root.pageIndex)!);
    annotations.append(root.pageIndex, doc.context.register(dict));
  });
}

/** Writes one record; returns its object and /Rect, or undefined when it is not written. */
async function writeRecord(
  lib: PdfLib,
  doc: PDFDocument,
  record: Annotation,
  env: WriterEnv,
  annotations: PageAnnotations,
  rewritten: ReadonlySet<number>,
  warn: (message: string) => void,
): Promise<WrittenRoot | undefined> {
  const writer = writerFor(record);
  const label = record.id ?? record.name ?? `on page ${record.pageIndex}`;
  if (!writer) {
    warn(`annotations (${label}): type ${record.type} is not written into PDFs.`);
    return undefined;
  }
  const pageRef = env.pageRef(record.pageIndex)!;
  const result = await writer(record, env);
  const dict = annotationDict(lib, doc, record, result, pageRef);

  let ref: PDFRef;
  const originalAnnotation =
    record.pdfObjectId !== undefined && rewritten.has(record.pdfObjectId) ? annotations.original(record.pdfObjectId) : undefined;
  if (originalAnnotation) {
    // An edited original keeps its object number, in its place in /Annots.
    ref = originalAnnotation.ref;
    doc.context.assign(ref, dict);
    if (originalAnnotation.pageIndex !== record.pageIndex) {
      annotations.remove(originalAnnotation);
      annotations.append(record.pageIndex, ref);
    } else if (!annotations.has(record.pageIndex, ref)) {
      annotations.append(record.pageIndex, ref);
    }
    // Its popup stays: it points at the same object number.
    if (originalAnnotation.popup && originalAnnotation.pageIndex === record.pageIndex) {
      dict.set(lib.PDFName.of('Popup'), originalAnnotation.popup);
      return { ref, rect: result.rect, pageIndex: record.pageIndex, rewritten: true };
    }
  } else {
    ref = doc.context.register(dict);
    annotations.append(record.pageIndex, ref);
  }
  if (result.popup) {
    const popup = doc.context.register(popupDict(doc, ref, result, pageRef));
    dict.set(lib.PDFName.of('Popup'), popup);
    annotations.append(record.pageIndex, popup);
  }
  return { ref, rect: result.rect, pageIndex: record.pageIndex, rewritten: originalAnnotation !== undefined };
}
