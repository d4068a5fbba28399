// Exit codes: 0 clean, 1 findings at or above --fail-on (or over --max-warnings), 2 usage or input errors.
import type { Report } from '../core/report.js';
import { SEVERITY_RANK, type Severity } from '../core/types.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

export interface ExitPolicy {
  failOn: Severity;
  /** -1 or undefined: no limit. */
  maxWarnings?: number;
}

export function exitCodeFor(report: Report, policy: ExitPolicy): number {
  if (report.inputErrors.length > 0) return EXIT_TROUBLE;
  const threshold = SEVERITY_RANK[policy.failOn];
  if (report.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) return EXIT_FINDINGS;
  if (policy.maxWarnings !== undefined && policy.maxWarnings >= 0 && report.summary.warnings > policy.maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}
