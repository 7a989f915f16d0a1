/**
 * The toolbar's items as drawn: what `toolbarItems` (or the default list)
 * says, with the viewer's state filled in, and the runs of tools that can
 * show as one group button.
 */
import type { Localizer, TranslationKey } from '../i18n/localize.js';
import type { Tool } from '../tools/tool.js';
import { iconFor } from './tool-icons.js';
import { defaultToolbarItems, toolGroupOf, type ToolbarItem } from './toolbar-items.js';
import { toolRuns, type ToolRun } from './toolbar-layout.js';

export interface ShownItem {
  /** `tool:<id>`, `button:<id>`, `separator:<id>`, `custom:<id>`: the `data-id` of its button. */
  readonly key: string;
  readonly kind: 'button' | 'separator' | 'custom';
  readonly label: string;
  readonly icon: string;
  /** A tool button: pressed while its tool is active. */
  readonly tool: boolean;
  readonly separator: boolean;
  readonly pressed: boolean | undefined;
  readonly disabled: boolean;
  readonly press: ((event: MouseEvent) => void) | undefined;
  readonly element: HTMLElement | undefined;
}

export interface ItemState {
  readonly tools: readonly Tool[];
  readonly items: readonly ToolbarItem[] | undefined;
  readonly activeTool: string;
  readonly readonly: boolean;
  readonly documentOpen: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** A download or print is being prepared: Download and Print wait for it. */
  readonly exporting: boolean;
  readonly localizer: Localizer;
}

export interface ItemActions {
  setTool(id: string): void;
  undo(): void;
  redo(): void;
  download(): void;
  print(): void;
}

/** The buttons a `button` item with one of these ids and no `onPress` stands for. */
const BUILT_IN_BUTTONS = {
  undo: { label: 'toolbar.undo', enabled: (state: ItemState) => !state.readonly && state.canUndo, press: (actions: ItemActions) => actions.undo() },
  redo: { label: 'toolbar.redo', enabled: (state: ItemState) => !state.readonly && state.canRedo, press: (actions: ItemActions) => actions.redo() },
  // Readonly viewers still save and print: neither changes the document.
  download: { label: 'toolbar.download', enabled: (state: ItemState) => !state.exporting, press: (actions: ItemActions) => actions.download() },
  print: { label: 'toolbar.print', enabled: (state: ItemState) => !state.exporting, press: (actions: ItemActions) => actions.print() },
} as const satisfies Record<string, { label: TranslationKey; enabled(state: ItemState): boolean; press(actions: ItemActions): void }>;

function isBuiltInButton(id: string): id is keyof typeof BUILT_IN_BUTTONS {
  return Object.hasOwn(BUILT_IN_BUTTONS, id);
}

export function shownItems(state: ItemState, actions: ItemActions | undefined): ShownItem[] {
  const l = state.localizer;
  const items = state.items ?? defaultToolbarItems(state.tools);
  const shown: ShownItem[] = [];
  for (const item of items) {
    const base = { key: `${item.type}:${item.id}`, icon: iconFor(item.id, item.icon), element: undefined, tool: false, separator: false };
    if (item.type === 'separator') {
      shown.push({ ...base, kind: 'separator', separator: true, label: '', pressed: undefined, disabled: false, press: undefined });
    } else if (item.type === 'custom') {
      if (item.element) shown.push({ ...base, kind: 'custom', label: item.title ?? '', pressed: undefined, disabled: false, press: undefined, element: item.element });
    } else if (item.type === 'tool') {
      const tool = state.tools.find((candidate) => candidate.id === item.id);
      if (!tool) continue;
      shown.push({
        ...base,
        kind: 'button',
        tool: true,
        icon: iconFor(tool.id, item.icon ?? tool.icon),
        label: item.title ?? l.optionalTerm(`tool.${tool.id}`) ?? tool.label,
        pressed: state.activeTool === tool.id,
        // No document (before a load, after an error): nothing to use a tool on.
        disabled: item.disabled === true || !state.documentOpen || (state.readonly && tool.edits),
        press: (event) => {
          item.onPress?.(event);
          actions?.setTool(tool.id);
        },
      });
    } else if (isBuiltInButton(item.id) && !item.onPress) {
      const builtIn = BUILT_IN_BUTTONS[item.id];
      shown.push({
        ...base,
        kind: 'button',
        label: item.title ?? l.term(builtIn.label),
        pressed: undefined,
        disabled: item.disabled === true || !state.documentOpen || !builtIn.enabled(state),
        press: () => actions && builtIn.press(actions),
      });
    } else {
      shown.push({ ...base, kind: 'button', label: item.title ?? item.id, pressed: item.selected, disabled: item.disabled === true, press: item.onPress });
    }
  }
  return shown;
}

/** The runs of tools, named after their built-in group (`group:shapes`) or, for others, their first tool. */
export function shownRuns(items: readonly ShownItem[]): ToolRun[] {
  return toolRuns(items, (keys) => {
    const ids = keys.map((key) => key.slice('tool:'.length));
    const group = toolGroupOf(ids[0]!);
    return group && ids.every((id) => toolGroupOf(id) === group) ? `group:${group}` : `group:tools-${ids[0]}`;
  });
}
