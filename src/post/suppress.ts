// Suppressions: `<!-- newscheck-disable... -->` comments in Markdown/HTML sources and config entries,
// applied to a report's findings after the engine has run (the engine stays pure and unaware of them).
//
//   <!-- newscheck-disable-next-line rule-a, rule-b -- reason -->   the line after the comment
//   <!-- newscheck-disable-line rule-a -->                         the comment's own line(s)
//   <!-- newscheck-disable rule-a -->  …  <!-- newscheck-enable -->  a range (to the end of the file if unclosed)
//
// No rule list means every rule. Comments are read from the file source, where finding positions
// point, so HTML (whose comments are dropped from the analysed text) and Markdown work the same way.
import { LineIndex } from '../core/lines.js';
import type { Finding, Severity } from '../core/types.js';
import type { RuleMeta } from '../rules/types.js';

/** Pseudo-rule for problems with the suppression comments themselves. */
export const DIRECTIVE_RULE: RuleMeta = {
  id: 'disable-directive',
  description: 'A newscheck-disable comment that names an unknown rule, is not a known directive, or (with --report-unused-disables) suppresses nothing.',
  defaultSeverity: 'error',
  needs: [],
  docs: {
    catches: 'Suppression comments naming a rule that does not exist, misspelt directives, and (with --report-unused-disables) comments that suppress nothing.',
    why: 'A mistyped suppression silently does nothing, and a stale one would hide a future finding on that line.',
    example: { text: '<!-- newscheck-disable-next-line scraping-resdue -->', message: 'Unknown rule "scraping-resdue" in newscheck-disable-next-line comment.' },
    fix: 'Correct the rule id (see `newscheck rules`), or delete the comment.',
  },
};

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
const KINDS: readonly string[] = ['disable-next-line', 'disable-line', 'disable', 'enable'];

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  reason?: string;
  offset: number;
  endOffset: number;
  line: number;
  endLine: number;
}

export interface DirectiveProblem {
  offset: number;
  endOffset: number;
  message: string;
  severity: Severity;
}

/** Comments of the form `<!-- newscheck-KIND [rules] [-- reason] -->` in a source text. */
export function parseDirectives(source: string): { directives: Directive[]; problems: DirectiveProblem[] } {
  const lines = new LineIndex(source);
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  const re = /<!--\s*newscheck-([a-z-]+)([\s\S]*?)-->/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const offset = m.index;
    const endOffset = m.index + m[0].length;
    if (!KINDS.includes(m[1])) {
      problems.push({ offset, endOffset, severity: 'error', message: `Unknown directive "newscheck-${m[1]}" (expected one of ${KINDS.map((k) => `newscheck-${k}`).join(', ')}).` });
      continue;
    }
    const body = m[2];
    const cut = body.search(/(^|\s)--(\s|$)/);
    const list = cut < 0 ? body : body.slice(0, cut);
    const reason = cut < 0 ? undefined : body.slice(cut).replace(/^\s*--\s*/, '').trim() || undefined;
    directives.push({
      kind: m[1] as DirectiveKind,
      rules: list.split(/[\s,]+/).filter(Boolean),
      ...(reason ? { reason } : {}),
      offset,
      endOffset,
      line: lines.position(offset).line,
      endLine: lines.position(endOffset).line,
    });
  }
  return { directives, problems };
}

/** Where a directive applies, for one rule (or '*'): an offset range or a line range. */
interface Scope {
  directive: Directive;
  rule: string;
  covers(f: Finding): boolean;
  used: boolean;
}

/** The scopes of a file's directives, and the `enable` comments that close nothing. */
function scopes(directives: Directive[], known: Set<string>, problems: DirectiveProblem[]): { scopes: Scope[]; orphans: Directive[] } {
  const out: Scope[] = [];
  const enables = directives.filter((d) => d.kind === 'enable');
  const closing = new Set<Directive>();
  for (const d of directives) {
    for (const r of d.rules) {
      if (!known.has(r)) problems.push({ offset: d.offset, endOffset: d.endOffset, severity: 'error', message: `Unknown rule "${r}" in newscheck-${d.kind} comment (see \`newscheck rules\`).` });
    }
    if (d.kind === 'enable') continue;
    const rules = d.rules.length ? d.rules.filter((r) => known.has(r)) : ['*'];
    for (const rule of rules) {
      let covers: (f: Finding) => boolean;
      if (d.kind === 'disable-next-line') covers = (f) => f.line === d.endLine + 1;
      else if (d.kind === 'disable-line') covers = (f) => f.line >= d.line && f.line <= d.endLine;
      else {
        const end = enables.find((e) => e.offset > d.offset && (e.rules.length === 0 || (rule !== '*' && e.rules.includes(rule))));
        if (end) closing.add(end);
        const stop = end ? end.offset : Infinity;
        covers = (f) => f.offset >= d.endOffset && f.offset < stop;
      }
      out.push({ directive: d, rule, covers, used: false });
    }
  }
  return { scopes: out, orphans: enables.filter((e) => !closing.has(e)) };
}

export interface ConfigSuppressionRule {
  matches(file: string): boolean;
  rule: string;
  text?: string;
  /** How to name it in messages (`suppressions[2]`). */
  label: string;
}

export interface SuppressInput {
  findings: Finding[];
  /** Source text of every file that can hold suppression comments, by file as reported. */
  sources: Map<string, string>;
  /** Document id to report directive problems under, by file (one document per Markdown/HTML file). */
  docOf: (file: string) => string;
  knownRules: readonly string[];
  config: ConfigSuppressionRule[];
  reportUnused: boolean;
}

export interface SuppressResult {
  /** Findings left, plus problems with the directives as `disable-directive` findings. */
  findings: Finding[];
  suppressed: number;
  /** Config suppressions that matched nothing (labels). */
  unusedConfig: string[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export function applySuppressions(input: SuppressInput): SuppressResult {
  const known = new Set(input.knownRules);
  const problemsByFile = new Map<string, DirectiveProblem[]>();
  const scopesByFile = new Map<string, Scope[]>();
  const orphans = new Map<string, Directive[]>();
  for (const [file, src] of input.sources) {
    const { directives, problems } = parseDirectives(src);
    const s = scopes(directives, known, problems);
    scopesByFile.set(file, s.scopes);
    orphans.set(file, s.orphans);
    problemsByFile.set(file, problems);
  }
  const usedConfig = new Set<ConfigSuppressionRule>();
  let suppressed = 0;
  const kept = input.findings.filter((f) => {
    let hit = false;
    for (const s of scopesByFile.get(f.file) ?? []) {
      if ((s.rule === '*' || s.rule === f.rule) && s.covers(f)) hit = s.used = true;
    }
    for (const c of input.config) {
      if (c.rule === f.rule && (c.text === undefined || collapse(c.text) === collapse(f.text)) && c.matches(f.file)) {
        hit = true;
        usedConfig.add(c);
      }
    }
    if (hit) suppressed++;
    return !hit;
  });
  const extra: Finding[] = [];
  for (const [file, src] of input.sources) {
    const problems = [...(problemsByFile.get(file) ?? [])];
    if (input.reportUnused) {
      for (const s of scopesByFile.get(file) ?? []) {
        if (s.used) continue;
        const what = s.rule === '*' ? 'nothing to suppress' : `no "${s.rule}" finding to suppress`;
        problems.push({ offset: s.directive.offset, endOffset: s.directive.endOffset, severity: 'warning', message: `Unused newscheck-${s.directive.kind} comment: ${what}.` });
      }
      for (const d of orphans.get(file) ?? []) {
        problems.push({ offset: d.offset, endOffset: d.endOffset, severity: 'warning', message: 'newscheck-enable comment without a newscheck-disable before it.' });
      }
    }
    if (problems.length === 0) continue;
    const lines = new LineIndex(src);
    for (const p of problems) {
      const a = lines.position(p.offset);
      const b = lines.position(p.endOffset);
      extra.push({
        rule: DIRECTIVE_RULE.id,
        severity: p.severity,
        message: p.message,
        file,
        doc: input.docOf(file),
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        offset: p.offset,
        endOffset: p.endOffset,
        text: src.slice(p.offset, p.endOffset),
        related: [],
      });
    }
  }
  const unusedConfig = input.reportUnused ? input.config.filter((c) => !usedConfig.has(c)).map((c) => c.label) : [];
  return { findings: [...kept, ...extra], suppressed, unusedConfig };
}
