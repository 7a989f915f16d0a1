// The CDN build: one ES module, dist/cdn/instant-pdf-viewer.js, with pdf.js
// (its main module, worker and data files) copied beside it into
// dist/cdn/pdfjs/ (the npm build is plain `tsc` output in dist/, see
// package.json). pdf.js's main module stays a separate file that the bundle
// imports when the first document loads: the element is defined without
// evaluating half a megabyte of pdf.js first, and pdf.js then loads in
// parallel with the PDF download and the worker start.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { PDFJS_ASSETS } from './scripts/pdfjs-assets.mjs';

const outDir = 'dist/cdn';
const PDFJS_MODULE = 'pdfjs-dist/legacy/build/pdf.mjs';

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

export default {
  input: 'src/index.ts',
  external: [PDFJS_MODULE],
  output: {
    file: `${outDir}/instant-pdf-viewer.js`,
    format: 'es',
    sourcemap: true,
    paths: { [PDFJS_MODULE]: './pdfjs/pdf.min.mjs' },
    inlineDynamicImports: true,
  },
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    nodeResolve({ browser: true, exportConditions: ['production', 'browser'] }),
    typescript({
      tsconfig: './tsconfig.json',
      declaration: false,
      declarationMap: false,
      outDir,
      rootDir: 'src',
      sourceMap: true,
    }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
    copyPdfjsAssets(),
  ],
  onwarn(warning, warn) {
    // pdf.js uses `this` at the top level of a few modules and eval-free dynamic imports; both are fine.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
