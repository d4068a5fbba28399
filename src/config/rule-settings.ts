// Effective rule settings: defaults < config `rules` < matching `overrides` (later wins) < --rule.
// Overrides change severity per file; the engine runs once over the whole corpus (cross-article rules
// need every document), so a rule touched by an override runs at `error` and each finding is then
// given the severity that applies to its file: min(draft severity, file severity), or dropped when off.
import { SEVERITY_RANK, type Finding } from '../core/types.js';
import type { RuleSetting } from '../engine.js';
import type { RuleMeta } from '../rules/types.js';
import { fileMatcher, type FileMatcher } from './match.js';
import type { Config, RuleSeverity } from './types.js';

interface Override {
  matches: FileMatcher;
  rules: Record<string, RuleSeverity>;
}

export class RuleSettings {
  private readonly overrides: Override[];

  constructor(
    private readonly metas: readonly RuleMeta[],
    private readonly config: Config,
    private readonly cli: Record<string, RuleSetting>,
    dir: string,
    cwd: string,
  ) {
    this.overrides = config.overrides.map((o) => ({ matches: fileMatcher(o.files, dir, cwd), rules: o.rules }));
  }

  private base(id: string): RuleSetting {
    const meta = this.metas.find((m) => m.id === id);
    return this.cli[id] ?? this.config.rules[id] ?? { severity: meta?.defaultSeverity ?? 'off' };
  }

  /** Rules whose severity depends on the file (named in an override and not fixed by --rule). */
  private perFile(id: string): boolean {
    return !this.cli[id] && this.overrides.some((o) => id in o.rules);
  }

  /** The setting of a rule for one file. */
  forFile(id: string, file: string): RuleSetting {
    const base = this.base(id);
    if (this.cli[id]) return base;
    let severity = base.severity;
    for (const o of this.overrides) if (id in o.rules && o.matches(file)) severity = o.rules[id];
    return { ...base, severity };
  }

  /** Settings for the engine (one run for the corpus). */
  engine(): Record<string, RuleSetting> {
    const out: Record<string, RuleSetting> = {};
    for (const { id } of this.metas) {
      const base = this.base(id);
      if (!this.perFile(id)) {
        out[id] = base;
        continue;
      }
      const anyOn = base.severity !== 'off' || this.overrides.some((o) => o.rules[id] !== undefined && o.rules[id] !== 'off');
      out[id] = { ...base, severity: anyOn ? 'error' : 'off' };
    }
    return out;
  }

  /** Gives findings of per-file rules the severity for their file (see the top of this module). */
  apply(findings: Finding[]): Finding[] {
    return findings.flatMap((f) => {
      if (!this.perFile(f.rule)) return [f];
      const s = this.forFile(f.rule, f.file).severity;
      if (s === 'off') return [];
      return [SEVERITY_RANK[s] < SEVERITY_RANK[f.severity] ? { ...f, severity: s } : f];
    });
  }

  /** Every rule's setting (for one file when given): for --print-config. */
  table(file?: string): Record<string, RuleSetting> {
    const out: Record<string, RuleSetting> = {};
    for (const { id } of this.metas) out[id] = file === undefined ? this.base(id) : this.forFile(id, file);
    return out;
  }
}
