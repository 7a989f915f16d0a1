/** The Instant JSON document and its non-annotation records (spec 001 and 003). */
import type { Action } from './action-types.js';
import type {
  BaseAnnotation,
  KnownAnnotation,
  RecordVersion,
  RichText,
  Timestamp,
} from './annotation-types.js';
import type { INSTANT_JSON_FORMAT } from './vocabulary.js';

type WithOptionalId<A> = A extends unknown ? Omit<A, 'id'> & { id?: string } : never;

/**
 * An annotation record as a document carries it: like `Annotation`, but
 * `id` may be absent (records written by PSPDFKit's native SDKs in 2018–2019
 * have none). The store shows such a record with a session id and exports it
 * without one until it is edited (see session-ids.ts).
 */
export type ImportedAnnotation =
  | WithOptionalId<KnownAnnotation>
  | (Omit<BaseAnnotation, 'id'> & { id?: string; type: `pspdfkit/${string}`; [key: string]: unknown });

/** The PDF trailer's `/ID` pair, base64-encoded. */
export interface PdfId {
  permanent: string;
  changing: string;
}

/** A changed form field value, keyed by the field's fully qualified name. */
export interface FormFieldValue {
  v: RecordVersion;
  type: 'pspdfkit/form-field-value';
  /** Fully qualified name of the PDF form field. Unique in a document. */
  name: string;
  /** Several values for combo boxes, list boxes and checkboxes. */
  value?: string | string[] | null;
  /** Which widgets of a radio group or checkbox are on. */
  optionIndexes?: number[];
  isFitting?: boolean;
  pdfObjectId?: number;
}

/** An attached file, keyed in `attachments` by its SHA-256 hex digest (or pdfObjectId). */
export interface Attachment {
  /** Base64 of the file's bytes. */
  binary: string;
  contentType?: string;
}

export interface Bookmark {
  v: RecordVersion;
  type: 'pspdfkit/bookmark';
  pdfBookmarkId?: string;
  name?: string;
  action: Action;
}

/** An Instant Comments reply. Version 1 `text` is a string, version 2 `{ format, value }`. */
export interface Comment {
  v: RecordVersion;
  type: 'pspdfkit/comment';
  /** The id of the annotation that roots the thread. */
  rootId: string;
  text: string | RichText;
  pageIndex?: number;
  id?: string;
  creatorName?: string;
  createdAt?: Timestamp;
  updatedAt?: Timestamp;
  customData?: Record<string, unknown> | null;
  pdfObjectId?: number;
}

/**
 * An Instant JSON document: the changes against one original PDF.
 *
 * Keys other than the ones listed (e.g. `formFields`, `skippedPdfBookmarkIds`)
 * are kept as given and written back unchanged.
 */
export interface InstantJson {
  format: typeof INSTANT_JSON_FORMAT;
  /** Absent or `null`: the document applies to any PDF. */
  pdfId?: PdfId | null;
  /** Original annotations not to load: each one is deleted, or replaced by the record in `annotations` with the same `pdfObjectId`. */
  skippedPdfObjectIds?: number[];
  /**
   * New annotations (no `pdfObjectId`) and updated originals (with
   * `pdfObjectId`). A record may lack `id` (see {@link ImportedAnnotation}).
   */
  annotations?: ImportedAnnotation[];
  formFieldValues?: FormFieldValue[];
  attachments?: Record<string, Attachment>;
  bookmarks?: Bookmark[];
  comments?: Comment[];
  /** Form field definitions; the spec does not define them, so they are kept unchecked. */
  formFields?: unknown[];
  [key: string]: unknown;
}
