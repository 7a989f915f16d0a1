/**
 * Turning a PNG or JPEG file into a `pspdfkit/image`: the bytes become an
 * attachment keyed by their SHA-256 hex, and the annotation shows it at the
 * picture's natural size (1 CSS pixel = 0.75 pt, as at 100 %), scaled down
 * to fit half the page, centred on a point. Attachment and annotation are
 * ONE edit: one undo step. The bytes decide the type; other files are
 * refused with a message.
 */
import { sniffImageType } from '../annotations/attachment-url.js';
import type { Annotation, AnnotationInput, Point } from '../model/index.js';
import { roundRect, shownBoxAt } from './page-point.js';
import { showToolMessage } from './tool-message.js';
import type { ToolContext } from './tool.js';

/** Points per CSS pixel. */
const POINTS_PER_PIXEL = 0.75;
/** The largest share of the page's width and height a new image covers. */
const MAX_SHARE = 0.5;

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

async function sha256Hex(buffer: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function naturalSize(file: Blob): Promise<[number, number] | undefined> {
  try {
    const bitmap = await createImageBitmap(file);
    const size: [number, number] = [bitmap.width, bitmap.height];
    bitmap.close();
    return size[0] > 0 && size[1] > 0 ? size : undefined;
  } catch {
    return undefined;
  }
}

/** The page the viewer shows now (its `pageIndex` property), else the first. */
function currentPage(context: ToolContext): number {
  const index = (context.host as HTMLElement & { pageIndex?: unknown }).pageIndex;
  return typeof index === 'number' && context.pageFrame(index) ? index : 0;
}

/**
 * Places `file` on a page: at `at`, or centred on the current page. Resolves
 * to the new annotation, or undefined when the file was refused (a message
 * says why) or the viewer is readonly.
 */
export async function placeImageFile(context: ToolContext, file: Blob, at?: { pageIndex: number; point: Point }): Promise<Annotation | undefined> {
  if (context.readonly) return undefined;
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  const binary = base64Of(bytes);
  const contentType = bytes.length ? sniffImageType(binary) : undefined;
  if (contentType !== 'image/png' && contentType !== 'image/jpeg') {
    showToolMessage(context, context.translate('image.unsupported'));
    return undefined;
  }
  const size = await naturalSize(file);
  if (!size) {
    showToolMessage(context, context.translate('image.unreadable'));
    return undefined;
  }
  const pageIndex = at?.pageIndex ?? currentPage(context);
  const frame = context.pageFrame(pageIndex);
  if (!frame) return undefined;
  const hash = await sha256Hex(buffer);
  const rotation = frame.rotation;
  const [shownWidth, shownHeight] = rotation % 180 ? [frame.height, frame.width] : [frame.width, frame.height];
  const fit = Math.min(1, (shownWidth * MAX_SHARE) / (size[0] * POINTS_PER_PIXEL), (shownHeight * MAX_SHARE) / (size[1] * POINTS_PER_PIXEL));
  const width = size[0] * POINTS_PER_PIXEL * fit;
  const height = size[1] * POINTS_PER_PIXEL * fit;
  const centre: Point = at?.point ?? [frame.width / 2, frame.height / 2];
  const bbox = roundRect(shownBoxAt(context, pageIndex, centre, width, height));
  const fileName = file instanceof File && file.name ? { fileName: file.name } : {};
  const input = { type: 'pspdfkit/image', opacity: 1, pageIndex, bbox, imageAttachmentId: hash, contentType, rotation, ...fileName } as AnnotationInput;
  return context.edit((store) => {
    store.setAttachment(hash, { binary, contentType }, { source: 'user' });
    return store.createAnnotation(input, { source: 'user', ...(context.author ? { author: context.author } : {}) });
  });
}
