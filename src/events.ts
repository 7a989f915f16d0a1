/**
 * The element's events: one declaration each, typed on HTMLElementEventMap so
 * `viewer.addEventListener('page-changed', e => e.detail.pageIndex)` type-checks.
 */
import type { Annotation, ChangeSource, InstantJson, PdfId } from './model/index.js';
import type { ToolPresets } from './tools/tool-presets.js';

export interface DocumentLoadedDetail {
  pageCount: number;
  pdfId: PdfId | null;
}

export interface DocumentErrorDetail {
  /** A sentence a person can act on. */
  message: string;
  /** The error itself: a `PdfLoadError` for load failures (`kind`, `status`, `cause`). */
  error: Error;
}

export interface PageChangedDetail {
  pageIndex: number;
}

export interface AnnotationsChangedDetail {
  /** Equals `exportInstantJson()` at the moment of the event; computed when first read. */
  readonly instantJson: InstantJson;
  /** Annotations now shown that were not before. */
  created: Annotation[];
  /** Annotations shown before and now, in their new version. */
  updated: Annotation[];
  /** Ids of annotations no longer shown. */
  deleted: string[];
  source: ChangeSource;
}

export interface SelectionChangedDetail {
  /** Ids of the selected annotations, in the order they were selected. */
  annotationIds: string[];
}

export interface ToolChangedDetail {
  /** Id of the active tool. */
  tool: string;
}

export interface ToolPresetsChangedDetail {
  /** Every tool's preset after the change (a copy). */
  toolPresets: ToolPresets;
}

export interface PdfExportDetail {
  /** The PDF with the current annotations and form values saved into it (what `exportPdf()` returns). */
  bytes: Uint8Array;
  /** The name Download would save it under: `<original name>-annotated.pdf`. */
  fileName: string;
}

export interface ViewerEventDetails {
  'document-loaded': DocumentLoadedDetail;
  'document-error': DocumentErrorDetail;
  'page-changed': PageChangedDetail;
  'annotations-changed': AnnotationsChangedDetail;
  'selection-changed': SelectionChangedDetail;
  'tool-changed': ToolChangedDetail;
  'tool-presets-changed': ToolPresetsChangedDetail;
  'pdf-export': PdfExportDetail;
}

declare global {
  interface HTMLElementEventMap {
    'document-loaded': CustomEvent<DocumentLoadedDetail>;
    'selection-changed': CustomEvent<SelectionChangedDetail>;
    'tool-changed': CustomEvent<ToolChangedDetail>;
    'tool-presets-changed': CustomEvent<ToolPresetsChangedDetail>;
    'document-error': CustomEvent<DocumentErrorDetail>;
    'page-changed': CustomEvent<PageChangedDetail>;
    'annotations-changed': CustomEvent<AnnotationsChangedDetail>;
    'pdf-export': CustomEvent<PdfExportDetail>;
  }
}

/** Dispatches a composed, bubbling CustomEvent, the way every event of ours travels. */
export function emit<K extends keyof ViewerEventDetails>(target: EventTarget, name: K, detail: ViewerEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}

/**
 * Dispatches a composed, bubbling CustomEvent a listener may cancel with
 * `preventDefault()`; returns false when one did.
 */
export function emitCancelable<K extends keyof ViewerEventDetails>(target: EventTarget, name: K, detail: ViewerEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}
