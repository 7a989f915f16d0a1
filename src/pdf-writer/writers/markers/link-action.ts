/**
 * A link's action as PDF entries. Only what is safe and meaningful in any
 * reader is written:
 * - `uri` → /A << /S /URI /URI (…) >> for absolute http:, https: and mailto:
 *   URIs only. Any other scheme (javascript:, data:, file:, vbscript:, …) and
 *   relative URIs are left out without an error: the link is still written,
 *   with no action, so a hostile or broken URI never reaches a PDF reader and
 *   the rest of the document still saves. (The writer's contract has no
 *   channel for warnings; callers that want to tell a person can check
 *   `isWritableUri` themselves.)
 * - `goTo` → /Dest [page /XYZ left top null]: the target page's top-left
 *   corner as it is shown (after its /Rotate), at the reader's current zoom,
 *   which is what our viewer does; /Fit when the page's frame is unknown, and
 *   nothing when the page does not exist (a dead link is legal PDF).
 * - `named` → /A << /S /Named /N … >> for the four names PDF itself defines
 *   (NextPage, PrevPage, FirstPage, LastPage); other named actions are
 *   viewer-specific and left out.
 * - every other type (launch, JavaScript, forms, remote and embedded go-tos,
 *   hide) is left out. A `subAction` is not written.
 */
import type { Action } from '../../../model/index.js';
import type { PDFObject } from '../../pdf-lib.js';
import type { WriterEnv } from '../../writer-types.js';

const WRITABLE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The URI as it goes into the PDF, or undefined when it is not an absolute http(s) or mailto URI. */
export function writableUri(uri: string): string | undefined {
  // The scheme must be the very first thing: no leading blanks or control characters a reader might strip.
  if (!/^(?:https?:\/\/|mailto:)/i.test(uri)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    return undefined;
  }
  if (!WRITABLE_SCHEMES.has(parsed.protocol)) return undefined;
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return undefined;
  // PDF URIs are 7-bit ASCII: keep the URI as written when it is, else the URL's own (percent and punycode) encoding.
  return /^[\x21-\x7e]*$/.test(uri) ? uri : parsed.href;
}

export function isWritableUri(uri: string): boolean {
  return writableUri(uri) !== undefined;
}

const PDF_NAMED_ACTIONS: Readonly<Partial<Record<string, string>>> = {
  nextPage: 'NextPage',
  prevPage: 'PrevPage',
  firstPage: 'FirstPage',
  lastPage: 'LastPage',
};

function asciiHex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(2, '0');
  return hex;
}

/** The /A or /Dest entry of a link, or nothing. */
export function linkActionEntries(action: Action | undefined, env: WriterEnv): { A?: PDFObject; Dest?: PDFObject } {
  const { PDFHexString, PDFName, PDFNull, PDFNumber } = env.lib;
  const context = env.doc.context;
  switch (action?.type) {
    case 'uri': {
      const uri = writableUri(action.uri);
      if (uri === undefined) return {};
      // Hex, so that parentheses and backslashes in the URI need no escaping.
      return { A: context.obj({ S: 'URI', URI: PDFHexString.of(asciiHex(uri)) }) };
    }
    case 'goTo': {
      const page = env.pageRef(action.pageIndex);
      if (!page) return {};
      const frame = env.frameOf(action.pageIndex);
      if (!frame) return { Dest: context.obj([page, PDFName.of('Fit')]) };
      const { width, height } = frame.cropBox;
      // The corner shown top-left once the page is turned clockwise by its /Rotate.
      const corner = ({ 90: [0, height], 180: [width, height], 270: [width, 0] } as Record<number, [number, number]>)[frame.rotation] ?? [0, 0];
      return {
        Dest: context.obj([page, PDFName.of('XYZ'), PDFNumber.of(frame.x(corner[0])), PDFNumber.of(frame.y(corner[1])), PDFNull]),
      };
    }
    case 'named': {
      const name = PDF_NAMED_ACTIONS[action.action];
      return name ? { A: context.obj({ S: 'Named', N: PDFName.of(name) }) } : {};
    }
    default:
      return {};
  }
}
