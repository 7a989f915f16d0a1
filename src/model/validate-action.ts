/** The check for PDF actions (spec 003 "Action Types"), used by annotations and bookmarks. */
import {
  ACTION_TYPES,
  GO_TO_EMBEDDED_TARGETS,
  NAMED_ACTIONS,
  SUBMIT_FORM_FLAGS,
} from './vocabulary.js';
import {
  arrayOf,
  type Check,
  failAt,
  type FieldRule,
  isBoolean,
  isNonNegativeInteger,
  isPlainObject,
  isString,
  listOf,
  objectWith,
  oneOf,
  optional,
  prefixFailure,
  required,
} from './value-checks.js';

export const ACTION_EXPECTED = `an action object with "type" ${listOf(ACTION_TYPES)}`;

const annotationReference = objectWith([
  optional('fieldName', isString, 'a string'),
  optional('pdfObjectId', isNonNegativeInteger, 'a non-negative integer'),
]);
const annotationReferences = arrayOf(annotationReference, 'an object { fieldName?, pdfObjectId? }');
const REFERENCES_EXPECTED = 'an array of { fieldName?: string, pdfObjectId?: number }';

const ACTION_RULES: Readonly<Record<string, readonly FieldRule[]>> = {
  goTo: [required('pageIndex', isNonNegativeInteger, 'a non-negative integer page index')],
  goToRemote: [
    required('relativePath', isString, 'a string'),
    required('namedDestination', isString, 'a string'),
  ],
  goToEmbedded: [
    required('newWindow', isBoolean, 'a boolean'),
    required('relativePath', isString, 'a string'),
    required('targetType', oneOf(GO_TO_EMBEDDED_TARGETS), listOf(GO_TO_EMBEDDED_TARGETS)),
  ],
  launch: [required('filePath', isString, 'a string')],
  uri: [required('uri', isString, 'a string')],
  hide: [
    required('hide', isBoolean, 'a boolean'),
    required('annotationReferences', annotationReferences, REFERENCES_EXPECTED),
  ],
  javaScript: [required('script', isString, 'a string')],
  submitForm: [
    required('uri', isString, 'a string'),
    required(
      'flags',
      arrayOf(oneOf(SUBMIT_FORM_FLAGS), listOf(SUBMIT_FORM_FLAGS)),
      'an array of submit-form flags',
    ),
    optional('fields', annotationReferences, REFERENCES_EXPECTED),
  ],
  resetForm: [
    optional('flags', oneOf(['includeExclude']), '"includeExclude"'),
    optional('fields', annotationReferences, REFERENCES_EXPECTED),
  ],
  named: [required('action', oneOf(NAMED_ACTIONS), listOf(NAMED_ACTIONS))],
};

const actionFieldChecks: ReadonlyMap<unknown, Check> = new Map(
  Object.entries(ACTION_RULES).map(([type, rules]) => [type, objectWith(rules)]),
);

/** An action object; reports a wrong field at `.field` and a wrong sub-action at `.subAction…`. */
export const isAction: Check = (value) => checkAction(value, 0);

const MAX_DEPTH = 64;

function checkAction(value: unknown, depth: number): boolean {
  if (!isPlainObject(value)) return false;
  const type = value['type'];
  const fields = actionFieldChecks.get(type);
  if (fields === undefined) return failAt('.type', listOf(ACTION_TYPES), type);
  if (!fields(value, value)) return false;
  const sub = value['subAction'];
  if (sub === undefined) return true;
  if (depth >= MAX_DEPTH) return failAt('.subAction', `at most ${MAX_DEPTH} nested sub-actions`, sub);
  if (checkAction(sub, depth + 1)) return true;
  return prefixFailure('.subAction', ACTION_EXPECTED, sub);
}
