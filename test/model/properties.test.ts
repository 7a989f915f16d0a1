import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type Annotation, AnnotationStore, type InstantJson, InstantJsonError, type PdfId } from '../../src/model/index.js';
import { annotationOfType, instantJson, PAGE_COUNT, rect, TYPES } from './arbitraries.js';
import { doc, importedInk, newHighlight, pdfRectangle } from './helpers.js';
import { describe, it } from './mocha.js';

type Json = Record<string, unknown>;

const RUNS = { numRuns: 150 };

function storeFor(document: Json): AnnotationStore {
  return new AnnotationStore({ pdfId: (document['pdfId'] as PdfId | null | undefined) ?? null, pageCount: PAGE_COUNT });
}

describe('property: valid documents round-trip exactly', () => {
  it('import of the text, then export, gives the document back (values and key order)', () => {
    fc.assert(
      fc.property(instantJson, (document) => {
        const store = storeFor(document);
        store.importInstantJson(JSON.stringify(document));
        const exported = store.exportInstantJson();
        expect(exported).to.deep.equal(document);
        expect(JSON.stringify(exported)).to.equal(JSON.stringify(document));
      }),
      RUNS,
    );
  });

  it('import of the object gives the same, and leaves the object alone', () => {
    fc.assert(
      fc.property(instantJson, (document) => {
        const text = JSON.stringify(document);
        const store = storeFor(document);
        store.importInstantJson(document);
        expect(store.exportInstantJson()).to.deep.equal(document);
        expect(JSON.stringify(document)).to.equal(text);
        expect(Object.isFrozen(document)).to.equal(false);
      }),
      RUNS,
    );
  });

  it('every imported annotation is shown, replacing or hiding the originals the document says', () => {
    fc.assert(
      fc.property(instantJson, (document) => {
        const store = storeFor(document);
        store.importInstantJson(document);
        const records = (document['annotations'] as Annotation[] | undefined) ?? [];
        const skipped = new Set((document['skippedPdfObjectIds'] as number[] | undefined) ?? []);
        // The PDF has objects 0…2000 of which a few sit on page 0.
        store.addOriginals(0, [1, 2, 3, ...skipped].filter((n, i, all) => all.indexOf(n) === i).map((n) => pdfRectangle(n)));
        const replaced = new Set(records.map((r) => r.pdfObjectId).filter((n) => n !== undefined));
        const expectedOriginals = [1, 2, 3].filter((n) => !skipped.has(n) && !replaced.has(n) && !records.some((r) => r.id === String(n)));
        const shownIds = store.getAnnotations().map((a) => a.id);
        expect(shownIds).to.have.members([...expectedOriginals.map(String), ...records.map((r) => r.id)]);
      }),
      RUNS,
    );
  });
});

/** Wrong values for fields of any annotation; each must be reported at that field. */
const BASE_MUTATIONS: Array<[string, unknown]> = [
  ['bbox', 'abc'],
  ['bbox', [1, 2, 3]],
  ['bbox', [0, 0, -1, 1]],
  ['bbox', null],
  ['bbox', { left: 0 }],
  ['pageIndex', -1],
  ['pageIndex', 1.5],
  ['pageIndex', '0'],
  ['pageIndex', PAGE_COUNT],
  ['v', 0],
  ['v', 3],
  ['v', '1'],
  ['id', ''],
  ['id', 7],
  ['opacity', 1.01],
  ['opacity', '1'],
  ['createdAt', 'yesterday'],
  ['updatedAt', '2020-01-01'],
  ['flags', ['fly']],
  ['flags', 'noPrint'],
  ['customData', [1]],
  ['customData', 'x'],
  ['creatorName', 5],
  ['pdfObjectId', -1],
  ['action', { type: 'nope' }],
  ['type', 'ink'],
  ['type', 5],
];
// Not 'id': a record without one is accepted and gets a session id (real-world-shapes.test.ts).
const REMOVABLE = ['v', 'pageIndex', 'bbox', 'type'];

const TYPE_MUTATIONS: Record<string, Array<[string, unknown]>> = {
  'pspdfkit/markup/highlight': [['color', 'yellow'], ['rects', 'x'], ['rects', [[1, 2, 3]]], ['blendMode', 'glow']],
  'pspdfkit/markup/underline': [['color', '#12345g']],
  'pspdfkit/markup/redaction': [['outlineColor', 'red'], ['overlayText', 1]],
  'pspdfkit/text': [['fontSize', '12'], ['fontColor', 5], ['horizontalAlign', 'justify'], ['fontStyle', ['thin']], ['callout', {}]],
  'pspdfkit/note': [['color', '#fff'], ['icon', 'smile']],
  'pspdfkit/ink': [['lines', { points: [] }], ['lineWidth', -1], ['strokeColor', null], ['isDrawnNaturally', 0]],
  'pspdfkit/link': [['action', {}], ['borderColor', 'blue']],
  'pspdfkit/shape/line': [['startPoint', [1]], ['lineCaps', { end: 'arrow' }]],
  'pspdfkit/shape/polygon': [['points', 'x'], ['strokeWidth', -2]],
  'pspdfkit/shape/polyline': [['points', [[1, 2], [3, 'x']]]],
  'pspdfkit/shape/rectangle': [['fillColor', 'none'], ['cloudyBorderInset', [1]]],
  'pspdfkit/stamp': [['stampType', 'Nope']],
  'pspdfkit/image': [['contentType', 'image/gif']],
};
const TYPE_REMOVABLE: Record<string, string[]> = {
  'pspdfkit/markup/highlight': ['rects', 'color'],
  'pspdfkit/text': ['text', 'fontSize', 'fontColor', 'horizontalAlign', 'verticalAlign'],
  'pspdfkit/note': ['text', 'color'],
  'pspdfkit/ink': ['lines', 'lineWidth', 'isDrawnNaturally', 'strokeColor'],
  'pspdfkit/link': ['action'],
  'pspdfkit/shape/line': ['startPoint', 'endPoint'],
  'pspdfkit/shape/polygon': ['points'],
  'pspdfkit/stamp': ['stampType'],
};

const REMOVE = Symbol('remove');

/** A valid document plus one broken field of one annotation, and the path that must be reported. */
const brokenDocument = fc
  .tuple(instantJson, fc.constantFrom(...TYPES).chain(annotationOfType), fc.nat(), fc.nat())
  .map(([document, extra, where, which]) => {
    const records = [...((document['annotations'] as Json[] | undefined) ?? [])];
    const index = where % (records.length + 1);
    // Make sure the broken record exists; give it an id no other record has.
    if (index === records.length) records.push({ id: `broken-${index}`, ...extra });
    const target = records[index]!;
    const type = target['type'] as string;
    const mutations: Array<[string, unknown]> = [
      ...BASE_MUTATIONS,
      ...REMOVABLE.map((key): [string, unknown] => [key, REMOVE]),
      ...(TYPE_MUTATIONS[type] ?? []),
      ...(TYPE_REMOVABLE[type] ?? []).map((key): [string, unknown] => [key, REMOVE]),
    ];
    if (type === 'pspdfkit/text' || type === 'pspdfkit/note') {
      // The other version's text shape.
      mutations.push(['text', target['v'] === 1 ? { format: 'plain', value: 'x' } : 'x']);
    }
    const [key, value] = mutations[which % mutations.length]!;
    const broken: Json = { ...target };
    if (value === REMOVE) delete broken[key];
    else broken[key] = value;
    records[index] = broken;
    return { document: { ...document, annotations: records }, path: `annotations[${index}].${key}` };
  });

describe('property: invalid documents are rejected with the path of the broken field', () => {
  it('rejects each broken field, and the store keeps its state', () => {
    fc.assert(
      fc.property(brokenDocument, fc.boolean(), ({ document, path }, asText) => {
        const store = new AnnotationStore({ pageCount: PAGE_COUNT });
        store.addOriginals(0, [pdfRectangle(1)]);
        store.importInstantJson(doc({ annotations: [importedInk('kept')], skippedPdfObjectIds: [1] }));
        store.createAnnotation(newHighlight());
        const exportBefore = store.exportInstantJson();
        const shownBefore = store.getAnnotations();
        const versionBefore = store.version;
        let notified = false;
        store.subscribe(() => (notified = true));

        let error: unknown;
        try {
          store.importInstantJson(asText ? JSON.stringify(document) : document);
        } catch (caught) {
          error = caught;
        }
        expect(error, `expected a rejection at ${path}`).to.be.instanceOf(InstantJsonError);
        const actual = (error as InstantJsonError).path;
        const pointsAtField = actual === path || actual.startsWith(`${path}.`) || actual.startsWith(`${path}[`);
        expect(pointsAtField, `path ${actual} should point at ${path}: ${(error as Error).message}`).to.equal(true);
        expect((error as Error).message.startsWith(`${actual}: `)).to.equal(true);

        expect(store.exportInstantJson()).to.equal(exportBefore);
        expect(store.getAnnotations()).to.deep.equal(shownBefore);
        expect(store.version).to.equal(versionBefore);
        expect(notified).to.equal(false);
        store.undo();
        expect(store.exportInstantJson()).to.deep.equal(doc({ annotations: [importedInk('kept')], skippedPdfObjectIds: [1] }));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects broken top-level sections with their path', () => {
    const breaks: Array<[string, (document: Json) => void]> = [
      ['format', (d) => (d['format'] = 'https://pspdfkit.com/instant-json/v2')],
      ['format', (d) => delete d['format']],
      ['pdfId', (d) => (d['pdfId'] = 'abc')],
      ['skippedPdfObjectIds', (d) => (d['skippedPdfObjectIds'] = {})],
      ['skippedPdfObjectIds[0]', (d) => (d['skippedPdfObjectIds'] = ['1'])],
      ['annotations', (d) => (d['annotations'] = { a: 1 })],
      ['annotations[0]', (d) => (d['annotations'] = [5])],
      ['formFieldValues[0].type', (d) => (d['formFieldValues'] = [{ v: 1, type: 'value', name: 'x' }])],
      ['attachments', (d) => (d['attachments'] = 'x')],
      ['bookmarks[0].action', (d) => (d['bookmarks'] = [{ v: 1, type: 'pspdfkit/bookmark' }])],
      ['comments[0].rootId', (d) => (d['comments'] = [{ v: 1, type: 'pspdfkit/comment', text: 'x' }])],
    ];
    fc.assert(
      fc.property(instantJson, fc.constantFrom(...breaks), (document, [path, breakIt]) => {
        const broken = { ...document };
        breakIt(broken);
        const store = storeFor(document);
        const before = store.exportInstantJson();
        expect(() => store.importInstantJson(JSON.stringify(broken)))
          .to.throw(InstantJsonError)
          .with.property('path', path);
        expect(store.exportInstantJson()).to.equal(before);
      }),
      { numRuns: 100 },
    );
  });
});

type Step =
  | { kind: 'create'; page: number; bbox: [number, number, number, number] }
  | { kind: 'update'; pick: number; bbox: [number, number, number, number] }
  | { kind: 'delete'; pick: number }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'reimport' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), page: fc.nat(2), bbox: rect }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), bbox: rect }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constant('redo' as const) }),
  fc.record({ kind: fc.constant('reimport' as const) }),
);

function withOriginals(): AnnotationStore {
  const store = new AnnotationStore({ pageCount: 3 });
  store.addOriginals(0, [pdfRectangle(1), pdfRectangle(2)]);
  store.addOriginals(1, [pdfRectangle(3)]);
  return store;
}

describe('property: the export always describes what is shown', () => {
  it('after any sequence of edits, undos and redos, the export applied to the same PDF shows the same', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const store = withOriginals();
        for (const s of steps) {
          const shown = store.getAnnotations();
          if (s.kind === 'create') store.createAnnotation(newHighlight(s.page, { bbox: s.bbox }));
          else if (s.kind === 'update' && shown.length > 0) {
            const target = shown[s.pick % shown.length]!;
            store.updateAnnotation({ ...target, bbox: s.bbox });
          } else if (s.kind === 'delete' && shown.length > 0) store.deleteAnnotation(shown[s.pick % shown.length]!.id);
          else if (s.kind === 'undo') store.undo();
          else if (s.kind === 'redo') store.redo();
          else if (s.kind === 'reimport') store.importInstantJson(JSON.stringify(store.exportInstantJson()));
        }
        const exported = store.exportInstantJson() as InstantJson;
        // The spec's rules for the diff.
        const skipped = new Set(exported.skippedPdfObjectIds ?? []);
        for (const record of exported.annotations ?? []) {
          if (record.pdfObjectId !== undefined) {
            expect(skipped.has(record.pdfObjectId)).to.equal(true);
            expect(record.id).to.equal(String(record.pdfObjectId));
          } else {
            expect(record.id).to.match(/^[0-9A-HJKMNP-TV-Z]{26}$/);
          }
        }
        expect([...skipped].every((n) => [1, 2, 3].includes(n))).to.equal(true);
        // A fresh viewer of the same PDF given this export shows the same.
        const fresh = withOriginals();
        fresh.importInstantJson(JSON.stringify(exported));
        for (const page of [0, 1, 2]) {
          expect(fresh.getAnnotations(page), `page ${page}`).to.deep.equal(store.getAnnotations(page));
        }
      }),
      { numRuns: 200 },
    );
  });
});
