/**
 * The plain text of records' `text` and `note`, for /Contents and for drawing.
 *
 * The characters of an XHTML text as the viewer shows them
 * (`src/annotations/plain-text.ts` `xhtmlText`), without a DOM: tags are
 * dropped as text, never interpreted; `<br>` and the ends of block elements
 * start new lines; whitespace collapses as HTML collapses it; script, style
 * and template contents are left out; entities are decoded.
 */
import type { RichText } from '../model/index.js';

/** Elements that start a new line (the viewer's list). */
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr']);
/** Elements whose contents are not text a person sees. */
const HIDDEN = new Set(['script', 'style', 'template']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = /^#x/i.test(entity) ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** The visible characters of an XHTML fragment, with paragraphs and `<br>` as line breaks. */
export function xhtmlText(markup: string): string {
  let out = '';
  const newline = () => {
    out = out.replace(/ +$/, '');
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  const addText = (raw: string) => {
    const chunk = decodeEntities(raw).replace(/\s+/g, ' ');
    out += out === '' || out.endsWith('\n') ? chunk.trimStart() : chunk;
  };
  // Tags, comments, CDATA sections and processing instructions, or text up to the next of them.
  const token = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<[?!][^>]*>?|<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</;
  let rest = markup;
  while (rest !== '') {
    const match = token.exec(rest);
    if (!match || match.index !== 0) {
      // Only reached for a '<' the pattern could not take: it is text.
      addText(rest[0]!);
      rest = rest.slice(1);
      continue;
    }
    rest = rest.slice(match[0].length);
    const [whole, cdata, closing, rawName, attributes] = match;
    if (cdata !== undefined) {
      addText(cdata);
    } else if (rawName !== undefined) {
      const name = rawName.toLowerCase();
      if (name === 'br') {
        out += '\n';
      } else if (HIDDEN.has(name) && !closing && !/\/\s*$/.test(attributes ?? '')) {
        const end = rest.search(new RegExp(`</${name}\\s*>`, 'i'));
        rest = end < 0 ? '' : rest.slice(end).replace(/^<\/[^>]*>/, '');
      } else if (BLOCKS.has(name)) {
        newline();
      }
    } else if (!whole.startsWith('<!--') && !/^<[?!]/.test(whole)) {
      addText(whole);
    }
  }
  return out.replace(/ *\n */g, '\n').replace(/^\s+|\s+$/g, '');
}

/** The plain text of a `text` or `note` value of any record version (version 1 string or version 2 `{ format, value }`). */
export function plainText(text: string | RichText | undefined | null): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return text.format === 'xhtml' ? xhtmlText(text.value) : text.value;
}
