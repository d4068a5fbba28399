// The JSON report: one document on stdout, stable key order, described by schema/report.schema.json.
import type { Finding } from '../core/types.js';
import type { Formatter } from './types.js';

function orderFinding(f: Finding): Record<string, unknown> {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    doc: f.doc,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    offset: f.offset,
    endOffset: f.endOffset,
    text: f.text,
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.evidence ? { evidence: f.evidence } : {}),
    related: f.related.map((r) => ({ file: r.file, doc: r.doc, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn, offset: r.offset, endOffset: r.endOffset, text: r.text, message: r.message })),
    ...(f.data ? { data: f.data } : {}),
  };
}

export const json: Formatter = (report) =>
  JSON.stringify(
    {
      version: report.version,
      tool: report.tool,
      summary: report.summary,
      findings: report.findings.map(orderFinding),
      documents: report.documents,
      stories: report.stories,
      inputErrors: report.inputErrors,
    },
    null,
    2,
  ) + '\n';
