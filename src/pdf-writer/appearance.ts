/**
 * Appearance streams: a form XObject per annotation whose /BBox is the
 * annotation's /Rect in user space and whose matrix is the identity, so an
 * appearance draws in the same coordinates as the page. Its resources
 * (graphics states for opacity and blend modes, fonts, images) are collected
 * while the content is written and named in order (GS0, F0, Im0), so the
 * same annotation always gives the same bytes.
 */
import type { BlendMode } from '../model/index.js';
import { ContentBuilder } from './content-stream.js';
import type { PdfRect } from './page-frame.js';
import type { PDFDict, PDFDocument, PDFObject, PDFRef, PdfLib } from './pdf-lib.js';

/** Instant JSON blend modes as PDF /BM names. */
const PDF_BLEND_MODES: Record<BlendMode, string> = {
  normal: 'Normal',
  multiply: 'Multiply',
  screen: 'Screen',
  overlay: 'Overlay',
  darken: 'Darken',
  lighten: 'Lighten',
  colorDodge: 'ColorDodge',
  colorBurn: 'ColorBurn',
  hardLight: 'HardLight',
  softLight: 'SoftLight',
  difference: 'Difference',
  exclusion: 'Exclusion',
};

export function pdfBlendMode(mode: BlendMode | undefined): string | undefined {
  return mode ? PDF_BLEND_MODES[mode] : undefined;
}

export interface GraphicsStateRequest {
  /** /CA, stroking opacity 0..1. */
  strokeOpacity?: number;
  /** /ca, non-stroking opacity 0..1. */
  fillOpacity?: number;
  blendMode?: BlendMode;
}

/** Resources of one appearance, named as they are first used. */
export class AppearanceResources {
  private readonly graphicsStates = new Map<string, GraphicsStateRequest>();
  private readonly fonts = new Map<PDFRef, string>();
  private readonly xObjects = new Map<PDFRef, string>();

  /** The name of a graphics state with these settings (the same settings share one). */
  graphicsState(request: GraphicsStateRequest): string {
    const key = JSON.stringify([request.strokeOpacity, request.fillOpacity, request.blendMode]);
    for (const [name, existing] of this.graphicsStates) {
      if (JSON.stringify([existing.strokeOpacity, existing.fillOpacity, existing.blendMode]) === key) return name;
    }
    const name = `GS${this.graphicsStates.size}`;
    this.graphicsStates.set(name, request);
    return name;
  }

  /** The resource name of an embedded font. */
  font(ref: PDFRef): string {
    let name = this.fonts.get(ref);
    if (!name) {
      name = `F${this.fonts.size}`;
      this.fonts.set(ref, name);
    }
    return name;
  }

  /** The resource name of an image or form XObject. */
  xObject(ref: PDFRef): string {
    let name = this.xObjects.get(ref);
    if (!name) {
      name = `X${this.xObjects.size}`;
      this.xObjects.set(ref, name);
    }
    return name;
  }

  /** The /Resources dictionary. */
  toDict(lib: PdfLib, doc: PDFDocument): PDFDict {
    const { PDFName, PDFNumber } = lib;
    const context = doc.context;
    const named = (entries: Iterable<[string, PDFObject]>): PDFDict => {
      const dict = context.obj({});
      for (const [name, value] of entries) dict.set(PDFName.of(name), value);
      return dict;
    };
    const resources = context.obj({});
    if (this.graphicsStates.size) {
      const states = [...this.graphicsStates].map(([name, request]): [string, PDFObject] => {
        const state = context.obj({ Type: 'ExtGState' });
        if (request.strokeOpacity !== undefined) state.set(PDFName.of('CA'), PDFNumber.of(request.strokeOpacity));
        if (request.fillOpacity !== undefined) state.set(PDFName.of('ca'), PDFNumber.of(request.fillOpacity));
        const blend = pdfBlendMode(request.blendMode);
        if (blend) state.set(PDFName.of('BM'), PDFName.of(blend));
        return [name, state];
      });
      resources.set(PDFName.of('ExtGState'), named(states));
    }
    if (this.fonts.size) resources.set(PDFName.of('Font'), named([...this.fonts].map(([ref, name]) => [name, ref])));
    if (this.xObjects.size) {
      resources.set(PDFName.of('XObject'), named([...this.xObjects].map(([ref, name]) => [name, ref])));
    }
    return resources;
  }
}

/** What an annotation looks like: content drawn in user space inside `bbox`. */
export class Appearance {
  readonly content = new ContentBuilder();
  readonly resources = new AppearanceResources();
  constructor(
    /** The form's /BBox; normally the annotation's /Rect. */
    public bbox: PdfRect,
  ) {}
}

/** Coordinates of /Rect and /BBox, to a thousandth of a point (as content streams). */
export function roundPoint(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Content shorter than this (bytes) is stored uncompressed. */
const SMALL_STREAM = 256;

/** Writes an appearance as a form XObject and returns its reference. */
export function writeAppearance(lib: PdfLib, doc: PDFDocument, appearance: Appearance): PDFRef {
  const [llx, lly, urx, ury] = appearance.bbox;
  const dict = {
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    BBox: [Math.min(llx, urx), Math.min(lly, ury), Math.max(llx, urx), Math.max(lly, ury)].map(roundPoint),
    Matrix: [1, 0, 0, 1, 0, 0],
    Resources: appearance.resources.toDict(lib, doc),
  };
  const content = appearance.content.toString();
  // Deflate gains nothing on a few hundred bytes and costs a compressor run per annotation.
  const stream = content.length > SMALL_STREAM ? doc.context.flateStream(content, dict) : doc.context.stream(content, dict);
  return doc.context.register(stream);
}
