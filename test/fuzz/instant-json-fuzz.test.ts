/**
 * Fuzzing the model: generated documents, valid and mutated (mutations.ts),
 * through `parseInstantJson`, `AnnotationStore.importInstantJson` (as text
 * and as an object), export, edits, undo and redo. Every run must end in
 * either a rejection (an InstantJsonError with a path, the store exactly as
 * before) or an acceptance (the export is the canonical input, undo gives
 * the previous export back, redo the import again, and an edited export
 * imports again). No prototype may change.
 *
 * Fast subset by default; `npm run fuzz` (web-test-runner.fuzz.config.mjs)
 * sets `FUZZ_RUNS` for the full run.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AnnotationStore, InstantJsonError, parseInstantJson } from '../../src/model/index.js';
import { PAGE_COUNT } from '../model/arbitraries.js';
import { doc, importedInk, newHighlight, pdfRectangle } from '../model/helpers.js';
import { describe, it } from '../model/mocha.js';
import { canonicalExport, countRejection, expectNoPollution, expectPathError, fuzzRuns, newStats, prototypeSnapshot, shortReport } from './fuzz-checks.js';
import { type FuzzDocument, fuzzDocument } from './mutations.js';

const RUNS = fuzzRuns(400);

/** A store with something to lose: originals, an import, and an edit on top. */
function primedStore(): AnnotationStore {
  const store = new AnnotationStore({ pageCount: PAGE_COUNT });
  store.addOriginals(0, [pdfRectangle(1), pdfRectangle(2)]);
  store.importInstantJson(doc({ annotations: [importedInk('kept')], skippedPdfObjectIds: [1] }));
  store.createAnnotation(newHighlight(), { author: 'fuzz' });
  return store;
}

function attempt(run: () => void): unknown {
  try {
    run();
    return undefined;
  } catch (error) {
    return error ?? new Error('threw a falsy value');
  }
}

/** Checks one document; returns whether it was accepted. */
function checkDocument({ text, mutations }: FuzzDocument, asObject: boolean, stats = newStats()): boolean {
  stats.tried++;
  const context = mutations.join('; ') || 'valid';
  const parseError = attempt(() => parseInstantJson(text, { pageCount: PAGE_COUNT }));
  const store = primedStore();
  const before = JSON.stringify(store.exportInstantJson());
  const versionBefore = store.version;
  let notified = false;
  store.subscribe(() => (notified = true));
  const importError = attempt(() => store.importInstantJson(asObject ? JSON.parse(text) : text));

  if (importError !== undefined || parseError !== undefined) {
    const error = expectPathError(importError ?? parseError, mutations);
    expect(importError, `import and parse disagree (${context})`).to.be.instanceOf(InstantJsonError);
    expect(parseError, `import and parse disagree (${context})`).to.be.instanceOf(InstantJsonError);
    expect((parseError as InstantJsonError).path).to.equal(error.path);
    // No partial state.
    expect(JSON.stringify(store.exportInstantJson()), `state after a rejection (${context})`).to.equal(before);
    expect(store.version).to.equal(versionBefore);
    expect(notified).to.equal(false);
    countRejection(stats, error);
    return false;
  }

  stats.accepted++;
  const canonical = canonicalExport(text, null);
  const exported = JSON.stringify(store.exportInstantJson());
  expect(exported, `round trip (${context})`).to.equal(canonical);
  expect(store.undo()).to.equal(true);
  expect(JSON.stringify(store.exportInstantJson()), 'undo of the import').to.equal(before);
  expect(store.redo()).to.equal(true);
  expect(JSON.stringify(store.exportInstantJson()), 'redo of the import').to.equal(canonical);

  // Edit every shown record once, delete one: the export stays a document that imports to the same.
  const shown = store.getAnnotations();
  if (shown.length > 0) {
    store.batch(() => {
      for (const annotation of shown) store.updateAnnotation({ ...annotation });
      store.deleteAnnotation(shown[0]!.id);
    });
    const edited = JSON.stringify(store.exportInstantJson());
    const fresh = new AnnotationStore({ pageCount: PAGE_COUNT });
    fresh.addOriginals(0, [pdfRectangle(1), pdfRectangle(2)]);
    fresh.importInstantJson(edited);
    expect(JSON.stringify(fresh.exportInstantJson()), 're-import of an edited export').to.equal(edited);
    expect(fresh.getAnnotations()).to.deep.equal(store.getAnnotations());
    store.undo();
    expect(JSON.stringify(store.exportInstantJson()), 'undo of the edits').to.equal(canonical);
  }
  return true;
}

describe('fuzz: generated and mutated Instant JSON through the model', () => {
  it(`${RUNS} documents: only path errors, no partial state, exact round trips, no pollution`, function () {
    this.timeout(0);
    const stats = newStats();
    const snapshot = prototypeSnapshot();
    fc.assert(
      fc.property(fuzzDocument, fc.boolean(), (fuzz, asObject) => {
        checkDocument(fuzz, asObject, stats);
        expectNoPollution(snapshot);
      }),
      { numRuns: RUNS, reporter: shortReport },
    );
    console.log(`model fuzz: ${JSON.stringify(stats)}`);
    expect(stats.tried).to.be.at.least(RUNS);
  });
});

export { checkDocument };
