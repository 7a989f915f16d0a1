/**
 * Traps and probes for hostile-input tests: did anything run (a
 * `window.__pwned` setter, CSP violation reports, `window.open`, navigation),
 * did anything crash (window `error` / `unhandledrejection`), and did data
 * become markup (script, event-handler or frame elements in the viewer's
 * shadow roots).
 */
import { PDFArray, PDFDocument, PDFName, PDFString, type PDFRef } from 'pdf-lib/dist/pdf-lib.esm.js';

/** What a payload does if it ever runs: sets `window.__pwned`. */
export const SCRIPT_PAYLOAD = '<script>window.__pwned=1</script>';
export const IMG_PAYLOAD = '<img src=x onerror="window.__pwned=1">';
export const SVG_PAYLOAD = '<svg onload="window.__pwned=1"><script>window.__pwned=1</script></svg>';
/** All three, with some harmless markup around them. */
export const HTML_PAYLOAD = `<b>bold</b>${SCRIPT_PAYLOAD}${IMG_PAYLOAD}${SVG_PAYLOAD}<iframe src="javascript:window.__pwned=1"></iframe>`;

export interface Traps {
  /** Values anything assigned to `window.__pwned`. */
  readonly pwned: unknown[];
  /** `securitypolicyviolation` reports. */
  readonly violations: string[];
  /** Uncaught errors and unhandled rejections. */
  readonly crashes: string[];
  /** URLs passed to `window.open`. */
  readonly opened: string[];
  /** The page's URL when the traps were set. */
  readonly href: string;
  release(): void;
}

/** Sets every trap; `release()` takes them down again. */
export function setTraps(): Traps {
  const pwned: unknown[] = [];
  const violations: string[] = [];
  const crashes: string[] = [];
  const opened: string[] = [];
  Object.defineProperty(window, '__pwned', {
    configurable: true,
    get: () => (pwned.length ? pwned[pwned.length - 1] : undefined),
    set: (value: unknown) => void pwned.push(value),
  });
  const onViolation = (event: SecurityPolicyViolationEvent) => violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  const onError = (event: ErrorEvent) => {
    // Chromium reports a ResizeObserver that settles in a later frame as an error; it is no crash.
    if (/ResizeObserver loop/.test(event.message)) return;
    crashes.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => crashes.push(`unhandledrejection: ${String(event.reason)}`);
  document.addEventListener('securitypolicyviolation', onViolation);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const realOpen = window.open;
  window.open = ((url?: string | URL) => {
    opened.push(String(url));
    return null;
  }) as typeof window.open;
  return {
    pwned,
    violations,
    crashes,
    opened,
    href: location.href,
    release() {
      window.open = realOpen;
      document.removeEventListener('securitypolicyviolation', onViolation);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      delete (window as { __pwned?: unknown }).__pwned;
    },
  };
}

/** Gives queued tasks (an image's error event, a late script) time to run. */
export async function letTasksRun(ms = 150): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** Nothing ran, nothing crashed, nothing opened, the page did not move. */
export function quietProblems(traps: Traps): string[] {
  return [
    ...traps.pwned.map((value) => `window.__pwned = ${String(value)}`),
    ...traps.violations.map((report) => `CSP violation: ${report}`),
    ...traps.crashes,
    ...traps.opened.map((url) => `window.open(${url})`),
    ...(location.href === traps.href ? [] : [`navigated to ${location.href}`]),
  ];
}

/** Every shadow root under `root`, `root` included. */
function shadowRoots(root: ShadowRoot): ShadowRoot[] {
  const found = [root];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...shadowRoots(element.shadowRoot));
  return found;
}

/**
 * Elements in the viewer (through nested shadow roots) that can run script
 * or load something: script, frames, objects, and anything carrying an
 * inline event handler. The viewer itself creates none of these.
 */
export function activeElements(viewer: HTMLElement): Element[] {
  const selector = 'script, iframe, object, embed, foreignObject, img[onerror], [onerror], [onload], [onclick], [onmouseover], [onfocus]';
  return shadowRoots(viewer.shadowRoot!).flatMap((root) => [...root.querySelectorAll(selector)]);
}

/** The text of the viewer's shadow roots, nested ones included. */
export function shadowText(viewer: HTMLElement): string {
  return shadowRoots(viewer.shadowRoot!)
    .map((root) => root.textContent ?? '')
    .join('\n');
}

/** The longest main-thread task while `run` runs, from a `longtask` PerformanceObserver. */
export async function longestTask<T>(run: () => Promise<T>): Promise<{ result: T; longestMs: number; totalMs: number }> {
  let longestMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestMs = Math.max(longestMs, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  const result = await run();
  // Long-task entries are delivered after the task ends; let them arrive.
  await letTasksRun(50);
  for (const entry of observer.takeRecords()) longestMs = Math.max(longestMs, entry.duration);
  observer.disconnect();
  return { result, longestMs, totalMs: performance.now() - start };
}

export interface HostilePdfOptions {
  /** /Contents and /T of a Text (sticky note) annotation at [50, 50, 74, 74] (PDF user space) on the 400 × 300 page. */
  readonly note?: { contents: string; author: string };
  /** The catalog's /OpenAction and a document-level /Names /JavaScript script. */
  readonly openActionScript?: string;
  /** Link annotations at [100 + 60·i, 150, 150 + 60·i, 190] (PDF user space), each with this action dictionary. */
  readonly linkActions?: ReadonlyArray<Record<string, string>>;
}

/** A 400 × 300 page carrying the hostile parts asked for, written by pdf-lib. */
export async function hostilePdf(options: HostilePdfOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([400, 300]);
  const annotations: PDFRef[] = [];
  if (options.note) {
    const note = pdf.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [50, 50, 74, 74], Name: 'Comment', F: 4 });
    note.set(PDFName.of('Contents'), PDFString.of(options.note.contents));
    note.set(PDFName.of('T'), PDFString.of(options.note.author));
    annotations.push(pdf.context.register(note));
  }
  (options.linkActions ?? []).forEach((action, i) => {
    const dictionary = pdf.context.obj({});
    for (const [key, value] of Object.entries(action)) dictionary.set(PDFName.of(key), key === 'S' ? PDFName.of(value) : PDFString.of(value));
    const link = pdf.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [100 + 60 * i, 150, 150 + 60 * i, 190], Border: [0, 0, 0] });
    link.set(PDFName.of('A'), dictionary);
    annotations.push(pdf.context.register(link));
  });
  if (annotations.length) page.node.set(PDFName.of('Annots'), pdf.context.obj(annotations));
  if (options.openActionScript) {
    const script = () => pdf.context.obj({ S: 'JavaScript', JS: PDFString.of(options.openActionScript!) });
    pdf.catalog.set(PDFName.of('OpenAction'), script());
    const names = PDFArray.withContext(pdf.context);
    names.push(PDFString.of('pwn'));
    names.push(pdf.context.register(script()));
    pdf.catalog.set(PDFName.of('Names'), pdf.context.obj({ JavaScript: pdf.context.obj({ Names: names }) }));
  }
  return pdf.save({ useObjectStreams: false });
}
