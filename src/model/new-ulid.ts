/** Ids for new annotations: ULIDs, strictly increasing even within one millisecond. */
import { monotonicFactory } from 'ulid';

const factory = monotonicFactory();

export function newUlid(): string {
  return factory();
}
