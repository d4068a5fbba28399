// A content-addressed cache of extracted facts: an unchanged document is not analysed again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Document } from '../core/types.js';
import type { DocFacts, FactKind } from '../extract/types.js';
import { writeAtomic } from './output.js';

/** The layout of the cache file. (Changes of extraction are caught by the code fingerprint in the key.) */
const CACHE_FORMAT = 2;

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
 * Opens the cache at `location` (a file, or a folder that gets `facts.json`). `salt` names what else the
 * facts depend on: the tool version, the knowledge-base files and the fact kinds extracted.
 */
export function openCache(location: string, toolVersion: string, kbFingerprint: string, needs: Set<FactKind>): FactsCache {
  const file = location.endsWith('.json') ? location : join(location, 'facts.json');
  const salt = `${CACHE_FORMAT}|${toolVersion}|${kbFingerprint}|${[...needs].sort().join(',')}`;
  let old: Record<string, DocFacts> = {};
  if (existsSync(file)) {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { salt?: string; entries?: Record<string, DocFacts> };
      if (parsed.salt === salt && parsed.entries) old = parsed.entries;
    } catch {
      old = {}; // a damaged cache is rebuilt
    }
  }
  const fresh: Record<string, DocFacts> = {};
  let added = 0;
  const cache: FactsCache = {
    hits: 0,
    get(doc) {
      const k = cacheKey(doc, salt);
      const hit = fresh[k] ?? old[k];
      if (hit) {
        fresh[k] = hit;
        cache.hits++;
      }
      return hit;
    },
    set(doc, facts) {
      // Story-key hashes are cheap to build again and would make the file 23% larger (Reuters-21578: 66.4 MB of JSON, 53.9 MB without).
      const { storyKeys: _hashes, ...kept } = facts;
      fresh[cacheKey(doc, salt)] = kept;
      added++;
    },
    save() {
      // Unchanged (nothing added, every entry used): rewriting tens of MB would cost as much as reading them.
      if (added === 0 && Object.keys(fresh).length === Object.keys(old).length) return;
      mkdirSync(dirname(file), { recursive: true });
      writeAtomic(file, JSON.stringify({ salt, entries: fresh }));
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
