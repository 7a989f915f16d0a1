// Middleware shared by the demo server and the test runner: serves pdf.js's
// worker and data files where the source expects them (`…/cdn/pdfjs/…`,
// mirroring the built layout), the PDF writer's bundled fonts at
// `/src/fonts/<name>` (where src/pdf-writer/fonts/font-base.ts points when
// run from source; the list is scripts/font-files.mjs) and the shared test
// corpus under `/corpus/`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FILES } from './font-files.mjs';
import { resolvePdfjsAsset } from './pdfjs-assets.mjs';

const corpusRoot = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
/** Bundled font files by the name the writer asks for. */
const fontFiles = new Map(FONT_FILES.map(({ name, source }) => [name, path.resolve(repositoryRoot, source)]));

const CONTENT_TYPES = {
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.icc': 'application/vnd.iccprofile',
};

function fileFor(urlPath) {
  const asset = urlPath.match(/\/cdn\/pdfjs\/(.+)$/);
  if (asset && !urlPath.startsWith('/dist/')) return resolvePdfjsAsset(decodeURIComponent(asset[1]));
  if (urlPath.startsWith('/src/fonts/')) return fontFiles.get(decodeURIComponent(urlPath.slice('/src/fonts/'.length))) ?? null;
  if (urlPath.startsWith('/corpus/')) {
    const resolved = path.join(corpusRoot, decodeURIComponent(urlPath.slice('/corpus/'.length)));
    return resolved.startsWith(corpusRoot) ? resolved : null;
  }
  return null;
}

/** Koa middleware (the shape @web/dev-server and @web/test-runner take). */
export async function pdfAssetsMiddleware(context, next) {
  const file = fileFor(context.path);
  if (!file) return next();
  if (!existsSync(file) || !statSync(file).isFile()) {
    context.status = 404;
    return undefined;
  }
  context.type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  context.body = createReadStream(file);
  return undefined;
}
