/**
 * What every fuzzed import must satisfy, shared by the model and element
 * suites: a rejection is an InstantJsonError with a path, an accepted
 * document exports as its canonical form, and no prototype is touched.
 */
import { expect } from '@open-wc/testing';
import { InstantJsonError, type PdfId } from '../../src/model/index.js';

type Json = Record<string, unknown>;

/** Run count: `globalThis.FUZZ_RUNS` (set by web-test-runner.fuzz.config.mjs) or the fast default. */
export function fuzzRuns(fastDefault: number): number {
  const runs = (globalThis as { FUZZ_RUNS?: unknown }).FUZZ_RUNS;
  return typeof runs === 'number' && runs > 0 ? runs : fastDefault;
}

/** Sections the export omits when empty. */
const MANAGED = ['skippedPdfObjectIds', 'annotations', 'formFieldValues', 'attachments'];

/**
 * The document as the export must write it (as the round-trip tests in
 * test/model/properties.test.ts define it): the parsed text with its key
 * order, empty managed sections left out, and the viewer's pdfId when it has
 * one (the imported object when it says the same).
 */
export function canonicalExport(text: string, viewerPdfId: PdfId | null): string {
  const input = JSON.parse(text) as Json;
  const out: Json = {};
  const set = (key: string, value: unknown): void => {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  };
  const pdfIdToWrite = (given: unknown): unknown => {
    const g = given as PdfId | null | undefined;
    return g != null && g.permanent === viewerPdfId!.permanent && g.changing === viewerPdfId!.changing ? g : viewerPdfId;
  };
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (MANAGED.includes(key) && (Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0)) continue;
    set(key, key === 'pdfId' && viewerPdfId !== null ? pdfIdToWrite(value) : value);
  }
  if (!Object.hasOwn(input, 'pdfId') && viewerPdfId !== null) set('pdfId', viewerPdfId);
  return JSON.stringify(out);
}

/** An error from an import: an InstantJsonError whose message starts with its non-empty path. */
export function expectPathError(error: unknown, mutations: readonly string[]): InstantJsonError {
  const context = `after ${mutations.join('; ') || 'no mutation'}`;
  if (!(error instanceof InstantJsonError)) {
    throw new Error(`a crash, not an InstantJsonError, ${context}: ${String((error as Error)?.stack ?? error)}`);
  }
  expect(error.path, `path of "${error.message.slice(0, 200)}" ${context}`).to.be.a('string').and.not.equal('');
  expect(error.message.startsWith(`${error.path}: `), error.message.slice(0, 200)).to.equal(true);
  return error;
}

/** The own property names of the built-in prototypes, to compare after a run. */
export function prototypeSnapshot(): string {
  const names = (o: object): string => Reflect.ownKeys(o).map(String).sort().join(',');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(names).join('|');
}

/** No prototype was polluted: nothing new on the built-in prototypes, `({}).polluted` is undefined. */
export function expectNoPollution(snapshot: string): void {
  expect(({} as { polluted?: unknown }).polluted, '({}).polluted').to.equal(undefined);
  expect(([] as unknown as { polluted?: unknown }).polluted, '[].polluted').to.equal(undefined);
  expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
  expect(prototypeSnapshot()).to.equal(snapshot);
}

/** Counts for the report. */
export interface FuzzStats {
  tried: number;
  accepted: number;
  rejected: number;
  /** Rejections by the first segment of their path (e.g. `annotations`), to see what the fuzzer reaches. */
  rejectedAt: Record<string, number>;
}

export function newStats(): FuzzStats {
  // No prototype: paths such as `constructor` or `__proto__` are counted as plain keys.
  return { tried: 0, accepted: 0, rejected: 0, rejectedAt: Object.create(null) as Record<string, number> };
}

export function countRejection(stats: FuzzStats, error: InstantJsonError): void {
  stats.rejected++;
  const head = /^[^.[]*/.exec(error.path)![0];
  stats.rejectedAt[head] = (stats.rejectedAt[head] ?? 0) + 1;
}

/**
 * fast-check's report without the whole counterexample (documents can be
 * megabytes): the error, the mutations, the start of the text, seed and path.
 */
export function shortReport(details: {
  failed: boolean;
  counterexample: unknown;
  errorInstance: unknown;
  seed: number;
  counterexamplePath: string | null;
  numRuns: number;
}): void {
  if (!details.failed) return;
  const [example] = (details.counterexample ?? []) as Array<{ text?: string; mutations?: string[] }>;
  const error = details.errorInstance as Error | undefined;
  const text = example?.text ?? '';
  throw new Error(
    [
      `Property failed after ${details.numRuns} runs: ${error?.message?.slice(0, 1000) ?? String(error)}`,
      `mutations: ${JSON.stringify(example?.mutations)}`,
      `text (${text.length} chars): ${text.slice(0, 600)}${text.length > 600 ? '…' : ''}`,
      `seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)}`,
      error?.stack?.split('\n').slice(1, 8).join('\n') ?? '',
    ].join('\n'),
  );
}
