// One table of the pdf.js files the viewer loads at run time, shared by the
// rollup build (which copies them beside the bundle) and the dev/test servers
// (which serve them straight from node_modules).
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const pdfjs = path.join(root, 'node_modules', 'pdfjs-dist');

/** Destination (relative to the `pdfjs/` asset folder) → source in pdfjs-dist. */
export const PDFJS_ASSETS = [
  { dest: 'pdf.min.mjs', src: path.join(pdfjs, 'legacy', 'build', 'pdf.min.mjs') },
  { dest: 'pdf.worker.min.mjs', src: path.join(pdfjs, 'legacy', 'build', 'pdf.worker.min.mjs') },
  { dest: 'cmaps', src: path.join(pdfjs, 'cmaps') },
  { dest: 'standard_fonts', src: path.join(pdfjs, 'standard_fonts') },
  { dest: 'wasm', src: path.join(pdfjs, 'wasm') },
  { dest: 'iccs', src: path.join(pdfjs, 'iccs') },
];

/**
 * Maps a request path inside an asset folder (`pdf.worker.min.mjs`,
 * `cmaps/UniJIS-UCS2-H.bcmap`…) to a file in node_modules, or null.
 */
export function resolvePdfjsAsset(relativePath) {
  for (const { dest, src } of PDFJS_ASSETS) {
    if (relativePath === dest) return src;
    if (relativePath.startsWith(dest + '/')) {
      const resolved = path.join(src, relativePath.slice(dest.length + 1));
      return resolved.startsWith(src) ? resolved : null;
    }
  }
  return null;
}
