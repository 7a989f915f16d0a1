/**
 * The hidden, same-origin iframe that prints: one image per page, each on
 * a sheet of its own size, inside the viewer's shadow root. Printing the
 * iframe's window prints only its document, so the host page is neither
 * printed nor restyled.
 *
 * Under a strict Content-Security-Policy (`style-src 'self'`, no inline
 * styles; `img-src 'self' blob:`) the frame's document, which inherits the
 * host page's policy, gets its styles as a constructed stylesheet (CSSOM,
 * which the policy does not govern) and its images as `blob:` URLs. No
 * markup is parsed and no script runs inside it.
 */
import type { PrintPage } from '../pdf/print-renderer.js';

/** Rules every printed document has; each page size adds a named page (see `#pageClass`). */
const BASE_RULES = [
  '@page { margin: 0; }',
  'html, body { margin: 0; padding: 0; background: #fff; }',
  '.page { display: block; overflow: hidden; break-inside: avoid; }',
  '.page + .page { break-before: page; }',
  '.page > img { display: block; width: 100%; height: 100%; }',
];

export class PrintFrame {
  readonly iframe: HTMLIFrameElement;
  readonly #document: Document;
  readonly #sheet: CSSStyleSheet;
  /** Object URLs of the page images, revoked on removal. */
  readonly #urls: string[] = [];
  /** Page size (`612x792`) → class of its named page. */
  readonly #pageClasses = new Map<string, string>();
  #removed = false;

  private constructor(iframe: HTMLIFrameElement, frameDocument: Document, sheet: CSSStyleSheet) {
    this.iframe = iframe;
    this.#document = frameDocument;
    this.#sheet = sheet;
  }

  /** Adds a hidden iframe to `container` (the viewer's shadow root), titled `title` (print dialogs and "Save as PDF" use it). */
  static async create(container: ParentNode, title: string): Promise<PrintFrame> {
    const iframe = document.createElement('iframe');
    iframe.className = 'print-frame';
    iframe.setAttribute('aria-hidden', 'true');
    iframe.tabIndex = -1;
    iframe.title = title;
    container.append(iframe);
    // Chromium keeps the initial empty document of an iframe without src; other
    // engines may replace it once with a loaded about:blank, so wait for that.
    if (iframe.contentDocument?.readyState !== 'complete') {
      await new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
    }
    const frameWindow = iframe.contentWindow;
    const frameDocument = iframe.contentDocument;
    if (!frameWindow || !frameDocument) {
      iframe.remove();
      throw new Error('The print frame could not be created.');
    }
    frameDocument.title = title;
    const FrameStyleSheet = (frameWindow as Window & typeof globalThis).CSSStyleSheet;
    const sheet = new FrameStyleSheet();
    sheet.replaceSync(BASE_RULES.join('\n'));
    frameDocument.adoptedStyleSheets = [sheet];
    return new PrintFrame(iframe, frameDocument, sheet);
  }

  /** The pages added so far. */
  get pageCount(): number {
    return this.#document.body.childElementCount;
  }

  /** Adds `page` as the next sheet; resolves once its image has loaded. */
  async addPage(page: PrintPage): Promise<void> {
    // A page encoded while the job was cancelled arrives after the frame is gone.
    if (this.#removed) return;
    const sheet = this.#document.createElement('div');
    sheet.className = `page ${this.#pageClass(page.width, page.height)}`;
    sheet.dataset['pageIndex'] = String(page.pageIndex);
    const image = this.#document.createElement('img');
    image.alt = '';
    const url = URL.createObjectURL(page.image);
    this.#urls.push(url);
    const loaded = new Promise<void>((resolve, reject) => {
      image.addEventListener('load', () => resolve(), { once: true });
      image.addEventListener('error', () => reject(new Error(`The image of page ${page.pageIndex + 1} could not be loaded for printing.`)), { once: true });
    });
    image.src = url;
    sheet.append(image);
    this.#document.body.append(sheet);
    await loaded;
  }

  /**
   * Opens the browser's print dialog for the frame's document. Browsers
   * return once the dialog has closed (printed or cancelled).
   */
  print(): void {
    const frameWindow = this.iframe.contentWindow;
    if (!frameWindow) throw new Error('The print frame was removed before printing.');
    frameWindow.print();
  }

  /** Removes the iframe and frees its images. */
  remove(): void {
    this.#removed = true;
    this.iframe.remove();
    for (const url of this.#urls.splice(0)) URL.revokeObjectURL(url);
  }

  /**
   * A class whose elements print on named pages of `width` × `height` points:
   * one `@page` rule per distinct size, however many pages share it.
   */
  #pageClass(width: number, height: number): string {
    const w = roundPoints(width);
    const h = roundPoints(height);
    const key = `${w}x${h}`;
    let name = this.#pageClasses.get(key);
    if (name === undefined) {
      name = `size-${this.#pageClasses.size}`;
      this.#pageClasses.set(key, name);
      this.#sheet.insertRule(`@page ${name} { size: ${w}pt ${h}pt; margin: 0; }`, this.#sheet.cssRules.length);
      this.#sheet.insertRule(`.${name} { page: ${name}; width: ${w}pt; height: ${h}pt; }`, this.#sheet.cssRules.length);
    }
    return name;
  }
}

/** Points to two decimals: finer than a printer's dot, and sizes that differ by rounding noise share a rule. */
function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}
