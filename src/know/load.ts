// Loads the embedded knowledge base (package folder kb/) and user KB files (YAML or JSON),
// validating each file against schema/kb.schema.json.
//
// Start-up speed: if kb/compiled.json (made by scripts/build-kb.mjs) exists and its sha256 matches
// the current kb/**/*.yaml sources, it is used instead of parsing the YAML (it was validated when
// built). A stale or missing compiled.json only costs time: the YAML is parsed instead.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { join, relative, extname } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { KnowledgeBase, KbError } from './kb.js';
import { isValidDate } from './normalize.js';
import type { KbData, KbFile } from './types.js';
import { lazy } from '../core/lazy.js';
import { compareText } from '../core/compare.js';

export { KbError };

const KB_DIR = fileURLToPath(new URL('../../kb/', import.meta.url));
const SCHEMA_FILE = fileURLToPath(new URL('../../schema/kb.schema.json', import.meta.url));
const COMPILED = join(KB_DIR, 'compiled.json');

/** The embedded KB folder. */
export function kbDir(): string {
  return KB_DIR;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) out.push(...walk(p));
    else if (/\.ya?ml$/i.test(ent.name)) out.push(p);
  }
  return out;
}

/** Absolute paths of the embedded KB YAML files, in load order. */
export function defaultKbFiles(): string[] {
  if (!existsSync(KB_DIR)) return [];
  return walk(KB_DIR).sort(compareText);
}

// yaml and ajv are loaded lazily: the usual start-up path (fresh kb/compiled.json, no user files)
// needs neither.
const ajvModule = lazy<AjvClass & { default?: AjvClass }>('ajv');
const yamlModule = lazy<{ parse(src: string): unknown }>('yaml');
type AjvClass = new (opts: Record<string, unknown>) => { compile(schema: unknown): ValidateFunction };
let validator: ValidateFunction | undefined;
function getValidator(): ValidateFunction {
  if (!validator) {
    const mod = ajvModule();
    const Ajv = mod.default ?? mod;
    const ajv = new Ajv({ allErrors: false, strict: false });
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    validator = ajv.compile(schema);
  }
  return validator;
}

/** "/offices/3/holders/1/from" -> "offices[3].holders[1].from" */
export function jsonPath(pointer: string, extra?: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  let out = '';
  for (const p of parts) {
    if (/^\d+$/.test(p)) out += `[${p}]`;
    else out += out ? `.${p}` : p;
  }
  return out;
}

function describe(e: ErrorObject): { path: string; what: string } {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'required') {
    return { path: jsonPath(e.instancePath, String(params.missingProperty)), what: 'is required' };
  }
  if (e.keyword === 'additionalProperties') {
    return { path: jsonPath(e.instancePath, String(params.additionalProperty)), what: 'unknown field' };
  }
  let what = e.message ?? e.keyword;
  if (e.keyword === 'pattern' && /date|from|to$/.test(e.instancePath)) what = 'must be a date YYYY-MM-DD';
  if (e.keyword === 'enum') what += `: ${(params.allowedValues as unknown[]).join(', ')}`;
  return { path: jsonPath(e.instancePath), what };
}

/** Schema + calendar-date validation of one parsed file; throws KbError. */
export function validateKbData(file: string, data: unknown): KbData {
  if (data === null || data === undefined) return {};
  const validate = getValidator();
  if (!validate(data)) {
    const e = validate.errors![0];
    const d = describe(e);
    throw new KbError(file, d.path, d.what);
  }
  // calendar validity (the schema only checks the shape)
  const kb = data as KbData;
  const bad = (path: string, v: string) => new KbError(file, path, `invalid calendar date "${v}"`);
  kb.offices?.forEach((o, i) => {
    o.holders?.forEach((t, j) => {
      if (!isValidDate(t.from)) throw bad(`offices[${i}].holders[${j}].from`, t.from);
      if (t.to != null && !isValidDate(t.to)) throw bad(`offices[${i}].holders[${j}].to`, t.to);
      if (t.to != null && !(t.from < t.to)) {
        throw new KbError(file, `offices[${i}].holders[${j}].to`, `term ends (${t.to}) before or on the day it starts (${t.from})`);
      }
    });
    o.gaps?.forEach((g, j) => {
      if (!isValidDate(g.from)) throw bad(`offices[${i}].gaps[${j}].from`, g.from);
      if (!isValidDate(g.to)) throw bad(`offices[${i}].gaps[${j}].to`, g.to);
    });
  });
  kb.events?.forEach((e, i) => {
    if (!isValidDate(e.date)) throw bad(`events[${i}].date`, e.date);
    e.dates?.forEach((d, j) => {
      if (!isValidDate(d)) throw bad(`events[${i}].dates[${j}]`, d);
    });
    if (e.end !== undefined && !isValidDate(e.end)) throw bad(`events[${i}].end`, e.end);
  });
  return kb;
}

/** Reads and parses a YAML or JSON file (no validation). */
export function parseKbFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new KbError(file, '', `cannot read: ${(err as Error).message}`);
  }
  try {
    if (extname(file).toLowerCase() === '.json') return JSON.parse(text);
    const YAML = yamlModule();
    return YAML.parse(text);
  } catch (err) {
    throw new KbError(file, '', `cannot parse: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** Reads, parses and validates one KB file. */
export function readKbFile(file: string): KbFile {
  return { file, data: validateKbData(file, parseKbFile(file)) };
}

let defaultFilesCache: KbFile[] | undefined;
let defaultKbCache: KnowledgeBase | undefined;

/** sha256 over relative path + NUL + content + NUL of each source (same as scripts/build-kb.mjs). */
function sourcesDigest(files: string[]): string {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(KB_DIR, f).split('\\').join('/'));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

function readCompiled(yamlFiles: string[]): KbFile[] | undefined {
  if (!existsSync(COMPILED)) return undefined;
  try {
    const compiled = JSON.parse(readFileSync(COMPILED, 'utf8')) as { sha256?: string; files?: KbFile[] };
    if (!compiled.files || compiled.sha256 !== sourcesDigest(yamlFiles)) return undefined;
    return compiled.files;
  } catch {
    return undefined;
  }
}

/** The parsed embedded files (cached), from kb/compiled.json when fresh, else from the YAML. */
export function loadDefaultFiles(): KbFile[] {
  if (defaultFilesCache) return defaultFilesCache;
  const yamlFiles = defaultKbFiles();
  const compiled = readCompiled(yamlFiles);
  if (compiled) {
    defaultFilesCache = compiled;
  } else {
    defaultFilesCache = yamlFiles.map((f) => {
      const { data } = readKbFile(f);
      return { file: relative(KB_DIR, f).split('\\').join('/'), data };
    });
  }
  return defaultFilesCache;
}

/**
 * The embedded KB plus user files (YAML or JSON paths), each validated; later files extend or
 * override earlier ones by id. Throws KbError naming the file and the JSON path of the bad entry.
 */
export function loadKb(userFiles: string[] = []): KnowledgeBase {
  if (!userFiles.length && defaultKbCache) return defaultKbCache;
  const files = [...loadDefaultFiles(), ...userFiles.map(readKbFile)];
  const kb = KnowledgeBase.build(files);
  if (!userFiles.length) defaultKbCache = kb;
  return kb;
}
