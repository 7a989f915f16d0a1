/**
 * Helpers for the save → reopen system tests of the PDF writer: blank pages
 * whose trailer has an /ID pair, the three page variants every type is saved
 * on, Instant JSON geometry in PDF user space (computed here independently of
 * the writer's own PageFrame), the saved annotation dictionaries as pdf-lib
 * reads them (for entries pdf.js does not report), and a pixel comparison of
 * two renderings of the same page region.
 */
import type { Point, Rect } from '../../src/model/index.js';
import { loadPdfLib, type PDFDict } from '../../src/pdf-writer/pdf-lib.js';
import { blankPdf, type BlankPage, type Frame, frameOf } from '../helpers/annotation-kit.js';

/** The trailer /ID of every test PDF here: [permanent, changing], 16 bytes each in hex. */
export const TEST_PDF_ID = ['0123456789abcdef0123456789abcdef', 'fedcba9876543210fedcba9876543210'] as const;

/** A blank PDF (annotation-kit's `blankPdf`) whose trailer also carries `/ID [<id0> <id1>]`. */
export function blankPdfWithId(pages: BlankPage[], id: readonly [string, string] = TEST_PDF_ID): Uint8Array {
  const text = new TextDecoder('latin1').decode(blankPdf(pages));
  const trailer = text.lastIndexOf('trailer');
  const root = text.indexOf('/Root 1 0 R', trailer);
  if (trailer < 0 || root < 0) throw new Error('blankPdf wrote no trailer /Root');
  // The trailer comes after the xref table, so inserting into it moves no object offset.
  const at = root + '/Root 1 0 R'.length;
  const withId = `${text.slice(0, at)} /ID [<${id[0]}> <${id[1]}>]${text.slice(at)}`;
  return Uint8Array.from(withId, (character) => character.charCodeAt(0));
}

/** Instant JSON's form of one /ID entry: the base64 of its bytes. */
export function base64OfHex(hex: string): string {
  let binary = '';
  for (let index = 0; index < hex.length; index += 2) binary += String.fromCharCode(parseInt(hex.slice(index, index + 2), 16));
  return btoa(binary);
}

/** A page every type is saved on. Each has a 600 × 450 pt frame, so one set of records fits all three. */
export interface PageVariant {
  readonly name: string;
  readonly spec: BlankPage;
}

export const PAGE_VARIANTS: readonly PageVariant[] = [
  { name: 'a plain page', spec: { width: 600, height: 450 } },
  { name: 'a /Rotate 90 page', spec: { width: 600, height: 450, rotate: 90 } },
  // The crop box starts away from the media box's origin, so a writer that ignores it is off by (70, 60).
  { name: 'a page with an offset crop box', spec: { width: 720, height: 560, cropBox: [70, 60, 600, 450] } },
];

export { frameOf, type Frame };

/** An Instant JSON point (crop box top-left origin, y down) in PDF user space (y up). */
export function userPoint(spec: BlankPage, [x, y]: Readonly<Point>): [number, number] {
  const [cropX, cropY, , cropHeight] = spec.cropBox ?? [0, 0, spec.width, spec.height];
  return [cropX + x, cropY + cropHeight - y];
}

/** An Instant JSON bbox as a /Rect `[llx, lly, urx, ury]`. */
export function userRect(spec: BlankPage, [left, top, width, height]: Readonly<Rect>): [number, number, number, number] {
  const [x1, y2] = userPoint(spec, [left, top]);
  const [x2, y1] = userPoint(spec, [left + width, top + height]);
  return [x1, y1, x2, y2];
}

/** `#rrggbb` → [r, g, b]. */
export function rgbOfHex(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** pdf.js's colour (0–255 per channel) → `#rrggbb`, null when there is none. */
export function hexOfRgb(rgb: ArrayLike<number> | null | undefined): string | null {
  if (!rgb || rgb.length < 3) return null;
  return `#${Array.from({ length: 3 }, (_, index) => Math.round(Number(rgb[index])).toString(16).padStart(2, '0')).join('')}`;
}

/** Whether every number is within `tolerance` of the expected one (and the lengths agree). */
export function closeNumbers(actual: ArrayLike<number> | null | undefined, expected: readonly number[], tolerance = 0.5): boolean {
  if (!actual || actual.length !== expected.length) return false;
  return expected.every((value, index) => Math.abs(Number(actual[index]) - value) <= tolerance);
}

/** A saved annotation dictionary, read with pdf-lib: the entries pdf.js does not report (/NM, /IC, /CA, /F…). */
export interface RawAnnotation {
  readonly subtype: string | undefined;
  has(key: string): boolean;
  name(key: string): string | undefined;
  number(key: string): number | undefined;
  numbers(key: string): number[] | undefined;
  text(key: string): string | undefined;
}

function rawAnnotation(lib: Awaited<ReturnType<typeof loadPdfLib>>, dict: PDFDict): RawAnnotation {
  const get = (key: string) => dict.lookup(lib.PDFName.of(key));
  const name = (key: string) => {
    const value = get(key);
    return value instanceof lib.PDFName ? value.decodeText() : undefined;
  };
  return {
    subtype: name('Subtype'),
    has: (key) => dict.has(lib.PDFName.of(key)),
    name,
    number(key) {
      const value = get(key);
      return value instanceof lib.PDFNumber ? value.asNumber() : undefined;
    },
    numbers(key) {
      const value = get(key);
      if (!(value instanceof lib.PDFArray)) return undefined;
      return value.asArray().map((item) => {
        const resolved = dict.context.lookup(item);
        return resolved instanceof lib.PDFNumber ? resolved.asNumber() : NaN;
      });
    },
    text(key) {
      const value = get(key);
      return value instanceof lib.PDFString || value instanceof lib.PDFHexString ? value.decodeText() : undefined;
    },
  };
}

/** The annotation dictionaries of a page of saved bytes, by /NM (those without /NM are left out). */
export async function rawAnnotationsByName(bytes: Uint8Array, pageIndex: number): Promise<Map<string, RawAnnotation>> {
  const lib = await loadPdfLib();
  const doc = await lib.PDFDocument.load(bytes, { updateMetadata: false });
  const annots = doc.getPage(pageIndex).node.Annots();
  const found = new Map<string, RawAnnotation>();
  for (let index = 0; index < (annots?.size() ?? 0); index += 1) {
    const dict = annots!.lookup(index, lib.PDFDict);
    const raw = rawAnnotation(lib, dict);
    const nm = raw.text('NM');
    if (nm !== undefined) found.set(nm, raw);
  }
  return found;
}

/** An image read pixel by pixel (a pdf.js canvas, a screenshot), in device pixels from its top-left. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  at(x: number, y: number): [number, number, number, number];
}

export function rasterOf(image: ImageData): Raster {
  return {
    width: image.width,
    height: image.height,
    at(x, y) {
      const cx = Math.min(image.width - 1, Math.max(0, x));
      const cy = Math.min(image.height - 1, Math.max(0, y));
      const offset = (cy * image.width + cx) * 4;
      return [image.data[offset]!, image.data[offset + 1]!, image.data[offset + 2]!, image.data[offset + 3]!];
    },
  };
}

/**
 * Where a page region (Instant JSON points) is shown, in pixels of a page
 * drawn at `scale` pixels per point with the page's /Rotate applied: the
 * display-space box `[x, y, width, height]` of its rotated corners.
 */
export function displayBox(bbox: Readonly<Rect>, frame: Frame, scale: number): { x: number; y: number; width: number; height: number } {
  const [left, top, width, height] = bbox;
  const corners: Point[] = [
    [left, top],
    [left + width, top],
    [left, top + height],
    [left + width, top + height],
  ].map((point) => displayPoint(point as Point, frame));
  const xs = corners.map(([x]) => x * scale);
  const ys = corners.map(([, y]) => y * scale);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** A page point (unrotated, y down) in points of the shown page (after /Rotate, y down). */
export function displayPoint([x, y]: Readonly<Point>, { width, height, rotate }: Frame): Point {
  if (rotate === 90) return [height - y, x];
  if (rotate === 180) return [width - x, height - y];
  if (rotate === 270) return [y, width - x];
  return [x, y];
}

/** How two renderings of one region agree. */
export interface Agreement {
  /** Pixels inked (not background) in either rendering: what the figure is about. */
  readonly inked: number;
  /** Inked pixels on which both renderings agree (see `agreement`). */
  readonly agreeing: number;
  /** agreeing / inked; 0 when nothing is inked. */
  readonly share: number;
  /** Inked pixels of the same colour (within the tolerance) at the very same place, over inked. */
  readonly strictShare: number;
  /** Inked pixels in each rendering alone. */
  readonly inkedA: number;
  readonly inkedB: number;
}

export interface AgreementOptions {
  /** Largest per-channel difference of two colours that agree (0–255). */
  readonly tolerance?: number;
  /** Largest per-channel difference from the background of a pixel that counts as not inked. */
  readonly inkThreshold?: number;
  readonly background?: readonly [number, number, number];
}

type Rgb = readonly number[];

const distance = (a: Rgb, b: Rgb): number => Math.max(Math.abs(a[0]! - b[0]!), Math.abs(a[1]! - b[1]!), Math.abs(a[2]! - b[2]!));

/** Whether `colour` is `ink` partly covering the background (an antialiased edge of it), within `tolerance`. */
function blendOf(colour: Rgb, ink: Rgb, background: Rgb, tolerance: number): boolean {
  const direction = [0, 1, 2].map((channel) => ink[channel]! - background[channel]!);
  const length = direction.reduce((sum, d) => sum + d * d, 0);
  if (length === 0) return false;
  const along = [0, 1, 2].reduce((sum, channel) => sum + (colour[channel]! - background[channel]!) * direction[channel]!, 0) / length;
  const coverage = Math.min(1, Math.max(0, along));
  return distance(colour, [0, 1, 2].map((channel) => background[channel]! + coverage * direction[channel]!)) <= tolerance;
}

/**
 * Compares `a` and `b` over a box of device pixels (the same pixel grid in
 * both). Only pixels inked in either count, so a missing annotation on a
 * white page scores 0, not the share of white around it.
 *
 * A pixel agrees when both have the same colour there (within `tolerance`
 * per channel), or when each one's colour is found in the other within one
 * pixel, either as it is or as an antialiased edge of it (a blend of that
 * colour with the background). That forgives edges drawn with different
 * coverage and placements half a pixel apart, not a different shape, a
 * missing stroke or another colour.
 */
export function agreement(a: Raster, b: Raster, box: { x: number; y: number; width: number; height: number }, options: AgreementOptions = {}): Agreement {
  const tolerance = options.tolerance ?? 48;
  const inkThreshold = options.inkThreshold ?? 24;
  const background = options.background ?? [255, 255, 255];
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(a.width, b.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(a.height, b.height, Math.ceil(box.y + box.height));
  /** Whether `colour` is in `raster` within one pixel of (x, y), as it is or as an edge of a colour there. */
  const foundNear = (raster: Raster, x: number, y: number, colour: Rgb): boolean => {
    for (let dy = -1; dy <= 1; dy += 1) {
      for (let dx = -1; dx <= 1; dx += 1) {
        const there = raster.at(x + dx, y + dy);
        if (distance(there, colour) <= tolerance || blendOf(colour, there, background, tolerance)) return true;
      }
    }
    return false;
  };
  let inked = 0;
  let agreeing = 0;
  let strict = 0;
  let inkedA = 0;
  let inkedB = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const pa = a.at(x, y);
      const pb = b.at(x, y);
      const aInked = distance(pa, background) > inkThreshold;
      const bInked = distance(pb, background) > inkThreshold;
      if (aInked) inkedA += 1;
      if (bInked) inkedB += 1;
      if (!aInked && !bInked) continue;
      inked += 1;
      if (distance(pa, pb) <= tolerance) {
        strict += 1;
        agreeing += 1;
      } else if (foundNear(b, x, y, pa) && foundNear(a, x, y, pb)) {
        agreeing += 1;
      }
    }
  }
  return { inked, agreeing, share: inked ? agreeing / inked : 0, strictShare: inked ? strict / inked : 0, inkedA, inkedB };
}

/** Bytes → base64 (for Instant JSON attachments). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/** SHA-256 of bytes in hex: an attachment's id in Instant JSON. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
