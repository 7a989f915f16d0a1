/** Writers for free text and redactions (text set in embedded fonts). */
import { writeFreeText } from './text/free-text-writer.js';
import { writeRedaction } from './text/redaction-writer.js';
import type { WriterTable } from './writer-table.js';

export const TEXT_WRITERS: WriterTable = {
  'pspdfkit/text': writeFreeText,
  'pspdfkit/markup/redaction': writeRedaction,
};
