/**
 * Shapes real Instant JSON files have (issue 20, "Real-world files must
 * import"): records without `id` as PSPDFKit's native SDKs wrote them in
 * 2018–2019, `pdfId: null`, widgets, form fields, comments, bookmarks,
 * skipped form fields, measurements, media and nested sub-actions. The
 * fixtures in fixtures/real-world/ were written for this project (see its
 * README); each is fetched as text so the export can be compared with it
 * key order included.
 */
import { expect } from '@open-wc/testing';
import { type Annotation, AnnotationStore, type InstantJson, parseInstantJson } from '../../src/model/index.js';
import { expectInstantJsonError, manualClock } from './helpers.js';
import { describe, it } from './mocha.js';

type Json = Record<string, unknown>;

/** Each fixture and the ids its records are shown with, in document order. */
const FIXTURES: ReadonlyArray<[file: string, ids: readonly string[]]> = [
  [
    'no-id-named.json',
    ['6C2B8B0F-1B55-4D4C-9E8B-2E7A0C3D1F11', 'E1A0F7C2-88B1-4F0A-A6B4-53D1B0F2C9A7', 'note-7'],
  ],
  // No name: derived from the index; "taken" is another record's id; a new version of an original: its object number.
  ['no-id-unnamed.json', ['imported-annotation-0', 'taken', 'imported-annotation-2', '41']],
  ['no-id-shared-name.json', ['Approved', 'imported-annotation-1']],
  ['pdf-id-null.json', ['free-text-1']],
  ['widget-v2.json', ['3F6A1C2E-widget-seller-name', 'widget-seller-zip']],
  [
    'form-fields.json',
    ['w-text', 'w-check-yes', 'w-radio-a', 'w-radio-b', 'w-combo', 'w-list', 'w-button', 'w-signature'],
  ],
  ['comments.json', ['thread-1']],
  ['bookmarks.json', ['link-to-summary']],
  ['skipped-form-fields.json', ['replacement-widget']],
  ['measurement.json', ['distance-1', 'perimeter-1', 'area-1', 'area-2']],
  ['media.json', ['intro-video']],
  ['nested-sub-action.json', ['link-chain', 'button-widget']],
];

async function fixtureText(file: string): Promise<string> {
  const response = await fetch(new URL(`./fixtures/real-world/${file}`, import.meta.url));
  expect(response.status, file).to.equal(200);
  return response.text();
}

/** The records of `doc` in document order. */
function records(doc: InstantJson): Json[] {
  return (doc.annotations ?? []) as unknown as Json[];
}

/** Shown records of every page, in document order (the fixtures' pages are in order). */
function shownIds(store: AnnotationStore): string[] {
  return store.getAnnotations().map((a) => a.id);
}

describe('real-world shapes: import and export unchanged', () => {
  for (const [file, ids] of FIXTURES) {
    it(`${file}: imports, shows every record with an id, exports exactly what came`, async () => {
      const text = await fixtureText(file);
      const store = new AnnotationStore();
      store.importInstantJson(text);

      const exported = store.exportInstantJson();
      expect(exported).to.deep.equal(JSON.parse(text));
      expect(JSON.stringify(exported), 'key order at every level').to.equal(JSON.stringify(JSON.parse(text)));

      expect(shownIds(store)).to.deep.equal(ids);
      for (const id of ids) expect(store.getAnnotation(id), id).to.not.equal(undefined);
    });

    it(`${file}: the same from an object, which is neither changed nor frozen`, async () => {
      const text = await fixtureText(file);
      const object = JSON.parse(text) as Json;
      const store = new AnnotationStore();
      store.importInstantJson(object);
      expect(JSON.stringify(store.exportInstantJson())).to.equal(JSON.stringify(JSON.parse(text)));
      expect(object).to.deep.equal(JSON.parse(text));
      expect(Object.isFrozen(object)).to.equal(false);
    });
  }
});

describe('real-world shapes: records without id', () => {
  it('parseInstantJson keeps a record without id as it is (the id is the store’s business)', async () => {
    const doc = parseInstantJson(await fixtureText('no-id-named.json'));
    for (const record of records(doc)) expect(record).to.not.have.property('id');
  });

  it('an edited record is exported with its session id and a new updatedAt; the others stay as they came', async () => {
    const clock = manualClock(Date.UTC(2025, 2, 4, 10, 0, 0));
    const text = await fixtureText('no-id-named.json');
    const store = new AnnotationStore({ clock: clock.now });
    store.importInstantJson(text);
    const input = JSON.parse(text) as { annotations: Json[] };

    const ink = store.getAnnotation('E1A0F7C2-88B1-4F0A-A6B4-53D1B0F2C9A7')!;
    store.updateAnnotation({ ...ink, opacity: 0.5 });

    const out = records(store.exportInstantJson());
    expect(out[0]).to.deep.equal(input.annotations[0]);
    expect(out[2]).to.deep.equal(input.annotations[2]);
    expect(out[1]).to.deep.equal({
      ...input.annotations[1],
      opacity: 0.5,
      id: 'E1A0F7C2-88B1-4F0A-A6B4-53D1B0F2C9A7',
      updatedAt: '2025-03-04T10:00:00.000Z',
    });
    // No createdAt is made up: when it was created is not known.
    expect(out[1]).to.not.have.property('createdAt');

    // Undo: exported as it came again.
    store.undo();
    expect(JSON.stringify(store.exportInstantJson())).to.equal(JSON.stringify(JSON.parse(text)));
  });

  it('editing each shape writes it with its session id', async () => {
    for (const [file, ids] of FIXTURES) {
      const text = await fixtureText(file);
      const store = new AnnotationStore();
      store.importInstantJson(text);
      const input = records(JSON.parse(text) as InstantJson);
      ids.forEach((id, index) => {
        const shown = store.getAnnotation(id)!;
        store.updateAnnotation({ ...shown, bbox: [shown.bbox[0] + 1, shown.bbox[1], shown.bbox[2], shown.bbox[3]] });
        const written = records(store.exportInstantJson())[index]!;
        expect(written['id'], `${file} ${id}`).to.equal(id);
        expect(written['bbox'], `${file} ${id}`).to.deep.equal([shown.bbox[0] + 1, shown.bbox[1], shown.bbox[2], shown.bbox[3]]);
        const { id: _id, bbox: _bbox, updatedAt: _updatedAt, ...rest } = written;
        const { id: _id2, bbox: _bbox2, updatedAt: _updatedAt2, ...restInput } = input[index]!;
        expect(rest, `${file} ${id}: every other field kept`).to.deep.equal(restInput);
      });
    }
  });

  it('a deleted record without id leaves the export; undo puts it back exactly', async () => {
    const text = await fixtureText('no-id-shared-name.json');
    const store = new AnnotationStore();
    store.importInstantJson(text);
    store.deleteAnnotation('imported-annotation-1');
    expect(records(store.exportInstantJson()).map((r) => r['pageIndex'])).to.deep.equal([0]);
    expect(shownIds(store)).to.deep.equal(['Approved']);
    store.undo();
    expect(JSON.stringify(store.exportInstantJson())).to.equal(JSON.stringify(JSON.parse(text)));
  });

  it('session ids are stable: the same document, re-imported or exported and imported, gives the same ids', async () => {
    const text = await fixtureText('no-id-unnamed.json');
    const first = new AnnotationStore();
    first.importInstantJson(text);
    const second = new AnnotationStore();
    second.importInstantJson(first.exportInstantJson());
    expect(shownIds(second)).to.deep.equal(shownIds(first));
    first.importInstantJson(text);
    expect(shownIds(first)).to.deep.equal(['imported-annotation-0', 'taken', 'imported-annotation-2', '41']);
  });

  it('a name used as session id is not given to a new annotation, nor shared with it', async () => {
    const store = new AnnotationStore();
    store.importInstantJson(await fixtureText('no-id-named.json'));
    expectInstantJsonError(
      () =>
        store.createAnnotation({
          id: 'note-7',
          type: 'pspdfkit/note',
          pageIndex: 0,
          bbox: [0, 0, 10, 10],
          text: 'x',
          color: '#000000',
        }),
      'id',
    );
  });

  it('a derived id steps aside for an id given later in the document', () => {
    const store = new AnnotationStore();
    const rectangle = { v: 1, type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [0, 0, 10, 10] };
    store.importInstantJson({
      format: 'https://pspdfkit.com/instant-json/v1',
      annotations: [rectangle, { ...rectangle, id: 'imported-annotation-0' }, { ...rectangle, name: '17' }],
    });
    // "17" looks like the id of PDF original 17 (it would hide it), so it is not used for a record that is not its new version.
    expect(shownIds(store)).to.deep.equal(['imported-annotation-0-2', 'imported-annotation-0', 'imported-annotation-2']);
  });

  it('a record without id that updates an original replaces it (and is shown with the original’s id)', async () => {
    const store = new AnnotationStore();
    store.importInstantJson(await fixtureText('no-id-unnamed.json'));
    store.addOriginals(1, [
      { v: 1, type: 'pspdfkit/markup/underline', pdfObjectId: 41, bbox: [72, 300, 150, 12], rects: [[72, 300, 150, 12]], color: '#FF0000' },
    ]);
    const shown = store.getAnnotations(1);
    expect(shown).to.have.length(1);
    expect(shown[0]).to.include({ id: '41', color: '#00A650' });
  });

  it('references by name resolve: comment rootIds and formFields annotationIds name shown records', async () => {
    const comments = new AnnotationStore();
    const commentsDoc = await fixtureText('comments.json');
    comments.importInstantJson(commentsDoc);
    for (const comment of (JSON.parse(commentsDoc) as { comments: Json[] }).comments) {
      expect(comments.getAnnotation(comment['rootId'] as string)).to.have.property('type', 'pspdfkit/comment-marker');
    }
    const forms = new AnnotationStore();
    const formsDoc = await fixtureText('form-fields.json');
    forms.importInstantJson(formsDoc);
    const fields = (JSON.parse(formsDoc) as { formFields: Json[] }).formFields;
    expect(fields.map((f) => f['type'])).to.have.members([
      'pspdfkit/form-field/text',
      'pspdfkit/form-field/checkbox',
      'pspdfkit/form-field/radio',
      'pspdfkit/form-field/combobox',
      'pspdfkit/form-field/listbox',
      'pspdfkit/form-field/button',
      'pspdfkit/form-field/signature',
    ]);
    for (const field of fields) {
      for (const id of field['annotationIds'] as string[]) {
        expect(forms.getAnnotation(id), id).to.have.property('type', 'pspdfkit/widget');
      }
    }
    expect(forms.getFormFieldValues().map((v) => v.name)).to.deep.equal([
      'applicant.name',
      'applicant.agree',
      'applicant.plan',
      'applicant.languages',
    ]);
  });

  it('pdfId null applies to a PDF that has an id and is then written with that id', async () => {
    const pdfId = { permanent: 'qTwUmg5VSm6ysfzcPlFvnQ==', changing: 'wljL9fB/TPOAuGjHAsAsHg==' };
    const store = new AnnotationStore({ pdfId });
    const text = await fixtureText('pdf-id-null.json');
    store.importInstantJson(text);
    const exported = store.exportInstantJson();
    expect(exported.pdfId).to.deep.equal(pdfId);
    expect(exported.annotations).to.deep.equal((JSON.parse(text) as InstantJson).annotations);
  });
});

describe('real-world shapes: what stays rejected', () => {
  const base = { v: 1, type: 'pspdfkit/ink', pageIndex: 0, bbox: [0, 0, 10, 10], lineWidth: 1, isDrawnNaturally: false, strokeColor: '#000000', lines: { points: [[[0, 0]]], intensities: [[1]] } };
  const docWith = (...annotations: Json[]): Json => ({ format: 'https://pspdfkit.com/instant-json/v1', annotations });

  it('a record without id is checked like any other, with the path of the wrong field', () => {
    const cases: Array<[Json, string]> = [
      [{ ...base, bbox: [0, 0, -1, 5] }, 'annotations[0].bbox'],
      [{ ...base, bbox: undefined }, 'annotations[0].bbox'],
      [{ ...base, lines: undefined }, 'annotations[0].lines'],
      [{ ...base, lines: { points: [[[0, 'x']]], intensities: [[1]] } }, 'annotations[0].lines.points[0][0]'],
      [{ ...base, pageIndex: undefined }, 'annotations[0].pageIndex'],
      [{ ...base, name: 5 }, 'annotations[0].name'],
      [{ ...base, createdAt: '2018-05-14' }, 'annotations[0].createdAt'],
      [{ ...base, action: { type: 'uri', uri: 'https://example.com', subAction: { type: 'goTo' } } }, 'annotations[0].action.subAction.pageIndex'],
    ];
    for (const [record, path] of cases) {
      const store = new AnnotationStore();
      expectInstantJsonError(() => store.importInstantJson(docWith(record)), path);
      expect(store.exportInstantJson()).to.deep.equal({ format: 'https://pspdfkit.com/instant-json/v1' });
    }
  });

  it('an id that is there must still be a non-empty string and unique', () => {
    expectInstantJsonError(() => parseInstantJson(docWith({ ...base, id: '' })), 'annotations[0].id');
    expectInstantJsonError(() => parseInstantJson(docWith({ ...base, id: 7 })), 'annotations[0].id');
    expectInstantJsonError(() => parseInstantJson(docWith({ ...base, id: 'a' }, base, { ...base, id: 'a' })), 'annotations[2].id');
  });

  it('an update that drops the id of a shown record is refused', async () => {
    const store = new AnnotationStore();
    store.importInstantJson(await fixtureText('no-id-named.json'));
    const note = store.getAnnotation('note-7')!;
    const { id: _id, ...withoutId } = note;
    expect(() => store.updateAnnotation(withoutId as Annotation)).to.throw(Error, 'no annotation with id undefined');
  });
});
