// Writing reports: stdout, or a file written atomically (temp file + rename).
import { renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './usage-error.js';

/** Writes `content` to a temp file beside `path` and renames it over `path`: readers see the old report or the new one. */
export function writeAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean
    }
    // One line naming the file asked for, not the temp file.
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such folder' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
    throw new UsageError(`cannot write ${path}: ${why}`);
  }
}

/** Writes to stdout; resolves once flushed (so process exit does not cut a large report). */
export function writeStdout(content: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(content)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
