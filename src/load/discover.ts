// Expands the paths given on the command line (files, folders, globs) into a sorted list of files.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { lazy } from '../core/lazy.js';
import type { InputError } from '../core/types.js';
import { walk } from './walk.js';

export const DEFAULT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'json', 'jsonl'];
// fast-glob is asked only whether a path that names no file is a glob: loaded then, not at start-up (~30 ms).
const fastGlob = lazy<typeof import('fast-glob')>('fast-glob');
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
  /** Adds the wanted files under a folder; reports link loops and unreadable folders (broken links only when wanted). */
  const addWalked = (root: string, labelOf: (abs: string, rel: string) => string, wanted: (label: string) => boolean, maxDepth = Infinity) => {
    const enterDir = (rel: string, name: string) => name !== 'node_modules' && rel.split('/').length <= maxDepth;
    const w = walk(root, { enterDir });
    for (const f of w.files) {
      const l = labelOf(f.abs, f.rel);
      if (wanted(l) && !isIgnored(toPosix(relative(opts.cwd, f.abs)))) files.add(l);
    }
    for (const p of w.problems) {
      const abs = join(root, p.rel);
      const l = labelOf(abs, p.rel);
      if (isIgnored(toPosix(relative(opts.cwd, abs)))) continue;
      if (p.kind !== 'broken' || wanted(l)) errors.push({ file: l, message: p.message });
    }
  };
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
      const label = (f: string) => {
        const rel = toPosix(relative(opts.cwd, f));
        return rel.startsWith('..') ? toPosix(f) : rel;
      };
      addWalked(abs, (f) => label(f), (l) => extOk(l));
      continue;
    }
    if (fastGlob().isDynamicPattern(raw)) {
      // Globs are matched over the same loop-safe walk of their base folder.
      const { base, glob } = picomatch.scan(raw);
      // Folders below the base a glob can reach: any with `**`, else one per `/` in the glob part.
      const depth = glob.includes('**') ? Infinity : glob.split('/').length - 1;
      const matches = picomatch(raw.replace(/^\.\//, ''), { dot: false });
      const before = files.size;
      if (existsSync(resolve(opts.cwd, base || '.'))) addWalked(resolve(opts.cwd, base || '.'), (_f, rel) => (base ? `${base.replace(/^\.\//, '')}/${rel}` : rel), (l) => matches(l), depth);
      if (files.size === before) errors.push({ file: raw, message: 'no files match this pattern' });
      continue;
    }
    errors.push({ file: raw, message: 'no such file or directory' });
  }
  return { files: [...files].sort(), errors };
}
