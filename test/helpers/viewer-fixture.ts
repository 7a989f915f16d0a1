/** Shared set-up for tests that drive the real element in the page. */
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/instant-pdf-viewer.js';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';

export const CORPUS = '/corpus/pdf';

const mounted = new Set<HTMLElement>();

/** Adds a viewer of a fixed size to the page; `cleanupViewers()` removes it. */
export function mountViewer(attributes: Record<string, string> = {}, size = { width: 800, height: 600 }): InstantPdfViewer {
  const viewer = document.createElement('instant-pdf-viewer');
  viewer.style.width = `${size.width}px`;
  viewer.style.height = `${size.height}px`;
  for (const [name, value] of Object.entries(attributes)) viewer.setAttribute(name, value);
  document.body.append(viewer);
  mounted.add(viewer);
  return viewer;
}

export function cleanupViewers(): void {
  for (const viewer of mounted) viewer.remove();
  mounted.clear();
}

/** Resolves with the next event of that name, or rejects after `timeout` ms. */
export function nextEvent<T = unknown>(target: EventTarget, name: string, timeout = 15000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No "${name}" event within ${timeout} ms`)), timeout);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Polls until `check` returns a truthy value. */
export async function waitFor<T>(check: () => T | undefined | null | false, what: string, timeout = 15000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function pages(viewer: InstantPdfViewer): HTMLElement[] {
  return [...viewer.shadowRoot!.querySelectorAll<HTMLElement>('[part~="page"]')];
}

export function page(viewer: InstantPdfViewer, index: number): HTMLElement {
  const element = viewer.shadowRoot!.querySelector<HTMLElement>(`[part~="page"][data-page-index="${index}"]`);
  if (!element) throw new Error(`No page ${index}`);
  return element;
}

export function scroller(viewer: InstantPdfViewer): HTMLElement {
  return viewer.shadowRoot!.querySelector<HTMLElement>('[part~="viewport"]')!;
}

/** Waits until a page's canvas has finished drawing and returns it. */
export function renderedCanvas(viewer: InstantPdfViewer, index: number, timeout = 15000): Promise<HTMLCanvasElement> {
  return waitFor(() => {
    const element = viewer.shadowRoot!.querySelector<HTMLElement>(`[part~="page"][data-page-index="${index}"][data-rendered]`);
    return element?.querySelector('canvas') ?? undefined;
  }, `page ${index} to render`, timeout);
}

/** Canvases in the viewer that still hold pixels. */
export function liveCanvases(viewer: InstantPdfViewer): HTMLCanvasElement[] {
  return [...viewer.shadowRoot!.querySelectorAll('canvas')].filter((canvas) => canvas.width > 0 && canvas.height > 0);
}

export interface InkStats {
  /** Share of pixels that are clearly not white. */
  readonly inkFraction: number;
  /** Bounding box of the ink, as fractions of the canvas size. */
  readonly box: { left: number; top: number; right: number; bottom: number } | null;
}

/** How much of a canvas is drawn on, and where. */
export function inkStats(canvas: HTMLCanvasElement): InkStats {
  const context = canvas.getContext('2d')!;
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (data[i + 3]! > 0 && data[i]! + data[i + 1]! + data[i + 2]! < 600) {
        ink++;
        if (x < left) left = x;
        if (x > right) right = x;
        if (y < top) top = y;
        if (y > bottom) bottom = y;
      }
    }
  }
  return {
    inkFraction: ink / (width * height),
    box: right < 0 ? null : { left: left / width, top: top / height, right: (right + 1) / width, bottom: (bottom + 1) / height },
  };
}

export async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** A real mouse wheel turn at a point of the page, optionally with a modifier held. */
export function wheel(payload: { x: number; y: number; deltaY: number; modifier?: 'Control' | 'Meta' }): Promise<unknown> {
  return executeServerCommand('wheel', payload);
}

export function setDeviceScaleFactor(deviceScaleFactor: number): Promise<unknown> {
  return executeServerCommand('device-scale', { deviceScaleFactor });
}

/** What the screen shows in a region: pixels read back from a real screenshot. */
export interface ScreenPixels {
  /** CSS-pixel region of the viewport the shot covers. */
  readonly region: { x: number; y: number; width: number; height: number };
  /** RGBA at a viewport point in CSS pixels. */
  at(x: number, y: number): [number, number, number, number];
  /** Share of pixels inside a viewport rectangle for which `test` holds. */
  share(rect: { x: number; y: number; width: number; height: number }, test: (rgba: [number, number, number, number]) => boolean): number;
}

/**
 * Screenshots `element`'s box (or a given viewport rectangle) after two
 * frames, so layout, paint and compositing are done.
 */
export async function screenPixels(
  target: Element | { x: number; y: number; width: number; height: number },
): Promise<ScreenPixels> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const box = target instanceof Element ? target.getBoundingClientRect() : target;
  const x = Math.max(0, Math.floor(box.x));
  const y = Math.max(0, Math.floor(box.y));
  const region = {
    x,
    y,
    width: Math.max(1, Math.min(window.innerWidth - x, Math.ceil(box.x + box.width) - x)),
    height: Math.max(1, Math.min(window.innerHeight - y, Math.ceil(box.y + box.height) - y)),
  };
  // The screenshot clip is in document coordinates; the region is in the viewport's.
  const clip = { ...region, x: region.x + window.scrollX, y: region.y + window.scrollY };
  const base64 = (await executeServerCommand('screenshot', clip)) as string;
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  const scale = bitmap.width / region.width;
  const at = (px: number, py: number): [number, number, number, number] => {
    const ix = Math.min(bitmap.width - 1, Math.max(0, Math.floor((px - region.x) * scale)));
    const iy = Math.min(bitmap.height - 1, Math.max(0, Math.floor((py - region.y) * scale)));
    const i = (iy * bitmap.width + ix) * 4;
    return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
  };
  return {
    region,
    at,
    share(rect, test) {
      let hits = 0;
      let total = 0;
      for (let py = rect.y; py < rect.y + rect.height; py += 1 / scale) {
        for (let px = rect.x; px < rect.x + rect.width; px += 1 / scale) {
          total++;
          if (test(at(px, py))) hits++;
        }
      }
      return total ? hits / total : 0;
    },
  };
}

/** Whether two colours are within `tolerance` per channel. */
export function near(rgba: readonly number[], rgb: readonly [number, number, number], tolerance = 40): boolean {
  return Math.abs(rgba[0]! - rgb[0]) <= tolerance && Math.abs(rgba[1]! - rgb[1]) <= tolerance && Math.abs(rgba[2]! - rgb[2]) <= tolerance;
}
