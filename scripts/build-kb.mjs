#!/usr/bin/env node
// Compiles the embedded knowledge base kb/**/*.yaml into kb/compiled.json, which loadKb() reads
// instead of parsing the YAML (start-up speed). Each file is validated against
// schema/kb.schema.json; the output records a sha256 of the sources, so loadKb() ignores a stale
// compiled.json and falls back to the YAML. Usage: node scripts/build-kb.mjs [--check]
//   --check: exit 1 if kb/compiled.json is missing or stale (for CI), write nothing.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import YAML from 'yaml';
import AjvModule from 'ajv';

const root = fileURLToPath(new URL('..', import.meta.url));
const kbDir = join(root, 'kb');
const out = join(kbDir, 'compiled.json');

function walk(dir) {
  const res = [];
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) res.push(...walk(p));
    else if (/\.ya?ml$/i.test(ent.name)) res.push(p);
  }
  return res;
}

/** Same digest as sourcesDigest() in src/know/load.ts: relative path + NUL + content + NUL per file. */
export function digest(files) {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(kbDir, f).split('\\').join('/'));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

const files = walk(kbDir).sort((a, b) => a.localeCompare(b));
const sha = digest(files);
if (process.argv.includes('--check')) {
  const ok = existsSync(out) && JSON.parse(readFileSync(out, 'utf8')).sha256 === sha;
  console.log(ok ? 'kb/compiled.json is up to date' : 'kb/compiled.json is missing or stale: run node scripts/build-kb.mjs');
  process.exit(ok ? 0 : 1);
}
const Ajv = AjvModule.default ?? AjvModule;
const validate = new Ajv({ allErrors: false, strict: false }).compile(JSON.parse(readFileSync(join(root, 'schema', 'kb.schema.json'), 'utf8')));
const compiled = { sha256: sha, files: [] };
for (const f of files) {
  const data = YAML.parse(readFileSync(f, 'utf8')) ?? {};
  if (!validate(data)) {
    const e = validate.errors[0];
    console.error(`${relative(root, f)}: ${e.instancePath} ${e.message}`);
    process.exit(1);
  }
  compiled.files.push({ file: relative(kbDir, f).split('\\').join('/'), data });
}
writeFileSync(out, JSON.stringify(compiled));
console.log(`wrote ${relative(root, out)} from ${files.length} files`);
