/** Options of the annotation store and its commands. */
import type { ChangeSource } from './change-notification.js';
import type { InstantJson, PdfId } from './document-types.js';

export interface AnnotationStoreOptions {
  /** The PDF's `/ID` pair; written into every export and checked on import. */
  pdfId?: PdfId | null;
  /** The PDF's page count; when known, every `pageIndex` must be below it. */
  pageCount?: number;
  /** How many undo steps are kept (default 500). */
  historyLimit?: number;
  /** Milliseconds since the epoch (default `Date.now`); for tests. */
  clock?: () => number;
  /** Ids of new annotations (default: monotonic ULIDs). */
  createId?: () => string;
}

export interface CommandOptions {
  /** Reported to listeners; default `'api'`. */
  source?: ChangeSource;
}

export interface ImportOptions {
  /** Overrides the store's `pageCount` for this import's checks. */
  pageCount?: number;
  /** Overrides the store's `pdfId` for this import's check. */
  pdfId?: PdfId | null;
  /** Reported to listeners; default `'import'`. */
  source?: ChangeSource;
  /**
   * Checks the model cannot make alone (e.g. that each form field value names
   * a field of the PDF), run on the parsed document after the pdfId check and
   * before anything changes. Throw an InstantJsonError to reject the import.
   */
  validate?: (doc: InstantJson) => void;
}
