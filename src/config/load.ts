// Finds and reads the config: --config FILE, or the first config file from the working directory upward.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { lazy } from '../core/lazy.js';

const yaml = lazy<typeof import('yaml')>('yaml');
import { ConfigError } from './config-error.js';
import { EMPTY_CONFIG, type LoadedConfig } from './types.js';
import { validateConfig } from './validate.js';

/** Names looked for in each folder, in this order; package.json counts only with a "newscheck" key. */
export const CONFIG_NAMES = ['newscheck.config.json', '.newscheckrc', '.newscheckrc.yaml', '.newscheckrc.yml', 'package.json'];

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function packageSection(file: string): { found: boolean; data?: unknown } {
  let pkg: unknown;
  try {
    pkg = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { found: false }; // a broken package.json is not ours to report
  }
  if (pkg && typeof pkg === 'object' && 'newscheck' in pkg) return { found: true, data: (pkg as Record<string, unknown>).newscheck };
  return { found: false };
}

/** Parses a config file's text: JSON for *.json, YAML (a superset of JSON) otherwise. */
export function parseConfigText(text: string, file: string): unknown {
  const src = text.replace(/^\uFEFF/, '');
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(src);
    } catch (e) {
      throw new ConfigError(file, '', `not valid JSON: ${(e as Error).message}`);
    }
  }
  const doc = yaml().parseDocument(src, { uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line;
    throw new ConfigError(file, '', `not valid YAML${line ? ` (line ${line})` : ''}: ${e.message.split('\n')[0]}`);
  }
  return doc.toJS();
}

/** The config file that applies to `cwd`: the nearest folder upward holding one of CONFIG_NAMES. */
export function findConfigFile(cwd: string): { file: string; data?: unknown } | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (!isFile(p)) continue;
      if (name === 'package.json') {
        const s = packageSection(p);
        if (s.found) return { file: p, data: s.data };
        continue;
      }
      return { file: p };
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * Loads the config: `explicit` is --config FILE (relative to cwd), `false` for --no-config,
 * undefined to search from cwd upward. Throws ConfigError for an unreadable or invalid file.
 */
export function loadConfig(cwd: string, explicit: string | false | undefined, ruleIds: readonly string[]): LoadedConfig {
  if (explicit === false) return { config: EMPTY_CONFIG, dir: cwd };
  let found: { file: string; data?: unknown } | undefined;
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError(explicit, '', 'no such file');
    found = basename(file) === 'package.json' ? { file, data: packageSection(file).data ?? {} } : { file };
  } else found = findConfigFile(cwd);
  if (!found) return { config: EMPTY_CONFIG, dir: cwd };
  let data = found.data;
  if (data === undefined) {
    let text: string;
    try {
      text = readFileSync(found.file, 'utf8');
    } catch (e) {
      throw new ConfigError(found.file, '', `cannot read: ${(e as Error).message}`);
    }
    data = parseConfigText(text, found.file);
    if (data === null || data === undefined) data = {}; // an empty YAML file
  }
  const label = basename(found.file) === 'package.json' ? `${found.file} ("newscheck" key)` : found.file;
  return { config: validateConfig(data, label, ruleIds), file: found.file, dir: dirname(found.file) };
}
