import type { PdfId } from '../model/index.js';
import { md5Hex } from './md5.js';

export type { PdfId };

function hexToBase64(hex: string): string {
  let binary = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    binary += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  }
  return btoa(binary);
}

/**
 * The document's `pdfId` as Instant JSON writes it: base64 of the trailer `/ID` pair.
 *
 * pdf.js reports `fingerprints` as `[hex of /ID[0], hex of /ID[1] or null]`,
 * where `/ID[1]` is null when it equals `/ID[0]`. Without a trailer `/ID` it
 * falls back to the MD5 of the file's first kilobyte, which is not a PDF id at
 * all: given those bytes we recognise the fallback and report no id.
 */
export function pdfIdFromFingerprints(
  fingerprints: readonly (string | null)[],
  firstKilobyte: Uint8Array | null,
): PdfId | null {
  const [first, second] = fingerprints;
  if (!first || !/^[0-9a-f]{32}$/i.test(first)) return null;
  if (firstKilobyte && md5Hex(firstKilobyte).toLowerCase() === first.toLowerCase()) return null;
  const permanent = hexToBase64(first);
  const changing = second && /^[0-9a-f]+$/i.test(second) ? hexToBase64(second) : permanent;
  return { permanent, changing };
}
