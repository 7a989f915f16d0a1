/**
 * What listeners of the store are told after each command, undo, redo or
 * import: the annotations that appeared, changed or disappeared from what is
 * shown. Building it costs in proportion to what the command touched, never
 * to the document's size (except an import, which touches everything).
 */
import type { Annotation } from './annotation-types.js';
import type { Operation } from './operations.js';

/** Who caused a change: the UI, an API call, an import, or undo/redo. */
export type ChangeSource = 'user' | 'api' | 'import' | 'history';

export interface AnnotationsChange {
  /** Annotations now shown that were not shown before. */
  readonly created: readonly Annotation[];
  /** Annotations shown before and now, with their new content. */
  readonly updated: readonly Annotation[];
  /** Ids of annotations no longer shown. */
  readonly deleted: readonly string[];
  readonly source: ChangeSource;
  /** Names of form fields whose value record was set or removed. */
  readonly formFieldValues: readonly string[];
  /** Ids of attachments that were set or removed. */
  readonly attachments: readonly string[];
}

export type AnnotationsChangeListener = (change: AnnotationsChange) => void;

/** A command (or batch of commands) being carried out. */
export interface PendingChange {
  readonly source: ChangeSource;
  readonly operations: Operation[];
  /** What each touched id showed before the command; `undefined` for nothing. */
  readonly shownBefore: Map<string, Annotation | undefined>;
  readonly formFieldNames: Set<string>;
  readonly attachmentIds: Set<string>;
}

export function newPendingChange(source: ChangeSource): PendingChange {
  return {
    source,
    operations: [],
    shownBefore: new Map(),
    formFieldNames: new Set(),
    attachmentIds: new Set(),
  };
}

/** Compares what touched ids show now with what they showed before. */
export function describeChange(
  pending: PendingChange,
  shownNow: (id: string) => Annotation | undefined,
): AnnotationsChange {
  const created: Annotation[] = [];
  const updated: Annotation[] = [];
  const deleted: string[] = [];
  for (const [id, before] of pending.shownBefore) {
    const after = shownNow(id);
    if (before === after) continue;
    if (before === undefined) created.push(after!);
    else if (after === undefined) deleted.push(id);
    else updated.push(after);
  }
  return Object.freeze({
    created: Object.freeze(created),
    updated: Object.freeze(updated),
    deleted: Object.freeze(deleted),
    source: pending.source,
    formFieldValues: Object.freeze([...pending.formFieldNames]),
    attachments: Object.freeze([...pending.attachmentIds]),
  });
}

/** Calls every listener; one that throws does not stop the others and is reported asynchronously. */
export function notifyListeners(
  listeners: ReadonlySet<AnnotationsChangeListener>,
  change: AnnotationsChange,
): void {
  for (const listener of [...listeners]) {
    try {
      listener(change);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
