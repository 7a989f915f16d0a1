/**
 * The PDF writer runs in Node, where there is no DOM. No module it loads may
 * import the viewer's element builders (`src/annotations/dom.ts`) or use
 * `document` / `window` while it is being evaluated: in Node either one fails
 * the import of the whole writer, although every browser test passes.
 *
 * The check walks the writer's import graph from `src/pdf-writer/index.ts` as
 * the test server hands each module to the browser (TypeScript with its types
 * erased, so `import type` lines, which load nothing, are already gone) and
 * names the chain of imports that reaches such a module.
 */
import { expect } from '@open-wc/testing';
import { describe, it } from '../model/mocha.js';

/** The viewer's element builders; anything importing it needs a DOM. */
const DOM_MODULE = 'src/annotations/dom.ts';
const WRITER_ENTRY = 'src/pdf-writer/index.ts';
/** Browser globals a module must not use at load time. */
const BROWSER_GLOBALS = new Set(['document', 'window']);

// ---------------------------------------------------------------- tokens

interface Token {
  readonly type: 'name' | 'string' | 'number' | 'punct' | 'regex';
  readonly text: string;
}

/** Words after which a `/` starts a regular expression rather than dividing. */
const WORDS_BEFORE_REGEX = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/**
 * JavaScript as tokens, without comments, with each string's text. Template
 * literals give a string token, then `${` … `}` around each substitution's
 * tokens. Enough of the grammar for imports and nesting, not a parser.
 */
function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  /** Open braces: a block's, or a template substitution's (whose `}` resumes the template). */
  const braces: ('block' | 'substitution')[] = [];
  let i = 0;
  const push = (type: Token['type'], text: string): void => void tokens.push({ type, text });
  const at = (offset = 0): string => code[i + offset] ?? '';
  const regexMayStart = (): boolean => {
    const previous = tokens[tokens.length - 1];
    if (!previous) return true;
    if (previous.type === 'name') return WORDS_BEFORE_REGEX.has(previous.text);
    return previous.type === 'punct' && ![')', ']', '}'].includes(previous.text);
  };
  /** Skips template text up to its closing backtick or its next substitution. */
  const templateText = (): void => {
    while (i < code.length) {
      if (at() === '\\') i += 2;
      else if (at() === '`') return void i++;
      else if (at() === '$' && at(1) === '{') {
        i += 2;
        braces.push('substitution');
        return push('punct', '${');
      } else i++;
    }
  };
  while (i < code.length) {
    const c = at();
    if (/\s/.test(c)) i++;
    else if (c === '/' && at(1) === '/') i = code.includes('\n', i) ? code.indexOf('\n', i) : code.length;
    else if (c === '/' && at(1) === '*') i = code.includes('*/', i + 2) ? code.indexOf('*/', i + 2) + 2 : code.length;
    else if (c === '"' || c === "'") {
      const start = ++i;
      while (i < code.length && at() !== c) i += at() === '\\' ? 2 : 1;
      push('string', code.slice(start, i++));
    } else if (c === '`') {
      i++;
      push('string', '`');
      templateText();
    } else if (c === '/' && regexMayStart()) {
      const start = i++;
      let inClass = false;
      while (i < code.length && at() !== '\n' && (inClass || at() !== '/')) {
        if (at() === '\\') i++;
        else if (at() === '[') inClass = true;
        else if (at() === ']') inClass = false;
        i++;
      }
      i++;
      while (/[\w$]/.test(at())) i++;
      push('regex', code.slice(start, i));
    } else if (/[A-Za-z_$]/.test(c)) {
      const start = i;
      while (/[\w$]/.test(at())) i++;
      push('name', code.slice(start, i));
    } else if (/\d/.test(c) || (c === '.' && /\d/.test(at(1)))) {
      const start = i;
      while (/[\w.$]/.test(at())) i++;
      push('number', code.slice(start, i));
    } else {
      const two = c + at(1);
      const punct = two === '=>' || (two === '?.' && !/\d/.test(at(2))) ? two : code.startsWith('...', i) ? '...' : c;
      i += punct.length;
      if (punct === '{') braces.push('block');
      if (punct === '}' && braces.pop() === 'substitution') {
        push('punct', '}');
        templateText();
      } else push('punct', punct);
    }
  }
  return tokens;
}

// ---------------------------------------------------------------- one module

interface ModuleScan {
  /** Specifiers of static imports, `export … from`, side-effect imports and `import('…')` with a literal. */
  readonly imports: readonly string[];
  /** Uses of `document` / `window` that run when the module is evaluated, e.g. `document.createElement`. */
  readonly globalsAtLoad: readonly string[];
}

/** Words whose `( … ) {` opens a block that runs in place, not a function body. */
const BLOCK_HEADS = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'extends']);

interface Frame {
  /** The token that closes it; '' for an arrow function's expression body, which ends at `,` `;` or its parent's closer. */
  readonly closer: string;
  /** Code inside runs when called, not when the module is evaluated. */
  readonly deferred: boolean;
  /** For `(`: the token before it (`if`, a function's name, …). */
  readonly head?: Token | undefined;
}

/**
 * The imports of one module's JavaScript, and its uses of `document` and
 * `window` outside function bodies. Top-level statements, class bodies and
 * object literals count as evaluated at load, so a class field that reads
 * `window` is reported too (conservative: it runs when the class is
 * instantiated).
 */
function scanModule(code: string): ModuleScan {
  const tokens = tokenize(code);
  const imports: string[] = [];
  const globalsAtLoad: string[] = [];
  const frames: Frame[] = [];
  let closedParenHead: Token | undefined;
  const endArrowBodies = (): void => {
    while (frames[frames.length - 1]?.closer === '') frames.pop();
  };
  tokens.forEach((token, k) => {
    const previous = tokens[k - 1];
    const next = tokens[k + 1];
    const afterDot = previous?.text === '.' || previous?.text === '?.';
    if (token.type === 'name' && !afterDot) {
      if (token.text === 'import' && next?.type === 'string') imports.push(next.text);
      if (token.text === 'import' && next?.text === '(' && tokens[k + 2]?.type === 'string' && tokens[k + 3]?.text === ')') {
        imports.push(tokens[k + 2]!.text);
      }
      if (token.text === 'from' && next?.type === 'string') imports.push(next.text);
    }
    const global = token.type === 'name' && BROWSER_GLOBALS.has(token.text) && (!afterDot || tokens[k - 2]?.text === 'globalThis');
    if (global && next && ['.', '?.', '['].includes(next.text) && !frames.some((frame) => frame.deferred)) {
      globalsAtLoad.push(`${token.text}${next.text}${tokens[k + 2]?.text ?? ''}`);
    }
    if (token.type !== 'punct') return;
    switch (token.text) {
      case '(':
        frames.push({ closer: ')', deferred: false, head: previous });
        break;
      case '[':
        frames.push({ closer: ']', deferred: false });
        break;
      case '{': {
        const afterParams = previous?.text === ')' && !(closedParenHead?.type === 'name' && BLOCK_HEADS.has(closedParenHead.text));
        frames.push({ closer: '}', deferred: previous?.text === '=>' || afterParams });
        break;
      }
      case '${':
        frames.push({ closer: '}', deferred: false });
        break;
      case ')':
      case ']':
      case '}':
        endArrowBodies();
        closedParenHead = frames.pop()?.head;
        break;
      case ',':
      case ';':
        endArrowBodies();
        break;
      case '=>':
        if (next?.text !== '{') frames.push({ closer: '', deferred: true });
        break;
    }
  });
  return { imports, globalsAtLoad };
}

// ---------------------------------------------------------------- the graph

interface DomReach {
  /** Imports from the entry to the offending module, both included. */
  readonly chain: readonly string[];
  readonly reason: string;
}

interface ImportGraph {
  /** Every module reached, in the order visited (paths from the project root). */
  readonly modules: readonly string[];
  readonly domReaches: readonly DomReach[];
}

/** A relative or root-relative specifier resolved against the module importing it; undefined for packages. */
function resolve(specifier: string, from: string): string | undefined {
  if (!/^\.{0,2}\//.test(specifier)) return undefined;
  return new URL(specifier, `http://project/${from}`).pathname.slice(1);
}

/**
 * Walks the imports from `entry` breadth first (so each chain is a shortest
 * one), through the project's own modules under `src/`, and reports every
 * module reached that imports `dom.ts` or uses a browser global at load.
 */
async function walkImports(entry: string, load: (path: string) => Promise<string>): Promise<ImportGraph> {
  const importedBy = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  const domReaches: DomReach[] = [];
  const chainTo = (module: string): string[] => {
    const chain: string[] = [];
    for (let at: string | undefined = module; at !== undefined; at = importedBy.get(at)) chain.unshift(at);
    return chain;
  };
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const module = next;
    const { imports, globalsAtLoad } = scanModule(await load(module));
    if (globalsAtLoad.length) domReaches.push({ chain: chainTo(module), reason: `uses ${globalsAtLoad.join(', ')} at load` });
    for (const specifier of imports) {
      const target = resolve(specifier, module);
      // Every importer of dom.ts is named, not only the first one reached: each is a module to split.
      if (target === DOM_MODULE) domReaches.push({ chain: [...chainTo(module), target], reason: 'the viewer’s DOM element builders' });
      else if (target?.startsWith('src/') && !importedBy.has(target)) {
        importedBy.set(target, module);
        queue.push(target);
      }
    }
  }
  return { modules: [...importedBy.keys()], domReaches };
}

function describeReaches(reaches: readonly DomReach[]): string {
  return reaches.map(({ chain, reason }) => `${chain.join(' → ')} (${reason})`).join('\n');
}

/** A module's code as the test server serves it to the browser. */
async function served(path: string): Promise<string> {
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/** An in-memory project for testing the walk itself. */
function project(files: Readonly<Record<string, string>>): (path: string) => Promise<string> {
  return async (path) => {
    const code = files[path];
    if (code === undefined) throw new Error(`no module ${path}`);
    return code;
  };
}

// ---------------------------------------------------------------- tests

describe('pdf-writer imports no DOM', () => {
  it('reaches no module that imports dom.ts or uses document / window at load', async () => {
    const graph = await walkImports(WRITER_ENTRY, served);
    console.log(`dom-free: ${graph.modules.length} modules reached from ${WRITER_ENTRY}`);
    // The walk must really cover the writers and the viewer geometry they share, or passing proves nothing.
    expect(graph.modules).to.include.members([
      'src/pdf-writer/writers/shapes/markup-writer.ts',
      'src/pdf-writer/writers/shapes/open-path-writer.ts',
      'src/pdf-writer/writers/text/free-text-writer.ts',
      'src/pdf-writer/writers/markers/stamp-writer.ts',
      'src/annotations/line-caps.ts',
    ]);
    expect(graph.domReaches, `the writer reaches the DOM:\n${describeReaches(graph.domReaches)}\n`).to.deep.equal([]);
  });

  it('finds dom.ts from a viewer module served the same way (the check can fail)', async () => {
    const graph = await walkImports('src/annotations/registry.ts', served);
    expect(graph.domReaches.map(({ chain }) => chain[chain.length - 1])).to.include(DOM_MODULE);
    const chain = graph.domReaches.find(({ chain }) => chain[chain.length - 1] === DOM_MODULE)!.chain;
    expect(chain[0]).to.equal('src/annotations/registry.ts');
    expect(chain.length).to.be.greaterThan(2);
  });

  it('names the whole chain of imports, shortest first, and follows re-exports and lazy imports', async () => {
    const graph = await walkImports(
      'src/w/index.ts',
      project({
        'src/w/index.ts': `export { a } from "./a.ts"; const later = () => import("../x/lazy.ts");`,
        'src/w/a.ts': `import "./b.ts"; import { pdf } from "/node_modules/pkg/index.js"; export const a = 1;`,
        'src/w/b.ts': `import { svgElement } from "../annotations/dom.ts"; export const b = 2;`,
        'src/x/lazy.ts': `const width = window.innerWidth; export { width };`,
        'src/annotations/dom.ts': `export function svgElement() { return document.createElementNS("", "svg"); }`,
      }),
    );
    expect(describeReaches(graph.domReaches)).to.equal(
      [
        'src/w/index.ts → src/x/lazy.ts (uses window.innerWidth at load)',
        'src/w/index.ts → src/w/a.ts → src/w/b.ts → src/annotations/dom.ts (the viewer’s DOM element builders)',
      ].join('\n'),
    );
    expect(graph.modules).not.to.include('node_modules/pkg/index.js');
  });

  it('counts document / window at load only outside function bodies', () => {
    const atLoad = (code: string) => scanModule(code).globalsAtLoad;
    expect(atLoad('const body = document.body;')).to.deep.equal(['document.body']);
    expect(atLoad('if (typeof x) { window.foo = 1; }')).to.deep.equal(['window.foo']);
    expect(atLoad('for (const a of b) { document.title; }')).to.deep.equal(['document.title']);
    expect(atLoad('export const sizes = { width: window.innerWidth };')).to.deep.equal(['window.innerWidth']);
    expect(atLoad('class A { static root = document.documentElement; }')).to.deep.equal(['document.documentElement']);
    expect(atLoad('const w = globalThis.window?.devicePixelRatio;')).to.deep.equal(['window?.devicePixelRatio']);
    expect(atLoad('export const list = [document.body];')).to.deep.equal(['document.body']);
    // Deferred: function bodies, methods, arrows with a block or an expression body, callbacks.
    expect(atLoad('export function f(a, b) { return document.createElement(a); }')).to.deep.equal([]);
    expect(atLoad('const f = (a) => { document.body.append(a); }, g = 1;')).to.deep.equal([]);
    expect(atLoad('const f = (a) => document.createElement(a), g = window.name;')).to.deep.equal(['window.name']);
    expect(atLoad('const f = a => b => document.x; const y = window.y;')).to.deep.equal(['window.y']);
    expect(atLoad('class A { m() { return window.x; } get n() { return document.y; } }')).to.deep.equal([]);
    expect(atLoad('list.map(function (x) { return document.x; });')).to.deep.equal([]);
    expect(atLoad('try { f(); } catch (e) { document.z; }')).to.deep.equal(['document.z']);
    // Not the globals: properties, keys, words in strings, comments, templates and regular expressions.
    expect(atLoad('const a = page.document.x, b = { window: 1 }, c = "window.x", d = `document.y ${1}`;')).to.deep.equal([]);
    expect(atLoad('// document.x\n/* window.y */ const r = /document.z/g, s = a / 2 / b;')).to.deep.equal([]);
    expect(atLoad('const t = `a ${`b ${c}`} d`; const u = window.u;')).to.deep.equal(['window.u']);
  });

  it('reads every form of import and nothing that only looks like one', () => {
    const code = [
      'import { a, b as c } from "./a.ts";',
      'import * as d from "./d.ts";',
      'import "./side-effect.ts";',
      'export { e } from "./e.ts";',
      'export * from "./f.ts";',
      'const g = await import("./g.ts");',
      'const h = "import \\"./not.ts\\""; // import "./comment.ts"',
      'const url = new URL("./asset.png", import.meta.url);',
      'const dynamic = import(name);',
    ].join('\n');
    expect(scanModule(code).imports).to.deep.equal(['./a.ts', './d.ts', './side-effect.ts', './e.ts', './f.ts', './g.ts']);
  });
});
