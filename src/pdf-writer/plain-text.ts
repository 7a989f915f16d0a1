/**
 * The plain text of a record's `text` or `note`: version 1 strings as they
 * are, version 2 `{ format: 'plain', value }` values as they are, and
 * `{ format: 'xhtml', value }` with its markup removed (as text, never
 * interpreted: tags are dropped, <br> and block ends become line breaks, the
 * five XML entities and numeric references are decoded).
 */
import type { RichText } from '../model/index.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** XHTML as plain text. */
export function xhtmlToPlainText(xhtml: string): string {
  const text = xhtml
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).replace(/\n+$/, '');
}

/** The plain text of a `text` or `note` value of any record version. */
export function plainText(text: string | RichText | undefined | null): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return text.format === 'xhtml' ? xhtmlToPlainText(text.value) : text.value;
}
