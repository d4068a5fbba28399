// Settings of a check run from the command line and the config file: CLI > config > defaults.
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { fileMatcher, type FileMatcher } from '../config/match.js';
import { RuleSettings } from '../config/rule-settings.js';
import type { LoadedConfig } from '../config/types.js';
import type { Severity } from '../core/types.js';
import type { RuleSetting } from '../engine.js';
import { isIsoDate } from '../load/dates.js';
import { RULES } from '../rules/index.js';
import { UsageError } from './usage-error.js';

/** The CI-related command-line options (all optional: absent means "from the config, else default"). */
export interface CiFlags {
  failOn?: Severity;
  maxWarnings?: number;
  date?: string;
  ignore: string[];
  kb: string[];
  /** --config FILE, or false for --no-config. */
  config?: string | false;
  reportUnusedDisables?: boolean;
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
}

export interface Settings {
  loaded: LoadedConfig;
  rules: RuleSettings;
  failOn: Severity;
  maxWarnings?: number;
  date?: string;
  /** --ignore globs (relative to cwd), plus the config's when the config lives in cwd. */
  discoverIgnore: string[];
  /** The config's ignore globs (relative to the config folder), applied to what was read. */
  configIgnored: FileMatcher;
  /** Absolute KB file paths. */
  kb: string[];
  reportUnusedDisables: boolean;
  /** Absolute baseline path to read (--baseline, or the config's). */
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline: boolean;
}

/** The config's ignore globs, plus the config and baseline files themselves (never articles). */
function ignoredByConfig(globs: FileMatcher, own: Array<string | false | undefined>, cwd: string): FileMatcher {
  const files = new Set(own.filter((f): f is string => Boolean(f)));
  return (file) => files.has(resolve(cwd, file)) || globs(file);
}

export function resolveSettings(flags: CiFlags, cliRules: Record<string, RuleSetting>, cwd: string): Settings {
  const ids = RULES.map((r) => r.meta.id);
  const loaded = loadConfig(cwd, flags.config, ids);
  const { config, dir } = loaded;
  const date = flags.date ?? config.date;
  if (date !== undefined && !isIsoDate(date)) throw new UsageError(`--date expects a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const baseline = flags.baseline !== undefined ? resolve(cwd, flags.baseline) : config.baseline !== undefined ? resolve(dir, config.baseline) : undefined;
  if (flags.pruneBaseline && !baseline) throw new UsageError('--prune-baseline needs --baseline FILE (or "baseline" in the config)');
  return {
    loaded,
    rules: new RuleSettings(RULES.map((r) => r.meta), config, cliRules, dir, cwd),
    failOn: flags.failOn ?? config.failOn ?? 'error',
    maxWarnings: flags.maxWarnings ?? config.maxWarnings,
    date,
    discoverIgnore: [...flags.ignore, ...(resolve(dir) === resolve(cwd) ? config.ignore : [])],
    configIgnored: ignoredByConfig(config.ignore.length ? fileMatcher(config.ignore, dir, cwd) : () => false, [loaded.file, baseline, flags.writeBaseline && resolve(cwd, flags.writeBaseline)], cwd),
    kb: [...config.kb.map((f) => resolve(dir, f)), ...flags.kb.map((f) => resolve(cwd, f))],
    reportUnusedDisables: flags.reportUnusedDisables ?? config.reportUnusedDisables ?? false,
    baseline,
    writeBaseline: flags.writeBaseline !== undefined ? resolve(cwd, flags.writeBaseline) : undefined,
    pruneBaseline: Boolean(flags.pruneBaseline),
  };
}

/** The effective configuration as JSON (--print-config [file]): rules for that file when one is given. */
export function printConfig(s: Settings, file?: string): string {
  const c = s.loaded.config;
  const out = {
    configFile: s.loaded.file ?? null,
    ...(file !== undefined ? { file } : {}),
    failOn: s.failOn,
    maxWarnings: s.maxWarnings ?? null,
    date: s.date ?? null,
    ignore: c.ignore,
    kb: s.kb,
    reportUnusedDisables: s.reportUnusedDisables,
    baseline: s.baseline ?? null,
    rules: s.rules.table(file),
    overrides: c.overrides,
    suppressions: c.suppressions,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
