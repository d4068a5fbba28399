// The engine: documents in, report out. Pure (no file system, no console), so it runs anywhere.
import { locate } from './core/document.js';
import { REPORT_VERSION, countBySeverity, type DocumentReport, type Report, type StoryReport } from './core/report.js';
import { NO_TIMER, type Timer } from './core/timing.js';
import { SEVERITY_RANK, type Document, type Finding, type FindingDraft, type InputError, type Severity, type Span } from './core/types.js';
import { estimateDates } from './date/estimate.js';
import type { DocDate } from './date/types.js';
import { extractFacts, extractSide, joinSides, resolveDates, type Side, type SideFacts } from './extract/index.js';
import type { DocFacts, FactKind } from './extract/types.js';
import type { KnowledgeBase } from './know/kb.js';
import { dedupeFindings, sortFindings } from './post/sort.js';
import { RULES } from './rules/index.js';
import type { CorpusEntry, Rule } from './rules/types.js';
import { groupStories } from './story/group.js';
import { storyKeyHashes, textKeyHashes } from './story/keys.js';

export interface RuleSetting {
  severity: Severity | 'off';
  options?: Record<string, unknown>;
}

export interface EngineOptions {
  kb: KnowledgeBase;
  /** Per-rule settings by id; rules not named run at their default severity. */
  rules?: Record<string, RuleSetting>;
  /** Reference date for documents that carry none (--date). */
  referenceDate?: string;
  /** The day of the run (YYYY-MM-DD): no document is dated later. Defaults to today; tests fix it. */
  now?: string;
  toolVersion: string;
  /** Rules to use instead of the registry (tests). */
  ruleSet?: readonly Rule[];
  /** Records the wall time of the corpus stages and of each rule (NEWSCHECK_TIMING). */
  timer?: Timer;
}

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

export function activeRules(options: EngineOptions): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const rule of options.ruleSet ?? RULES) {
    const s = options.rules?.[rule.meta.id];
    const severity = s?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    out.push({ rule, severity, options: s?.options ?? {} });
  }
  return out;
}

/** Fact kinds the active rules need. */
export function neededFacts(rules: ActiveRule[]): Set<FactKind> {
  const s = new Set<FactKind>();
  for (const r of rules) for (const k of r.rule.meta.needs) s.add(k);
  return s;
}

/**
 * Stage 1, per document, in this thread: extract the facts the rules need, and the hashes of the document's
 * story keys (so that stage 2 need not build them). Beside workers, a document's two sides are extracted
 * apart (analyzeSide, possibly in a worker) and joined (joinAnalysis), to the same facts. Extractors memoise
 * per document object (tagged sentences, name analysis); they get a fresh shell of the document, so
 * those memos are released with it once the facts are out instead of living as long as the document.
 */
export function analyzeDocument(doc: Document, kb: KnowledgeBase, needs: Set<FactKind>): DocFacts {
  const shell = { ...doc };
  const facts = extractFacts(shell, kb, needs);
  if (needs.size) facts.storyKeys = storyKeyHashes(shell, facts);
  return facts;
}

/** Stage 1 for one side of a document (see `Side`): two threads can share a document this way (`sentences`: its spans, when already split). */
export function analyzeSide(doc: Document, kb: KnowledgeBase, needs: Set<FactKind>, side: Side, sentences?: Span[]): SideFacts {
  const shell = { ...doc };
  const facts = extractSide(shell, kb, needs, side, sentences);
  // The dates side is the lighter one: the text's own story keys are hashed with it.
  if (side === 'dates' && needs.size) facts.textKeys = textKeyHashes(shell);
  return facts;
}

/** Stage 1 finished from a document's two sides: what analyzeDocument gives. */
export function joinAnalysis(doc: Document, names: SideFacts, dates: SideFacts, needs: Set<FactKind>): DocFacts {
  const facts = joinSides(doc, names, dates, needs);
  if (needs.size) facts.storyKeys = storyKeyHashes(doc, facts, dates.textKeys);
  return facts;
}

function toFinding(draft: FindingDraft, doc: Document, docsById: Map<string, Document>, rule: ActiveRule): Finding {
  const loc = locate(doc, draft.span);
  const related = (draft.related ?? []).flatMap((r) => {
    const d = docsById.get(r.doc);
    return d ? [{ ...locate(d, r.span), message: r.message }] : [];
  });
  const f: Finding = {
    rule: rule.rule.meta.id,
    severity: draft.severity && SEVERITY_RANK[draft.severity] < SEVERITY_RANK[rule.severity] ? draft.severity : rule.severity,
    message: draft.message,
    ...loc,
    related,
  };
  if (draft.actual !== undefined) f.actual = draft.actual;
  if (draft.expected !== undefined) f.expected = draft.expected;
  if (draft.evidence?.length) f.evidence = draft.evidence;
  if (draft.data) f.data = draft.data;
  return f;
}

export interface Analysis {
  entries: CorpusEntry[];
  stories: StoryReport[];
}

/** Stage 2a, over the corpus: stories, document dates, and dates resolved against them. */
export function analyzeCorpus(docs: Document[], facts: DocFacts[], options: Pick<EngineOptions, 'kb' | 'referenceDate' | 'now' | 'timer'>): Analysis {
  const timer = options.timer ?? NO_TIMER;
  const stories = timer.time('stories', () => groupStories(docs, facts, options.kb));
  // The story-key hashes served the grouping only: about 10 MB on Reuters-21578, not kept to the end.
  for (const f of facts) if (f.storyKeys) f.storyKeys = undefined;
  const dates: DocDate[] = timer.time('document dates', () => estimateDates(docs, facts, stories.memberOf, options.kb, options.referenceDate, options.now));
  const entries: CorpusEntry[] = timer.time('relative dates', () =>
    docs.map((doc, i) => ({
      doc,
      facts: resolveDates(doc, facts[i], dates[i]),
      date: dates[i],
      story: stories.memberOf[i],
    })),
  );
  return { entries, stories: stories.stories };
}

/** Stage 2, over the corpus: dating, stories, rules, and the report. */
export function checkCorpus(docs: Document[], facts: DocFacts[], options: EngineOptions, inputErrors: InputError[] = []): Report {
  const rules = activeRules(options);
  const docsById = new Map(docs.map((d) => [d.id, d]));
  const { entries, stories } = analyzeCorpus(docs, facts, options);
  const timer = options.timer ?? NO_TIMER;
  const findings: Finding[] = [];
  for (const r of rules) {
    timer.time(`rule ${r.rule.meta.id}`, () => {
      if (r.rule.scope === 'document') {
        for (const e of entries) {
          for (const d of r.rule.check({ doc: e.doc, facts: e.facts, date: e.date, kb: options.kb, options: r.options })) {
            findings.push(toFinding(d, e.doc, docsById, r));
          }
        }
      } else {
        for (const d of r.rule.check({ entries, kb: options.kb, options: r.options })) {
          const doc = docsById.get(d.doc);
          if (doc) findings.push(toFinding(d, doc, docsById, r));
        }
      }
    });
  }
  return timer.time('report', () => {
    const order = new Map(docs.map((d) => [d.id, d.index]));
    const sorted = sortFindings(dedupeFindings(findings), order);
    return buildReport(entries, sorted, stories, inputErrors, options.toolVersion);
  });
}

function buildReport(entries: CorpusEntry[], findings: Finding[], stories: StoryReport[], inputErrors: InputError[], version: string): Report {
  const perDoc = new Map<string, number>();
  for (const f of findings) perDoc.set(f.doc, (perDoc.get(f.doc) ?? 0) + 1);
  const documents: DocumentReport[] = entries.map(({ doc, date, story }) => {
    const d: DocumentReport = {
      file: doc.file,
      id: doc.id,
      date: { value: date.value, earliest: date.earliest, latest: date.latest, source: date.source, evidence: date.evidence },
      findings: perDoc.get(doc.id) ?? 0,
    };
    if (doc.meta.title) d.title = doc.meta.title;
    if (story !== undefined) d.story = story;
    return d;
  });
  const c = countBySeverity(findings);
  return {
    version: REPORT_VERSION,
    tool: { name: 'newscheck', version },
    findings,
    documents,
    stories,
    inputErrors,
    summary: {
      documents: entries.length,
      files: new Set(entries.map((e) => e.doc.file)).size,
      findings: findings.length,
      errors: c.error,
      warnings: c.warning,
      infos: c.info,
      inputErrors: inputErrors.length,
    },
  };
}

/** Convenience: both stages in one call. */
export function checkDocuments(docs: Document[], options: EngineOptions, inputErrors: InputError[] = []): Report {
  const needs = neededFacts(activeRules(options));
  const facts = docs.map((d) => analyzeDocument(d, options.kb, needs));
  return checkCorpus(docs, facts, options, inputErrors);
}
