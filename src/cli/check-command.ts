// `newscheck [paths...]`: load, check, report, and set the exit code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Severity } from '../core/types.js';
import { activeRules, checkCorpus, neededFacts, type RuleSetting } from '../engine.js';
import { extractAll } from './extract-pool.js';
import { FORMATTERS } from '../format/index.js';
import type { FormatContext } from '../format/types.js';
import { loadKb } from '../know/load.js';
import { EXIT_TROUBLE, exitCodeFor } from './exit-code.js';
import { writeAtomic, writeStdout } from './output.js';
import { readInputs } from './sources.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';
import { isIsoDate } from '../load/dates.js';
import { RULES } from '../rules/index.js';

export interface CheckOptions {
  format: string;
  output?: string;
  failOn: Severity;
  maxWarnings?: number;
  date?: string;
  ignore: string[];
  stdinFilename?: string;
  color: boolean;
  quiet: boolean;
  rule: string[];
  kb: string[];
  /** Worker threads for fact extraction; 1 runs in this process. */
  concurrency: number;
}

export function parseRuleFlags(flags: string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const f of flags) {
    const m = /^([a-z0-9-]+)=(off|info|warning|error)$/.exec(f.trim());
    if (!m) throw new UsageError(`--rule expects ID=off|info|warning|error, got ${JSON.stringify(f)}`);
    if (!RULES.some((r) => r.meta.id === m[1])) throw new UsageError(`--rule: unknown rule ${JSON.stringify(m[1])} (see \`newscheck rules\`)`);
    out[m[1]] = { severity: m[2] as RuleSetting['severity'] };
  }
  return out;
}

export async function runCheck(paths: string[], opts: CheckOptions, cwd = process.cwd()): Promise<number> {
  const formatter = FORMATTERS[opts.format];
  if (!formatter) throw new UsageError(`unknown format ${JSON.stringify(opts.format)} (one of: ${Object.keys(FORMATTERS).join(', ')})`);
  if (opts.date !== undefined && !isIsoDate(opts.date)) throw new UsageError(`--date expects a calendar date YYYY-MM-DD, got ${JSON.stringify(opts.date)}`);
  const rules = parseRuleFlags(opts.rule);
  if (paths.length === 0) throw new UsageError('no input paths given (try `newscheck seeds/` or `newscheck --help`)');
  const kbFiles = opts.kb.map((f) => resolve(cwd, f));
  const kb = loadKb(kbFiles);
  const inputs = readInputs(paths, { cwd, ignore: opts.ignore, stdinFilename: opts.stdinFilename });
  const engineOptions = { kb, rules, referenceDate: opts.date, toolVersion: VERSION };
  const facts = await extractAll(inputs.docs, { concurrency: opts.concurrency, kb, kbFiles, needs: neededFacts(activeRules(engineOptions)) });
  let report = checkCorpus(inputs.docs, facts, engineOptions, inputs.errors);
  if (opts.quiet) {
    const findings = report.findings.filter((f) => f.severity === 'error');
    report = { ...report, findings, summary: { ...report.summary, findings: findings.length, warnings: 0, infos: 0 } };
  }
  const cache = new Map<string, string[]>();
  const ctx: FormatContext = {
    cwd,
    color: opts.color && !opts.output,
    lineOf(file, line) {
      let lines = cache.get(file);
      if (!lines) {
        let text = '';
        if (inputs.stdin && file === inputs.stdin.label) text = inputs.stdin.text;
        else {
          try {
            text = readFileSync(resolve(cwd, file), 'utf8').replace(/^\uFEFF/, '');
          } catch {
            return undefined;
          }
        }
        lines = text.split(/\r\n|\r|\n/);
        cache.set(file, lines);
      }
      return lines[line - 1];
    },
  };
  const text = formatter(report, ctx);
  if (opts.output) writeAtomic(resolve(cwd, opts.output), text);
  else await writeStdout(text);
  if (report.inputErrors.length && opts.format !== 'stylish') {
    for (const e of report.inputErrors) process.stderr.write(`newscheck: ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}\n`);
  }
  const code = exitCodeFor(report, { failOn: opts.failOn, maxWarnings: opts.maxWarnings });
  return report.inputErrors.length ? EXIT_TROUBLE : code;
}
