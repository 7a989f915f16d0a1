/**
 * The Instant JSON document model: types, parsing with validation, and the
 * annotation store (originals, changes, export as a diff, undo/redo, change
 * notification). No DOM, no pdf.js.
 */
export type * from './action-types.js';
export type * from './annotation-types.js';
export type * from './document-types.js';
export * from './vocabulary.js';
export { InstantJsonError } from './instant-json-error.js';
export {
  parseInstantJson,
  validateInstantJson,
  type ParseInstantJsonOptions,
} from './parse-instant-json.js';
export { isAnnotationOfType, isKnownAnnotation, textValue } from './annotation-guards.js';
export { AnnotationStore } from './annotation-store.js';
export type { AnnotationStoreOptions, CommandOptions, ImportOptions } from './store-options.js';
export type {
  AnnotationsChange,
  AnnotationsChangeListener,
  ChangeSource,
} from './change-notification.js';
export { DEFAULT_HISTORY_LIMIT } from './history.js';
