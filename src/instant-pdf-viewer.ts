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
  customElements.define(tagName, tagName === TAG_NAME ? InstantPdfViewer : class extends InstantPdfViewer {});
}

defineInstantPdfViewer();

export { InstantPdfViewer };

declare global {
  interface HTMLElementTagNameMap {
    'instant-pdf-viewer': InstantPdfViewer;
  }
}
