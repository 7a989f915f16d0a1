/** Writers for free text and redactions (text set in embedded fonts). */
import type { WriterTable } from './writer-table.js';

export const TEXT_WRITERS: WriterTable = {};
