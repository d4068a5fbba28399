// Post-processing filters: a stable order and no duplicate findings.
import type { Finding } from '../core/types.js';
import { compareText } from '../core/compare.js';

/** Orders findings by document order, then position, then rule id (stable whatever the run order). */
export function sortFindings(findings: Finding[], docOrder: Map<string, number>): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (docOrder.get(a.doc) ?? 0) - (docOrder.get(b.doc) ?? 0) ||
      a.offset - b.offset ||
      a.endOffset - b.endOffset ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
}

/** Drops findings with the same rule, place and message. */
export function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.rule}\u0000${f.doc}\u0000${f.offset}\u0000${f.endOffset}\u0000${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
