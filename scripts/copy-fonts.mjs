// Copies the fonts the PDF writer embeds (scripts/font-files.mjs) into a build
// folder: dist/fonts/ for the npm build (found from dist/pdf-writer/fonts/
// font-base.js as '../../fonts/') and dist/cdn/fonts/ for the CDN build
// (rollup.config.mjs calls this too).
//
// Usage: node scripts/copy-fonts.mjs <target folder>
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FILES } from './font-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(path.join(root, 'package.json'));

/** A font's source file: a path (absolute or from the repository root) or a package specifier. */
function sourcePath(source) {
  const text = source instanceof URL ? fileURLToPath(source) : String(source);
  if (path.isAbsolute(text)) return text;
  const fromRoot = path.join(root, text);
  if (existsSync(fromRoot)) return fromRoot;
  return require.resolve(text);
}

/**
 * Replaces `target` with a folder holding every bundled font under its `name`.
 * @param {string} target folder, absolute or relative to the repository root
 * @returns {string[]} the names written
 */
export function copyBundledFonts(target) {
  const folder = path.resolve(root, target);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const names = new Set();
  for (const { name, source } of FONT_FILES) {
    if (typeof name !== 'string' || name === '' || name !== path.posix.basename(name)) {
      throw new Error(`scripts/font-files.mjs: font name ${JSON.stringify(name)} is not a plain file name`);
    }
    if (names.has(name)) throw new Error(`scripts/font-files.mjs: two fonts are named ${name}`);
    names.add(name);
    const from = sourcePath(source);
    if (!existsSync(from)) throw new Error(`scripts/font-files.mjs: ${name}: ${from} does not exist`);
    copyFileSync(from, path.join(folder, name));
  }
  return [...names];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: node scripts/copy-fonts.mjs <target folder>');
    process.exit(2);
  }
  const names = copyBundledFonts(target);
  console.log(`copied ${names.length} font${names.length === 1 ? '' : 's'} to ${target}`);
}
