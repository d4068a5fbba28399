// Baseline: findings accepted when the gate was adopted. Entries are keyed by rule, file, the finding's
// exact text and a hash of its context on its own line, never by line number alone, so edits elsewhere
// in the file do not bring a recorded finding back. Matching is a multiset: two recorded "0 Comments"
// hide two findings, a third is new.
import { createHash } from 'node:crypto';
import type { Finding } from '../core/types.js';
import { compareText } from '../core/compare.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  rule: string;
  /** File path relative to the baseline file's folder, with / separators. */
  file: string;
  text: string;
  /** Hash of the text around the finding on its own line (whitespace collapsed). */
  context: string;
  /** For people reading the file; not used for matching. */
  line: number;
  message: string;
}

export interface Baseline {
  version: number;
  tool: 'newscheck';
  entries: BaselineEntry[];
}

/** Characters of context taken on each side of a finding, within its line. */
const WINDOW = 40;

/** Hash of the finding's surroundings: up to WINDOW characters either side, not crossing line ends. */
export function contextHash(source: string | undefined, f: Pick<Finding, 'offset' | 'endOffset' | 'rule'>): string {
  let ctx = '';
  if (source !== undefined) {
    const lineStart = Math.max(source.lastIndexOf('\n', f.offset - 1), source.lastIndexOf('\r', f.offset - 1)) + 1;
    const nl = source.slice(f.endOffset).search(/[\r\n]/);
    const lineEnd = nl < 0 ? source.length : f.endOffset + nl;
    const from = Math.max(lineStart, f.offset - WINDOW);
    const to = Math.min(lineEnd, f.endOffset + WINDOW);
    ctx = source.slice(from, to).replace(/\s+/g, ' ').trim();
  }
  return createHash('sha256').update(`${f.rule}\u0000${ctx}`).digest('hex').slice(0, 16);
}

export interface KeyOptions {
  /** Source text of a file as reported (undefined when it cannot be read). */
  sourceOf(file: string): string | undefined;
  /** The reported file path as stored in the baseline (relative to the baseline file). */
  keyOf(file: string): string;
}

export function entryFor(f: Finding, o: KeyOptions): BaselineEntry {
  return { rule: f.rule, file: o.keyOf(f.file), text: f.text, context: contextHash(o.sourceOf(f.file), f), line: f.line, message: f.message };
}

export function makeBaseline(findings: Finding[], o: KeyOptions): Baseline {
  const entries = findings.map((f) => entryFor(f, o));
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || compareText(a.rule, b.rule) || compareText(a.text, b.text)));
  return { version: BASELINE_VERSION, tool: 'newscheck', entries };
}

export function serializeBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + '\n';
}

/** Parses a baseline file; throws an Error with a plain message when it is not one. */
export function parseBaseline(text: string): Baseline {
  const data = JSON.parse(text) as Partial<Baseline>;
  if (!data || data.tool !== 'newscheck' || data.version !== BASELINE_VERSION || !Array.isArray(data.entries)) {
    throw new Error(`not a newscheck baseline (expected {"version": ${BASELINE_VERSION}, "tool": "newscheck", "entries": [...]})`);
  }
  for (const [i, e] of data.entries.entries()) {
    if (typeof e?.rule !== 'string' || typeof e.file !== 'string' || typeof e.text !== 'string' || typeof e.context !== 'string') {
      throw new Error(`entries[${i}] needs string rule, file, text and context`);
    }
  }
  return data as Baseline;
}

export interface BaselineResult {
  /** Findings not in the baseline. */
  findings: Finding[];
  /** How many findings the baseline hid. */
  hidden: number;
  /** Entries for files checked in this run that matched no finding (the finding was fixed). */
  stale: BaselineEntry[];
  /** The baseline without the stale entries (entries for files not checked are kept). */
  pruned: Baseline;
}

/**
 * Hides recorded findings. Two passes: first by rule, file, text and context; then, for what is left,
 * by rule, file and text alone (the sentence around the finding was edited but the finding is the same).
 */
export function applyBaseline(findings: Finding[], baseline: Baseline, o: KeyOptions & { checkedFiles: Set<string> }): BaselineResult {
  const keys = findings.map((f) => entryFor(f, o));
  const matched = new Array<boolean>(findings.length).fill(false);
  const used = new Array<boolean>(baseline.entries.length).fill(false);
  const pass = (key: (e: Pick<BaselineEntry, 'rule' | 'file' | 'text' | 'context'>) => string) => {
    const pool = new Map<string, number[]>();
    baseline.entries.forEach((e, i) => {
      if (used[i]) return;
      const k = key(e);
      pool.set(k, [...(pool.get(k) ?? []), i]);
    });
    keys.forEach((k, j) => {
      if (matched[j]) return;
      const free = pool.get(key(k));
      const i = free?.shift();
      if (i === undefined) return;
      used[i] = true;
      matched[j] = true;
    });
  };
  pass((e) => `${e.rule}\u0000${e.file}\u0000${e.text}\u0000${e.context}`);
  pass((e) => `${e.rule}\u0000${e.file}\u0000${e.text}`);
  const stale = baseline.entries.filter((e, i) => !used[i] && o.checkedFiles.has(e.file));
  const staleSet = new Set(stale);
  return {
    findings: findings.filter((_, j) => !matched[j]),
    hidden: matched.filter(Boolean).length,
    stale,
    pruned: { ...baseline, entries: baseline.entries.filter((e) => !staleSet.has(e)) },
  };
}
