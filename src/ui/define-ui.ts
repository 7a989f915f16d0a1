/**
 * Registers the viewer's inner elements (`<ipv-toolbar>`, `<ipv-inspector>`)
 * once, like the viewer itself: a second copy of the bundle on the page
 * finds them defined and leaves them alone.
 */
import { IpvInspector } from './inspector.component.js';
import { IpvToolbar } from './toolbar.component.js';

export function defineUiElements(): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get('ipv-toolbar')) customElements.define('ipv-toolbar', IpvToolbar);
  if (!customElements.get('ipv-inspector')) customElements.define('ipv-inspector', IpvInspector);
}

declare global {
  interface HTMLElementTagNameMap {
    'ipv-toolbar': IpvToolbar;
    'ipv-inspector': IpvInspector;
  }
}
