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
