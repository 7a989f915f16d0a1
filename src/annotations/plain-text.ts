/**
 * The text a person should see for a record's `text`: a version 1 string or
 * version 2 `{ format, value }`. XHTML is reduced to its characters; it is
 * parsed into an inert document (no scripts run, no images load) and never
 * inserted into the page.
 */
import type { RichText } from '../model/index.js';

/** Elements that start a new line when XHTML is shown as plain text. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR']);

export function plainText(text: string | RichText | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text.format === 'xhtml' ? xhtmlText(text.value) : text.value;
}

/** The visible characters of an XHTML fragment, with paragraphs and `<br>` as newlines. */
export function xhtmlText(markup: string): string {
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  let out = '';
  const newline = () => {
    out = out.replace(/ +$/, '');
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      // Markup whitespace collapses as it would in HTML; newlines come from the structure.
      const chunk = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      out += out === '' || out.endsWith('\n') ? chunk.trimStart() : chunk;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) newline();
    element.childNodes.forEach(walk);
    if (block) newline();
  };
  parsed.body.childNodes.forEach(walk);
  return out.replace(/ *\n */g, '\n').replace(/^\s+|\s+$/g, '');
}

/** A short single-line form of a text, for accessible names. */
export function shortText(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
