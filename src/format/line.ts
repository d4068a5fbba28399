// One finding per line, `file:line:col: severity rule message`, for grep, editors and reviewdog
// (errorformat `%f:%l:%c: %m`).
import { oneLine } from './sanitize.js';
import type { Formatter } from './types.js';

export const line: Formatter = (report) =>
  report.findings.map((f) => `${oneLine(f.file)}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${oneLine(f.message)}\n`).join('');
