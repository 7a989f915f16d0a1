/** The package entry: registers `<instant-pdf-viewer>` and exports its types. */
export { InstantPdfViewer, defineInstantPdfViewer, TAG_NAME } from './instant-pdf-viewer.js';
export type { LoadOptions } from './instant-pdf-viewer.component.js';
export type { DocumentErrorDetail, DocumentLoadedDetail, PageChangedDetail } from './events.js';
export { PdfLoadError, type PdfLoadErrorKind } from './pdf/pdf-load-error.js';
export type { PdfId } from './pdf/pdf-id.js';
export type { PdfSource } from './pdf/pdf-document-loader.js';
export type { Zoom, ZoomMode } from './viewer/zoom.js';
