/**
 * Recording changes for the incremental save without pdf-lib's search.
 * pdf-lib records a change to a dictionary by looking for the indirect
 * object that holds it: a scan of every object in the document, deep for a
 * dictionary that is not yet registered, on every `set` — including each
 * entry of each new dictionary it builds. On a form of a few hundred fields
 * that search was nearly all of the time spent (300 values on 300 pages:
 * about 8 s, most of it there). So new objects are built with tracking off
 * (objects registered after the load are always saved), and an existing
 * object's change is recorded directly by its reference.
 */
import type { PDFDict, PDFDocument, PDFRef } from './pdf-lib.js';

/** Runs `build`, which must only create objects (not change existing ones), with change tracking off. */
export function untracked<T>(doc: PDFDocument, build: () => T): T {
  const context = doc.context;
  const snapshot = context.snapshot;
  context.snapshot = undefined;
  try {
    return build();
  } finally {
    context.snapshot = snapshot;
  }
}

/** `untracked` for an asynchronous build (other work may run meanwhile, and is untracked too: callers await it alone). */
export async function untrackedAsync<T>(doc: PDFDocument, build: () => Promise<T>): Promise<T> {
  const context = doc.context;
  const snapshot = context.snapshot;
  context.snapshot = undefined;
  try {
    return await build();
  } finally {
    context.snapshot = snapshot;
  }
}

/**
 * Applies `change` to `dict` and records it for the incremental save: by
 * `ref` when the caller knows the object's reference, else through
 * pdf-lib's own search.
 */
export function changeObject(doc: PDFDocument, dict: PDFDict, ref: PDFRef | undefined, change: (dict: PDFDict) => void): void {
  const snapshot = doc.context.snapshot;
  if (!ref || !snapshot) {
    change(dict);
    return;
  }
  untracked(doc, () => change(dict));
  snapshot.markRefForSave(ref);
}

/**
 * Runs `save` with pdf-lib's change search off. Saving changes no object the
 * original had (catalog, pages and fields were recorded before); it only sets
 * /Length and /Filter on the streams it encodes, and pdf-lib would search the
 * whole document for each of them.
 */
export async function withoutChangeSearch<T>(doc: PDFDocument, save: () => Promise<T>): Promise<T> {
  const context = doc.context;
  const search = context.registerObjectChange;
  context.registerObjectChange = () => undefined;
  try {
    return await save();
  } finally {
    context.registerObjectChange = search;
  }
}
