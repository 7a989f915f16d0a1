/**
 * `pspdfkit/link`: an invisible target over the bbox that shows an outline
 * while the pointer is over it. A link with `borderColor` and a positive
 * `borderWidth` also draws that border all the time. Following the link is
 * the viewer's job (src/viewer/link-actions.ts).
 */
import { css } from 'lit';
import type { Action, BorderStyle, LinkAnnotation, NamedActionName } from '../model/index.js';
import type { AnnotationKind } from './annotation-kind.js';
import { htmlElement, points } from './dom.js';
import { inRect } from './hit-geometry.js';

/** CSS border styles for PDF border styles; beveled and inset are PDF's 3D looks. */
const CSS_BORDER_STYLES: Record<BorderStyle, string> = {
  solid: 'solid',
  dashed: 'dashed',
  beveled: 'outset',
  inset: 'inset',
  underline: 'solid',
};

function drawBorder(annotation: LinkAnnotation, box: HTMLElement): void {
  const width = annotation.borderWidth ?? 0;
  const color = annotation.borderColor;
  if (!color || !(width > 0)) return;
  const style = CSS_BORDER_STYLES[annotation.borderStyle ?? 'solid'] ?? 'solid';
  const border = htmlElement('div', 'link-border');
  const sides = annotation.borderStyle === 'underline' ? ['bottom'] : ['top', 'right', 'bottom', 'left'];
  for (const side of sides) {
    border.style.setProperty(`border-${side}-width`, points(width));
    border.style.setProperty(`border-${side}-style`, style);
    border.style.setProperty(`border-${side}-color`, color);
  }
  box.append(border);
}

const NAMED_TARGETS: Partial<Record<NamedActionName, string>> = {
  nextPage: 'next page',
  prevPage: 'previous page',
  firstPage: 'first page',
  lastPage: 'last page',
};

/** Where an action leads, for the accessible name. */
export function actionTarget(action: Action | undefined): string | undefined {
  switch (action?.type) {
    case 'goTo':
      return `page ${action.pageIndex + 1}`;
    case 'uri':
      return action.uri;
    case 'named':
      return NAMED_TARGETS[action.action];
    default:
      return undefined;
  }
}

export const linkKind: AnnotationKind<'pspdfkit/link'> = {
  type: 'pspdfkit/link',
  defaults: { opacity: 1 },
  interactive: true,
  draw: drawBorder,
  hitTest: (annotation, point, tolerance) => inRect(point, annotation.bbox, tolerance),
  labelText: (annotation) => actionTarget(annotation.action) ?? '',
  label(annotation) {
    const target = this.labelText!(annotation);
    return target ? `Link to ${target}` : 'Link';
  },
  styles: css`
    .annotation[data-annotation-type='link']:hover {
      box-shadow: inset 0 0 0 2px var(--ipv-accent-color, #1a73e8);
      background-color: color-mix(in srgb, var(--ipv-accent-color, #1a73e8) 12%, transparent);
    }
    .annotation[data-annotation-type='link'] .link-border {
      position: absolute;
      inset: 0;
      box-sizing: border-box;
      pointer-events: none;
    }
  `,
};
