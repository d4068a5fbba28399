// Config types: what a newscheck config file holds, after validation.
import type { Severity } from '../core/types.js';
import type { RuleSetting } from '../engine.js';

export type RuleSeverity = Severity | 'off';

export interface ConfigOverride {
  files: string[];
  rules: Record<string, RuleSeverity>;
}

export interface ConfigSuppression {
  files: string[];
  rule: string;
  /** Only findings whose text is exactly this (whitespace collapsed). */
  text?: string;
  reason: string;
}

/** A validated config, normalised: globs are always arrays, rule values always { severity, options? }. */
export interface Config {
  rules: Record<string, RuleSetting>;
  failOn?: Severity;
  maxWarnings?: number;
  date?: string;
  ignore: string[];
  kb: string[];
  reportUnusedDisables?: boolean;
  baseline?: string;
  overrides: ConfigOverride[];
  suppressions: ConfigSuppression[];
}

/** A config and where it came from (paths and globs in it are relative to `dir`). */
export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file, or undefined when no config was found. */
  file?: string;
  dir: string;
}

export const EMPTY_CONFIG: Config = { rules: {}, ignore: [], kb: [], overrides: [], suppressions: [] };
