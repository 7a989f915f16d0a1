// Checks the shape of the npm package the way its users meet it, after
// `npm run build`:
//   - package.json: ESM, `exports` (element, model, types) whose every target
//     exists, `types`, `customElements`, `files`, and `sideEffects` that keeps
//     the registering modules (a bundler must not drop `import 'instant-pdf-viewer'`);
//   - `npm pack --dry-run`: what would be published holds every export target
//     and none of the sources, tests or demos;
//   - the `instant-json` bin is published, executable and runs;
//   - the CDN build: the entry holds the element (not a facade), the PDF
//     writer is in chunks of its own that the entry only imports dynamically,
//     every import between them is relative, the bundled fonts are beside it;
//   - Node resolves every export through the package's own name;
//   - TypeScript (node16 resolution with lib checks on, and bundler) sees the
//     element's class, `HTMLElementTagNameMap`, the typed events and the model;
//   - custom-elements.json documents the element: the tag → class definition,
//     every attribute and public member with a description, and every event,
//     slot, part and `--ipv-*` custom property that the sources actually use.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';
import { FONT_FILES } from './font-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const TAG = 'instant-pdf-viewer';

let failed = 0;
function check(name, body) {
  try {
    const note = body();
    console.log(`  ✓ ${name}${note ? ` (${note})` : ''}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).replaceAll('\n', '\n      ')}`);
  }
}
async function checkAsync(name, body) {
  try {
    const note = await body();
    console.log(`  ✓ ${name}${note ? ` (${note})` : ''}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).replaceAll('\n', '\n      ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

/** Files below a folder, as paths relative to the package root with `/`. */
function walk(dir) {
  const out = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...walk(rel));
    else out.push(rel);
  }
  return out;
}

/** The import specifiers of an ES module (static and dynamic), read from its syntax tree. */
function importsOf(source) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source) {
      found.push({ specifier: node.source.value, dynamic: false });
    }
    if (node.type === 'ImportExpression' && node.source.type === 'Literal') found.push({ specifier: node.source.value, dynamic: true });
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(source));
  return found;
}

/** The modules the bin imports from bin/ (they must be published with it). */
function binModules() {
  return readdirSync(path.join(root, 'bin')).filter((f) => f.endsWith('.mjs')).map((f) => `bin/${f}`);
}

/** The files an export target names (a `*` pattern names a folder that must exist). */
function exportTargets() {
  const targets = [];
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    const conditions = typeof value === 'string' ? { default: value } : value;
    for (const [condition, target] of Object.entries(conditions)) targets.push({ subpath, condition, target });
  }
  return targets;
}

/** package.json `sideEffects` semantics (webpack, esbuild, rollup): globs relative to the package. */
function sideEffectsMatch(file) {
  const value = pkg.sideEffects;
  if (value === undefined || value === true) return true;
  if (value === false) return false;
  return value.some((pattern) => {
    const glob = pattern.replace(/^\.\//, '');
    const regex = new RegExp(
      `^${glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*/g, '\u0000')
        .replace(/\*/g, '[^/]*')
        .replace(/\u0000/g, '.*')}$`,
    );
    return glob.includes('/') ? regex.test(file) : regex.test(path.posix.basename(file));
  });
}

console.log('package.json');

check('is an ES module package with types and a custom elements manifest', () => {
  assert(pkg.type === 'module', `type is ${pkg.type}`);
  assert(pkg.types && existsSync(path.join(root, pkg.types)), `types ${pkg.types} does not exist`);
  assert(pkg.customElements === 'custom-elements.json', `customElements is ${pkg.customElements}`);
  assert(existsSync(path.join(root, pkg.customElements)), 'custom-elements.json is missing');
});

check('exports the element, the model and their types, and every target exists', () => {
  for (const subpath of ['.', './instant-pdf-viewer.js', './model', './pdf-writer']) {
    const entry = pkg.exports[subpath];
    assert(entry && typeof entry === 'object', `exports["${subpath}"] is missing`);
    assert(Object.keys(entry)[0] === 'types', `exports["${subpath}"]: "types" must come first (TypeScript reads conditions in order)`);
    assert(entry.default, `exports["${subpath}"] has no "default"`);
  }
  for (const { subpath, condition, target } of exportTargets()) {
    const file = path.join(root, target.replace(/\*.*$/, ''));
    assert(existsSync(file), `exports["${subpath}"].${condition} → ${target} does not exist`);
  }
  return `${Object.keys(pkg.exports).length} subpaths`;
});

check('`files` publishes dist/, bin/ and custom-elements.json', () => {
  assert(Array.isArray(pkg.files) && ['dist', 'bin', 'custom-elements.json'].every((f) => pkg.files.includes(f)), `files: ${JSON.stringify(pkg.files)}`);
});

check('`bin` names instant-json, an executable Node script that prints its usage', () => {
  const file = pkg.bin?.['instant-json'];
  assert(file, `bin: ${JSON.stringify(pkg.bin)}`);
  const source = readFileSync(path.join(root, file), 'utf8');
  assert(source.startsWith('#!/usr/bin/env node\n'), `${file} does not start with a node shebang`);
  assert((statSync(path.join(root, file)).mode & 0o111) !== 0, `${file} is not executable`);
  const usage = execFileSync(process.execPath, [path.join(root, file), '--help'], { encoding: 'utf8' });
  assert(/instant-json apply/.test(usage) && /instant-json validate/.test(usage), usage);
  return file;
});

check('`sideEffects` keeps the registering modules and every module imported only for its effects', () => {
  assert(pkg.sideEffects !== false, 'sideEffects is false: bundlers would drop `import "instant-pdf-viewer"`, and the element would never be defined');
  const mustKeep = new Set(['dist/index.js', 'dist/instant-pdf-viewer.js']);
  // `import './x.js';` marks x.js as needed for its effects alone.
  for (const file of walk('dist').filter((f) => f.endsWith('.js') && !f.startsWith('dist/cdn/'))) {
    const source = readFileSync(path.join(root, file), 'utf8');
    for (const match of source.matchAll(/^import\s+['"](\.[^'"]+)['"];?$/gm)) {
      mustKeep.add(path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1])));
    }
  }
  const dropped = [...mustKeep].filter((file) => !sideEffectsMatch(file));
  assert(dropped.length === 0, `marked side-effect-free, so bundlers may drop them: ${dropped.join(', ')}`);
  return [...mustKeep].join(', ');
});

console.log('npm pack --dry-run');

check('the tarball holds every export target and README, and no sources, tests or demos', () => {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [{ files, size, unpackedSize }] = JSON.parse(output);
  const paths = new Set(files.map((file) => file.path));
  for (const { subpath, target } of exportTargets()) {
    const wanted = target.replace(/^\.\//, '');
    const present = wanted.includes('*') ? [...paths].some((p) => p.startsWith(wanted.replace(/\*.*$/, ''))) : paths.has(wanted);
    assert(present, `exports["${subpath}"] → ${target} is not in the tarball`);
  }
  const bin = Object.values(pkg.bin ?? {});
  const fonts = FONT_FILES.flatMap(({ name }) => [`dist/fonts/${name}`, `dist/cdn/fonts/${name}`]);
  for (const required of ['package.json', 'README.md', 'custom-elements.json', 'dist/cdn/instant-pdf-viewer.js', 'dist/cdn/pdfjs/pdf.worker.min.mjs', ...bin, ...binModules(), ...fonts]) {
    assert(paths.has(required), `${required} is not in the tarball`);
  }
  const stray = [...paths].filter((p) => /^(src|test|demo|bench|scripts|\.ci)\//.test(p) || p.includes('node_modules/'));
  assert(stray.length === 0, `not meant to be published: ${stray.slice(0, 5).join(', ')}`);
  return `${files.length} files, ${(size / 1e6).toFixed(1)} MB packed, ${(unpackedSize / 1e6).toFixed(1)} MB unpacked`;
});

console.log('CDN build');

check('the entry holds the element, and loads the PDF writer only on demand, from chunks beside it', () => {
  const entry = readFileSync(path.join(root, 'dist/cdn/instant-pdf-viewer.js'), 'utf8');
  assert(entry.includes(`"${pkg.version}"`), 'the entry does not hold the element (no version string): is it a facade over a chunk?');
  const staticImports = importsOf(entry).filter((i) => !i.dynamic).map((i) => i.specifier);
  assert(staticImports.length === 0, `the entry imports statically: ${staticImports.join(', ')} (one more request before the element exists)`);
  const chunks = readdirSync(path.join(root, 'dist/cdn/chunks')).filter((f) => f.endsWith('.js'));
  for (const name of ['pdf-writer', 'pdf-lib', 'fontkit']) {
    const chunk = chunks.find((f) => f.startsWith(`${name}-`));
    assert(chunk, `no dist/cdn/chunks/${name}-*.js (chunks: ${chunks.join(', ')})`);
  }
  const writer = chunks.find((f) => f.startsWith('pdf-writer-'));
  assert(entry.includes(`import("./chunks/${writer}")`), `the entry does not import chunks/${writer} dynamically`);
  for (const file of ['instant-pdf-viewer.js', ...chunks.map((c) => `chunks/${c}`)]) {
    const source = readFileSync(path.join(root, 'dist/cdn', file), 'utf8');
    for (const { specifier } of importsOf(source)) {
      // node: imports sit behind a check for Node (the writer reads fonts from disk there).
      if (specifier.startsWith('node:')) continue;
      assert(specifier.startsWith('./') || specifier.startsWith('../'), `${file} imports "${specifier}": not relative`);
      assert(existsSync(path.join(root, 'dist/cdn', path.dirname(file), specifier)), `${file} imports ${specifier}, which does not exist`);
    }
  }
  const gzip = (file) => gzipSync(readFileSync(path.join(root, 'dist/cdn', file))).length;
  return `entry ${(gzip('instant-pdf-viewer.js') / 1024).toFixed(1)} kB gz; on save: ${chunks.map((c) => `${c.replace(/-[\w-]{8}\.js$/, '')} ${(gzip(`chunks/${c}`) / 1024).toFixed(1)} kB`).join(', ')} gz`;
});

check('the bundled fonts are in dist/fonts/ (npm) and dist/cdn/fonts/ (CDN), where the writer looks', () => {
  for (const { name } of FONT_FILES) {
    for (const folder of ['dist/fonts', 'dist/cdn/fonts']) assert(existsSync(path.join(root, folder, name)), `${folder}/${name} is missing`);
  }
  const fontBase = readFileSync(path.join(root, 'dist/pdf-writer/fonts/font-base.js'), 'utf8');
  assert(fontBase.includes(`new URL('../../fonts/', import.meta.url)`), 'dist/pdf-writer/fonts/font-base.js no longer looks in ../../fonts/: update scripts/copy-fonts.mjs and rollup.config.mjs');
  return FONT_FILES.map(({ name }) => name).join(', ');
});

console.log('Node resolves the package by name');

await checkAsync('import "instant-pdf-viewer" gives the element class, its registration and the model', async () => {
  const main = await import('instant-pdf-viewer');
  for (const name of ['InstantPdfViewer', 'defineInstantPdfViewer', 'PdfLoadError', 'InstantJsonError', 'AnnotationStore', 'parseInstantJson']) {
    assert(typeof main[name] === 'function', `"${name}" is not exported`);
  }
  assert(main.TAG_NAME === TAG, `TAG_NAME is ${main.TAG_NAME}`);
  assert(typeof main.InstantPdfViewer.version === 'string', 'InstantPdfViewer.version is missing');
  assert(main.InstantPdfViewer.version === pkg.version, `InstantPdfViewer.version ${main.InstantPdfViewer.version} ≠ package.json ${pkg.version}`);
});
await checkAsync('import "instant-pdf-viewer/instant-pdf-viewer.js" registers and exports the class', async () => {
  const entry = await import('instant-pdf-viewer/instant-pdf-viewer.js');
  assert(typeof entry.InstantPdfViewer === 'function' && typeof entry.defineInstantPdfViewer === 'function', Object.keys(entry).join(', '));
});
await checkAsync('import "instant-pdf-viewer/pdf-writer" gives applyInstantJson, which writes a PDF in Node', async () => {
  const writer = await import('instant-pdf-viewer/pdf-writer');
  assert(typeof writer.applyInstantJson === 'function' && typeof writer.PdfWriteError === 'function', Object.keys(writer).join(', '));
  const { PDFDocument } = await import('@cantoo/pdf-lib');
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([200, 200]);
  const pdf = await doc.save();
  const saved = await writer.applyInstantJson(pdf, {
    format: 'https://pspdfkit.com/instant-json/v1',
    annotations: [{ v: 2, id: 'a', type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [10, 10, 50, 50], opacity: 1, strokeColor: '#ff0000', strokeWidth: 2 }],
  });
  assert(saved.length > pdf.length && pdf.every((byte, i) => saved[i] === byte), 'the output is not the input plus an update');
  return `${pdf.length} → ${saved.length} bytes`;
});
await checkAsync('import "instant-pdf-viewer/model" gives the model without the element', async () => {
  const model = await import('instant-pdf-viewer/model');
  assert(typeof model.parseInstantJson === 'function' && typeof model.AnnotationStore === 'function', Object.keys(model).join(', '));
  assert(!('InstantPdfViewer' in model), 'the model entry exports the element');
  const { annotations } = model.parseInstantJson({
    format: 'https://pspdfkit.com/instant-json/v1',
    annotations: [{ v: 2, id: 'a', type: 'pspdfkit/note', pageIndex: 0, bbox: [0, 0, 24, 24], opacity: 1, color: '#ffcc00', text: { format: 'plain', value: 'x' } }],
  });
  assert(annotations?.length === 1, 'parseInstantJson did not parse one annotation');
});

console.log('TypeScript users');

const ts = createRequire(import.meta.url)('typescript');
const CONSUMER = `
import { InstantPdfViewer, type AnnotationsChangedDetail } from 'instant-pdf-viewer';
import 'instant-pdf-viewer/instant-pdf-viewer.js';
import { parseInstantJson, type InstantJson } from 'instant-pdf-viewer/model';

type IsAny<T> = 0 extends 1 & T ? true : false;
const viewer = document.createElement('instant-pdf-viewer');
const typed: InstantPdfViewer = viewer;
const notAny: IsAny<typeof viewer> = false;
const json: InstantJson = { format: 'https://pspdfkit.com/instant-json/v1' };
viewer.src = '/files/report.pdf';
viewer.instantJson = json;
viewer.addEventListener('annotations-changed', (event) => {
  const detail: AnnotationsChangedDetail = event.detail;
  const count: number = detail.created.length + detail.updated.length + detail.deleted.length;
  const source: 'user' | 'api' | 'import' | 'history' = detail.source;
  const saved: InstantJson = detail.instantJson;
  const detailNotAny: IsAny<typeof event.detail> = false;
  void [count, source, saved, detailNotAny];
});
viewer.addEventListener('document-loaded', (event) => {
  const pages: number = event.detail.pageCount;
  void pages;
});
const found = document.querySelector('instant-pdf-viewer');
const queried: InstantPdfViewer | null = found;
parseInstantJson(json);
void [typed, notAny, queried];
`;

function typecheck(label, options, consumer = CONSUMER) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipv-types-'));
  try {
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(root, path.join(dir, 'node_modules', pkg.name), 'dir');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    const file = path.join(dir, 'consumer.ts');
    writeFileSync(file, consumer);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      skipLibCheck: false,
      ...options,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    const ours = diagnostics.filter((d) => !d.file || !d.file.fileName.includes('/node_modules/') || d.file.fileName.includes(`/${pkg.name}/`) || d.file.fileName.startsWith(root));
    assert(
      ours.length === 0,
      ours
        .slice(0, 8)
        .map((d) => `${d.file ? path.relative(dir, d.file.fileName) : ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
        .join('\n'),
    );
    const fromDist = program.getSourceFiles().filter((f) => f.fileName.includes('/dist/') && f.fileName.endsWith('.d.ts')).length;
    assert(fromDist > 0, 'no declaration file of dist/ was read');
    return `${label}: ${fromDist} declaration files of dist/, no errors`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const WRITER_CONSUMER = `
import { applyInstantJson, PdfWriteError, type ApplyInstantJsonOptions } from 'instant-pdf-viewer/pdf-writer';
import type { InstantJson } from 'instant-pdf-viewer/model';
declare const pdf: Uint8Array;
const json: InstantJson = { format: 'https://pspdfkit.com/instant-json/v1' };
const options: ApplyInstantJsonOptions = { flatten: true, onProgress: (done: number, total: number) => void [done, total] };
const saved: Promise<Uint8Array> = applyInstantJson(pdf, json, options);
const code: string | undefined = saved instanceof PdfWriteError ? saved.code : undefined;
void code;
`;

check('a Node server in TypeScript (node16, no DOM lib) type-checks against instant-pdf-viewer/pdf-writer', () =>
  typecheck('node16 without DOM', { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, lib: ['lib.es2022.d.ts'], skipLibCheck: true }, WRITER_CONSUMER),
);

check('moduleResolution node16: the tag name map, typed events and the model type-check', () =>
  typecheck('node16', { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }),
);
// The declaration files themselves were checked above; here only what a consumer sees.
check('moduleResolution bundler: the same', () =>
  typecheck('bundler', { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true }),
);

console.log('custom-elements.json');

const manifest = JSON.parse(readFileSync(path.join(root, pkg.customElements), 'utf8'));
const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
const element = declarations.find(({ declaration }) => declaration.customElement && declaration.tagName === TAG)?.declaration;
const sources = walk('src')
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
/** Every distinct first capture group of `regex` in the sources. */
function used(regex) {
  const found = new Map();
  for (const { file, text } of sources) for (const match of text.matchAll(regex)) if (!found.has(match[1])) found.set(match[1], file);
  return found;
}
function missing(usedNames, documented) {
  const names = new Set(documented.map((item) => item.name));
  return [...usedNames].filter(([name]) => !names.has(name)).map(([name, file]) => `${name} (${file})`);
}

check(`declares <${TAG}> and defines the tag with InstantPdfViewer`, () => {
  assert(element, `no custom element declaration with tagName "${TAG}"`);
  assert(element.name === 'InstantPdfViewer', `the element class is ${element.name}`);
  const definition = manifest.modules
    .flatMap((module) => module.exports ?? [])
    .find((entry) => entry.kind === 'custom-element-definition' && entry.name === TAG);
  assert(definition, `no custom-element-definition export for "${TAG}"`);
  const target = manifest.modules.find((module) => module.path === definition.declaration.module);
  assert(target?.declarations?.some((d) => d.name === definition.declaration.name), `the definition points at ${JSON.stringify(definition.declaration)}, which is not in the manifest`);
});

if (element) {
  check('documents every attribute, and each reflects a described property', () => {
    const attributes = element.attributes ?? [];
    for (const name of ['src', 'instant-json', 'page-index', 'zoom', 'toolbar', 'author', 'assets-url']) {
      assert(attributes.some((a) => a.name === name), `attribute "${name}" is missing`);
    }
    for (const attribute of attributes) {
      assert(attribute.description, `attribute "${attribute.name}" has no description`);
      assert(attribute.fieldName && element.members.some((m) => m.name === attribute.fieldName), `attribute "${attribute.name}" names no property`);
    }
    return attributes.map((a) => a.name).join(', ');
  });

  check('documents every public property and method', () => {
    const members = element.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !m.static);
    const undocumented = members.filter((m) => !m.description).map((m) => m.name);
    assert(undocumented.length === 0, `no description: ${undocumented.join(', ')}`);
    for (const name of ['load', 'exportInstantJson', 'importInstantJson', 'getAnnotations', 'createAnnotation', 'updateAnnotation', 'deleteAnnotation', 'undo', 'redo', 'goToPage', 'pageCount', 'pdfId', 'canUndo', 'canRedo', 'selectedAnnotationIds']) {
      assert(members.some((m) => m.name === name), `"${name}" is missing`);
    }
    return `${members.length} members`;
  });

  check('documents every event it fires, with its detail type', () => {
    const events = element.events ?? [];
    const fired = used(/emit\(\s*[\w.#]+,\s*'([a-z-]+)'/g);
    const absent = missing(fired, events);
    assert(absent.length === 0, `fired but not documented: ${absent.join(', ')}`);
    for (const event of events) {
      assert(/^CustomEvent<\{.+\}>$/s.test(event.type?.text ?? ''), `event "${event.name}" has no detail type (${event.type?.text})`);
      assert(event.description, `event "${event.name}" has no description`);
    }
    return events.map((e) => e.name).join(', ');
  });

  check('documents every slot, part and --ipv-* custom property the sources use', () => {
    const problems = [
      ...missing(used(/<slot\s+name="([\w-]+)"/g), element.slots ?? []).map((x) => `slot ${x}`),
      ...missing(used(/\bpart="([\w-]+)"/g), element.cssParts ?? []).map((x) => `part ${x}`),
      ...missing(used(/setAttribute\('part',\s*'([\w-]+)'\)/g), element.cssParts ?? []).map((x) => `part ${x}`),
      ...missing(used(/var\((--ipv-[\w-]+)/g), element.cssProperties ?? []).map((x) => `custom property ${x}`),
    ];
    for (const kind of ['slots', 'cssParts', 'cssProperties']) {
      for (const item of element[kind] ?? []) if (!item.description) problems.push(`${kind} ${item.name} has no description`);
    }
    assert(problems.length === 0, `used but not documented: ${problems.join('; ')}`);
    return `${element.slots.length} slots, ${element.cssParts.length} parts, ${element.cssProperties.length} custom properties`;
  });
}

console.log(`\n${failed ? `${failed} failed` : 'package shape ok'}`);
process.exit(failed ? 1 : 0);
