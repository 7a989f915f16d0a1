/**
 * Fits the toolbar to its width: measures what is rendered and picks a
 * layout (toolbar-layout.ts) from those widths.
 *
 * Measuring happens only in the ResizeObserver's callback (the toolbar's own
 * width changed) and in the animation frame after an update (what is
 * rendered changed: a group button or the narrow controls shown for the first
 * time report their widths, and the layout is chosen again with them). Both
 * run outside Lit's update cycle, so a layout change is an ordinary update,
 * never "an update scheduled after an update completed"; and the observer
 * watches only the toolbar, whose width the layout does not change, so no
 * "ResizeObserver loop" either. Every width is learnt once, so this settles
 * in a frame or two.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ControlsMode } from './page-zoom-controls.js';
import { chooseLayout, ROOMY_LAYOUT, sameLayout, type LayoutItem, type LayoutWidths, type RowUnit, type ToolbarLayout, type ToolRun } from './toolbar-layout.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Guesses until a unit has been on screen once, in CSS pixels. */
const GUESS = { button: 34, separator: 9, minimalControls: 100 };

export class ToolbarFitController implements ReactiveController {
  readonly #host: Host;
  readonly #model: () => { items: readonly LayoutItem[]; runs: readonly ToolRun[] };
  readonly #widths = new Map<string, number>();
  #observer: ResizeObserver | undefined;
  #frame = 0;
  #layout: ToolbarLayout = ROOMY_LAYOUT;

  constructor(host: Host, model: () => { items: readonly LayoutItem[]; runs: readonly ToolRun[] }) {
    this.#host = host;
    this.#model = model;
    host.addController(this);
  }

  get layout(): ToolbarLayout {
    return this.#layout;
  }

  /** Widths of custom items may differ in another language: measure them again. */
  forget(): void {
    this.#widths.clear();
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver(() => this.#fit());
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  hostUpdated(): void {
    if (this.#frame || !this.#observer) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#fit();
    });
  }

  #fit(): void {
    const host = this.#host;
    // Hidden (toolbar="none", not laid out yet): the observer calls again once shown.
    if (!host.isConnected || !host.getClientRects().length) return;
    this.#measure();
    const { items, runs } = this.#model();
    const next = chooseLayout(items, runs, this.#layoutWidths(items), host.clientWidth);
    if (!sameLayout(next, this.#layout)) {
      this.#layout = next;
      host.requestUpdate();
    }
  }

  #measure(): void {
    for (const element of this.#host.querySelectorAll<HTMLElement>('[data-unit]')) {
      const width = element.getBoundingClientRect().width;
      if (width > 0 || element.dataset['unit']!.startsWith('item:')) this.#widths.set(element.dataset['unit']!, width);
    }
    const button = this.#host.querySelector('.toolbar-items .icon-button');
    if (button) this.#widths.set('button', button.getBoundingClientRect().width);
    // Parts of the full controls, from which the compact ones are estimated until they are shown.
    const controls = this.#host.querySelector<HTMLElement>('.toolbar-controls');
    const pageNumber = controls?.querySelector('.page-number');
    const zoom = controls?.querySelector(':scope > select');
    if (controls && pageNumber && zoom) {
      this.#widths.set('controls-gap', Number.parseFloat(getComputedStyle(controls).columnGap) || 0);
      this.#widths.set('page-number', pageNumber.getBoundingClientRect().width);
      this.#widths.set('zoom-select', zoom.getBoundingClientRect().width);
    }
    const row = this.#host.querySelector('.toolbar-items');
    if (row) this.#widths.set('gap', Number.parseFloat(getComputedStyle(row).columnGap) || 0);
    this.#widths.set('row-gap', Number.parseFloat(getComputedStyle(this.#host).columnGap) || 0);
  }

  #layoutWidths(items: readonly LayoutItem[]): LayoutWidths {
    const widths = this.#widths;
    const button = widths.get('button') ?? GUESS.button;
    const separators = new Set(items.filter((item) => item.separator).map((item) => item.key));
    return {
      unit: (unit: RowUnit) =>
        unit.type === 'group'
          ? widths.get('group') ?? button
          : widths.get(`item:${unit.key}`) ?? (separators.has(unit.key) ? GUESS.separator : button),
      more: widths.get('more') ?? button,
      gap: widths.get('gap') ?? 0,
      controlsGap: widths.get('row-gap') ?? 0,
      controls: (mode: ControlsMode) => {
        const measured = widths.get(`controls:${mode}`);
        if (measured !== undefined) return measured;
        if (mode === 'compact') return (widths.get('page-number') ?? 80) + (widths.get('controls-gap') ?? 0) + (widths.get('zoom-select') ?? 100);
        if (mode === 'minimal') return GUESS.minimalControls;
        return 0;
      },
    };
  }
}
