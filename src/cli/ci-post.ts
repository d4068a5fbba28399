// After the engine: per-file rule severities, suppressions, the baseline and --quiet, in that order.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileMatcher } from '../config/match.js';
import type { Report } from '../core/report.js';
import type { Finding } from '../core/types.js';
import { applyBaseline, makeBaseline, parseBaseline, serializeBaseline, type Baseline, type KeyOptions } from '../post/baseline.js';
import { replaceFindings } from '../post/replace-findings.js';
import { applySuppressions, type ConfigSuppressionRule } from '../post/suppress.js';
import { RULES } from '../rules/index.js';
import type { Settings } from './ci-settings.js';
import { writeAtomic } from './output.js';
import type { SourceCache } from './source-cache.js';
import { UsageError } from './usage-error.js';

/** Files whose source can hold `<!-- newscheck-disable … -->` comments. */
const COMMENT_FILES = /\.(md|markdown|html?)$/i;

export interface PostResult {
  report: Report;
  /** Lines for stderr (baseline written, stale entries, unused config suppressions). */
  notes: string[];
}

function keyOptions(baselineFile: string, sources: SourceCache, cwd: string): KeyOptions {
  const dir = dirname(baselineFile);
  return {
    sourceOf: (file) => sources.text(file),
    keyOf: (file) => relative(dir, resolve(cwd, file)).split(sep).join('/'),
  };
}

function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read baseline ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file (create it with --write-baseline)' : (e as Error).message}`);
  }
  try {
    return parseBaseline(text);
  } catch (e) {
    throw new UsageError(`invalid baseline ${file}: ${(e as Error).message}`);
  }
}

function suppress(findings: Finding[], report: Report, s: Settings, sources: SourceCache, cwd: string, notes: string[]): Finding[] {
  const files = [...new Set(report.documents.map((d) => d.file))].filter((f) => COMMENT_FILES.test(f));
  const texts = new Map<string, string>();
  for (const f of files) {
    const t = sources.text(f);
    if (t !== undefined) texts.set(f, t);
  }
  const docOf = new Map<string, string>();
  for (const d of report.documents) if (!docOf.has(d.file)) docOf.set(d.file, d.id);
  const { config, dir, file: configFile } = s.loaded;
  const rules: ConfigSuppressionRule[] = config.suppressions.map((c, i) => ({
    matches: fileMatcher(c.files, dir, cwd),
    rule: c.rule,
    ...(c.text !== undefined ? { text: c.text } : {}),
    label: `suppressions[${i}]`,
  }));
  const r = applySuppressions({
    findings,
    sources: texts,
    docOf: (f) => docOf.get(f) ?? f,
    knownRules: RULES.map((x) => x.meta.id),
    config: rules,
    reportUnused: s.reportUnusedDisables,
  });
  for (const label of r.unusedConfig) notes.push(`config ${configFile}: ${label} suppressed nothing`);
  return r.findings;
}

function baseline(findings: Finding[], report: Report, s: Settings, sources: SourceCache, cwd: string, notes: string[]): Finding[] {
  let file = s.baseline;
  let b: Baseline | undefined;
  if (s.writeBaseline) {
    file = s.writeBaseline;
    b = makeBaseline(findings, keyOptions(file, sources, cwd));
    writeAtomic(file, serializeBaseline(b));
    notes.push(`wrote baseline ${relative(cwd, file) || file} with ${b.entries.length} ${b.entries.length === 1 ? 'entry' : 'entries'}`);
  } else if (file) b = readBaseline(file);
  if (!file || !b) return findings;
  const keys = keyOptions(file, sources, cwd);
  const checkedFiles = new Set(report.documents.map((d) => keys.keyOf(d.file)));
  const r = applyBaseline(findings, b, { ...keys, checkedFiles });
  const name = relative(cwd, file) || file;
  if (r.stale.length) {
    if (s.pruneBaseline) {
      writeAtomic(file, serializeBaseline(r.pruned));
      notes.push(`pruned ${r.stale.length} stale ${r.stale.length === 1 ? 'entry' : 'entries'} from baseline ${name}`);
    } else {
      notes.push(`baseline ${name}: ${r.stale.length} stale ${r.stale.length === 1 ? 'entry' : 'entries'} (fixed since recorded; --prune-baseline removes them):`);
    }
    for (const e of r.stale) notes.push(`  ${e.file}:${e.line} ${e.rule} ${JSON.stringify(e.text)}`);
  }
  return r.findings;
}

export function postProcess(report: Report, s: Settings, sources: SourceCache, cwd: string, quiet: boolean): PostResult {
  const notes: string[] = [];
  let findings = s.rules.apply(report.findings);
  findings = suppress(findings, report, s, sources, cwd, notes);
  findings = baseline(findings, report, s, sources, cwd, notes);
  if (quiet) findings = findings.filter((f) => f.severity === 'error');
  return { report: replaceFindings(report, findings), notes };
}
