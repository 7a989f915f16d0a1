/**
 * The edits a command makes to the change set, each holding its before and
 * after value so it can be undone and redone exactly. A command is a list of
 * operations; an import is one `document` operation that swaps the whole
 * change set.
 */
import type { Annotation } from './annotation-types.js';
import type { ChangeSet } from './change-set.js';
import type { Attachment, FormFieldValue } from './document-types.js';
import type { Sequenced } from './ordered-entries.js';

interface EntryOperation<Kind extends string, K, V> {
  readonly kind: Kind;
  readonly key: K;
  readonly before: Sequenced<V> | undefined;
  readonly after: Sequenced<V> | undefined;
}

export type Operation =
  | EntryOperation<'annotation', string, Annotation>
  | EntryOperation<'skip', number, true>
  | EntryOperation<'formFieldValue', string, FormFieldValue>
  | EntryOperation<'attachment', string, Attachment>
  | { readonly kind: 'document'; readonly before: ChangeSet; readonly after: ChangeSet };

/** The store part operations act on. */
export interface ChangeSetHolder {
  changes: ChangeSet;
}

/** Applies `operation` forwards (`undo` false) or backwards. */
export function applyOperation(holder: ChangeSetHolder, operation: Operation, undo: boolean): void {
  if (operation.kind === 'document') {
    holder.changes = undo ? operation.before : operation.after;
    return;
  }
  const changes = holder.changes;
  switch (operation.kind) {
    case 'annotation':
      changes.putAnnotation(operation.key, undo ? operation.before : operation.after);
      return;
    case 'skip':
      changes.skipped.put(operation.key, undo ? operation.before : operation.after);
      return;
    case 'formFieldValue':
      changes.formFieldValues.put(operation.key, undo ? operation.before : operation.after);
      return;
    case 'attachment':
      changes.attachments.put(operation.key, undo ? operation.before : operation.after);
      return;
  }
}

/** Applies a command's operations in order, or undoes them in reverse order. */
export function applyOperations(holder: ChangeSetHolder, operations: readonly Operation[], undo: boolean): void {
  if (undo) {
    for (let i = operations.length - 1; i >= 0; i--) applyOperation(holder, operations[i]!, true);
  } else {
    for (const operation of operations) applyOperation(holder, operation, false);
  }
}
