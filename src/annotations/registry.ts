/**
 * Every annotation kind the viewer draws, by Instant JSON type. Adding a kind
 * is one import and one entry here.
 */
import type { Annotation, KnownAnnotationType } from '../model/index.js';
import type { CSSResult } from 'lit';
import type { AnnotationKind } from './annotation-kind.js';
import { commentMarkerKind } from './comment-marker.js';
import { ellipseKind } from './ellipse.js';
import { highlightKind } from './highlight.js';
import { imageKind } from './image.js';
import { inkKind } from './ink.js';
import { lineKind } from './line.js';
import { linkKind } from './link.js';
import { noteKind } from './note.js';
import { polygonKind } from './polygon.js';
import { polylineKind } from './polyline.js';
import { rectangleKind } from './rectangle.js';
import { redactionKind } from './redaction.js';
import { squigglyKind } from './squiggly.js';
import { stampKind } from './stamp.js';
import { strikeoutKind } from './strikeout.js';
import { textKind } from './text.js';
import { underlineKind } from './underline.js';

type AnyKind = { [T in KnownAnnotationType]: AnnotationKind<T> }[KnownAnnotationType];

const KINDS: readonly AnyKind[] = [
  rectangleKind,
  ellipseKind,
  lineKind,
  polylineKind,
  polygonKind,
  inkKind,
  textKind,
  noteKind,
  commentMarkerKind,
  stampKind,
  highlightKind,
  underlineKind,
  strikeoutKind,
  squigglyKind,
  redactionKind,
  imageKind,
  linkKind,
];

const BY_TYPE = new Map<string, AnyKind>(KINDS.map((kind) => [kind.type, kind]));

/**
 * The kind that draws `annotation`, or undefined for a type the viewer does
 * not draw (`pspdfkit/widget`, unknown types). The kind is typed for any
 * annotation because the match is by `type`.
 */
export function kindOf(annotation: Annotation): AnnotationKind<KnownAnnotationType> | undefined {
  return BY_TYPE.get(annotation.type) as AnnotationKind<KnownAnnotationType> | undefined;
}

/** The styles every kind contributes, for the element's shadow root. */
export function kindStyles(): CSSResult[] {
  // Kinds that look alike (notes and comment markers) share one stylesheet.
  return [...new Set(KINDS.flatMap((kind) => (kind.styles ? [kind.styles] : [])))];
}
