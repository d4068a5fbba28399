// A content-addressed cache of extracted facts: an unchanged document is not analysed again.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/**
 * The file of a shard, named after the cache file of the previous layout: `facts.NN.json` in a cache folder,
 * `NAME.NN.json` beside a cache file `NAME.json`.
 */
export function shardFile(location: string, shard: number): string {
  const nn = String(shard).padStart(2, '0');
  return location.endsWith('.json') ? `${location.slice(0, -'.json'.length)}.${nn}.json` : join(location, `facts.${nn}.json`);
}

/** The single cache file of the previous layout (format 2). */
function legacyFile(location: string): string {
  return location.endsWith('.json') ? location : join(location, 'facts.json');
}

/** How every file this cache writes starts: a file that does not is someone else's and is never removed. */
const OURS = '{"salt":"';

/** The first `n` characters of a file (ASCII), '' when it cannot be read: enough to tell whose it is without reading tens of MB. */
function head(file: string, n = 32): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0)).toString('latin1');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

interface Shard {
  /** Its entries, when the file is there, ours and written with this salt. */
  entries?: Record<string, DocFacts>;
  /** The file is there and ours but cannot be used (damaged, or another salt): replaced or removed on save. */
  stale: boolean;
}

function readShard(file: string, salt: string): Shard {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { stale: false }; // no such file (or unreadable: then writing it reports why)
  }
  if (!text.startsWith(OURS)) return { stale: false };
  try {
    const parsed = JSON.parse(text) as { salt?: string; entries?: Record<string, DocFacts> };
    if (parsed.salt === salt && parsed.entries) return { entries: parsed.entries, stale: false };
  } catch {
    // a damaged shard is rebuilt
  }
  return { stale: true };
}

/** What else the facts depend on besides the document: the layout, the tool version, the knowledge-base files and the fact kinds. */
export function cacheSalt(toolVersion: string, kbFingerprint: string, needs: Set<FactKind>): string {
  return `${CACHE_FORMAT}|${toolVersion}|${kbFingerprint}|${[...needs].sort().join(',')}`;
}

/**
 * Opens the cache at `location` (a folder that gets `facts.NN.json`, or a file name `NAME.json` beside which
 * go `NAME.NN.json`). `salt` names what else the facts depend on: the tool version, the knowledge-base files
 * and the fact kinds extracted.
 */
export function openCache(location: string, toolVersion: string, kbFingerprint: string, needs: Set<FactKind>): FactsCache {
  const salt = cacheSalt(toolVersion, kbFingerprint, needs);
  const shards = Array.from({ length: SHARDS }, (_, n) => readShard(shardFile(location, n), salt));
  const old = shards.map((sh) => sh.entries ?? {});
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
      const n = shardOf(k);
      fresh[n][k] = kept;
      added[n] = true;
    },
    save() {
      for (let n = 0; n < SHARDS; n++) {
        const count = Object.keys(fresh[n]).length;
        // Unchanged (nothing added, every entry used): rewriting it would cost as much as reading it.
        if (!added[n] && !shards[n].stale && count === Object.keys(old[n]).length) continue;
        const file = shardFile(location, n);
        if (count > 0) {
          mkdirSync(dirname(file), { recursive: true });
          writeAtomic(file, JSON.stringify({ salt, entries: fresh[n] }));
        } else rmSync(file, { force: true }); // emptied, or stale: a file of someone else's never gets here (its shard is not changed)
      }
      // The single file of the previous layout, once the shards are written: tens of MB no run reads any more.
      const legacy = legacyFile(location);
      const start = head(legacy);
      if (start.startsWith(OURS) && !start.startsWith(`${OURS}${CACHE_FORMAT}|`)) rmSync(legacy, { force: true });
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
