/**
 * Turns what the `instant-json` attribute or property holds into Instant JSON
 * input for the model: an object as it is, JSON text as text, anything else
 * as the URL of a JSON document.
 */
import type { InstantJson } from '../model/index.js';

export type InstantJsonSource = InstantJson | string;

export function isJsonText(value: string): boolean {
  return /^\s*[{[]/.test(value);
}

export async function resolveInstantJson(source: InstantJsonSource, signal: AbortSignal): Promise<unknown> {
  if (typeof source !== 'string' || isJsonText(source)) return source;
  const url = new URL(source, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new Error(`The Instant JSON at "${source}" could not be fetched: the network failed or the server refused (CORS).`, {
      cause: error,
    });
  }
  if (!response.ok) {
    throw new Error(`The Instant JSON at "${source}" could not be loaded: the server answered HTTP ${response.status}.`);
  }
  return response.text();
}

/**
 * PDF object numbers that resolved Instant JSON skips or replaces, read
 * leniently before it is validated, so the first canvases can already leave
 * those appearances out. If the import then fails, the viewer shows them again.
 */
export function objectsHiddenBy(json: unknown): Set<number> {
  const hidden = new Set<number>();
  if (typeof json !== 'object' || json === null) return hidden;
  const { skippedPdfObjectIds, annotations } = json as { skippedPdfObjectIds?: unknown; annotations?: unknown };
  if (Array.isArray(skippedPdfObjectIds)) {
    for (const id of skippedPdfObjectIds) if (Number.isSafeInteger(id)) hidden.add(id as number);
  }
  if (Array.isArray(annotations)) {
    for (const record of annotations) {
      const id = (record as { pdfObjectId?: unknown } | null)?.pdfObjectId;
      if (Number.isSafeInteger(id)) hidden.add(id as number);
    }
  }
  return hidden;
}

/**
 * JSON text parsed once, so the first-paint look-ahead and the import share
 * it; text that is not JSON is returned as it is, for the model's import to
 * report with its own message.
 */
export function parsedIfJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
