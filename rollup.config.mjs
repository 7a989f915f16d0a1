// The CDN build: the entry module dist/cdn/instant-pdf-viewer.js, the chunks it
// loads on demand in dist/cdn/chunks/, pdf.js (its main module, worker and data
// files) copied into dist/cdn/pdfjs/ and the writer's bundled fonts into
// dist/cdn/fonts/ (the npm build is plain `tsc` output in dist/, see
// package.json).
//
// pdf.js's main module stays a separate file that the entry imports when the
// first document loads: the element is defined without evaluating half a
// megabyte of pdf.js first, and pdf.js then loads in parallel with the PDF
// download and the worker start. The PDF writer (pdf-lib and fontkit, about
// 1 MB) is a chunk of its own that only saving or printing imports. Every
// import between these files is a relative ES import, resolved by the browser
// against the importing file's URL: no blob: URLs, nothing a strict CSP blocks.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { copyBundledFonts } from './scripts/copy-fonts.mjs';
import { PDFJS_ASSETS } from './scripts/pdfjs-assets.mjs';

const outDir = 'dist/cdn';
const ENTRY = 'src/index.ts';
const PDFJS_MODULE = 'pdfjs-dist/legacy/build/pdf.mjs';
/**
 * The copied pdf.js module, as Rollup wants a "relative" external named: by
 * its place relative to the entry's folder, which stands for the output
 * folder (so this file need not exist: it is dist/cdn/pdfjs/pdf.min.mjs).
 */
const PDFJS_EXTERNAL = path.resolve(path.dirname(ENTRY), 'pdfjs', 'pdf.min.mjs');
/**
 * The one module that locates the bundled fonts relative to itself
 * (`new URL('../../fonts/', import.meta.url)`: right for
 * dist/pdf-writer/fonts/font-base.js in the npm build).
 */
const FONT_BASE_MODULE = path.resolve('src', 'pdf-writer', 'fonts', 'font-base.ts');

/** Copies the pdf.js worker, cMaps, fonts, wasm decoders and ICC profiles next to the bundle. */
function copyPdfjsAssets() {
  return {
    name: 'copy-pdfjs-assets',
    writeBundle() {
      const target = path.join(outDir, 'pdfjs');
      rmSync(target, { recursive: true, force: true });
      mkdirSync(target, { recursive: true });
      for (const { dest, src } of PDFJS_ASSETS) cpSync(src, path.join(target, dest), { recursive: true });
    },
  };
}

/**
 * pdf.js is not bundled: its import points at the copy in dist/cdn/pdfjs/,
 * written relative to whichever file imports it (the entry today, a chunk if
 * the code that loads it ever moves into one).
 */
function pdfjsBesideTheBundle() {
  return {
    name: 'pdfjs-beside-the-bundle',
    resolveId: {
      // Before the commonjs plugin's resolver, which re-resolves and would
      // hand the id back as an absolute file path.
      order: 'pre',
      handler(source) {
        return source === PDFJS_MODULE ? { id: PDFJS_EXTERNAL, external: 'relative' } : null;
      },
    },
  };
}

/**
 * In the CDN build the font locator ends up in a chunk under dist/cdn/chunks/,
 * not at dist/cdn/pdf-writer/fonts/font-base.js. Its `import.meta.url` is
 * rewritten to the URL that module *would* have there, so its own
 * `'../../fonts/'` lands on dist/cdn/fonts/ whichever chunk holds it.
 */
function fontBaseAtItsSourcePlace() {
  const virtualFile = path.posix.join('pdf-writer', 'fonts', 'font-base.js');
  return {
    name: 'font-base-at-its-source-place',
    resolveImportMeta(property, { chunkId, moduleId }) {
      if (property !== 'url' || path.resolve(moduleId) !== FONT_BASE_MODULE) return null;
      const fromChunk = path.posix.relative(path.posix.dirname(chunkId), virtualFile);
      const relative = fromChunk.startsWith('.') ? fromChunk : `./${fromChunk}`;
      return `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
    },
  };
}

/**
 * pdf-lib's ES build imports its standard-font metrics as JSON modules; they
 * become plain ES modules exporting the parsed value (no JSON import
 * attributes reach the browser).
 */
function jsonAsModules() {
  return {
    name: 'json-as-modules',
    transform(code, id) {
      if (!id.endsWith('.json')) return null;
      return { code: `export default ${JSON.stringify(JSON.parse(code))};`, map: { mappings: '' } };
    },
  };
}

/** The writer's fonts, beside the chunks that fetch them. */
function copyFontsBesideTheBundle() {
  return {
    name: 'copy-bundled-fonts',
    writeBundle() {
      copyBundledFonts(path.join(outDir, 'fonts'));
    },
  };
}

/** Chunks named after what they hold, where Rollup would say "index". */
const CHUNK_NAMES = [
  ['/src/pdf-writer/', 'pdf-writer'],
  ['/node_modules/@cantoo/pdf-lib/', 'pdf-lib'],
  ['/node_modules/@cantoo/fontkit/', 'fontkit'],
  ['/node_modules/fflate/', 'fflate'],
];
function chunkName({ facadeModuleId, moduleIds, name }) {
  // A dynamically imported module names its chunk; a shared chunk is named by what all of it is.
  const ids = facadeModuleId ? [facadeModuleId] : moduleIds;
  const known = ids.length > 0 && CHUNK_NAMES.find(([folder]) => ids.every((id) => id.includes(folder)));
  return known ? known[1] : name;
}

export default {
  input: { 'instant-pdf-viewer': ENTRY },
  // The entry keeps the element's code and may export more than src/index.ts
  // does (what the chunks share with it). The default, a strict signature,
  // would make it a two-line facade over a chunk: one more request before the
  // element exists, and a version string that is no longer in the entry.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: outDir,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
  },
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    pdfjsBesideTheBundle(),
    nodeResolve({ browser: true, exportConditions: ['production', 'browser'] }),
    // pdf-lib and fontkit pull in a few CommonJS packages.
    commonjs(),
    jsonAsModules(),
    typescript({
      tsconfig: './tsconfig.json',
      declaration: false,
      declarationMap: false,
      outDir,
      rootDir: 'src',
      sourceMap: true,
    }),
    fontBaseAtItsSourcePlace(),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
    copyPdfjsAssets(),
    copyFontsBesideTheBundle(),
  ],
  onwarn(warning, warn) {
    // pdf.js uses `this` at the top level of a few modules and eval-free dynamic imports; both are fine.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    // pdf-lib, fontkit and culori have import cycles of their own that work.
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/node_modules/'))) return;
    warn(warning);
  },
};
