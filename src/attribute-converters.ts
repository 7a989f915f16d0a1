/** How the element's attributes map to properties that may hold more than a string. */
import { isJsonText } from './document/instant-json-source.js';
import { parseZoom, type Zoom } from './viewer/zoom.js';

/** `src` reflects only when it is a URL; binary sources live in the property alone. */
export const srcConverter = {
  fromAttribute: (value: string | null) => value,
  toAttribute: (value: unknown) => (typeof value === 'string' ? value : null),
};

/** `instant-json` reflects only when it holds a URL, not an object or JSON text. */
export const instantJsonConverter = {
  fromAttribute: (value: string | null) => value,
  toAttribute: (value: unknown) => (typeof value === 'string' && !isJsonText(value) ? value : null),
};

/** `zoom`: a mode, a number, or a percentage ("150%"). */
export const zoomConverter = {
  fromAttribute: (value: string | null): Zoom => parseZoom(value),
  toAttribute: (value: Zoom) => String(value),
};
