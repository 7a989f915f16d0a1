/**
 * Which Instant JSON mapping handles which PDF annotation `/Subtype`.
 *
 * Subtypes missing here produce no record: Popup (folded into its parent,
 * see annotation-reader.ts) and those the format has nothing for — Sound,
 * Movie, Screen, PrinterMark, TrapNet, Watermark, 3D, RichMedia, Projection
 * and any non-standard name.
 */
import { mapFreeText } from './free-text-mapping.js';
import { mapInk } from './ink-mapping.js';
import { mapLink } from './link-mapping.js';
import type { SubtypeMapping } from './mapping-context.js';
import { mapHighlight, mapRedact, mapSquiggly, mapStrikeOut, mapUnderline } from './markup-mapping.js';
import { mapCaret, mapFileAttachment, mapText } from './note-mapping.js';
import { mapCircle, mapLine, mapPolygon, mapPolyLine, mapSquare } from './shape-mapping.js';
import { mapStamp } from './stamp-mapping.js';
import { mapWidget } from './widget-mapping.js';

export const SUBTYPE_MAPPINGS: ReadonlyMap<string, SubtypeMapping> = new Map<string, SubtypeMapping>([
  ['Text', mapText],
  ['FreeText', mapFreeText],
  ['Line', mapLine],
  ['Square', mapSquare],
  ['Circle', mapCircle],
  ['Polygon', mapPolygon],
  ['PolyLine', mapPolyLine],
  ['Ink', mapInk],
  ['Highlight', mapHighlight],
  ['Underline', mapUnderline],
  ['StrikeOut', mapStrikeOut],
  ['Squiggly', mapSquiggly],
  ['Redact', mapRedact],
  ['Stamp', mapStamp],
  ['Link', mapLink],
  ['Caret', mapCaret],
  ['FileAttachment', mapFileAttachment],
  ['Widget', mapWidget],
]);
