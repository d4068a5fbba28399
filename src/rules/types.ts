// Rule contract: metadata and documentation, plus a check over one document or the whole corpus.
import type { Document, FindingDraft, Severity } from '../core/types.js';
import type { DocFacts, FactKind } from '../extract/types.js';
import type { DocDate } from '../date/types.js';
import type { KnowledgeBase } from '../know/kb.js';

export interface RuleDocs {
  /** What the rule catches. */
  catches: string;
  /** Why it matters to an editor or fact-checker. */
  why: string;
  /** An example finding: the text and the message. */
  example: { text: string; message: string };
  /** How to fix the text. */
  fix: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Facts the rule reads; the engine runs only the extractors enabled rules need. */
  needs: FactKind[];
  docs: RuleDocs;
}

export interface DocContext {
  doc: Document;
  facts: DocFacts;
  date: DocDate;
  kb: KnowledgeBase;
  options: Record<string, unknown>;
}

export interface CorpusEntry {
  doc: Document;
  facts: DocFacts;
  date: DocDate;
  story?: number;
}

export interface CorpusContext {
  entries: CorpusEntry[];
  kb: KnowledgeBase;
  options: Record<string, unknown>;
}

export interface DocumentRule {
  meta: RuleMeta;
  scope: 'document';
  check(ctx: DocContext): FindingDraft[];
}

/** A corpus rule's drafts name the document they belong to. */
export interface CorpusFindingDraft extends FindingDraft {
  doc: string;
}

export interface CorpusRule {
  meta: RuleMeta;
  scope: 'corpus';
  check(ctx: CorpusContext): CorpusFindingDraft[];
}

export type Rule = DocumentRule | CorpusRule;
