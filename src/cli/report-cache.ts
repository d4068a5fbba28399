// The engine's report for a whole corpus, kept beside the facts cache: a run over an unchanged corpus with
// unchanged settings reuses it and skips extraction and the corpus stage (cross-document checks depend on
// every document, so only an unchanged set of documents can reuse them).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Report } from '../core/report.js';
import type { Document, InputError } from '../core/types.js';
import { cacheKey } from './facts-cache.js';
import { writeAtomic } from './output.js';

/** The layout of the cached report. (Changes of rules are caught by the code fingerprint in the key.) */
const REPORT_FORMAT = 2;

export interface ReportCache {
  /** The stored report when the corpus and settings are the same as when it was stored. */
  get(): Report | undefined;
  set(report: Report): void;
}

/** Where the report is kept: next to the facts cache (`facts.json` → `report.json` in a folder). */
export function reportCacheFile(location: string): string {
  return location.endsWith('.json') ? location.replace(/\.json$/, '.report.json') : join(location, 'report.json');
}

/**
 * Opens the report cache. `salt` names what the report depends on besides the documents: the tool
 * version, the knowledge base, the rule settings and the reference date. Each document counts by file
 * name, position and content hash, so renaming, reordering or editing a file is a miss.
 */
export function openReportCache(location: string, salt: string, docs: Document[], inputErrors: InputError[]): ReportCache {
  const file = reportCacheFile(location);
  const h = createHash('sha256').update(`${REPORT_FORMAT}|${salt}`).update('\u0000').update(JSON.stringify(inputErrors));
  for (const d of docs) h.update('\u0000').update(d.file).update('\u0001').update(d.id).update('\u0001').update(cacheKey(d, ''));
  const key = h.digest('base64url');
  return {
    get() {
      if (!existsSync(file)) return undefined;
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as { key?: string; report?: Report };
        return parsed.key === key ? parsed.report : undefined;
      } catch {
        return undefined; // a damaged cache is rebuilt
      }
    },
    set(report) {
      mkdirSync(dirname(file), { recursive: true });
      writeAtomic(file, JSON.stringify({ key, report }));
    },
  };
}
