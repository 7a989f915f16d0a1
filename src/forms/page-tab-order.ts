/**
 * Tab from the last form field of a page to the first of the next page that
 * has fields, even when that page is not drawn yet (only pages near the
 * viewport hold controls), and Shift+Tab back the same way. The browser's own
 * Tab order is kept wherever the next page's controls already exist: pages
 * follow each other in the DOM.
 */

/** What crossing pages needs from the form. */
export interface PageTabHost {
  /** Pages holding widgets, in page order. */
  readonly widgetPages: readonly number[];
  /** The form layer element of a page once its controls are built (perhaps none: a page of signatures). */
  builtLayer(pageIndex: number): HTMLElement | undefined;
  /** Brings a page into view (so that its controls get built). */
  goToPage(pageIndex: number): void;
  /** Resolves with the page's form layer once its controls are built; undefined if that does not happen soon. */
  whenBuilt(pageIndex: number): Promise<HTMLElement | undefined>;
}

const FOCUSABLE = 'input, select, textarea, button, [tabindex]:not([tabindex="-1"])';

/** The controls of a form layer that take focus, in Tab order. */
export function focusableControls(layer: HTMLElement): HTMLElement[] {
  return [...layer.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.matches(':disabled') && !element.closest('[hidden]'));
}

/** Handles a keydown in the form layer of `pageIndex`; leaves every other key and case to the browser. */
export function crossPageTab(event: KeyboardEvent, pageIndex: number, host: PageTabHost): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
  const layer = host.builtLayer(pageIndex);
  const target = event.target instanceof Node ? event.target : null;
  if (!layer || !target) return;
  const backwards = event.shiftKey;
  const controls = focusableControls(layer);
  const edge = backwards ? controls[0] : controls[controls.length - 1];
  if (!edge || !edge.contains(target)) return;
  const ahead = backwards ? host.widgetPages.filter((page) => page < pageIndex).reverse() : host.widgetPages.filter((page) => page > pageIndex);
  // Built pages whose widgets take no input (a signature) are passed over by the browser too.
  const next = ahead.find((page) => {
    const built = host.builtLayer(page);
    return !built || focusableControls(built).length > 0;
  });
  if (next === undefined || host.builtLayer(next)) return;
  event.preventDefault();
  void focusFirstOf(ahead.slice(ahead.indexOf(next)), backwards, host);
}

/** Shows the pages in turn until one has a control to focus, and focuses its first (or last) one. */
async function focusFirstOf(pages: readonly number[], backwards: boolean, host: PageTabHost): Promise<void> {
  for (const page of pages) {
    host.goToPage(page);
    const layer = host.builtLayer(page) ?? (await host.whenBuilt(page));
    const controls = layer ? focusableControls(layer) : [];
    const control = backwards ? controls[controls.length - 1] : controls[0];
    if (control) {
      control.focus();
      return;
    }
  }
}
