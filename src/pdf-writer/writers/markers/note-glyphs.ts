/**
 * Transitional: the glyphs are src/annotations/note-glyphs.ts, which the
 * viewer and the writer both import, and the PDF names are
 * note-icon-names.ts. Only test/pdf-writer/notes-stamps.test.ts still
 * imports this path; once it imports those two modules, delete this file.
 */
export { NOTE_GLYPHS } from '../../../annotations/note-glyphs.js';
export { PDF_ICON_NAMES } from './note-icon-names.js';
