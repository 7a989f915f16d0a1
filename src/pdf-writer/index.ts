/**
 * `instant-pdf-viewer/pdf-writer`: Instant JSON applied to PDF bytes, in the
 * browser and in Node. DOM-free; loads its PDF library on first use.
 */
export { applyInstantJson, type ApplyInstantJsonOptions } from './apply-instant-json.js';
export { FontLoadError, type FontOptions, type FontSource } from './fonts/font-source.js';
export { PdfWriteError, type PdfWriteErrorCode } from './pdf-write-error.js';
