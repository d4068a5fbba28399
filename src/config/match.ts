// Matching report file paths against config globs, which are relative to the config file's folder.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

export type FileMatcher = (file: string) => boolean;

/** A matcher for files as reported (relative to `cwd`, or absolute) against globs relative to `dir`. */
export function fileMatcher(globs: string[], dir: string, cwd: string): FileMatcher {
  const test = picomatch(globs, { dot: true });
  return (file) => {
    const abs = isAbsolute(file) ? file : resolve(cwd, file);
    const rel = relative(dir, abs).split(sep).join('/');
    return !rel.startsWith('../') && test(rel);
  };
}
