// JUnit XML: one test case per document; its findings make one <failure> (one element, so strict
// JUnit readers accept it), listed one per line with severity; input errors are <error> test cases.
import type { Finding } from '../core/types.js';
import type { Formatter } from './types.js';

/** Escapes XML text and attribute values and drops characters XML 1.0 cannot hold. */
export function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function failureBody(fs: Finding[]): string {
  return fs
    .map((f) => {
      const rel = f.related.map((r) => `\n    ${r.file === f.file ? '' : `${r.file}:`}${r.line}:${r.column} ${r.message}: "${r.text}"`).join('');
      return `${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}${rel}`;
    })
    .join('\n');
}

export const junit: Formatter = (report) => {
  const byDoc = new Map<string, Finding[]>();
  for (const f of report.findings) byDoc.set(f.doc, [...(byDoc.get(f.doc) ?? []), f]);
  const cases: string[] = [];
  let failures = 0;
  for (const d of report.documents) {
    const fs = byDoc.get(d.id) ?? [];
    const open = `    <testcase classname="${xml(d.file)}" name="${xml(d.id)}">`;
    if (fs.length === 0) {
      cases.push(`    <testcase classname="${xml(d.file)}" name="${xml(d.id)}"/>`);
      continue;
    }
    failures++;
    const worst = fs.some((f) => f.severity === 'error') ? 'error' : fs.some((f) => f.severity === 'warning') ? 'warning' : 'info';
    const message = `${plural(fs.length, 'finding')} (worst: ${worst})`;
    cases.push(`${open}\n      <failure type="${worst}" message="${xml(message)}">${xml(failureBody(fs))}</failure>\n    </testcase>`);
  }
  for (const e of report.inputErrors) {
    const where = `${e.file}${e.line ? `:${e.line}` : ''}`;
    cases.push(`    <testcase classname="${xml(e.file)}" name="${xml(where)}">\n      <error type="input" message="${xml(e.message)}">${xml(`error ${where}: ${e.message}`)}</error>\n    </testcase>`);
  }
  const tests = report.documents.length + report.inputErrors.length;
  const errors = report.inputErrors.length;
  const attrs = `name="newscheck" tests="${tests}" failures="${failures}" errors="${errors}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ${attrs}>\n  <testsuite ${attrs}>\n${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>\n</testsuites>\n`;
};
