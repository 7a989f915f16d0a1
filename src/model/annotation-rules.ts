/**
 * Field rules of every annotation type: which known keys exist, which are
 * required, and what their values must look like (spec 003). See
 * annotation-types.ts for why some spec-required fields are optional here.
 */
import { ACTION_EXPECTED, isAction } from './validate-action.js';
import {
  arrayOf,
  type Check,
  failAt,
  type FieldRule,
  isBoolean,
  isColor,
  isFiniteNumber,
  isFourNumbers,
  isNonEmptyString,
  isNonNegativeInteger,
  isNonNegativeNumber,
  isObjectOrNull,
  isPlainObject,
  isPoint,
  isRect,
  isRecordVersion,
  isString,
  isTimestamp,
  isUnitInterval,
  listOf,
  objectWith,
  oneOf,
  optional,
  POINT_EXPECTED,
  RECT_EXPECTED,
  required,
} from './value-checks.js';
import {
  ANNOTATION_FLAGS,
  BLEND_MODES,
  BORDER_STYLES,
  FONT_STYLES,
  HORIZONTAL_ALIGNS,
  IMAGE_CONTENT_TYPES,
  LINE_CAPS,
  NOTE_ICONS,
  STAMP_TYPES,
  TEXT_FORMATS,
  VERTICAL_ALIGNS,
} from './vocabulary.js';

const COLOR = 'a color "#RRGGBB"';
const STRING = 'a string';
const BOOLEAN = 'a boolean';
const NON_NEGATIVE = 'a finite number ≥ 0';
const TIMESTAMP = 'an ISO 8601 date and time with time zone, e.g. "2012-04-23T18:25:43.511Z"';
const ROTATION = 'a finite number of degrees (0, 90, 180 or 270)';
const INSETS = 'an array of 4 finite numbers [left, top, right, bottom]';

const isLineCap = oneOf(LINE_CAPS);
const isRichText = objectWith([
  required('format', oneOf(TEXT_FORMATS), listOf(TEXT_FORMATS)),
  required('value', isString, STRING),
]);

export const RICH_TEXT_EXPECTED = '{ "format": "plain" or "xhtml", "value": a string }';
const TEXT = `the text: a string in a "v": 1 record, ${RICH_TEXT_EXPECTED} in a "v": 2 record`;

/** Version 1 records carry text as a string, version 2 records as `{ format, value }`. */
export const isVersionedText: Check = (value, record) => {
  if (record['v'] === 1) {
    return typeof value === 'string' || failAt('', 'a string (this is a "v": 1 record)', value);
  }
  if (isRichText(value, record)) return true;
  if (isPlainObject(value)) return false; // the nested failure names the wrong key
  return failAt('', `${RICH_TEXT_EXPECTED} (this is a "v": 2 record; "v": 1 records take a plain string)`, value);
};

const isLines = objectWith([
  required(
    'points',
    arrayOf(arrayOf(isPoint, POINT_EXPECTED), `an array of points ${POINT_EXPECTED}`, { nonEmpty: true }),
    'a non-empty array of segments, each an array of points [x, y]',
  ),
  required(
    'intensities',
    arrayOf(arrayOf(isUnitInterval, 'a number from 0 to 1'), 'an array of numbers from 0 to 1'),
    'an array of segments, each an array of numbers from 0 to 1',
  ),
]);

const isLineCaps = objectWith([
  optional('start', isLineCap, listOf(LINE_CAPS)),
  optional('end', isLineCap, listOf(LINE_CAPS)),
]);

const isCallout = objectWith([
  required('start', isPoint, POINT_EXPECTED),
  optional('knee', isPoint, POINT_EXPECTED),
  required('end', isPoint, POINT_EXPECTED),
  optional('cap', isLineCap, listOf(LINE_CAPS)),
  required('innerRectInset', isFourNumbers, INSETS),
]);

const rects = arrayOf(isRect, RECT_EXPECTED);
const RECTS = `an array of rects, each ${RECT_EXPECTED}`;
const points = arrayOf(isPoint, POINT_EXPECTED);
const POINTS = `an array of points, each ${POINT_EXPECTED}`;

/** Fields of every annotation record, known type or not. `type` is checked separately. */
export const BASE_RULES: readonly FieldRule[] = [
  required('v', isRecordVersion, 'the record version 1 or 2'),
  // Optional: records written by PSPDFKit's native SDKs in 2018–2019 have none;
  // the store gives them a session id (session-ids.ts). New and original
  // records always get one before they are checked (prepare-records.ts).
  optional('id', isNonEmptyString, 'a non-empty string id'),
  required('pageIndex', isNonNegativeInteger, 'a non-negative integer page index'),
  required('bbox', isRect, RECT_EXPECTED),
  optional('opacity', isUnitInterval, 'a number from 0 to 1'),
  optional('pdfObjectId', isNonNegativeInteger, 'a non-negative integer PDF object number'),
  optional('flags', arrayOf(oneOf(ANNOTATION_FLAGS), listOf(ANNOTATION_FLAGS)), 'an array of annotation flags'),
  optional('action', isAction, ACTION_EXPECTED),
  optional('creatorName', isString, STRING),
  optional('createdAt', isTimestamp, TIMESTAMP),
  optional('updatedAt', isTimestamp, TIMESTAMP),
  optional('name', isString, STRING),
  optional('customData', isObjectOrNull, 'an object or null'),
];

const blendMode = optional('blendMode', oneOf(BLEND_MODES), listOf(BLEND_MODES));
const note = optional('note', isString, STRING);
const rotation = optional('rotation', isFiniteNumber, ROTATION);
const isCommentThreadRoot = optional('isCommentThreadRoot', isBoolean, BOOLEAN);
const fillColor = optional('fillColor', isColor, COLOR);
const cloudyBorderIntensity = optional('cloudyBorderIntensity', isNonNegativeNumber, NON_NEGATIVE);
const cloudyBorderInset = optional('cloudyBorderInset', isFourNumbers, INSETS);
const borderStyle = optional('borderStyle', oneOf(BORDER_STYLES), listOf(BORDER_STYLES));
const borderWidth = optional('borderWidth', isNonNegativeNumber, NON_NEGATIVE);
const lineCaps = optional('lineCaps', isLineCaps, `an object { start?, end? } of line caps ${listOf(LINE_CAPS)}`);

const MARKUP: readonly FieldRule[] = [
  required('rects', rects, RECTS),
  required('color', isColor, COLOR),
  blendMode,
  note,
  isCommentThreadRoot,
];

const SHAPE: readonly FieldRule[] = [
  optional('strokeDashArray', arrayOf(isNonNegativeNumber, NON_NEGATIVE), 'an array of numbers ≥ 0'),
  optional('strokeWidth', isNonNegativeNumber, NON_NEGATIVE),
  optional('strokeColor', isColor, COLOR),
  note,
  blendMode,
];

/** Type-specific fields of the 17 known annotation types. */
export const TYPE_RULES: ReadonlyMap<unknown, readonly FieldRule[]> = new Map<string, readonly FieldRule[]>([
  ['pspdfkit/markup/highlight', MARKUP],
  ['pspdfkit/markup/squiggly', MARKUP],
  ['pspdfkit/markup/strikeout', MARKUP],
  ['pspdfkit/markup/underline', MARKUP],
  [
    'pspdfkit/markup/redaction',
    [
      optional('rects', rects, RECTS),
      optional('color', isColor, COLOR),
      blendMode,
      note,
      isCommentThreadRoot,
      optional('outlineColor', isColor, COLOR),
      fillColor,
      optional('overlayText', isString, STRING),
      optional('repeatOverlayText', isBoolean, BOOLEAN),
      rotation,
    ],
  ],
  [
    'pspdfkit/text',
    [
      required('text', isVersionedText, TEXT),
      required('fontSize', isNonNegativeNumber, NON_NEGATIVE),
      required('fontColor', isColor, COLOR),
      required('horizontalAlign', oneOf(HORIZONTAL_ALIGNS), listOf(HORIZONTAL_ALIGNS)),
      required('verticalAlign', oneOf(VERTICAL_ALIGNS), listOf(VERTICAL_ALIGNS)),
      optional('backgroundColor', isColor, COLOR),
      optional('font', isString, STRING),
      optional('fontStyle', arrayOf(oneOf(FONT_STYLES), listOf(FONT_STYLES)), 'an array of "italic" and/or "bold"'),
      optional('isFitting', isBoolean, BOOLEAN),
      optional('callout', isCallout, 'an object { start, knee?, end, cap?, innerRectInset }'),
      borderStyle,
      borderWidth,
      rotation,
      cloudyBorderIntensity,
    ],
  ],
  [
    'pspdfkit/ink',
    [
      required('lines', isLines, 'an object { points, intensities }'),
      required('lineWidth', isNonNegativeNumber, NON_NEGATIVE),
      required('isDrawnNaturally', isBoolean, BOOLEAN),
      required('strokeColor', isColor, COLOR),
      optional('isSignature', isBoolean, BOOLEAN),
      optional('backgroundColor', isColor, COLOR),
      blendMode,
      note,
    ],
  ],
  [
    'pspdfkit/link',
    [
      required('action', isAction, ACTION_EXPECTED),
      note,
      borderStyle,
      borderWidth,
      optional('borderColor', isColor, COLOR),
    ],
  ],
  [
    'pspdfkit/note',
    [
      required('text', isVersionedText, TEXT),
      required('color', isColor, COLOR),
      optional('icon', oneOf(NOTE_ICONS), listOf(NOTE_ICONS)),
    ],
  ],
  [
    'pspdfkit/comment-marker',
    [
      optional('text', isVersionedText, TEXT),
      optional('icon', oneOf(NOTE_ICONS), listOf(NOTE_ICONS)),
      optional('color', isColor, COLOR),
      isCommentThreadRoot,
    ],
  ],
  ['pspdfkit/shape/ellipse', [...SHAPE, fillColor, cloudyBorderIntensity, cloudyBorderInset]],
  ['pspdfkit/shape/rectangle', [...SHAPE, fillColor, cloudyBorderIntensity, cloudyBorderInset]],
  [
    'pspdfkit/shape/line',
    [
      ...SHAPE,
      required('startPoint', isPoint, POINT_EXPECTED),
      required('endPoint', isPoint, POINT_EXPECTED),
      lineCaps,
      fillColor,
    ],
  ],
  ['pspdfkit/shape/polyline', [...SHAPE, required('points', points, POINTS), fillColor, lineCaps]],
  [
    'pspdfkit/shape/polygon',
    [...SHAPE, required('points', points, POINTS), fillColor, cloudyBorderIntensity, cloudyBorderInset],
  ],
  [
    'pspdfkit/image',
    [
      optional('description', isString, STRING),
      optional('fileName', isString, STRING),
      optional('contentType', oneOf(IMAGE_CONTENT_TYPES), listOf(IMAGE_CONTENT_TYPES)),
      optional('imageAttachmentId', isString, STRING),
      rotation,
      note,
    ],
  ],
  [
    'pspdfkit/stamp',
    [
      required('stampType', oneOf(STAMP_TYPES), listOf(STAMP_TYPES)),
      optional('title', isString, STRING),
      optional('subtitle', isString, STRING),
      optional('color', isColor, COLOR),
      rotation,
      note,
    ],
  ],
]);

export { COLOR as COLOR_EXPECTED, TIMESTAMP as TIMESTAMP_EXPECTED };
