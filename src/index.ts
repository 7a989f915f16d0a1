/** The package entry: registers `<instant-pdf-viewer>` and exports its types and the Instant JSON model. */
// First, so that a page that already holds a viewer starts pdf.js's worker
// before the rest of the bundle is evaluated.
import './pdf/worker-prewarm.js';
export { InstantPdfViewer, defineInstantPdfViewer, TAG_NAME } from './instant-pdf-viewer.js';
export type { LoadOptions } from './instant-pdf-viewer.component.js';
export type {
  AnnotationsChangedDetail,
  DocumentErrorDetail,
  DocumentLoadedDetail,
  PageChangedDetail,
} from './events.js';
export { PdfLoadError, type PdfLoadErrorKind } from './pdf/pdf-load-error.js';
export type { PdfSource } from './pdf/pdf-document-loader.js';
export type { Zoom, ZoomMode } from './viewer/zoom.js';
export * from './model/index.js';
export type { ToolbarItem } from './ui/toolbar-items.js';
export { registerLocale, type Translation, type TranslationKey } from './i18n/localize.js';
