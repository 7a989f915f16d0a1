/**
 * Accessible names of annotations in the viewer's language: a type name from
 * the translation table, then the annotation's own words (a note's text, a
 * link's target) as the kind reports them with `labelText`. The kinds' own
 * `label()` stays the English form for code that has no localizer.
 */
import { kindOf } from '../annotations/registry.js';
import type { Annotation, KnownAnnotation } from '../model/index.js';
import type { Localizer } from './localize.js';

/** The annotation type without the `pspdfkit/` prefix, as `data-annotation-type` writes it. */
export function shortType(type: string): string {
  return type.replace(/^pspdfkit\//, '');
}

/** Type names by localizer: a page of a thousand annotations asks for the same few names. */
const typeNames = new WeakMap<Localizer, Map<string, string>>();

/** What kind of annotation this is, in the viewer's language ("Notiz"); "Annotation" for types without a name. */
export function annotationTypeName(type: string, localizer: Localizer): string {
  let names = typeNames.get(localizer);
  if (!names) typeNames.set(localizer, (names = new Map()));
  let name = names.get(type);
  if (name === undefined) {
    name = localizer.optionalTerm(`annotation.${shortType(type)}`) ?? localizer.term('annotation.generic');
    names.set(type, name);
  }
  return name;
}

/** The accessible name of an annotation: its type name and, where it has some, its text ("Notiz: Bitte prüfen"). */
export function annotationName(annotation: Annotation, localizer: Localizer): string {
  const kind = kindOf(annotation);
  if (annotation.type === 'pspdfkit/link') {
    const action = (annotation as { action?: { type?: string; pageIndex?: number } }).action;
    if (action?.type === 'goTo' && typeof action.pageIndex === 'number') {
      return localizer.term('annotation.linkToPage', { page: localizer.number(action.pageIndex + 1) });
    }
    const target = kind?.labelText?.(annotation as KnownAnnotation);
    return target ? localizer.term('annotation.linkTo', { target }) : localizer.term('annotation.link');
  }
  const type = annotationTypeName(annotation.type, localizer);
  const text = kind?.labelText?.(annotation as KnownAnnotation);
  return text ? localizer.term('annotation.named', { type, text }) : type;
}
