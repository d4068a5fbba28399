// The default terminal report: findings grouped by file, with a code frame and related locations.
import { Chalk } from 'chalk';
import type { Finding, InputError, Severity } from '../core/types.js';
import { codeFrame } from './frame.js';
import { oneLine } from './sanitize.js';
import type { Formatter } from './types.js';

const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

export const stylish: Formatter = (report, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  for (const [file, findings] of byFile) {
    out.push(c.underline(oneLine(file)));
    for (const f of findings) {
      const where = c.dim(`${f.line}:${f.column}`);
      out.push(`  ${where}  ${paint[f.severity](SEVERITY_WORD[f.severity])}  ${oneLine(f.message)}  ${c.dim(f.rule)}`);
      const src = ctx.lineOf(f.file, f.line);
      if (src !== undefined) {
        const length = f.endLine === f.line ? f.endColumn - f.column : src.length - f.column + 1;
        const fr = codeFrame({ line: src, lineNo: f.line, column: f.column, length });
        out.push(`    ${c.dim(fr.source)}`, `    ${paint[f.severity](fr.marker)}`);
      }
      for (const r of f.related) {
        const rfile = r.file === f.file ? '' : `${oneLine(r.file)}:`;
        out.push(`    ${c.dim('↳')} ${c.dim(`${rfile}${r.line}:${r.column}`)} ${oneLine(r.message)} ${c.dim(`"${oneLine(truncate(r.text, 80))}"`)}`);
      }
    }
    out.push('');
  }
  if (report.inputErrors.length) {
    out.push(c.underline('input errors'));
    for (const e of report.inputErrors) out.push(`  ${c.red('error')}  ${formatInputError(e)}`);
    out.push('');
  }
  out.push(summaryLine(report.summary, c));
  return out.join('\n') + '\n';
};

export function formatInputError(e: InputError): string {
  return `${oneLine(e.file)}${e.line ? `:${e.line}` : ''}: ${oneLine(e.message)}`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryLine(s: { findings: number; errors: number; warnings: number; infos: number; documents: number; files: number; inputErrors: number }, c: InstanceType<typeof Chalk>): string {
  const docs = `${plural(s.documents, 'document')} in ${plural(s.files, 'file')}`;
  const inputs = s.inputErrors ? `, ${plural(s.inputErrors, 'input error')}` : '';
  if (s.findings === 0) return c.green(`✔ no problems found in ${docs}${inputs}`);
  const mark = s.errors ? c.red('✖') : c.yellow('⚠');
  return `${mark} ${plural(s.findings, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}) in ${docs}${inputs}`;
}
