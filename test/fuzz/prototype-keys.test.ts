/**
 * `__proto__`, `constructor` and `prototype` as keys anywhere in a document:
 * at the top, in customData, in actions, in records, as attachment ids, in
 * pdfId, comments and bookmarks. They must reach the export unchanged (as own
 * keys) and must not change any prototype.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AnnotationStore, parseInstantJson } from '../../src/model/index.js';
import { instantJson, PAGE_COUNT } from '../model/arbitraries.js';
import { describe, it } from '../model/mocha.js';
import { canonicalExport, expectNoPollution, fuzzRuns, prototypeSnapshot, shortReport } from './fuzz-checks.js';

type Json = Record<string, unknown>;

const KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const PLACES = ['top', 'customData', 'action', 'record', 'attachment id', 'attachment', 'pdfId', 'comment', 'bookmark action'] as const;

/** A value that would pollute if it were ever assigned through the key. */
const POISON = '{"polluted":true,"toString":"polluted","__proto__":{"polluted":true}}';

/** JSON text of `document` with `"<key>": POISON` spliced into the object at `place`. */
function withKey(document: Json, key: string, place: (typeof PLACES)[number]): string {
  const marker = 'HOSTILE_KEY_MARKER';
  const d = JSON.parse(JSON.stringify(document)) as Json;
  const records = (d['annotations'] as Json[] | undefined) ?? [];
  const first = records[0];
  switch (place) {
    case 'top':
      d[marker] = 0;
      break;
    case 'customData':
    case 'record':
      if (!first) return withKey(document, key, 'top');
      if (place === 'record') first[marker] = 0;
      else first['customData'] = { ...(first['customData'] as Json | null), [marker]: 0 };
      break;
    case 'action':
      if (!first) return withKey(document, key, 'top');
      first['action'] = { type: 'uri', uri: 'https://example.com', [marker]: 0 };
      break;
    case 'attachment id':
      d['attachments'] = { ...(d['attachments'] as Json | undefined), [marker]: 0 };
      break;
    case 'attachment':
      d['attachments'] = { a1: { binary: 'AA==', [marker]: 0 } };
      break;
    case 'pdfId':
      d['pdfId'] = { permanent: 'AAAA', changing: 'BBBB', [marker]: 0 };
      break;
    case 'comment':
      d['comments'] = [{ v: 1, type: 'pspdfkit/comment', rootId: 'r', text: 't', customData: { [marker]: 0 } }];
      break;
    case 'bookmark action':
      d['bookmarks'] = [{ v: 1, type: 'pspdfkit/bookmark', action: { type: 'goTo', pageIndex: 0, [marker]: 0 } }];
      break;
  }
  // An attachment needs its binary to be valid.
  const value = place === 'attachment id' ? POISON.replace('{', '{"binary":"AA==",') : POISON;
  return JSON.stringify(d).replace(`"${marker}":0`, `${JSON.stringify(key)}:${value}`);
}

const hostileDocument = fc.tuple(instantJson, fc.constantFrom(...KEYS), fc.constantFrom(...PLACES)).map(([document, key, place]) => ({
  text: withKey(document, key, place),
  mutations: [`${key} in ${place}`],
}));

describe('fuzz: __proto__, constructor and prototype keys', () => {
  it('survive import → export as own keys, as text and as objects, and pollute nothing', function () {
    this.timeout(0);
    const snapshot = prototypeSnapshot();
    fc.assert(
      fc.property(hostileDocument, fc.boolean(), ({ text }, asObject) => {
        const store = new AnnotationStore({ pageCount: PAGE_COUNT });
        store.importInstantJson(asObject ? JSON.parse(text) : text);
        const exported = JSON.stringify(store.exportInstantJson());
        expect(exported).to.equal(canonicalExport(text, null));
        expect(JSON.stringify(parseInstantJson(text))).to.equal(JSON.stringify(JSON.parse(text)));
        expect(exported.split('"polluted"').length).to.equal(text.split('"polluted"').length);
        // Once more through an edit, undo and redo.
        const shown = store.getAnnotations();
        if (shown.length > 0) {
          store.updateAnnotation({ ...shown[0]! });
          store.undo();
        }
        expect(JSON.stringify(store.exportInstantJson())).to.equal(exported);
        expectNoPollution(snapshot);
      }),
      { numRuns: fuzzRuns(150), reporter: shortReport },
    );
  });

  it('an attachment whose id is "__proto__" is exported under that id', () => {
    const text = `{"format":"https://pspdfkit.com/instant-json/v1","attachments":{"__proto__":{"binary":"AA=="}}}`;
    const store = new AnnotationStore();
    store.importInstantJson(text);
    const exported = store.exportInstantJson();
    expect(JSON.stringify(exported)).to.equal(text);
    expect(Object.keys(exported.attachments!)).to.deep.equal(['__proto__']);
    expect(Object.getPrototypeOf(exported.attachments)).to.equal(Object.prototype);
    expect(store.getAttachment('__proto__')).to.deep.equal({ binary: 'AA==' });
  });
});
