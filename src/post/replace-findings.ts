// A report with a new list of findings: the summary and per-document counts are recomputed.
import { countBySeverity, type Report } from '../core/report.js';
import type { Finding } from '../core/types.js';
import { sortFindings } from './sort.js';

export function replaceFindings(report: Report, findings: Finding[]): Report {
  const order = new Map(report.documents.map((d, i) => [d.id, i]));
  const sorted = sortFindings(findings, order);
  const perDoc = new Map<string, number>();
  for (const f of sorted) perDoc.set(f.doc, (perDoc.get(f.doc) ?? 0) + 1);
  const c = countBySeverity(sorted);
  return {
    ...report,
    findings: sorted,
    documents: report.documents.map((d) => ({ ...d, findings: perDoc.get(d.id) ?? 0 })),
    summary: { ...report.summary, findings: sorted.length, errors: c.error, warnings: c.warning, infos: c.info },
  };
}
