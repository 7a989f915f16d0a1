/**
 * Mocha's BDD globals, typed without `@types/mocha` (not a dependency of the
 * project). The test runner defines them on `globalThis` before tests load.
 */
type Done = (error?: unknown) => void;
type TestFn = (this: { timeout(ms: number): void }, done: Done) => void | Promise<unknown>;
type SuiteFn = () => void;

interface MochaGlobals {
  describe(title: string, fn: SuiteFn): void;
  it(title: string, fn: TestFn): void;
  before(fn: TestFn): void;
  beforeEach(fn: TestFn): void;
  after(fn: TestFn): void;
  afterEach(fn: TestFn): void;
}

const mocha = globalThis as unknown as MochaGlobals;

export const describe: MochaGlobals['describe'] = (title, fn) => mocha.describe(title, fn);
export const it: MochaGlobals['it'] = (title, fn) => mocha.it(title, fn);
export const before: MochaGlobals['before'] = (fn) => mocha.before(fn);
export const beforeEach: MochaGlobals['beforeEach'] = (fn) => mocha.beforeEach(fn);
export const after: MochaGlobals['after'] = (fn) => mocha.after(fn);
export const afterEach: MochaGlobals['afterEach'] = (fn) => mocha.afterEach(fn);
