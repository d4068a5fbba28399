// The report: what a run found, in the stable shape every formatter reads.
import type { DocDate } from '../date/types.js';
import type { Finding, InputError, Severity } from './types.js';

export const REPORT_VERSION = '1.0';

export interface DocumentReport {
  file: string;
  id: string;
  title?: string;
  date: {
    value?: string;
    earliest?: string;
    latest?: string;
    source: DocDate['source'];
    evidence: DocDate['evidence'];
  };
  story?: number;
  findings: number;
}

export interface StoryReport {
  id: number;
  documents: string[];
  /** The entities, places and date window that tie the documents together. */
  keys: string[];
}

export interface Summary {
  documents: number;
  files: number;
  findings: number;
  errors: number;
  warnings: number;
  infos: number;
  inputErrors: number;
}

export interface Report {
  version: string;
  tool: { name: 'newscheck'; version: string };
  findings: Finding[];
  documents: DocumentReport[];
  stories: StoryReport[];
  inputErrors: InputError[];
  summary: Summary;
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
