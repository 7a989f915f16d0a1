/**
 * Turning an image attachment into a `data:` URL the page may show. The
 * bytes decide the type: a record or attachment can claim anything, and only
 * PNG and JPEG (the spec's drawable image types) are ever put in a URL, so a
 * hostile attachment cannot become an SVG or HTML document.
 */
import type { Attachment } from '../model/index.js';

export type DrawableImageType = 'image/png' | 'image/jpeg';

export type ImageSource =
  | { readonly ok: true; readonly url: string; readonly contentType: DrawableImageType }
  | { readonly ok: false; readonly reason: 'missing' | 'broken' | 'unsupported' };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The attachment's base64 without whitespace, padded, or null when it is not base64. */
export function normalizedBase64(binary: unknown): string | null {
  if (typeof binary !== 'string') return null;
  // Line-wrapped (MIME) and URL-safe base64 both occur in the wild; both mean the same bytes.
  const compact = binary.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (compact === '' || !BASE64.test(compact) || compact.length % 4 === 1) return null;
  const unpadded = compact.replace(/=+$/, '');
  return unpadded + '='.repeat((4 - (unpadded.length % 4)) % 4);
}

/** The first bytes of base64 data. */
function leadingBytes(base64: string, count: number): number[] {
  const chunk = base64.slice(0, Math.ceil(count / 3) * 4);
  try {
    return Array.from(atob(chunk), (char) => char.charCodeAt(0)).slice(0, count);
  } catch {
    return [];
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46]; // %PDF

function startsWith(bytes: readonly number[], signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** What the bytes are, by their signature. */
export function sniffImageType(base64: string): DrawableImageType | 'application/pdf' | undefined {
  const bytes = leadingBytes(base64, 8);
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'image/jpeg';
  if (startsWith(bytes, PDF_SIGNATURE)) return 'application/pdf';
  return undefined;
}

/**
 * A `data:` URL for an image attachment, or why there is none: `missing`
 * (no attachment), `unsupported` (a PDF image, which the viewer does not
 * render) or `broken` (not base64, or neither PNG nor JPEG).
 */
export function imageSource(attachment: Attachment | undefined, declaredType?: string): ImageSource {
  if (!attachment) return { ok: false, reason: 'missing' };
  const base64 = normalizedBase64(attachment.binary);
  if (base64 === null) return { ok: false, reason: 'broken' };
  const sniffed = sniffImageType(base64);
  if (sniffed === 'image/png' || sniffed === 'image/jpeg') return { ok: true, url: `data:${sniffed};base64,${base64}`, contentType: sniffed };
  const declared = (attachment.contentType ?? declaredType ?? '').toLowerCase();
  if (sniffed === 'application/pdf' || declared === 'application/pdf') return { ok: false, reason: 'unsupported' };
  return { ok: false, reason: 'broken' };
}
