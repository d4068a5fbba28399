// Runs the extractors a document needs and resolves its dates against the document date.
import type { Document } from '../core/types.js';
import type { DocDate } from '../date/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import { emptyFacts, type DocFacts, type FactKind } from './types.js';

export function extractFacts(_doc: Document, _kb: KnowledgeBase, _needs: Set<FactKind>): DocFacts {
  return emptyFacts();
}

/** Re-resolves relative dates against the document's final date. */
export function resolveDates(_doc: Document, facts: DocFacts, _date: DocDate): DocFacts {
  return facts;
}
