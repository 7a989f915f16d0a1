/**
 * What the text markup tools (highlight, underline, strikeout, squiggly,
 * and redaction's text half) share: the user selects text in the text layer
 * with the tool active, and on release the selection becomes annotations.
 *
 * A selection that runs over several pages gives one annotation per page
 * (the rects of an annotation all live on its page), all in one edit: one
 * undo step and one `annotations-changed`.
 */
import { kindOf } from '../annotations/registry.js';
import type { Annotation, AnnotationInput, Rect } from '../model/index.js';
import { unionRect } from '../model/line-rects.js';
import type { Tool, ToolContext } from './tool.js';
import { clearTextSelection, selectedRange, selectionRectsByPage } from './text-selection.js';

export type TextMarkupType =
  | 'pspdfkit/markup/highlight'
  | 'pspdfkit/markup/underline'
  | 'pspdfkit/markup/strikeout'
  | 'pspdfkit/markup/squiggly'
  | 'pspdfkit/markup/redaction';

/** Points with two decimals: finer than any screen, and the JSON stays readable. */
const round = (value: number): number => Math.round(value * 100) / 100;
const roundRect = (rect: Rect): Rect => rect.map(round) as Rect;

/** A new markup of `type` over `rects` (page points), with the kind's defaults. */
export function markupInput(type: TextMarkupType, pageIndex: number, rects: readonly Rect[]): AnnotationInput {
  const kind = kindOf({ type } as Annotation);
  const exact = rects.map(roundRect);
  return {
    ...(kind?.defaults ?? {}),
    // Written out, as the spec's example does, so other readers multiply the highlight too.
    ...(kind?.defaultBlendMode ? { blendMode: kind.defaultBlendMode } : {}),
    type,
    pageIndex,
    bbox: roundRect(unionRect(exact)),
    rects: exact,
  } as AnnotationInput;
}

/**
 * Turns the current text selection into `type` annotations, one per page,
 * and clears the selection. Returns what was created (nothing when the
 * selection holds no glyphs of a page).
 */
export function markSelection(type: TextMarkupType, selection: Selection, context: ToolContext): Annotation[] {
  const root = context.host.shadowRoot;
  const range = selectedRange(selection, root);
  if (!range) return [];
  const byPage = selectionRectsByPage(range, context);
  if (byPage.size === 0) return [];
  const author = context.author;
  const created = context.edit((store) =>
    [...byPage].map(([pageIndex, rects]) =>
      store.createAnnotation({ ...markupInput(type, pageIndex, rects), ...context.preset(type.slice('pspdfkit/markup/'.length)) } as AnnotationInput, author ? { author } : {}),
    ),
  );
  clearTextSelection(selection, root);
  return created;
}

/**
 * The input half of a text markup tool: the browser selects the text (the
 * tool takes no press of its own, so a finger long-presses to select), and
 * the selection becomes `type` annotations on release; a double-click marks
 * the word it selects. Text already selected when the tool is chosen is
 * marked at once, so "select, then Highlight" works as in other PDF viewers.
 */
export function textMarkupInput(type: TextMarkupType): Pick<Tool, 'activate' | 'textSelected'> {
  return {
    activate(context) {
      const selection = context.host.ownerDocument.getSelection();
      if (!context.readonly && selection) markSelection(type, selection, context);
    },
    textSelected(_pageIndex, selection, context) {
      markSelection(type, selection, context);
    },
  };
}
