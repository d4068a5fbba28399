// Expands the paths given on the command line (files, folders, globs) into a sorted list of files.
import fg from 'fast-glob';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { InputError } from '../core/types.js';

export const DEFAULT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'json', 'jsonl'];
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];

export interface DiscoverOptions {
  cwd: string;
  ignore?: string[];
  extensions?: string[];
  /** Read `.newscheckignore` from cwd (default true). */
  ignoreFile?: boolean;
}

export interface Discovered {
  files: string[];
  errors: InputError[];
}

/** Patterns from a .newscheckignore file (gitignore-like: blank lines and # comments skipped). */
export function readIgnoreFile(cwd: string): string[] {
  const p = join(cwd, '.newscheckignore');
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .flatMap((l) => {
      const base = l.replace(/^\//, '').replace(/\/$/, '');
      return l.includes('/') && !l.endsWith('/') ? [base] : [`**/${base}`, `**/${base}/**`];
    });
}

const toPosix = (p: string) => p.split(sep).join('/');

export function discover(paths: string[], opts: DiscoverOptions): Discovered {
  const exts = opts.extensions ?? DEFAULT_EXTENSIONS;
  const ignore = [...ALWAYS_IGNORED, ...(opts.ignore ?? []), ...(opts.ignoreFile === false ? [] : readIgnoreFile(opts.cwd))];
  const isIgnored = picomatch(ignore, { dot: true });
  const extOk = (f: string) => exts.some((e) => f.toLowerCase().endsWith(`.${e}`));
  const files = new Set<string>();
  const errors: InputError[] = [];
  for (const raw of paths) {
    const abs = resolve(opts.cwd, raw);
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') {
        errors.push({ file: raw, message: 'symbolic link loop' });
        continue;
      }
      st = undefined;
    }
    if (st?.isFile()) {
      const rel = toPosix(relative(opts.cwd, abs)) || raw;
      if (!isIgnored(rel)) files.add(rel.startsWith('..') ? toPosix(abs) : rel);
      continue;
    }
    if (st?.isDirectory()) {
      const pattern = `${fg.convertPathToPattern(toPosix(abs))}/**/*.{${exts.join(',')}}`;
      const found = fg.sync(pattern, { dot: false, onlyFiles: true, followSymbolicLinks: true, suppressErrors: true, caseSensitiveMatch: false });
      for (const f of found) {
        const rel = toPosix(relative(opts.cwd, f));
        const label = rel.startsWith('..') ? f : rel;
        if (!isIgnored(rel) && extOk(f)) files.add(label);
      }
      continue;
    }
    if (fg.isDynamicPattern(raw)) {
      const found = fg.sync(raw, { cwd: opts.cwd, dot: false, onlyFiles: true, ignore, suppressErrors: true });
      if (found.length === 0) errors.push({ file: raw, message: 'no files match this pattern' });
      for (const f of found) files.add(toPosix(f));
      continue;
    }
    errors.push({ file: raw, message: 'no such file or directory' });
  }
  return { files: [...files].sort(), errors };
}
