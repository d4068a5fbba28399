// A content-addressed cache of extracted facts: an unchanged document is not analysed again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../core/types.js';
import type { DocFacts, FactKind } from '../extract/types.js';
import { writeAtomic } from './output.js';

/** The layout of the cache files. (Changes of extraction are caught by the code fingerprint in the key.) */
const CACHE_FORMAT = 3;

export interface FactsCache {
  get(doc: Document): DocFacts | undefined;
  set(doc: Document, facts: DocFacts): void;
  /** Writes entries used or added in this run; drops the rest. */
  save(): void;
  hits: number;
}

/** The key of a document's facts: everything extraction depends on. */
export function cacheKey(doc: Document, salt: string): string {
  return createHash('sha256').update(salt).update('\u0000').update(JSON.stringify(doc.meta)).update('\u0000').update(doc.text).digest('base64url');
}

/**
 * The facts are kept in SHARDS files, by the first character of each entry's key, so that a run with one
 * article edited rewrites the one or two files its old and new entries fall in, not tens of MB (Reuters-21578:
 * 54 MB of JSON, whose rewriting took 0.7-0.9 s of a 6.6-7.0 s run).
 */
const SHARDS = 64;
const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The shard of a key (0-63). Files are named by number, not by the character: a case-insensitive file system would make "a" and "A" one file. */
export function shardOf(key: string): number {
  return Math.max(0, KEY_CHARS.indexOf(key[0]));
}

/** The folder of the shard files: `facts/` in a cache folder, `NAME.facts/` beside a cache file `NAME.json`. */
export function shardFolder(location: string): string {
  return location.endsWith('.json') ? `${location.slice(0, -'.json'.length)}.facts` : join(location, 'facts');
}

export function shardFile(folder: string, shard: number): string {
  return join(folder, `${String(shard).padStart(2, '0')}.json`);
}

/** The entries of one shard file, or undefined when it is missing, damaged or written with another salt. */
function readShard(file: string, salt: string): Record<string, DocFacts> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { salt?: string; entries?: Record<string, DocFacts> };
    return parsed.salt === salt && parsed.entries ? parsed.entries : undefined;
  } catch {
    return undefined; // a damaged shard is rebuilt
  }
}

/** What else the facts depend on besides the document: the layout, the tool version, the knowledge-base files and the fact kinds. */
export function cacheSalt(toolVersion: string, kbFingerprint: string, needs: Set<FactKind>): string {
  return `${CACHE_FORMAT}|${toolVersion}|${kbFingerprint}|${[...needs].sort().join(',')}`;
}

/**
 * Opens the cache at `location` (a folder that gets `facts/`, or a file name `NAME.json` whose shards go in
 * `NAME.facts/`). `salt` names what else the facts depend on: the tool version, the knowledge-base files and
 * the fact kinds extracted.
 */
export function openCache(location: string, toolVersion: string, kbFingerprint: string, needs: Set<FactKind>): FactsCache {
  const folder = shardFolder(location);
  const salt = cacheSalt(toolVersion, kbFingerprint, needs);
  const old: Array<Record<string, DocFacts>> = [];
  /** A shard file is there but cannot be used (damaged, or another salt): it is replaced or removed on save. */
  const unusable: boolean[] = [];
  for (let n = 0; n < SHARDS; n++) {
    const file = shardFile(folder, n);
    const entries = readShard(file, salt);
    old.push(entries ?? {});
    unusable.push(!entries && existsSync(file));
  }
  const fresh: Array<Record<string, DocFacts>> = old.map(() => ({}));
  const added: boolean[] = old.map(() => false);
  const cache: FactsCache = {
    hits: 0,
    get(doc) {
      const k = cacheKey(doc, salt);
      const n = shardOf(k);
      const hit = fresh[n][k] ?? old[n][k];
      if (hit) {
        fresh[n][k] = hit;
        cache.hits++;
      }
      return hit;
    },
    set(doc, facts) {
      // Story-key hashes are cheap to build again and would make the files 23% larger (Reuters-21578: 66.4 MB of JSON, 53.9 MB without).
      const { storyKeys: _hashes, ...kept } = facts;
      const k = cacheKey(doc, salt);
      fresh[shardOf(k)][k] = kept;
      added[shardOf(k)] = true;
    },
    save() {
      // The single file of the previous layout (format 2): tens of MB no run reads any more. Best effort.
      try {
        rmSync(location.endsWith('.json') ? location : join(location, 'facts.json'), { force: true });
      } catch {
        // left for the user
      }
      for (let n = 0; n < SHARDS; n++) {
        const count = Object.keys(fresh[n]).length;
        // Unchanged (nothing added, every entry used): rewriting it would cost as much as reading it.
        if (!added[n] && !unusable[n] && count === Object.keys(old[n]).length) continue;
        const file = shardFile(folder, n);
        if (count === 0) rmSync(file, { force: true });
        else {
          mkdirSync(folder, { recursive: true });
          writeAtomic(file, JSON.stringify({ salt, entries: fresh[n] }));
        }
      }
    },
  };
  return cache;
}

/** A fingerprint of knowledge-base files (default and user) by content. */
export function fingerprintFiles(files: string[]): string {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f).update('\u0000');
    try {
      h.update(readFileSync(f));
    } catch {
      h.update('missing');
    }
  }
  return h.digest('base64url').slice(0, 16);
}
