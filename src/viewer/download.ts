/**
 * Download: the name the annotated PDF is saved under, and saving bytes as
 * a file through an `<a download>` and an object URL (no server round trip,
 * no data: URL, which a strict CSP may forbid for navigation).
 */
import type { PdfSource } from '../pdf/pdf-document-loader.js';

const FALLBACK_NAME = 'document';

/**
 * `<original name>-annotated.pdf`: the name is the last path segment of a
 * URL source, or the name of a File; `document` for anything else (bytes,
 * a Blob, a URL ending in `/`). A `.pdf` extension is not repeated, and
 * characters that file systems refuse become `_`.
 */
export function annotatedFileName(source: PdfSource | null): string {
  const base = baseName(source)
    .replace(/\.pdf$/i, '')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .trim();
  return `${base || FALLBACK_NAME}-annotated.pdf`;
}

function baseName(source: PdfSource | null): string {
  if (typeof File !== 'undefined' && source instanceof File) return source.name;
  if (typeof source !== 'string' && !(source instanceof URL)) return '';
  let path: string;
  try {
    path = new URL(String(source), document.baseURI).pathname;
  } catch {
    return '';
  }
  const segment = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Saves `bytes` as a file named `fileName` the way a link with `download`
 * does. The anchor never enters the document; the object URL is revoked
 * once the browser has taken the download (a task later is not enough for
 * every browser, so it waits a little longer).
 */
export function saveFile(bytes: Uint8Array, fileName: string, type = 'application/pdf'): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** How long the object URL of a download stays valid. */
export const REVOKE_AFTER_MS = 10_000;
