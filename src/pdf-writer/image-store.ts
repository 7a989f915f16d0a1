/**
 * Images from Instant JSON `attachments`, embedded as image XObjects once
 * per SHA-256 of their bytes, however many attachment ids or annotations
 * use them.
 */
import type { Attachment } from '../model/index.js';
import type { PDFDocument, PDFRef } from './pdf-lib.js';
import type { ImageStore } from './writer-types.js';

type EmbeddedImage = { ref: PDFRef; width: number; height: number };

function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** What the bytes are, by their signature (the record's contentType may be wrong). */
function imageKind(bytes: Uint8Array): 'png' | 'jpeg' | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg';
  return undefined;
}

export function createImageStore(
  doc: PDFDocument,
  attachments: Readonly<Record<string, Attachment>> | undefined,
  warn: (message: string) => void,
): ImageStore & { readonly embeddedCount: number } {
  const byDigest = new Map<string, Promise<EmbeddedImage | undefined>>();
  const byId = new Map<string, Promise<EmbeddedImage | undefined>>();

  const embed = async (attachmentId: string): Promise<EmbeddedImage | undefined> => {
    const attachment = attachments && Object.hasOwn(attachments, attachmentId) ? attachments[attachmentId] : undefined;
    if (!attachment) {
      warn(`attachments["${attachmentId}"]: no such attachment; the image is drawn as a placeholder.`);
      return undefined;
    }
    let bytes: Uint8Array;
    try {
      bytes = base64Bytes(attachment.binary);
    } catch {
      warn(`attachments["${attachmentId}"].binary: not base64; the image is drawn as a placeholder.`);
      return undefined;
    }
    const kind = imageKind(bytes);
    if (!kind) {
      warn(`attachments["${attachmentId}"]: only PNG and JPEG images can be written into a PDF; drawn as a placeholder.`);
      return undefined;
    }
    const digest = await sha256Hex(bytes);
    let image = byDigest.get(digest);
    if (!image) {
      image = (kind === 'png' ? doc.embedPng(bytes) : doc.embedJpg(bytes)).then(
        (embedded) => ({ ref: embedded.ref, width: embedded.width, height: embedded.height }),
        (error: unknown) => {
          warn(`attachments["${attachmentId}"]: the image cannot be read (${String(error)}); drawn as a placeholder.`);
          return undefined;
        },
      );
      byDigest.set(digest, image);
    }
    return image;
  };

  return {
    image(attachmentId: string) {
      let image = byId.get(attachmentId);
      if (!image) {
        image = embed(attachmentId);
        byId.set(attachmentId, image);
      }
      return image;
    },
    get embeddedCount() {
      return byDigest.size;
    },
  };
}
