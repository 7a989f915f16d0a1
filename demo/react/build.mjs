// Builds the demo into dist/: the app bundled by esbuild, the page, the sample
// PDF, and a copy of pdf.js's worker and data files (dist/pdfjs/), which the
// element finds through its assets-url attribute once it is bundled into an app.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as esbuild from 'esbuild';

const out = 'dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
await esbuild.build({
  entryPoints: { app: 'src/main.jsx' },
  outdir: out,
  bundle: true,
  format: 'esm',
  splitting: true, // pdf.js becomes a chunk loaded with the first document
  target: 'es2022',
  minify: true,
  sourcemap: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const viewerPackage = path.dirname(createRequire(import.meta.url).resolve('instant-pdf-viewer/package.json'));
cpSync(path.join(viewerPackage, 'dist/cdn/pdfjs'), `${out}/pdfjs`, { recursive: true });
cpSync('../sample.pdf', `${out}/sample.pdf`);
cpSync('index.html', `${out}/index.html`);
cpSync('app.css', `${out}/app.css`);
