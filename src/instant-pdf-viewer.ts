/**
 * Registers `<instant-pdf-viewer>`. The class lives in
 * instant-pdf-viewer.component.ts without side effects; this module defines it,
 * once: CMS plugins load two copies of a bundle on one page, and a second
 * `customElements.define` of the same name would throw.
 */
import { InstantPdfViewer } from './instant-pdf-viewer.component.js';
import { VERSION } from './version.js';

export const TAG_NAME = 'instant-pdf-viewer';

export function defineInstantPdfViewer(tagName = TAG_NAME): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing.version !== VERSION) {
      console.warn(
        `<${tagName}> is already defined by instant-pdf-viewer ${existing.version ?? '(unknown version)'}; ` +
          `version ${VERSION} was loaded too and is not used.`,
      );
    }
    return;
  }
  if (tagName === TAG_NAME) {
    // A literal tag and class, so custom-elements.json links the tag to InstantPdfViewer.
    customElements.define('instant-pdf-viewer', InstantPdfViewer);
  } else {
    // One constructor cannot be defined under two names; another tag gets a subclass.
    const registry: CustomElementRegistry = customElements;
    registry.define(tagName, class extends InstantPdfViewer {});
  }
}

defineInstantPdfViewer();

export { InstantPdfViewer };

declare global {
  interface HTMLElementTagNameMap {
    'instant-pdf-viewer': InstantPdfViewer;
  }
}
