/**
 * /RC, the rich text of a free text (ISO 32000-1, 12.7.3.4): an XHTML body.
 * An `xhtml` record's markup goes in as it is (wrapped in a <body> when it
 * has none); a plain one becomes a paragraph per line with its characters
 * escaped. The body carries the /DS style, so a reader of /RC (ours, through
 * pdf.js) finds the alignment there.
 *
 * Characters beyond ASCII are written as XML character references, so the
 * string is the same in any PDF string encoding: pdf.js parses /RC as the
 * string's raw bytes and cannot read a UTF-16 one.
 */
import type { RichText } from '../../../model/index.js';

const BODY_OPEN =
  '<body xmlns="http://www.w3.org/1999/xhtml" xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/" xfa:APIVersion="Acrobat:11.0.0" xfa:spec="2.0.2"';

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);
}

/** Non-ASCII characters (and ASCII controls but tab and line breaks) as character references. */
function asciiOnly(xml: string): string {
  let out = '';
  for (const character of xml) {
    const code = character.codePointAt(0)!;
    out += code > 0x7e || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ? `&#x${code.toString(16).toUpperCase()};` : character;
  }
  return out;
}

export function richText(text: string | RichText | undefined, style: string): string {
  const body = `<?xml version="1.0"?>${BODY_OPEN} style="${escapeXml(style)}">`;
  if (typeof text === 'object' && text?.format === 'xhtml') {
    if (/<body[\s>]/i.test(text.value)) return asciiOnly(text.value);
    return asciiOnly(`${body}${text.value}</body>`);
  }
  const plain = typeof text === 'string' ? text : (text?.value ?? '');
  const paragraphs = plain.split(/\r\n|[\r\n\u2028\u2029]/).map((line) => `<p>${escapeXml(line)}</p>`);
  return asciiOnly(`${body}${paragraphs.join('')}</body>`);
}
