// Table-driven rule tests, in the manner of ESLint's RuleTester: valid texts give no finding, invalid ones give exactly the listed findings.
import { expect, it } from 'vitest';
import { makeDocument } from '../../src/core/document.js';
import type { Document } from '../../src/core/types.js';
import { checkDocuments } from '../../src/engine.js';
import { testKb } from './kb.js';
import type { Rule } from '../../src/rules/types.js';
import type { KnowledgeBase } from '../../src/know/kb.js';

export interface CaseDoc {
  text: string;
  /** Publication date (metadata). */
  date?: string;
  name?: string;
}

export interface ExpectedFinding {
  /** Exact text of the finding's span. */
  text: string;
  /** Substring the message must contain. */
  message?: string;
  /** Document name (for corpus rules with several documents). */
  doc?: string;
  /** Texts the related locations must have (in any order). */
  related?: string[];
}

export interface RuleCases {
  valid: Array<CaseDoc | CaseDoc[]>;
  invalid: Array<{ docs: CaseDoc | CaseDoc[]; findings: ExpectedFinding[] }>;
}

function toDocs(c: CaseDoc | CaseDoc[]): Document[] {
  const list = Array.isArray(c) ? c : [c];
  return list.map((d, i) =>
    makeDocument({ file: d.name ?? `doc${i}.txt`, index: i, text: d.text, meta: d.date ? { date: d.date, dateSource: 'metadata' } : {} }),
  );
}

function label(c: CaseDoc | CaseDoc[]): string {
  const t = (Array.isArray(c) ? c.map((d) => d.text).join(' | ') : c.text).replace(/\s+/g, ' ');
  return t.length > 70 ? t.slice(0, 67) + '...' : t;
}

/** The day rule tables are checked on: undated cases must not depend on the machine's clock. */
export const TEST_NOW = '2026-01-15';

export function runRule(rule: Rule, c: CaseDoc | CaseDoc[], kb: KnowledgeBase = testKb()) {
  return checkDocuments(toDocs(c), { kb, ruleSet: [rule], toolVersion: 'test', now: TEST_NOW }).findings;
}

export function ruleTable(rule: Rule, cases: RuleCases, kb?: () => KnowledgeBase): void {
  for (const v of cases.valid) {
    it(`valid: ${label(v)}`, () => {
      const found = runRule(rule, v, kb?.());
      expect(found.map((f) => `${f.text}: ${f.message}`)).toEqual([]);
    });
  }
  for (const inv of cases.invalid) {
    it(`invalid: ${label(inv.docs)}`, () => {
      const found = runRule(rule, inv.docs, kb?.());
      expect(found.map((f) => f.text)).toEqual(inv.findings.map((f) => f.text));
      inv.findings.forEach((exp, i) => {
        const f = found[i];
        expect(f.rule).toBe(rule.meta.id);
        if (exp.message) expect(f.message).toContain(exp.message);
        if (exp.doc) expect(f.file).toBe(exp.doc);
        if (exp.related) expect(f.related.map((r) => r.text).sort()).toEqual([...exp.related].sort());
      });
    });
  }
}
