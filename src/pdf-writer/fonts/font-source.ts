/**
 * Bytes of a font from where a host (or the bundle) keeps it: bytes as they
 * are, `http(s):`, `data:` and `blob:` URLs through `fetch`, `file:` URLs and
 * plain paths (Node) through `node:fs`, imported only then so that bundlers
 * and browsers never see it.
 */

/**
 * A font a host supplies: TrueType or OpenType bytes (`Uint8Array`,
 * `ArrayBuffer`), or where to get them — a `URL`, or a string holding an
 * absolute URL, a URL relative to the page (browser) or a file path (Node).
 * `http(s):` URLs are fetched (the server must allow the page's origin),
 * `file:` URLs and paths are read from disk in Node.
 */
export type FontSource = Uint8Array | ArrayBuffer | URL | string;

/** A font that could not be fetched or read; `font` names it. */
/** Font settings of one save (kept apart from the font machinery so the types need no PDF library). */
export interface FontOptions {
  /**
   * Fonts tried before the built-in ones, in order, for each character that
   * the standard PDF fonts cannot show (TrueType or OpenType bytes, or a URL
   * to fetch them from; see FontSource). Only the glyphs used are embedded.
   */
  fonts?: readonly FontSource[];
  /** Where the bundled fonts are fetched from (default: the package's `fonts/` folder). */
  bundledFontsUrl?: URL;
}

export class FontLoadError extends Error {
  override readonly name = 'FontLoadError';
  constructor(
    readonly font: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A readable name of a source for messages: its URL, or its size for bytes. */
export function describeFontSource(source: FontSource): string {
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) return `${source.byteLength} bytes`;
  return String(source);
}

// A variable specifier, so that bundlers leave this Node-only module alone.
const NODE_FS = 'node:fs/promises';
const NODE_URL = 'node:url';

interface NodeFs {
  readFile(path: URL): Promise<Uint8Array>;
}
interface NodeUrl {
  pathToFileURL(path: string): URL;
}

function isAbsoluteUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z]:[\\/]/i.test(text);
}

/** The URL of a string source: absolute, relative to the page, or (no page: Node) a file path. */
async function urlOf(source: string): Promise<URL> {
  if (isAbsoluteUrl(source)) return new URL(source);
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  if (page) return new URL(source, page);
  const { pathToFileURL } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_URL)) as NodeUrl;
  return pathToFileURL(source);
}

async function readUrl(url: URL): Promise<Uint8Array> {
  if (url.protocol === 'file:') {
    const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_FS)) as NodeFs;
    const bytes = await fs.readFile(url);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The bytes of a font; rejects with a FontLoadError naming `label` and where it was looked for. */
export async function loadFontBytes(source: FontSource, label: string): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  if (!(source instanceof URL) && typeof source !== 'string') {
    throw new FontLoadError(label, `${label}: a font must be bytes (Uint8Array, ArrayBuffer) or a URL`);
  }
  let url: URL | undefined;
  try {
    url = source instanceof URL ? source : await urlOf(source);
    const bytes = await readUrl(url);
    if (bytes.byteLength === 0) throw new Error('the file is empty');
    return bytes;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FontLoadError(label, `Could not load ${label} from ${url?.href ?? String(source)}: ${reason}`, { cause: error });
  }
}
