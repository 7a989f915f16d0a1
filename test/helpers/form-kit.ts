/** Helpers for tests that fill PDF forms in the real element with real input. */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { FormFieldValue, InstantJson } from '../../src/model/index.js';
import { settled } from './annotation-kit.js';
import { CORPUS, mountViewer, waitFor } from './viewer-fixture.js';

export const RESET_FORM_PDF = `${CORPUS}/pdfjs/resetform.pdf`;
export const FORMAT = 'https://pspdfkit.com/instant-json/v1';

/** A viewer showing `source`, once the form controls of page 0 are built. */
export async function formViewer(
  source: string | Uint8Array,
  attributes: Record<string, string> = { zoom: '1' },
  size = { width: 780, height: 580 },
): Promise<InstantPdfViewer> {
  const viewer = mountViewer(attributes, size);
  await viewer.load(typeof source === 'string' ? source : source.slice());
  await waitFor(() => boxes(viewer).length > 0, 'form controls');
  await settled(viewer);
  return viewer;
}

/** The positioned boxes of every form control, in DOM (= Tab) order. */
export function boxes(viewer: InstantPdfViewer): HTMLElement[] {
  return [...viewer.shadowRoot!.querySelectorAll<HTMLElement>('.form-widget')];
}

/** The control (input, textarea, select or button) of a field; `widgetId` picks one widget of several. */
export function control<T extends HTMLElement = HTMLInputElement>(viewer: InstantPdfViewer, fieldName: string, widgetId?: number): T {
  const selector =
    widgetId === undefined ? `.form-widget[data-field-name="${CSS.escape(fieldName)}"]` : `.form-widget[data-widget-id="${widgetId}"]`;
  const element = viewer.shadowRoot!.querySelector<T>(`${selector} .form-control`);
  if (!element) throw new Error(`No control for ${fieldName}${widgetId === undefined ? '' : ` (widget ${widgetId})`}`);
  return element;
}

/** The centre of an element on screen, in viewport CSS pixels. */
export function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** A real mouse click in the middle of an element, scrolled into view first. */
export async function clickOn(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  if (box.top < 0 || box.left < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth) {
    (element.closest('.form-widget') ?? element).scrollIntoView({ block: 'center', inline: 'center' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
  await sendMouse({ type: 'click', position: centre(element) });
}

/** Clicks into a text control, selects what is there, and types `text` with the keyboard. */
export async function typeInto(element: HTMLElement, text: string): Promise<void> {
  await clickOn(element);
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

/** Moves the focus on (the browser's own Tab), which commits a text field. */
export async function tab(): Promise<void> {
  await sendKeys({ press: 'Tab' });
}

export function formValues(json: InstantJson): Record<string, FormFieldValue['value']> {
  return Object.fromEntries((json.formFieldValues ?? []).map((record) => [record.name, record.value]));
}

export function value(name: string, v: FormFieldValue['value']): FormFieldValue {
  return { v: 1, type: 'pspdfkit/form-field-value', name, value: v };
}

/** Waits for the model's changes to reach the controls and the canvas. */
export async function formSettled(viewer: InstantPdfViewer): Promise<void> {
  await settled(viewer);
}
