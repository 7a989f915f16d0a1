/**
 * Bounded undo/redo stacks. A step is whatever the owner needs to undo and
 * redo one command; pushing a new step clears the redo stack, and the oldest
 * step is dropped once `limit` steps are stored.
 */
export const DEFAULT_HISTORY_LIMIT = 500;

export class UndoHistory<Step> {
  private readonly undoStack: Step[] = [];
  private readonly redoStack: Step[] = [];

  constructor(readonly limit: number = DEFAULT_HISTORY_LIMIT) {
    if (!(Number.isInteger(limit) && limit >= 0)) {
      throw new RangeError(`history limit must be a non-negative integer, got ${String(limit)}`);
    }
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  get undoDepth(): number {
    return this.undoStack.length;
  }

  get redoDepth(): number {
    return this.redoStack.length;
  }

  /** Records a new step; clears the redo stack. */
  push(step: Step): void {
    this.redoStack.length = 0;
    if (this.limit === 0) return;
    this.undoStack.push(step);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
  }

  /** The step to undo, moved to the redo stack; undefined when there is none. */
  takeUndo(): Step | undefined {
    const step = this.undoStack.pop();
    if (step !== undefined) this.redoStack.push(step);
    return step;
  }

  /** The step to redo, moved back to the undo stack; undefined when there is none. */
  takeRedo(): Step | undefined {
    const step = this.redoStack.pop();
    if (step !== undefined) this.undoStack.push(step);
    return step;
  }

  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
  }
}
