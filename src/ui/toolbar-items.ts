/**
 * The items of the built-in toolbar: the public `ToolbarItem` shape and the
 * default list built from the registered tools.
 */
import type { Tool } from '../tools/tool.js';

/**
 * One entry of `toolbarItems`.
 *
 * - `tool`: the button of the registered tool whose id is `id`.
 * - `button`: calls `onPress`. With id `undo`, `redo`, `download` or
 *   `print` and no `onPress`, it is the built-in button of that name.
 * - `separator`: a divider between groups.
 * - `custom`: places `element` as it is.
 */
export interface ToolbarItem {
  id: string;
  type: 'tool' | 'button' | 'separator' | 'custom';
  /** Accessible name and tooltip; tools default to their translated label. */
  title?: string;
  /** SVG path data on a 24 × 24 grid, stroked with `currentColor`. */
  icon?: string;
  onPress?: (event: MouseEvent) => void;
  disabled?: boolean;
  /** Shows the button as pressed (`aria-pressed`); tools are pressed while active. */
  selected?: boolean;
  /** For `custom` items. */
  element?: HTMLElement;
}

/** The built-in tools by group, in toolbar order. */
export const TOOL_GROUPS: readonly (readonly string[])[] = [
  ['select', 'pan'],
  ['ink', 'highlighter', 'eraser'],
  ['line', 'arrow', 'rectangle', 'ellipse', 'polygon', 'polyline'],
  ['highlight', 'underline', 'strikeout', 'squiggly', 'redaction'],
  ['text', 'note', 'stamp', 'image', 'link'],
];

/** The name of each of TOOL_GROUPS, in the same order: `toolbar.group.<name>` in the translations. */
export const TOOL_GROUP_NAMES = ['select', 'draw', 'shapes', 'markup', 'insert'] as const;

export type ToolGroupName = (typeof TOOL_GROUP_NAMES)[number];

/** Which built-in group tool `id` belongs to, if any. */
export function toolGroupOf(id: string): ToolGroupName | undefined {
  const index = TOOL_GROUPS.findIndex((group) => group.includes(id));
  return index < 0 ? undefined : TOOL_GROUP_NAMES[index];
}

/**
 * The default items: each group of the tools registered, the application's
 * own tools, undo and redo, then download and print. Last in the row, the
 * document actions are the first to move into "More" where room runs out,
 * leaving the tools in view.
 */
export function defaultToolbarItems(tools: readonly Tool[]): ToolbarItem[] {
  const registered = new Set(tools.map((tool) => tool.id));
  const grouped = new Set(TOOL_GROUPS.flat());
  const groups = TOOL_GROUPS.map((group) => group.filter((id) => registered.has(id)));
  groups.push(tools.map((tool) => tool.id).filter((id) => !grouped.has(id)));
  const items: ToolbarItem[] = [];
  for (const group of groups) {
    if (!group.length) continue;
    if (items.length) items.push({ id: `separator-${items.length}`, type: 'separator' });
    for (const id of group) items.push({ id, type: 'tool' });
  }
  items.push({ id: 'separator-history', type: 'separator' });
  items.push({ id: 'undo', type: 'button' }, { id: 'redo', type: 'button' });
  items.push({ id: 'separator-document', type: 'separator' });
  items.push({ id: 'download', type: 'button' }, { id: 'print', type: 'button' });
  return items;
}
