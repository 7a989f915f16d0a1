import { expect } from '@open-wc/testing';
import {
  type AnnotationInput,
  type AnnotationsChange,
  AnnotationStore,
  INSTANT_JSON_FORMAT,
  InstantJsonError,
} from '../../src/model/index.js';

export const FORMAT = INSTANT_JSON_FORMAT;
export const PDF_ID = Object.freeze({ permanent: 'qTwUmg5VSm6ysfzcPlFvnQ==', changing: 'wljL9fB/TPOAuGjHAsAsHg==' });

/** Crockford base32, 26 characters. */
export const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A store whose page 0 holds originals 10, 11, 12. */
export function storeWithOriginals(options: ConstructorParameters<typeof AnnotationStore>[0] = {}): AnnotationStore {
  const store = new AnnotationStore(options);
  store.addOriginals(0, [pdfRectangle(10), pdfRectangle(11), pdfRectangle(12)]);
  return store;
}

/** An annotation as the PDF reader would hand it over (id and pageIndex are filled in by the store). */
export function pdfRectangle(pdfObjectId: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    v: 1,
    type: 'pspdfkit/shape/rectangle',
    pdfObjectId,
    bbox: [pdfObjectId, 10, 20, 30],
    opacity: 1,
    strokeWidth: 1,
    strokeColor: '#000000',
    ...extra,
  };
}

export function newHighlight(pageIndex = 0, extra: Partial<Record<string, unknown>> = {}): AnnotationInput {
  return {
    type: 'pspdfkit/markup/highlight',
    pageIndex,
    bbox: [10, 20, 100, 12],
    rects: [[10, 20, 100, 12]],
    color: '#ffff00',
    ...extra,
  } as AnnotationInput;
}

/** A valid imported record (a new annotation unless `pdfObjectId` is given). */
export function importedInk(id: string, pageIndex = 0, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    v: 2,
    type: 'pspdfkit/ink',
    id,
    pageIndex,
    bbox: [1, 2, 3, 4],
    opacity: 1,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    lines: { points: [[[1, 2], [3, 4]]], intensities: [[0.5, 0.5]] },
    lineWidth: 2,
    isDrawnNaturally: false,
    strokeColor: '#ff0000',
    ...extra,
  };
}

export function doc(body: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: FORMAT, ...body };
}

/** Collects the store's notifications. */
export function recordChanges(store: AnnotationStore): AnnotationsChange[] {
  const changes: AnnotationsChange[] = [];
  store.subscribe((change) => changes.push(change));
  return changes;
}

/** Runs `run`, expecting an InstantJsonError at exactly `path`; returns it. */
export function expectInstantJsonError(run: () => unknown, path: string): InstantJsonError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `an InstantJsonError at ${path}`).to.be.instanceOf(InstantJsonError);
  const error = thrown as InstantJsonError;
  expect(error.name).to.equal('InstantJsonError');
  expect(error.path, error.message).to.equal(path);
  return error;
}

/** A clock that only moves when told (ms since the epoch). */
export function manualClock(start = Date.UTC(2025, 0, 1)): { now: () => number; set: (ms: number) => void } {
  let ms = start;
  return { now: () => ms, set: (value) => (ms = value) };
}
