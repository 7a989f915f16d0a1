/**
 * How the built-in toolbar fits its width. Pure: the items and their measured
 * widths come in, a layout comes out; the toolbar element measures and renders.
 *
 * A layout says which runs of tools show as one group button (with the
 * group's tools in its menu), how many units at the end of the row go into
 * "More", and how much of the page and zoom controls shows. The candidates
 * are tried from the roomiest to the most compact, and the first that fits
 * wins:
 *
 * 1. full controls, collapsing the runs one by one, the longest first;
 * 2. the same with compact controls, then with minimal ones;
 * 3. every run collapsed, minimal controls, and units from the end of the
 *    row into "More", one by one.
 *
 * A tool is therefore always in the row, in a group menu, or in "More":
 * at most two presses away.
 */
import type { ControlsMode } from './page-zoom-controls.js';

/** An item as the layout sees it. */
export interface LayoutItem {
  readonly key: string;
  readonly separator: boolean;
  /** A tool button: runs of two or more of them can collapse into a group. */
  readonly tool: boolean;
}

/** Two or more tools next to each other (no separator between), which can show as one group button. */
export interface ToolRun {
  readonly id: string;
  readonly keys: readonly string[];
}

export interface ToolbarLayout {
  /** Ids of the runs shown as a group button. */
  readonly collapsed: ReadonlySet<string>;
  /** How many units at the end of the row go into "More". */
  readonly overflow: number;
  readonly controls: ControlsMode;
}

/** One thing in the row, or in the "More" menu. */
export type RowUnit = { readonly type: 'item'; readonly key: string } | { readonly type: 'group'; readonly run: ToolRun };

export interface Arrangement {
  readonly row: readonly RowUnit[];
  readonly more: readonly RowUnit[];
}

/** Widths in CSS pixels, as measured (or estimated until first shown). */
export interface LayoutWidths {
  /** Width of `unit` in the row. */
  unit(unit: RowUnit): number;
  readonly more: number;
  /** Between units of the row. */
  readonly gap: number;
  /** Between the row and the page and zoom controls. */
  readonly controlsGap: number;
  controls(mode: ControlsMode): number;
}

export const ROOMY_LAYOUT: ToolbarLayout = { collapsed: new Set(), overflow: 0, controls: 'full' };

/** The runs of tools in `items`; `idOf` names a run after its tools. */
export function toolRuns(items: readonly LayoutItem[], idOf: (keys: readonly string[]) => string): ToolRun[] {
  const runs: ToolRun[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length >= 2) runs.push({ id: idOf(current), keys: current });
    current = [];
  };
  for (const item of items) {
    if (item.tool) current.push(item.key);
    else close();
  }
  close();
  return runs;
}

/** What the row and the "More" menu show under `layout`. */
export function arrange(items: readonly LayoutItem[], runs: readonly ToolRun[], layout: ToolbarLayout): Arrangement {
  const collapsedRunOf = new Map<string, ToolRun>();
  for (const run of runs) if (layout.collapsed.has(run.id)) for (const key of run.keys) collapsedRunOf.set(key, run);
  const units: RowUnit[] = [];
  for (const item of items) {
    const run = collapsedRunOf.get(item.key);
    if (!run) units.push({ type: 'item', key: item.key });
    else if (run.keys[0] === item.key) units.push({ type: 'group', run });
  }
  const separators = new Set(items.filter((item) => item.separator).map((item) => item.key));
  const isSeparator = (unit: RowUnit | undefined) => unit?.type === 'item' && separators.has(unit.key);
  // Group buttons stand apart by their look: no separator between two of them, nor at either end.
  const tidy = (list: readonly RowUnit[]) =>
    list.filter((unit, index) => {
      if (!isSeparator(unit)) return true;
      const before = list[index - 1];
      const after = list[index + 1];
      if (before === undefined || after === undefined || isSeparator(before) || isSeparator(after)) return false;
      return before.type === 'item' || after.type === 'item';
    });
  const shown = tidy(units);
  if (layout.overflow <= 0) return { row: shown, more: [] };
  let remaining = layout.overflow;
  let cut = shown.length;
  while (cut > 0 && remaining > 0) {
    cut--;
    if (!isSeparator(shown[cut])) remaining--;
  }
  return { row: tidy(shown.slice(0, cut)), more: shown.slice(cut).filter((unit) => !isSeparator(unit)) };
}

/** The width the toolbar needs for `arrangement` with `controls`. */
export function requiredWidth(arrangement: Arrangement, controls: ControlsMode, widths: LayoutWidths): number {
  const { row, more } = arrangement;
  let total = row.reduce((sum, unit) => sum + widths.unit(unit), 0);
  let count = row.length;
  if (more.length) {
    total += widths.more;
    count++;
  }
  total += Math.max(0, count - 1) * widths.gap;
  return total + widths.controlsGap + widths.controls(controls);
}

/** The roomiest layout whose required width is at most `available`; the most compact when none fits. */
export function chooseLayout(items: readonly LayoutItem[], runs: readonly ToolRun[], widths: LayoutWidths, available: number): ToolbarLayout {
  let last = ROOMY_LAYOUT;
  for (const layout of candidates(items, runs)) {
    last = layout;
    if (requiredWidth(arrange(items, runs, layout), layout.controls, widths) <= available + 0.5) return layout;
  }
  return last;
}

export function sameLayout(a: ToolbarLayout, b: ToolbarLayout): boolean {
  return a.overflow === b.overflow && a.controls === b.controls && a.collapsed.size === b.collapsed.size && [...a.collapsed].every((id) => b.collapsed.has(id));
}

function* candidates(items: readonly LayoutItem[], runs: readonly ToolRun[]): Generator<ToolbarLayout> {
  // Longest first, as it saves the most; among equals the later one, so the row's start stays put.
  const order = runs
    .map((run, index) => ({ run, index }))
    .sort((a, b) => b.run.keys.length - a.run.keys.length || b.index - a.index)
    .map(({ run }) => run.id);
  for (const controls of ['full', 'compact', 'minimal'] as const) {
    for (let count = 0; count <= order.length; count++) yield { collapsed: new Set(order.slice(0, count)), overflow: 0, controls };
  }
  const all = new Set(order);
  const units = arrange(items, runs, { collapsed: all, overflow: 0, controls: 'minimal' }).row.filter(
    (unit) => unit.type === 'group' || !items.find((item) => item.key === unit.key)?.separator,
  ).length;
  for (let overflow = 1; overflow <= units; overflow++) yield { collapsed: all, overflow, controls: 'minimal' };
}
