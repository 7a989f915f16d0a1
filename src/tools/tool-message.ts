/**
 * A short message from a tool (a rejected file, say), shown over the viewer
 * as an alert for a few seconds. One per viewer; a new one replaces it.
 */
import type { ToolContext } from './tool.js';

const SHOWN_FOR_MS = 5000;
const timers = new WeakMap<HTMLElement, number>();

export function showToolMessage(context: ToolContext, text: string): HTMLElement {
  const root = context.host.shadowRoot ?? context.host;
  let element = root.querySelector<HTMLElement>('.tool-message');
  if (!element) {
    element = context.host.ownerDocument.createElement('div');
    element.className = 'tool-message';
    element.setAttribute('role', 'alert');
    root.append(element);
  }
  element.textContent = text;
  element.hidden = false;
  const box = context.host.getBoundingClientRect();
  element.style.left = `${box.left + 16}px`;
  element.style.top = `${box.top + 16}px`;
  const view = context.host.ownerDocument.defaultView ?? window;
  const shown = element;
  view.clearTimeout(timers.get(context.host));
  timers.set(context.host, view.setTimeout(() => (shown.hidden = true), SHOWN_FOR_MS));
  return element;
}
