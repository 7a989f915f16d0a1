// Writes a file so that a reader sees either the old file or the whole new one:
// the bytes go to a temporary file in the same folder (same file system, so
// the rename is atomic), are flushed to disk, and the temporary file is then
// renamed over the target.
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * @param {string} target
 * @param {Uint8Array} bytes
 */
export async function writeFileAtomically(target, bytes) {
  const folder = path.dirname(path.resolve(target));
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let handle;
  try {
    handle = await open(temporary, 'wx', 0o644);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => {});
    await unlink(temporary).catch(() => {});
    throw Object.assign(new Error(`cannot write ${target}: ${error.code === 'ENOENT' ? 'no such folder' : error.message}`), {
      name: 'PdfWriteError',
    });
  }
}
