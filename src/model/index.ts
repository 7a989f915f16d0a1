/**
 * The Instant JSON document model: types, parsing with validation, and the
 * annotation store (originals, changes, export as a diff, undo/redo, change
 * notification). No DOM, no pdf.js.
 */
export type * from './action-types.js';
export type * from './annotation-types.js';
export type * from './document-types.js';
export {
  ACTION_TYPES,
  ANNOTATION_FLAGS,
  ANNOTATION_TYPES,
  BLEND_MODES,
  BORDER_STYLES,
  INSTANT_JSON_FORMAT,
  LINE_CAPS,
  NOTE_ICONS,
  STAMP_TYPES,
} from './vocabulary.js';
export { InstantJsonError } from './instant-json-error.js';
export {
  parseInstantJson,
  validateInstantJson,
  type ParseInstantJsonOptions,
} from './parse-instant-json.js';
export { isAnnotationOfType, isKnownAnnotation, textValue } from './annotation-guards.js';
export {
  AnnotationStore,
  type AnnotationStoreOptions,
  type CommandOptions,
  type ImportOptions,
} from './annotation-store.js';
export type {
  AnnotationsChange,
  AnnotationsChangeListener,
  ChangeSource,
} from './change-notification.js';
export { DEFAULT_HISTORY_LIMIT } from './history.js';
