// Validates a parsed config against schema/config.schema.json (ajv) and the rule registry, and normalises it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lazy } from '../core/lazy.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isIsoDate } from '../load/dates.js';
import type { RuleSetting } from '../engine.js';
import { ConfigError } from './config-error.js';
import type { Config, RuleSeverity } from './types.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../schema/config.schema.json', import.meta.url));
type AjvClass = typeof import('ajv').default;
// ajv is CommonJS: required on first use, its class is the module or its `default`.
const ajv = lazy<AjvClass & { default?: AjvClass }>('ajv');
let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  const Ajv = ajv().default ?? ajv();
  compiled ??= new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  return compiled;
}

/** `/overrides/0/files` -> `overrides[0].files`. */
export function keyPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

function describe(e: ErrorObject): { key: string; problem: string } {
  const key = keyPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') {
    const extra = String(p.additionalProperty);
    return { key: key ? `${key}.${extra}` : extra, problem: 'unknown key' };
  }
  if (e.keyword === 'enum') return { key, problem: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
  const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName ?? (e.keyword === 'propertyNames' ? String(p.propertyName) : undefined);
  if (propertyName !== undefined) return { key: `${key}.${propertyName}`, problem: 'not a rule id (kebab-case expected)' };
  if (e.keyword === 'pattern' && key.endsWith('rule')) return { key, problem: 'not a rule id (kebab-case expected)' };
  return { key, problem: e.message ?? 'invalid' };
}

/** The most specific schema error: the deepest key, preferring named problems over `anyOf` summaries. */
function pick(errors: ErrorObject[]): ErrorObject {
  const named = (e: ErrorObject) => e.keyword === 'additionalProperties' || e.keyword === 'propertyNames' || 'propertyName' in e;
  const rank = (e: ErrorObject) => (e.instancePath.split('/').length + (named(e) ? 1 : 0)) * 10 + (e.keyword === 'anyOf' ? 0 : e.keyword === 'type' ? 1 : 2);
  return [...errors].sort((a, b) => rank(b) - rank(a))[0];
}

const asList = (g: string | string[]): string[] => (Array.isArray(g) ? g : [g]);

interface RawConfig {
  rules?: Record<string, RuleSeverity | RuleSetting>;
  failOn?: Config['failOn'];
  maxWarnings?: number;
  date?: string;
  ignore?: string | string[];
  kb?: string[];
  reportUnusedDisables?: boolean;
  baseline?: string;
  overrides?: Array<{ files: string | string[]; rules: Record<string, RuleSeverity> }>;
  suppressions?: Array<{ files: string | string[]; rule: string; text?: string; reason: string }>;
}

/** Checks `data` (from `file`) and returns the normalised config; throws ConfigError naming the key. */
export function validateConfig(data: unknown, file: string, ruleIds: readonly string[]): Config {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(file, '', 'expected an object of settings');
  const validate = validator();
  if (!validate(data)) {
    const { key, problem } = describe(pick(validate.errors ?? []));
    throw new ConfigError(file, key, problem);
  }
  const raw = data as RawConfig;
  const known = new Set(ruleIds);
  const checkRule = (id: string, key: string) => {
    if (!known.has(id)) throw new ConfigError(file, key, `unknown rule ${JSON.stringify(id)} (known: ${ruleIds.join(', ')})`);
  };
  if (raw.date !== undefined && !isIsoDate(raw.date)) throw new ConfigError(file, 'date', `not a calendar date: ${JSON.stringify(raw.date)}`);
  const rules: Record<string, RuleSetting> = {};
  for (const [id, v] of Object.entries(raw.rules ?? {})) {
    checkRule(id, `rules.${id}`);
    rules[id] = typeof v === 'string' ? { severity: v } : v;
  }
  (raw.overrides ?? []).forEach((o, i) => Object.keys(o.rules).forEach((id) => checkRule(id, `overrides[${i}].rules.${id}`)));
  (raw.suppressions ?? []).forEach((s, i) => checkRule(s.rule, `suppressions[${i}].rule`));
  return {
    rules,
    failOn: raw.failOn,
    maxWarnings: raw.maxWarnings,
    date: raw.date,
    ignore: raw.ignore === undefined ? [] : asList(raw.ignore),
    kb: raw.kb ?? [],
    reportUnusedDisables: raw.reportUnusedDisables,
    baseline: raw.baseline,
    overrides: (raw.overrides ?? []).map((o) => ({ files: asList(o.files), rules: o.rules })),
    suppressions: (raw.suppressions ?? []).map((s) => ({ files: asList(s.files), rule: s.rule, reason: s.reason, ...(s.text !== undefined ? { text: s.text } : {}) })),
  };
}
