/**
 * What happens when a person activates an annotation on a page: links are
 * followed (within the rules of link-actions.ts), notes and comment markers
 * open their popover.
 */
import { annotationName } from '../i18n/annotation-name.js';
import type { Localizer, TranslationKey } from '../i18n/localize.js';
import type { Annotation } from '../model/index.js';
import type { NotePopover } from '../ui/note-popover.js';
import { followAction, type LinkNavigator } from './link-actions.js';
import type { BoxElement, LayerInteractions } from './page-annotation-layer.js';

export class AnnotationInteractions implements LayerInteractions {
  readonly #navigator: LinkNavigator;
  readonly #popover: () => NotePopover | undefined;
  readonly #localizer: () => Localizer;

  constructor(navigator: LinkNavigator, popover: () => NotePopover | undefined, localizer: () => Localizer) {
    this.#navigator = navigator;
    this.#popover = popover;
    this.#localizer = localizer;
  }

  translate(key: TranslationKey): string {
    return this.#localizer().term(key);
  }

  label(annotation: Annotation): string {
    return annotationName(annotation, this.#localizer());
  }

  activate(annotation: Annotation, box: BoxElement, trigger: 'pointer' | 'keyboard' | 'focus'): void {
    if (annotation.type === 'pspdfkit/link') {
      if (trigger !== 'focus') followAction(annotation.action, this.#navigator);
      return;
    }
    if (annotation.type === 'pspdfkit/note' || annotation.type === 'pspdfkit/comment-marker') {
      this.#popover()?.show(annotation, box);
    }
  }
}
