/**
 * fast-check generators of valid Instant JSON: every annotation type with
 * generated geometry, colors, text versions and optional fields, unknown keys,
 * customData, other `pspdfkit/…` types, and whole documents with every
 * section and unknown top-level keys.
 */
import fc from 'fast-check';
import {
  ANNOTATION_FLAGS,
  BLEND_MODES,
  BORDER_STYLES,
  INSTANT_JSON_FORMAT,
  LINE_CAPS,
  NOTE_ICONS,
  STAMP_TYPES,
} from '../../src/model/index.js';

type Json = Record<string, unknown>;

/** Documents are generated for this many pages. */
export const PAGE_COUNT = 10;

// Finite numbers without -0 (JSON writes it as 0).
const number = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
const coordinate = number(-5000, 5000);
const length = number(0, 5000);
const unit = number(0, 1);
export const rect = fc.tuple(coordinate, coordinate, length, length);
export const point = fc.tuple(coordinate, coordinate);
export const color = fc
  .tuple(fc.integer({ min: 0, max: 0xffffff }), fc.boolean())
  .map(([n, upper]) => {
    const hex = `#${n.toString(16).padStart(6, '0')}`;
    return upper ? hex.toUpperCase() : hex;
  });
export const timestamp = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .chain((date) =>
    fc.constantFrom(date.toISOString(), date.toISOString().replace(/\.\d+Z$/, 'Z'), date.toISOString().replace('Z', '+00:00')),
  );
const shortText = fc.string({ maxLength: 20 });

/** Every key the model knows on an annotation record, of any type. */
const KNOWN_RECORD_KEYS = new Set(
  `v type id pageIndex bbox opacity pdfObjectId flags action creatorName createdAt updatedAt name customData
   rects color blendMode note isCommentThreadRoot outlineColor fillColor overlayText repeatOverlayText rotation
   text fontSize fontColor horizontalAlign verticalAlign backgroundColor font fontStyle isFitting callout borderStyle
   borderWidth cloudyBorderIntensity lines lineWidth isDrawnNaturally strokeColor isSignature borderColor icon
   strokeDashArray strokeWidth cloudyBorderInset startPoint endPoint lineCaps points description fileName
   contentType imageAttachmentId stampType title subtitle`.split(/\s+/),
);
const KNOWN_TOP_KEYS = new Set(
  'format pdfId skippedPdfObjectIds annotations formFieldValues attachments bookmarks comments'.split(' '),
);

const keyName = fc.string({ minLength: 1, maxLength: 10 }).filter((key) => key !== '__proto__');
// JSON-normalized (fast-check may produce -0, which JSON writes as 0).
const jsonValue = fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);

/** Keys the model does not know, with any JSON values. */
const unknownKeys = (known: ReadonlySet<string>): fc.Arbitrary<Json> =>
  fc.dictionary(keyName.filter((key) => !known.has(key)), jsonValue, { maxKeys: 3 });

const customData = fc.oneof(fc.constant(null), fc.dictionary(keyName, jsonValue, { maxKeys: 3 }));

const actionLeaf: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ type: fc.constant('goTo'), pageIndex: fc.nat(500) }),
  fc.record({ type: fc.constant('uri'), uri: fc.webUrl() }),
  fc.record({ type: fc.constant('goToRemote'), relativePath: shortText, namedDestination: shortText }),
  fc.record({ type: fc.constant('goToEmbedded'), newWindow: fc.boolean(), relativePath: shortText, targetType: fc.constantFrom('parent', 'child') }),
  fc.record({ type: fc.constant('launch'), filePath: shortText }),
  fc.record({ type: fc.constant('javaScript'), script: shortText }),
  fc.record({
    type: fc.constant('hide'),
    hide: fc.boolean(),
    annotationReferences: fc.array(fc.record({ fieldName: shortText, pdfObjectId: fc.nat(999) }, { requiredKeys: [] }), { maxLength: 2 }),
  }),
  fc.record(
    { type: fc.constant('submitForm'), uri: shortText, flags: fc.uniqueArray(fc.constantFrom('xfdf', 'getMethod', 'embedForm')), fields: fc.array(fc.record({ fieldName: shortText }), { maxLength: 2 }) },
    { requiredKeys: ['type', 'uri', 'flags'] },
  ),
  fc.record({ type: fc.constant('resetForm'), flags: fc.constant('includeExclude') }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('named'), action: fc.constantFrom('nextPage', 'print', 'zoomIn') }),
);
export const action: fc.Arbitrary<Json> = fc
  .tuple(actionLeaf, fc.option(actionLeaf, { nil: undefined }))
  .map(([head, sub]) => (sub === undefined ? head : { ...head, subAction: sub }));

const richText = fc.record({ format: fc.constantFrom('plain', 'xhtml'), value: shortText });
const lines = fc
  .array(fc.array(point, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 })
  .chain((points) =>
    fc.tuple(fc.constant(points), fc.tuple(...points.map((segment) => fc.array(unit, { minLength: segment.length, maxLength: segment.length })))),
  )
  .map(([points, intensities]) => ({ points, intensities }));

interface Shape {
  required: Record<string, fc.Arbitrary<unknown>>;
  optional: Record<string, fc.Arbitrary<unknown>>;
}

const blendMode = fc.constantFrom(...BLEND_MODES);
const lineCaps = fc.record({ start: fc.constantFrom(...LINE_CAPS), end: fc.constantFrom(...LINE_CAPS) }, { requiredKeys: [] });
const insets = fc.tuple(length, length, length, length);
const SHAPE_OPTIONAL = { strokeDashArray: fc.array(length, { maxLength: 4 }), strokeWidth: length, strokeColor: color, note: shortText, blendMode };
const MARKUP: Shape = {
  required: { rects: fc.array(rect, { minLength: 1, maxLength: 4 }), color },
  optional: { blendMode, note: shortText, isCommentThreadRoot: fc.boolean() },
};

/** Type-specific fields of each known type (text fields are added per version). */
const SHAPES: Record<string, Shape> = {
  'pspdfkit/markup/highlight': MARKUP,
  'pspdfkit/markup/underline': MARKUP,
  'pspdfkit/markup/strikeout': MARKUP,
  'pspdfkit/markup/squiggly': MARKUP,
  'pspdfkit/markup/redaction': {
    required: {},
    optional: { rects: fc.array(rect, { maxLength: 3 }), color, outlineColor: color, fillColor: color, overlayText: shortText, repeatOverlayText: fc.boolean(), rotation: fc.constantFrom(0, 90, 180, 270) },
  },
  'pspdfkit/text': {
    required: { fontSize: number(1, 200), fontColor: color, horizontalAlign: fc.constantFrom('left', 'center', 'right'), verticalAlign: fc.constantFrom('top', 'center', 'bottom') },
    optional: {
      font: shortText,
      fontStyle: fc.uniqueArray(fc.constantFrom('bold', 'italic')),
      isFitting: fc.boolean(),
      backgroundColor: color,
      rotation: fc.constantFrom(0, 90, 180, 270),
      borderStyle: fc.constantFrom(...BORDER_STYLES),
      borderWidth: length,
      callout: fc.record({ start: point, knee: point, end: point, cap: fc.constantFrom(...LINE_CAPS), innerRectInset: insets }, { requiredKeys: ['start', 'end', 'innerRectInset'] }),
    },
  },
  'pspdfkit/note': { required: { color }, optional: { icon: fc.constantFrom(...NOTE_ICONS) } },
  'pspdfkit/comment-marker': { required: {}, optional: { icon: fc.constantFrom(...NOTE_ICONS), color } },
  'pspdfkit/ink': {
    required: { lines, lineWidth: number(0, 50), isDrawnNaturally: fc.boolean(), strokeColor: color },
    optional: { blendMode, isSignature: fc.boolean(), backgroundColor: color, note: shortText },
  },
  'pspdfkit/link': { required: { action }, optional: { note: shortText, borderColor: color, borderWidth: length, borderStyle: fc.constantFrom(...BORDER_STYLES) } },
  'pspdfkit/shape/rectangle': { required: {}, optional: { ...SHAPE_OPTIONAL, fillColor: color, cloudyBorderIntensity: number(0, 3), cloudyBorderInset: insets } },
  'pspdfkit/shape/ellipse': { required: {}, optional: { ...SHAPE_OPTIONAL, fillColor: color, cloudyBorderIntensity: number(0, 3) } },
  'pspdfkit/shape/line': { required: { startPoint: point, endPoint: point }, optional: { ...SHAPE_OPTIONAL, lineCaps, fillColor: color } },
  'pspdfkit/shape/polyline': { required: { points: fc.array(point, { minLength: 2, maxLength: 6 }) }, optional: { ...SHAPE_OPTIONAL, lineCaps } },
  'pspdfkit/shape/polygon': { required: { points: fc.array(point, { minLength: 3, maxLength: 6 }) }, optional: { ...SHAPE_OPTIONAL, fillColor: color } },
  'pspdfkit/image': {
    required: {},
    optional: { description: shortText, fileName: shortText, contentType: fc.constantFrom('image/jpeg', 'image/png', 'application/pdf'), imageAttachmentId: shortText, rotation: fc.constantFrom(0, 90) },
  },
  'pspdfkit/stamp': { required: { stampType: fc.constantFrom(...STAMP_TYPES) }, optional: { title: shortText, subtitle: shortText, color, rotation: fc.constantFrom(0, 270) } },
  // Other pspdfkit/… types: only base fields are known.
  'pspdfkit/widget': { required: {}, optional: { formFieldName: shortText, font: jsonValue } },
  'pspdfkit/foo/bar': { required: {}, optional: {} },
};

export const TYPES = Object.keys(SHAPES);
const TEXT_TYPES = new Set(['pspdfkit/text', 'pspdfkit/note', 'pspdfkit/comment-marker']);

const baseOptional = {
  opacity: unit,
  flags: fc.uniqueArray(fc.constantFrom(...ANNOTATION_FLAGS), { maxLength: 3 }),
  creatorName: shortText,
  createdAt: timestamp,
  updatedAt: timestamp,
  name: shortText,
  customData,
};

/** One valid annotation record of `type` (id and pdfObjectId are set by the document generator). */
export function annotationOfType(type: string): fc.Arbitrary<Json> {
  const shape = SHAPES[type]!;
  return fc
    .record({
      v: fc.constantFrom(1, 2),
      pageIndex: fc.nat(PAGE_COUNT - 1),
      bbox: rect,
      optionalBase: fc.record(baseOptional, { requiredKeys: [] }),
      required: fc.record(shape.required),
      optional: fc.record(shape.optional, { requiredKeys: [] }),
      plainText: shortText,
      rich: richText,
      hasText: fc.boolean(),
      extra: unknownKeys(KNOWN_RECORD_KEYS),
    })
    .map(({ v, pageIndex, bbox, optionalBase, required, optional, plainText, rich, hasText, extra }) => {
      const record: Json = { v, type, pageIndex, bbox, ...optionalBase, ...required, ...optional };
      if (TEXT_TYPES.has(type) && (type !== 'pspdfkit/comment-marker' || hasText)) {
        record['text'] = v === 1 ? plainText : rich;
      }
      return { ...record, ...extra };
    });
}

export const annotation = fc.constantFrom(...TYPES).chain(annotationOfType);

const formFieldValue = fc.record(
  {
    v: fc.constantFrom(1, 2),
    type: fc.constant('pspdfkit/form-field-value'),
    name: fc.string({ minLength: 1, maxLength: 12 }),
    value: fc.oneof(shortText, fc.array(shortText, { maxLength: 3 }), fc.constant(null)),
    optionIndexes: fc.array(fc.nat(5), { maxLength: 2 }),
  },
  { requiredKeys: ['v', 'type', 'name'] },
);
const attachment = fc.record({ binary: fc.base64String({ maxLength: 16 }), contentType: fc.constantFrom('image/png', 'image/jpeg') }, { requiredKeys: ['binary'] });
const hexKey = fc.stringMatching(/^[0-9a-f]{8}$/);
const bookmark = fc.record({ v: fc.constant(1), type: fc.constant('pspdfkit/bookmark'), action, name: shortText, pdfBookmarkId: shortText }, { requiredKeys: ['v', 'type', 'action'] });
const comment = fc
  .record({ v: fc.constantFrom(1, 2), rootId: fc.string({ minLength: 1 }), pageIndex: fc.nat(PAGE_COUNT - 1), plain: shortText, rich: richText, creatorName: shortText, customData })
  .map(({ v, plain, rich, ...rest }) => ({ v, type: 'pspdfkit/comment', text: v === 1 ? plain : rich, ...rest }));
const pdfId = fc.record({ permanent: fc.base64String({ minLength: 4, maxLength: 24 }), changing: fc.base64String({ minLength: 4, maxLength: 24 }) });

/**
 * A valid document. Managed sections are never empty (the export omits empty
 * ones); unknown sections are kept as generated.
 */
export const instantJson: fc.Arbitrary<Json> = fc
  .record(
    {
      pdfId: fc.oneof(pdfId, fc.constant(null)),
      skippedPdfObjectIds: fc.uniqueArray(fc.nat(2000), { minLength: 1, maxLength: 6 }),
      annotations: fc.tuple(
        fc.array(annotation, { minLength: 1, maxLength: 10 }),
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 14 }), { minLength: 10, maxLength: 10 }),
        fc.uniqueArray(fc.nat(2000), { minLength: 10, maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      ),
      formFieldValues: fc.uniqueArray(formFieldValue, { selector: (value) => value.name, minLength: 1, maxLength: 3 }),
      attachments: fc.dictionary(hexKey, attachment, { minKeys: 1, maxKeys: 2 }),
      bookmarks: fc.array(bookmark, { maxLength: 2 }),
      comments: fc.array(comment, { maxLength: 2 }),
      formFields: fc.array(jsonValue, { maxLength: 2 }),
    },
    { requiredKeys: [] },
  )
  .chain((sections) => unknownKeys(KNOWN_TOP_KEYS).map((extra) => ({ sections, extra })))
  .map(({ sections, extra }) => {
    const document: Json = { format: INSTANT_JSON_FORMAT };
    for (const [key, value] of Object.entries(sections)) {
      if (key === 'annotations') {
        const [records, ids, objectIds, fromPdf] = value as [Json[], string[], number[], boolean[]];
        document[key] = records.map((record, i) =>
          fromPdf[i] ? { id: ids[i], pdfObjectId: objectIds[i], ...record } : { id: ids[i], ...record },
        );
      } else {
        document[key] = value;
      }
    }
    return { ...document, ...extra };
  });
