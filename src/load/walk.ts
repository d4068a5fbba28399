// Walks a folder tree for discovery: symbolic links are followed once each, loops are reported, never followed.
// Hand-written on node:fs rather than fast-glob's followSymbolicLinks, which re-enters a folder through every
// link that leads back into it: two such links make the walk exponential (it ran out of memory).
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';

export interface WalkOptions {
  /** False to leave a folder out (its path relative to the root, `/`-separated). */
  enterDir?: (rel: string, name: string) => boolean;
}

export interface Walked {
  /** Files in a stable order (real folders first, then what links lead to); each real file once. */
  files: Array<{ abs: string; rel: string }>;
  /** Links (relative paths) that point to an enclosing folder, or that cannot be resolved. */
  problems: Array<{ rel: string; kind: 'loop' | 'broken' | 'unreadable'; message: string }>;
}

interface Pending {
  abs: string;
  rel: string;
  parentReal: string;
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Lists the files under `root` (hidden entries skipped), following each symbolic link at most once. */
export function walk(root: string, opts: WalkOptions = {}): Walked {
  const files: Walked['files'] = [];
  const problems: Walked['problems'] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const links: Pending[] = [];
  const addFile = (abs: string, rel: string) => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      real = abs;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push({ abs, rel });
  };
  // Iterative depth-first walk over real folders; links wait in `links` until the real tree is listed.
  const walkTree = (absRoot: string, relRoot: string) => {
    const stack: Array<{ abs: string; rel: string }> = [{ abs: absRoot, rel: relRoot }];
    while (stack.length) {
      const dir = stack.pop() as { abs: string; rel: string };
      let real: string;
      let entries: Dirent[];
      try {
        real = realpathSync(dir.abs);
        if (seenDirs.has(real)) continue;
        seenDirs.add(real);
        entries = readdirSync(dir.abs, { withFileTypes: true }).sort(byName);
      } catch (e) {
        problems.push({ rel: dir.rel || '.', kind: 'unreadable', message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
        continue;
      }
      const subdirs: Array<{ abs: string; rel: string }> = [];
      for (const ent of entries) {
        if (ent.name.startsWith('.')) continue;
        const abs = join(dir.abs, ent.name);
        const rel = dir.rel ? `${dir.rel}/${ent.name}` : ent.name;
        if (ent.isSymbolicLink()) links.push({ abs, rel, parentReal: real });
        else if (ent.isDirectory()) {
          if (!opts.enterDir || opts.enterDir(rel, ent.name)) subdirs.push({ abs, rel });
        } else if (ent.isFile()) addFile(abs, rel);
      }
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
    }
  };
  walkTree(root, '');
  for (let k = 0; k < links.length; k++) {
    const link = links[k];
    let isDir: boolean;
    let target: string;
    try {
      isDir = statSync(link.abs).isDirectory();
      target = realpathSync(link.abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') problems.push({ rel: link.rel, kind: 'loop', message: 'symbolic link loop, not followed' });
      else problems.push({ rel: link.rel, kind: 'broken', message: 'broken symbolic link' });
      continue;
    }
    if (!isDir) {
      addFile(link.abs, link.rel);
      continue;
    }
    if (opts.enterDir && !opts.enterDir(link.rel, link.rel.slice(link.rel.lastIndexOf('/') + 1))) continue;
    if (link.parentReal === target || link.parentReal.startsWith(target.endsWith(sep) ? target : target + sep)) {
      problems.push({ rel: link.rel, kind: 'loop', message: 'symbolic link loop (links to an enclosing folder), not followed' });
      continue;
    }
    if (seenDirs.has(target)) continue; // another name for a folder already listed
    walkTree(link.abs, link.rel);
  }
  return { files, problems };
}
