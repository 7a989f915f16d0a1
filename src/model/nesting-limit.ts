/**
 * A limit on how deeply arrays and objects nest in Instant JSON.
 *
 * JSON.parse reads any depth, but freezing, copying and writing a value
 * (`JSON.stringify`, here and in every caller that saves the export) recurse
 * once per level and overflow the call stack somewhere past a few thousand
 * levels — a RangeError from deep inside the model, or worse, from the
 * caller's own save later. Real documents nest about six levels (document →
 * annotations → record → lines → points → point); customData may nest more.
 * Deeper than {@link MAX_NESTING} is rejected up front with the path of the
 * first value past the limit. The walk is iterative, so it cannot overflow.
 */
import { InstantJsonError, joinIndex, joinKey } from './instant-json-error.js';

/** Arrays and objects may nest this many levels below the value checked. */
export const MAX_NESTING = 1000;

interface Frame {
  readonly value: object;
  readonly depth: number;
  readonly parent: Frame | undefined;
  readonly key: string | number;
}

/**
 * Throws an InstantJsonError at the first array or object nested more than
 * {@link MAX_NESTING} levels below `root`; `base` is the path of `root`.
 */
export function checkNesting(root: unknown, base: string): void {
  if (typeof root !== 'object' || root === null) return;
  const stack: Frame[] = [{ value: root, depth: 0, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) push(stack, item, depth + 1, frame, i, base);
      }
    } else {
      for (const key of Object.keys(value)) {
        const item: unknown = (value as Record<string, unknown>)[key];
        if (typeof item === 'object' && item !== null) push(stack, item, depth + 1, frame, key, base);
      }
    }
  }
}

function push(stack: Frame[], value: object, depth: number, parent: Frame, key: string | number, base: string): void {
  const frame: Frame = { value, depth, parent, key };
  if (depth > MAX_NESTING) {
    // An object passed in (not text) may contain itself: say so rather than "too deep".
    let cycle = false;
    for (let f: Frame | undefined = parent; f !== undefined && !cycle; f = f.parent) cycle = f.value === value;
    throw new InstantJsonError(
      pathOf(frame, base),
      cycle
        ? 'this object contains itself (a cycle), which JSON cannot hold'
        : `arrays and objects nest more than ${MAX_NESTING} levels deep here; Instant JSON needs fewer than ten`,
    );
  }
  stack.push(frame);
}

function pathOf(frame: Frame, base: string): string {
  const keys: Array<string | number> = [];
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) keys.push(f.key);
  let path = base;
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i]!;
    path = typeof key === 'number' ? joinIndex(path, key) : joinKey(path, key);
  }
  return path;
}
