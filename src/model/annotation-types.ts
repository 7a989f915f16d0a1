/**
 * Instant JSON annotation records (spec 002 and 003). Field names are the
 * spec's. Which fields the validator *requires* is documented on each field:
 * a field is required when the spec requires it and neither the spec's own
 * examples nor real exports (../shared/corpus) omit it. Every other known
 * field is optional but type-checked when present, and keys the spec does not
 * name are kept unchanged (the types do not list them; the records still
 * carry them).
 *
 * Records handed out by the model are deeply frozen.
 */
import type { Action } from './action-types.js';
import type {
  ANNOTATION_FLAGS,
  BLEND_MODES,
  BORDER_STYLES,
  FONT_STYLES,
  HORIZONTAL_ALIGNS,
  IMAGE_CONTENT_TYPES,
  LINE_CAPS,
  NOTE_ICONS,
  STAMP_TYPES,
  TEXT_FORMATS,
  VERTICAL_ALIGNS,
} from './vocabulary.js';

/** `[left, top, width, height]` in PDF points, origin top-left of the page, y down. */
export type Rect = [left: number, top: number, width: number, height: number];
/** `[x, y]` in PDF points. */
export type Point = [x: number, y: number];
/** `[left, top, right, bottom]` insets. */
export type Insets = [left: number, top: number, right: number, bottom: number];
/** `"#RRGGBB"` (either letter case). */
export type Color = string;
/** ISO 8601 date and time with a time zone, e.g. `"2012-04-23T18:25:43.511Z"`. */
export type Timestamp = string;
/** Counterclockwise degrees; usually 0, 90, 180 or 270. */
export type Rotation = number;

export type AnnotationFlag = (typeof ANNOTATION_FLAGS)[number];
export type LineCap = (typeof LINE_CAPS)[number];
export type BlendMode = (typeof BLEND_MODES)[number];
export type BorderStyle = (typeof BORDER_STYLES)[number];
export type NoteIcon = (typeof NOTE_ICONS)[number];
export type StampType = (typeof STAMP_TYPES)[number];
export type FontStyle = (typeof FONT_STYLES)[number];
export type HorizontalAlign = (typeof HORIZONTAL_ALIGNS)[number];
export type VerticalAlign = (typeof VERTICAL_ALIGNS)[number];
export type ImageContentType = (typeof IMAGE_CONTENT_TYPES)[number];

export interface LineCaps {
  start?: LineCap;
  end?: LineCap;
}

/** Ink strokes: `points[segment][point]`, `intensities[segment][point]` in 0..1. */
export interface Lines {
  intensities: number[][];
  /** At least one segment with at least one point. */
  points: Point[][];
}

/** Text in a version 2 record. Version 1 records carry a plain string instead. */
export interface RichText {
  format: (typeof TEXT_FORMATS)[number];
  value: string;
}

/** The record version: 1 (text is a string) or 2 (text is `{ format, value }`). */
export type RecordVersion = 1 | 2;

/** Fields every annotation has (spec 003 `BaseAnnotation`). */
export interface BaseAnnotation {
  /** Record version. Required. */
  v: RecordVersion;
  /** Unique within the document. `String(pdfObjectId)` for annotations from the PDF, a ULID for new ones. Required. */
  id: string;
  /** 0-based page. Required. */
  pageIndex: number;
  /** Required; width and height are ≥ 0 (a degenerate `[x, y, 0, 0]` is legal). */
  bbox: Rect;
  /** 0..1, default 1. */
  opacity?: number;
  /** Object number of the annotation in the original PDF; absent on new annotations. */
  pdfObjectId?: number;
  flags?: AnnotationFlag[];
  action?: Action;
  creatorName?: string;
  createdAt?: Timestamp;
  updatedAt?: Timestamp;
  name?: string;
  /** Free-form data for the application; never interpreted. An object or null. */
  customData?: Record<string, unknown> | null;
}

export interface MarkupAnnotation extends BaseAnnotation {
  type:
    | 'pspdfkit/markup/highlight'
    | 'pspdfkit/markup/squiggly'
    | 'pspdfkit/markup/strikeout'
    | 'pspdfkit/markup/underline';
  /** Required. */
  rects: Rect[];
  /** Required. */
  color: Color;
  blendMode?: BlendMode;
  note?: string;
  isCommentThreadRoot?: boolean;
}

/** The spec's example omits `rects` and `color`, so both are optional here; the area is then `bbox`. */
export interface RedactionAnnotation extends BaseAnnotation {
  type: 'pspdfkit/markup/redaction';
  rects?: Rect[];
  color?: Color;
  blendMode?: BlendMode;
  note?: string;
  isCommentThreadRoot?: boolean;
  outlineColor?: Color;
  fillColor?: Color;
  overlayText?: string;
  repeatOverlayText?: boolean;
  rotation?: Rotation;
}

export interface TextCallout {
  start: Point;
  knee?: Point;
  end: Point;
  cap?: LineCap;
  innerRectInset: Insets;
}

interface TextAnnotationFields extends BaseAnnotation {
  type: 'pspdfkit/text';
  /** Required. */
  fontSize: number;
  /** Required. */
  fontColor: Color;
  /** Required. */
  horizontalAlign: HorizontalAlign;
  /** Required. */
  verticalAlign: VerticalAlign;
  backgroundColor?: Color;
  font?: string;
  fontStyle?: FontStyle[];
  isFitting?: boolean;
  callout?: TextCallout;
  borderStyle?: BorderStyle;
  borderWidth?: number;
  /** Spec-required, but real version 1 exports omit it; default 0. */
  rotation?: Rotation;
  cloudyBorderIntensity?: number;
}
export interface TextAnnotationV1 extends TextAnnotationFields {
  v: 1;
  text: string;
}
export interface TextAnnotationV2 extends TextAnnotationFields {
  v: 2;
  text: RichText;
}
export type TextAnnotation = TextAnnotationV1 | TextAnnotationV2;

export interface InkAnnotation extends BaseAnnotation {
  type: 'pspdfkit/ink';
  /** Required. */
  lines: Lines;
  /** Required. */
  lineWidth: number;
  /** Required. */
  isDrawnNaturally: boolean;
  /** Required. */
  strokeColor: Color;
  isSignature?: boolean;
  backgroundColor?: Color;
  blendMode?: BlendMode;
  note?: string;
}

export interface LinkAnnotation extends BaseAnnotation {
  type: 'pspdfkit/link';
  /** Required. */
  action: Action;
  note?: string;
  borderStyle?: BorderStyle;
  borderWidth?: number;
  borderColor?: Color;
}

interface NoteAnnotationFields extends BaseAnnotation {
  type: 'pspdfkit/note';
  /** Spec-required, but real exports omit it. */
  icon?: NoteIcon;
  /** Required. */
  color: Color;
}
export interface NoteAnnotationV1 extends NoteAnnotationFields {
  v: 1;
  text: string;
}
export interface NoteAnnotationV2 extends NoteAnnotationFields {
  v: 2;
  text: RichText;
}
export type NoteAnnotation = NoteAnnotationV1 | NoteAnnotationV2;

/** Marks an Instant Comments thread. Version 2 adds `text`, `icon`, `color`. */
export interface CommentMarkerAnnotation extends BaseAnnotation {
  type: 'pspdfkit/comment-marker';
  text?: string | RichText;
  icon?: NoteIcon;
  color?: Color;
  isCommentThreadRoot?: boolean;
}

/** Shared by the five shapes. `strokeWidth`/`strokeColor` are spec-required but real exports omit them. */
export interface ShapeAnnotation extends BaseAnnotation {
  strokeDashArray?: number[];
  strokeWidth?: number;
  strokeColor?: Color;
  note?: string;
  blendMode?: BlendMode;
}

export interface EllipseAnnotation extends ShapeAnnotation {
  type: 'pspdfkit/shape/ellipse';
  fillColor?: Color;
  cloudyBorderIntensity?: number;
  cloudyBorderInset?: Insets;
}

export interface RectangleAnnotation extends ShapeAnnotation {
  type: 'pspdfkit/shape/rectangle';
  fillColor?: Color;
  cloudyBorderIntensity?: number;
  cloudyBorderInset?: Insets;
}

export interface LineAnnotation extends ShapeAnnotation {
  type: 'pspdfkit/shape/line';
  /** Required. */
  startPoint: Point;
  /** Required. */
  endPoint: Point;
  lineCaps?: LineCaps;
  fillColor?: Color;
}

export interface PolylineAnnotation extends ShapeAnnotation {
  type: 'pspdfkit/shape/polyline';
  /** Required. */
  points: Point[];
  fillColor?: Color;
  lineCaps?: LineCaps;
}

export interface PolygonAnnotation extends ShapeAnnotation {
  type: 'pspdfkit/shape/polygon';
  /** Required. */
  points: Point[];
  fillColor?: Color;
  cloudyBorderIntensity?: number;
  cloudyBorderInset?: Insets;
}

export interface ImageAnnotation extends BaseAnnotation {
  type: 'pspdfkit/image';
  description?: string;
  fileName?: string;
  contentType?: ImageContentType;
  /** SHA-256 hex of the attachment, or the attachment's pdfObjectId as a string. */
  imageAttachmentId?: string;
  /** Default 0. */
  rotation?: Rotation;
  note?: string;
}

export interface StampAnnotation extends BaseAnnotation {
  type: 'pspdfkit/stamp';
  /** Required. */
  stampType: StampType;
  title?: string;
  subtitle?: string;
  color?: Color;
  /** Default 0. */
  rotation?: Rotation;
  note?: string;
}

/** One of the 17 annotation types the spec defines. */
export type KnownAnnotation =
  | MarkupAnnotation
  | RedactionAnnotation
  | TextAnnotation
  | InkAnnotation
  | LinkAnnotation
  | NoteAnnotation
  | CommentMarkerAnnotation
  | EllipseAnnotation
  | RectangleAnnotation
  | LineAnnotation
  | PolylineAnnotation
  | PolygonAnnotation
  | ImageAnnotation
  | StampAnnotation;

export type KnownAnnotationType = KnownAnnotation['type'];

/**
 * A record whose `type` is another `pspdfkit/…` type (e.g. `pspdfkit/widget`).
 * Its base fields are checked; everything else is kept as given.
 */
export interface UnknownAnnotation extends BaseAnnotation {
  type: `pspdfkit/${string}`;
  [key: string]: unknown;
}

/**
 * Any annotation record. Narrow with {@link isKnownAnnotation} or
 * {@link isAnnotationOfType}: a plain `a.type === '…'` check cannot exclude
 * {@link UnknownAnnotation}, whose `type` is any `pspdfkit/…` string.
 */
export type Annotation = KnownAnnotation | UnknownAnnotation;

/**
 * The record for one known type, e.g. `AnnotationOfType<'pspdfkit/ink'>`.
 * Written as a conditional rather than `Extract`, because the four text
 * markups share one record type whose `type` is a union.
 */
export type AnnotationOfType<T extends KnownAnnotationType> = KnownAnnotation extends infer A
  ? A extends { type: infer U }
    ? T extends U
      ? A
      : never
    : never
  : never;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * What `createAnnotation` takes: a record without `id`, `v`, `createdAt` and
 * `updatedAt` (each filled in when absent) and without `pdfObjectId` (new
 * annotations never have one). When `v` is absent the record becomes version
 * 2, and a plain-string `text` is turned into `{ format: 'plain', value }`.
 */
export type AnnotationInput = DistributiveOmit<
  KnownAnnotation,
  'id' | 'v' | 'createdAt' | 'updatedAt' | 'pdfObjectId'
> & {
  id?: string;
  v?: RecordVersion;
  createdAt?: Timestamp;
  updatedAt?: Timestamp;
};
