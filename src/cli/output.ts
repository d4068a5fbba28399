// Writing reports: stdout, or a file written atomically (temp file + rename).
import { renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
    throw e;
  }
}

/** Writes to stdout; resolves once flushed (so process exit does not cut a large report). */
export function writeStdout(content: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(content)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
