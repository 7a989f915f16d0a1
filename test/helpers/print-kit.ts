/**
 * Watching a viewer print without a print dialog: the hidden frame is
 * caught as it enters the shadow root, its window's `print` replaced by a
 * spy that records what the frame holds at that moment (sheets, their
 * `@page` sizes, the images' pixels).
 */
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';

/** One sheet of the printed document, as the print dialog would get it. */
export interface PrintedSheet {
  /** `@page` size of the sheet's named page, in points. */
  readonly size: readonly [number, number];
  /** Layout size of the sheet in CSS pixels (1 pt = 4/3 px). */
  readonly box: readonly [number, number];
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  /** RGBA of the image at a point of the sheet (points from its top-left corner, as printed). */
  at(x: number, y: number): [number, number, number, number];
  /** Share of the image's pixels inside a rectangle of points for which `test` holds. */
  share(rect: readonly [number, number, number, number], test: (rgba: [number, number, number, number]) => boolean): number;
}

export interface PrintCall {
  readonly sheets: readonly PrintedSheet[];
  /** The frame's parent node when print was called. */
  readonly parent: Node | null;
  readonly title: string;
}

export interface PrintCapture {
  /** Each call of the frame window's print(), with what it would have printed. */
  readonly calls: PrintCall[];
  /** Every print frame that entered the viewer. */
  readonly frames: HTMLIFrameElement[];
  stop(): void;
}

/** Replaces the print of every iframe that appears in the viewer's shadow root by a recorder. */
export function capturePrints(viewer: InstantPdfViewer): PrintCapture {
  const calls: PrintCall[] = [];
  const frames: HTMLIFrameElement[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLIFrameElement)) continue;
        frames.push(node);
        const frameWindow = node.contentWindow!;
        frameWindow.print = () => {
          calls.push({ sheets: readSheets(node.contentDocument!), parent: node.parentNode, title: node.contentDocument!.title });
        };
      }
    }
  });
  observer.observe(viewer.shadowRoot!, { childList: true, subtree: true });
  return { calls, frames, stop: () => observer.disconnect() };
}

/** The `size` of each named `@page` rule of the frame's stylesheets, in points. */
function pageSizes(frameDocument: Document): Map<string, [number, number]> {
  const sizes = new Map<string, [number, number]>();
  const sheets = [...frameDocument.adoptedStyleSheets, ...frameDocument.styleSheets];
  // The frame's own CSSPageRule: rules of another window fail `instanceof` with ours.
  const PageRule = (frameDocument.defaultView as Window & typeof globalThis).CSSPageRule;
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof PageRule) || !rule.selectorText) continue;
      const size = rule.style.getPropertyValue('size').trim();
      const match = /^([\d.]+)pt ([\d.]+)pt$/.exec(size);
      if (match) sizes.set(rule.selectorText, [Number(match[1]), Number(match[2])]);
    }
  }
  return sizes;
}

function readSheets(frameDocument: Document): PrintedSheet[] {
  const sizes = pageSizes(frameDocument);
  const view = frameDocument.defaultView!;
  return [...frameDocument.querySelectorAll<HTMLElement>('.page')].map((element) => {
    const pageName = view.getComputedStyle(element).getPropertyValue('page');
    const size = sizes.get(pageName) ?? [0, 0];
    const style = view.getComputedStyle(element);
    const image = element.querySelector('img')!;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const scaleX = canvas.width / (size[0] || 1);
    const scaleY = canvas.height / (size[1] || 1);
    const at = (x: number, y: number): [number, number, number, number] => {
      const px = Math.min(canvas.width - 1, Math.max(0, Math.floor(x * scaleX)));
      const py = Math.min(canvas.height - 1, Math.max(0, Math.floor(y * scaleY)));
      const i = (py * canvas.width + px) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
    };
    return {
      size,
      box: [Number.parseFloat(style.width), Number.parseFloat(style.height)],
      pixelWidth: canvas.width,
      pixelHeight: canvas.height,
      at,
      share([left, top, width, height], test) {
        let hits = 0;
        let total = 0;
        for (let y = top; y < top + height; y += 1 / scaleY) {
          for (let x = left; x < left + width; x += 1 / scaleX) {
            total++;
            if (test(at(x, y))) hits++;
          }
        }
        return total ? hits / total : 0;
      },
    };
  });
}

/** Whether a pixel is close to an RGB colour. */
export function isColour(rgb: readonly [number, number, number], tolerance = 40): (rgba: [number, number, number, number]) => boolean {
  return (rgba) => Math.abs(rgba[0] - rgb[0]) <= tolerance && Math.abs(rgba[1] - rgb[1]) <= tolerance && Math.abs(rgba[2] - rgb[2]) <= tolerance;
}

/** What of the host page a print must leave alone. */
export function hostPageState(): string {
  return JSON.stringify({
    head: document.head.innerHTML,
    bodyChildren: [...document.body.children].map((element) => element.tagName),
    bodyStyle: document.body.getAttribute('style'),
    htmlStyle: document.documentElement.getAttribute('style'),
    htmlClass: document.documentElement.className,
    styleSheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    title: document.title,
    iframes: document.querySelectorAll('iframe').length,
  });
}
