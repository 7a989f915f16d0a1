/**
 * Which properties the inspector offers for which annotation types, and how
 * a change becomes a new record. DOM-free.
 */
import type { Annotation } from '../model/index.js';

export type InspectorField =
  | 'strokeColor'
  | 'fillColor'
  | 'color'
  | 'fontColor'
  | 'opacity'
  | 'strokeWidth'
  | 'lineWidth'
  | 'dash'
  | 'lineCaps'
  | 'fontSize'
  | 'fontStyle'
  | 'horizontalAlign'
  | 'icon'
  | 'stampType'
  | 'linkTarget';

const SHAPE: readonly InspectorField[] = ['strokeColor', 'opacity', 'strokeWidth', 'dash'];
const MARKUP: readonly InspectorField[] = ['color', 'opacity'];

const FIELDS: Readonly<Record<string, readonly InspectorField[]>> = {
  'pspdfkit/shape/rectangle': [...SHAPE, 'fillColor'],
  'pspdfkit/shape/ellipse': [...SHAPE, 'fillColor'],
  'pspdfkit/shape/polygon': [...SHAPE, 'fillColor'],
  'pspdfkit/shape/line': [...SHAPE, 'lineCaps'],
  'pspdfkit/shape/polyline': [...SHAPE, 'lineCaps'],
  'pspdfkit/ink': ['strokeColor', 'opacity', 'lineWidth'],
  'pspdfkit/markup/highlight': MARKUP,
  'pspdfkit/markup/underline': MARKUP,
  'pspdfkit/markup/strikeout': MARKUP,
  'pspdfkit/markup/squiggly': MARKUP,
  'pspdfkit/text': ['fontColor', 'opacity', 'fontSize', 'fontStyle', 'horizontalAlign'],
  'pspdfkit/note': ['color', 'opacity', 'icon'],
  'pspdfkit/stamp': ['opacity', 'stampType'],
  'pspdfkit/link': ['linkTarget', 'opacity'],
};

/** The fields that apply to every one of `annotations` (none for an empty list), in display order. */
export function fieldsFor(annotations: readonly Annotation[]): InspectorField[] {
  if (!annotations.length) return [];
  const sets = annotations.map((annotation) => new Set(FIELDS[annotation.type] ?? ['opacity']));
  const order: InspectorField[] = [
    'linkTarget', 'strokeColor', 'fillColor', 'color', 'fontColor', 'opacity', 'strokeWidth', 'lineWidth', 'dash',
    'lineCaps', 'fontSize', 'fontStyle', 'horizontalAlign', 'icon', 'stampType',
  ];
  return order.filter((field) => sets.every((set) => set.has(field)));
}

/** Keys to set on a record; `undefined` removes the key (Instant JSON omits empty keys). */
export type RecordPatch = Readonly<Record<string, unknown>>;

/** `annotation` with `patch` applied. */
export function patched(annotation: Annotation, patch: RecordPatch): Annotation {
  const next: Record<string, unknown> = { ...annotation };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as unknown as Annotation;
}

/**
 * A link's target as a person types it: the page number (counted from 1)
 * of a `goTo`, the address of a `uri`; empty for other actions, which the
 * field can only replace.
 */
export function linkTargetText(action: unknown): string {
  const record = action as { type?: unknown; pageIndex?: unknown; uri?: unknown } | undefined;
  if (record?.type === 'goTo' && typeof record.pageIndex === 'number') return String(record.pageIndex + 1);
  if (record?.type === 'uri' && typeof record.uri === 'string') return record.uri;
  return '';
}

/** Dash pattern written for "dashed", in points. */
export const DASHED: readonly number[] = [3, 3];
