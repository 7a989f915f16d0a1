/**
 * The in-place editor of free text: a textarea laid over the text's box on
 * the page, in the text's font at the current zoom. Escape, Ctrl/⌘+Enter,
 * focus leaving it, or a press anywhere else in the viewer commits. One
 * editor per viewer: opening another commits the first.
 *
 * Shared by the `text` tool (new text, double-click on a text) and the
 * `select` tool (double-click on a text).
 */
import { fontFamily } from '../annotations/text-style.js';
import type { Annotation, Rect, TextAnnotation } from '../model/index.js';
import { plainText } from '../annotations/plain-text.js';
import { clientRectOf, pageRectOf, pixelsPerPoint } from './page-point.js';
import type { ToolContext } from './tool.js';

export interface TextEditorStyle {
  readonly fontSize: number;
  readonly fontColor: string;
  readonly font?: string | undefined;
  readonly horizontalAlign?: string | undefined;
}

export interface TextEditorOptions {
  readonly pageIndex: number;
  /** The box being edited, in page points. */
  readonly bbox: Rect;
  readonly style: TextEditorStyle;
  readonly value: string;
  /**
   * Called once when the editor closes: the text and the box grown to fit
   * it (page points).
   */
  commit(value: string, bbox: Rect): void;
}

interface OpenEditor {
  readonly textarea: HTMLTextAreaElement;
  finish(): void;
}

const open = new WeakMap<HTMLElement, OpenEditor>();

/** Whether a text editor is open in this viewer. */
export function isEditingText(context: ToolContext): boolean {
  return open.has(context.host);
}

/** Commits the open editor, if any. */
export function commitTextEditor(context: ToolContext): void {
  open.get(context.host)?.finish();
}

/** The editor's textarea, for tests and focus management. */
export function textEditorElement(context: ToolContext): HTMLTextAreaElement | undefined {
  return open.get(context.host)?.textarea;
}

export function openTextEditor(context: ToolContext, options: TextEditorOptions): HTMLTextAreaElement | undefined {
  commitTextEditor(context);
  const page = context.pageElement(options.pageIndex);
  if (!page) return undefined;
  const scale = pixelsPerPoint(context, options.pageIndex);
  const shown = clientRectOf(context, options.pageIndex, options.bbox);
  const pageBox = page.getBoundingClientRect();
  const textarea = page.ownerDocument.createElement('textarea');
  textarea.className = 'text-editor';
  textarea.setAttribute('aria-label', context.translate('text.editorLabel'));
  textarea.spellcheck = true;
  textarea.rows = 1;
  textarea.value = options.value;
  // Lengths in page points times the page's scale, like the annotations: a zoom while typing
  // (pinch, Ctrl+wheel) keeps the editor over its box without a listener.
  const { style } = textarea;
  const points = (pixels: number) => `calc(var(--scale-factor) * ${pixels / scale}px)`;
  style.left = points(shown.left - pageBox.left - page.clientLeft);
  style.top = points(shown.top - pageBox.top - page.clientTop);
  style.width = points(shown.width);
  style.minHeight = points(shown.height);
  style.height = points(shown.height);
  style.fontSize = points(options.style.fontSize * scale);
  style.fontFamily = fontFamily(options.style.font);
  style.color = options.style.fontColor;
  style.textAlign = options.style.horizontalAlign ?? 'left';

  const listeners = new AbortController();
  const signal = listeners.signal;
  const grow = () => {
    const minHeight = parseFloat(getComputedStyle(textarea).minHeight);
    style.height = 'auto';
    // scrollHeight is whole pixels: only a full line more grows the box.
    const height = textarea.scrollHeight > minHeight + 2 ? textarea.scrollHeight : minHeight;
    style.height = `calc(var(--scale-factor) * ${height / pixelsPerPoint(context, options.pageIndex)}px)`;
  };
  const editor: OpenEditor = {
    textarea,
    finish() {
      if (open.get(context.host) !== editor) return;
      open.delete(context.host);
      listeners.abort();
      grow();
      const bbox = pageRectOf(context, options.pageIndex, textarea.getBoundingClientRect());
      const value = textarea.value;
      const hadFocus = textarea.matches(':focus');
      textarea.remove();
      // Keys keep working on the viewer after the editor goes.
      if (hadFocus) context.host.focus({ preventScroll: true });
      options.commit(value, bbox);
    },
  };
  open.set(context.host, editor);

  textarea.addEventListener('input', grow, { signal });
  textarea.addEventListener(
    'keydown',
    (event) => {
      const done = event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey));
      // Keys typed here are text, not viewer shortcuts.
      event.stopPropagation();
      if (!done) return;
      event.preventDefault();
      editor.finish();
    },
    { signal },
  );
  textarea.addEventListener('blur', () => editor.finish(), { signal });
  const root = page.getRootNode();
  root.addEventListener(
    'pointerdown',
    (event) => {
      if (!event.composedPath().includes(textarea)) editor.finish();
    },
    { signal },
  );
  page.append(textarea);
  grow();
  textarea.focus({ preventScroll: true });
  // Editing again continues after the last character.
  textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  return textarea;
}

/** The style of an existing text annotation, for its editor. */
export function styleOf(annotation: TextAnnotation): TextEditorStyle {
  return {
    fontSize: annotation.fontSize,
    fontColor: annotation.fontColor,
    font: annotation.font,
    horizontalAlign: annotation.horizontalAlign,
  };
}

function drawingOf(context: ToolContext, annotation: Annotation): HTMLElement | SVGElement | null {
  return context.pageElement(annotation.pageIndex)?.querySelector<HTMLElement | SVGElement>(
    `.annotation-layer [data-annotation-id="${CSS.escape(annotation.id)}"]`,
  ) ?? null;
}

/**
 * Edits an existing free text in place: its drawing is hidden meanwhile;
 * committing makes one update (or one deletion when the text was emptied),
 * one undo step. Does nothing in a readonly viewer.
 */
export function editExistingText(context: ToolContext, annotation: TextAnnotation): void {
  if (context.readonly) return;
  const drawing = drawingOf(context, annotation);
  drawing?.style.setProperty('visibility', 'hidden');
  const original = plainText(annotation.text);
  openTextEditor(context, {
    pageIndex: annotation.pageIndex,
    bbox: annotation.bbox,
    style: styleOf(annotation),
    value: original,
    commit(value, bbox) {
      drawing?.style.removeProperty('visibility');
      const current = context.getAnnotation(annotation.id);
      if (!current || current.type !== 'pspdfkit/text') return;
      if (value.trim() === '') {
        context.edit((store) => store.deleteAnnotation(current.id, { source: 'user' }));
        return;
      }
      if (value === original && bbox[2] <= current.bbox[2] + 0.5 && bbox[3] <= current.bbox[3] + 0.5) return;
      const [left, top, width, height] = current.bbox;
      // The box only ever grows, to fit more lines; otherwise it keeps its exact values.
      const fit = (had: number, needed: number) => (needed > had + 0.5 ? Math.round(needed * 100) / 100 : had);
      const grown: Rect = [left, top, fit(width, bbox[2]), fit(height, bbox[3])];
      context.edit((store) =>
        store.updateAnnotation({ ...current, v: 2, text: { format: 'plain', value }, bbox: grown } as Annotation, { source: 'user' }),
      );
    },
  });
}
