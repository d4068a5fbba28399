// Builds small reports by hand for formatter and post-processing tests.
import type { Report } from '../../src/core/report.js';
import type { Finding, InputError } from '../../src/core/types.js';

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'scraping-residue',
    severity: 'warning',
    message: 'Residue.',
    file: 'a.md',
    doc: over.file ?? 'a.md',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
    offset: 0,
    endOffset: 4,
    text: 'text',
    related: [],
    ...over,
  };
}

export function report(findings: Finding[], docs: string[] = [...new Set(findings.map((f) => f.doc))], inputErrors: InputError[] = []): Report {
  return {
    version: '1.0',
    tool: { name: 'newscheck', version: '9.9.9' },
    findings,
    documents: docs.map((d) => ({ file: d.replace(/[#:].*$/, ''), id: d, date: { source: 'unknown', evidence: [] }, findings: findings.filter((f) => f.doc === d).length })),
    stories: [],
    inputErrors,
    summary: { documents: docs.length, files: new Set(docs).size, findings: findings.length, errors: 0, warnings: 0, infos: 0, inputErrors: inputErrors.length },
  };
}

export const CTX = { cwd: '/tmp', color: false, lineOf: () => undefined };
