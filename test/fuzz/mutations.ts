/**
 * Hostile Instant JSON for the fuzz suites: valid documents from
 * test/model/arbitraries.ts, each with a few mutations applied anywhere in its
 * tree (wrong types, missing and extra keys, huge, negative and non-finite
 * numbers, empty, long and broken strings, deep nesting, duplicate ids, ids
 * shared with `skippedPdfObjectIds`, `__proto__` / `constructor` /
 * `prototype` keys), written out as JSON *text*: some values only exist in
 * text (`1e400` parses to Infinity), and `__proto__` is an own key only when
 * JSON.parse makes it one.
 */
import fc from 'fast-check';
import { instantJson } from '../model/arbitraries.js';

type Json = Record<string, unknown>;

/** A generated document as JSON text, with what was done to it (for failure messages). */
export interface FuzzDocument {
  text: string;
  mutations: string[];
}

/**
 * A value that JSON.stringify writes as a marker string; `toText` swaps the
 * marker for raw JSON (numbers JSON.stringify cannot write).
 */
const RAW = '\u0000raw:';
const raw = (json: string): string => `${RAW}${json}\u0000`;
const RAW_IN_TEXT = /"\\u0000raw:([^"\\]*)\\u0000"/g;

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', '', '\uD800', 'toString', 'hasOwnProperty', 'id', 'pdfObjectId', 'polluted'];

/** Values of the wrong kind, at the edges of their kind, or only expressible in text. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    -0.5,
    1.5,
    2 ** 31,
    2 ** 53 + 2,
    -(2 ** 53),
    1e308,
    -1e308,
    5e-324,
    '',
    ' ',
    '0',
    '#ffff00',
    'pspdfkit/ink',
    '\uD800',
    'a\uDC00b',
    '\uDBFF\uDFFF',
    '<script>window.polluted=1</script>',
    [],
    [[]],
    {},
    [0, 0, 0, 0],
    { polluted: true },
    raw('1e400'),
    raw('-1e400'),
    raw('1e-400'),
    raw('-0'),
    raw('123456789012345678901234567890'),
  ),
  fc.string({ maxLength: 8, unit: 'binary' }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(1_000, 70_000).map((n) => 'x'.repeat(n)),
);

/** JSON text of `depth` nested arrays or objects around 1. */
export function nestedText(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

type Node = Json | unknown[];
type Location = { parent: Node; key: string | number };

/** Every slot of the tree (object keys and array items), root first. */
function slots(root: Node): Location[] {
  const out: Location[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const keys: Array<string | number> = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      out.push({ parent: node, key });
      const child = (node as Record<string | number, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child as Node);
    }
  }
  return out;
}

/** Sets an own property, even one named `__proto__`. */
function setOwn(target: Node, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function annotationsOf(document: Json): Json[] {
  const records = document['annotations'];
  return Array.isArray(records) ? (records.filter((r) => typeof r === 'object' && r !== null && !Array.isArray(r)) as Json[]) : [];
}

/** One mutation: a name for messages and what it does to the document (in place). */
type Mutation = { name: string; apply: (document: Json, pick: number) => void };

const pickSlot = (document: Json, pick: number): Location | undefined => {
  const all = slots(document);
  return all.length === 0 ? undefined : all[pick % all.length];
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  oddValue.map((value) => ({
    name: `replace with ${describe(value)}`,
    apply: (d: Json, pick: number) => {
      const at = pickSlot(d, pick);
      if (at) setOwn(at.parent, at.key, value);
    },
  })),
  fc.constant({
    name: 'remove a key or item',
    apply: (d: Json, pick: number) => {
      const at = pickSlot(d, pick);
      if (!at) return;
      if (Array.isArray(at.parent)) at.parent.splice(at.key as number, 1);
      else delete at.parent[at.key as string];
    },
  }),
  fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 6 })), oddValue, fc.boolean()).map(([key, value, atRoot]) => ({
    name: `add key ${JSON.stringify(key)} = ${describe(value)}${atRoot ? ' at the top' : ''}`,
    apply: (d: Json, pick: number) => {
      const objects: Node[] = [d, ...slots(d).map((at) => (at.parent as Record<string | number, unknown>)[at.key]).filter(isObject)];
      const target = atRoot ? d : objects[pick % objects.length]!;
      if (!Array.isArray(target)) setOwn(target, key, value);
    },
  })),
  fc.tuple(fc.constantFrom(...HOSTILE_KEYS.slice(0, 3)), fc.constantFrom('customData', 'action', 'top', 'record')).map(([key, where]) => ({
    name: `${key} key in ${where}`,
    apply: (d: Json, pick: number) => {
      const value = JSON.parse('{"polluted":true,"__proto__":{"polluted":true}}') as unknown;
      if (where === 'top') return setOwn(d, key, value);
      const records = annotationsOf(d);
      if (records.length === 0) return;
      const record = records[pick % records.length]!;
      if (where === 'record') return setOwn(record, key, value);
      const holder = record[where];
      if (isObject(holder) && !Array.isArray(holder)) setOwn(holder, key, value);
      else setOwn(record, where, JSON.parse(`{"type":"uri","uri":"https://example.com","${key}":{"polluted":true}}`));
    },
  })),
  fc.tuple(fc.constantFrom(10, 100, 1000, 5000, 20_000), fc.constantFrom<'array' | 'object'>('array', 'object')).map(([depth, kind]) => ({
    name: `nest ${depth} ${kind}s deep`,
    apply: (d: Json, pick: number) => {
      const at = pickSlot(d, pick);
      // Written into the text by toText: JSON.stringify itself overflows the stack on deep values.
      if (at) setOwn(at.parent, at.key, raw(`nest:${kind}:${depth}`));
    },
  })),
  fc.constant({
    name: 'give one annotation the id of another',
    apply: (d: Json, pick: number) => {
      const records = annotationsOf(d);
      if (records.length < 2) return;
      const from = records[pick % records.length]!;
      const to = records[(pick + 1) % records.length]!;
      setOwn(to, 'id', from['id']);
    },
  }),
  fc.constant({
    name: 'duplicate an annotation',
    apply: (d: Json, pick: number) => {
      const records = d['annotations'];
      if (Array.isArray(records) && records.length > 0) records.push(records[pick % records.length]);
    },
  }),
  fc.constantFrom('pdfObjectId', 'id', 'both').map((what) => ({
    name: `share ${what} of an annotation with skippedPdfObjectIds`,
    apply: (d: Json, pick: number) => {
      const records = annotationsOf(d);
      if (records.length === 0) return;
      const record = records[pick % records.length]!;
      const skipped = Array.isArray(d['skippedPdfObjectIds']) ? (d['skippedPdfObjectIds'] as unknown[]) : [];
      const number = typeof skipped[0] === 'number' ? skipped[0] : pick % 2000;
      if (what !== 'id') setOwn(record, 'pdfObjectId', number);
      if (what !== 'pdfObjectId') setOwn(record, 'id', String(number));
      if (!skipped.includes(number)) skipped.push(number);
      setOwn(d, 'skippedPdfObjectIds', skipped);
    },
  })),
  fc.constant({
    name: 'list a skipped object twice',
    apply: (d: Json) => {
      const skipped = d['skippedPdfObjectIds'];
      if (Array.isArray(skipped) && skipped.length > 0) skipped.push(skipped[0]);
    },
  }),
);

function isObject(value: unknown): value is Node {
  return typeof value === 'object' && value !== null;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value.startsWith(RAW) ? value.slice(RAW.length, -1) : `a string of ${value.length}`;
  return JSON.stringify(value) ?? String(value);
}

/** A document as text; RAW markers become the raw JSON they stand for. */
export function toText(document: unknown): string {
  return JSON.stringify(document).replace(RAW_IN_TEXT, (_, json: string) => {
    const nest = /^nest:(array|object):(\d+)$/.exec(json);
    return nest ? nestedText(Number(nest[2]), nest[1] as 'array' | 'object') : json;
  });
}

/** Documents from `valid`: about a fifth as they are, the others with 1 to 3 mutations. */
export function mutatedDocuments(valid: fc.Arbitrary<Json>): fc.Arbitrary<FuzzDocument> {
  return fc.tuple(valid, fc.array(fc.tuple(mutation, fc.nat()), { maxLength: 3 }), fc.nat(4)).map(([document, mutations, keepValid]) => {
    // fast-check shares generated values between runs; mutate a copy.
    const copy = JSON.parse(JSON.stringify(document)) as Json;
    const applied = keepValid === 0 ? [] : mutations;
    for (const [m, pick] of applied) m.apply(copy, pick);
    return { text: toText(copy), mutations: applied.map(([m]) => m.name) };
  });
}

/** Valid and mutated documents from test/model/arbitraries.ts. */
export const fuzzDocument: fc.Arbitrary<FuzzDocument> = mutatedDocuments(instantJson);
