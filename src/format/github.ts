// GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` annotation per finding.
// Escaping as the Actions runner expects: data escapes % CR LF; property values also escape : and ,.
import type { Finding, Severity } from '../core/types.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(f: Finding): string {
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(`newscheck ${f.severity} (${f.rule})`)}`,
  ];
  const related = f.related.map((r) => `\n  ${r.file === f.file ? '' : `${r.file}:`}${r.line}:${r.column} ${r.message}: "${r.text}"`);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(`${f.severity}: ${f.message}${related.join('')}`)}`;
}

export const github: Formatter = (report) => {
  const lines = report.findings.map(annotation);
  for (const e of report.inputErrors) {
    const props = [`file=${escapeProperty(e.file)}`, ...(e.line ? [`line=${e.line}`] : []), `title=${escapeProperty('newscheck input error')}`];
    lines.push(`::error ${props.join(',')}::${escapeData(`error: ${e.message}`)}`);
  }
  return lines.map((l) => l + '\n').join('');
};
