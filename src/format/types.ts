// Formatter contract: a pure function from a report (and source lines, for excerpts) to text.
import type { Report } from '../core/report.js';

export interface FormatContext {
  /** Text of a 1-based line of a file, for code frames; undefined when not available. */
  lineOf(file: string, line: number): string | undefined;
  color: boolean;
  /** Working directory, for formats that need absolute or relative paths. */
  cwd: string;
}

export type Formatter = (report: Report, ctx: FormatContext) => string;
