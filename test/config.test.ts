// Config files: validation errors name the file and key; discovery upward; precedence CLI > config > defaults.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigError } from '../src/config/config-error.js';
import { findConfigFile, loadConfig } from '../src/config/load.js';
import { RuleSettings } from '../src/config/rule-settings.js';
import { validateConfig } from '../src/config/validate.js';
import { RULES } from '../src/rules/index.js';
import { cli } from './helpers/cli.js';
import { finding } from './helpers/report.js';

const IDS = RULES.map((r) => r.meta.id);

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nc-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('validation', () => {
  it.each([
    [{ rule: {} }, 'rule', 'unknown key'],
    [{ rules: { 'no-such-rule': 'error' } }, 'rules.no-such-rule', 'unknown rule "no-such-rule"'],
    [{ rules: { 'scraping-residue': 'warn' } }, 'rules.scraping-residue', 'must be one of "off", "info", "warning", "error"'],
    [{ rules: { 'scraping-residue': { severity: 'loud' } } }, 'rules.scraping-residue.severity', 'must be one of'],
    [{ rules: { 'scraping-residue': { severity: 'error', option: {} } } }, 'rules.scraping-residue.option', 'unknown key'],
    [{ rules: { Bad_Id: 'error' } }, 'rules.Bad_Id', 'not a rule id'],
    [{ failOn: 'fatal' }, 'failOn', 'must be one of'],
    [{ maxWarnings: 1.5 }, 'maxWarnings', 'must be integer'],
    [{ date: '2025-02-30' }, 'date', 'not a calendar date'],
    [{ date: 'May 2025' }, 'date', 'must match pattern'],
    [{ overrides: [{ files: 'opinion/**' }] }, 'overrides[0]', "must have required property 'rules'"],
    [{ overrides: [{ files: [], rules: {} }] }, 'overrides[0].files', ''],
    [{ overrides: [{ files: 'a', rules: { 'scraping-residue': 'error' } }, { files: 'b', rules: { nope: 'off' } }] }, 'overrides[1].rules.nope', 'unknown rule'],
    [{ suppressions: [{ files: '*.txt', rule: 'scraping-residue' }] }, 'suppressions[0]', "required property 'reason'"],
    [{ suppressions: [{ files: '*.txt', rule: 'typo-rule', reason: 'x' }] }, 'suppressions[0].rule', 'unknown rule'],
  ])('%j -> %s', (data, key, problem) => {
    let err: unknown;
    try {
      validateConfig(data, 'cfg.json', IDS);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).key).toBe(key);
    expect((err as ConfigError).message).toContain('cfg.json');
    expect((err as ConfigError).problem).toContain(problem);
  });
  it('accepts and normalises a full config', () => {
    const c = validateConfig(
      { rules: { 'scraping-residue': 'error' }, failOn: 'warning', ignore: 'drafts/**', overrides: [{ files: 'opinion/**', rules: { 'scraping-residue': 'off' } }], suppressions: [{ files: 'a.txt', rule: 'scraping-residue', text: 'x', reason: 'kept' }] },
      'cfg.json',
      IDS,
    );
    expect(c.rules).toEqual({ 'scraping-residue': { severity: 'error' } });
    expect(c.ignore).toEqual(['drafts/**']);
    expect(c.overrides[0].files).toEqual(['opinion/**']);
    expect(c.failOn).toBe('warning');
  });
});

describe('discovery', () => {
  it.each([
    [{ 'newscheck.config.json': '{}' }, 'newscheck.config.json'],
    [{ '.newscheckrc': 'failOn: info\n' }, '.newscheckrc'],
    [{ '.newscheckrc.yaml': 'failOn: info\n' }, '.newscheckrc.yaml'],
    [{ '.newscheckrc.yml': 'failOn: info\n' }, '.newscheckrc.yml'],
    [{ 'package.json': '{"name":"x","newscheck":{"failOn":"info"}}' }, 'package.json'],
    [{ 'package.json': '{"name":"x"}', '../.newscheckrc.yml': 'failOn: info\n' }, '../.newscheckrc.yml'],
    [{ 'newscheck.config.json': '{}', '.newscheckrc': '' }, 'newscheck.config.json'],
  ])('%j finds %s', (files, expected) => {
    const root = tree(Object.fromEntries(Object.entries(files).map(([k, v]) => [k.startsWith('../') ? k.slice(3) : `proj/${k}`, v])));
    const cwd = join(root, 'proj', 'news', 'deep');
    mkdirSync(cwd, { recursive: true });
    const found = findConfigFile(cwd);
    expect(found?.file).toBe(join(root, 'proj', expected));
  });
  it('finds nothing in a tree without config', () => {
    const root = tree({ 'a.txt': 'x' });
    expect(loadConfig(root, undefined, IDS).file).toBeUndefined();
  });
  it('--no-config ignores a config file; --config names one', () => {
    const root = tree({ '.newscheckrc': 'failOn: info\n', 'other.yml': 'failOn: warning\n' });
    expect(loadConfig(root, false, IDS).config.failOn).toBeUndefined();
    expect(loadConfig(root, 'other.yml', IDS).config.failOn).toBe('warning');
    expect(() => loadConfig(root, 'missing.yml', IDS)).toThrow(/missing\.yml/);
  });
  it('reports YAML and JSON syntax errors with the file', () => {
    expect(() => loadConfig(tree({ '.newscheckrc.yml': 'rules: [\n' }), undefined, IDS)).toThrow(/\.newscheckrc\.yml: not valid YAML/);
    expect(() => loadConfig(tree({ 'newscheck.config.json': '{"rules": }' }), undefined, IDS)).toThrow(/newscheck\.config\.json: not valid JSON/);
  });
});

describe('rule settings: CLI > overrides > config > defaults', () => {
  const metas = RULES.map((r) => r.meta);
  const def = RULES.find((r) => r.meta.id === 'scraping-residue')!.meta.defaultSeverity;
  const config = validateConfig(
    {
      rules: { 'scraping-residue': 'info' },
      overrides: [
        { files: 'opinion/**', rules: { 'scraping-residue': 'off' } },
        { files: ['opinion/keep/**', 'wire/*.txt'], rules: { 'scraping-residue': 'error' } },
      ],
    },
    'cfg',
    metas.map((m) => m.id),
  );
  const s = new RuleSettings(metas, config, {}, '/p', '/p');
  it.each([
    ['news/a.md', 'info'],
    ['opinion/a.md', 'off'],
    ['opinion/keep/a.md', 'error'],
    ['wire/b.txt', 'error'],
    ['wire/sub/b.txt', 'info'],
  ])('%s -> %s', (file, sev) => expect(s.forFile('scraping-residue', file).severity).toBe(sev));
  it('without config the default applies', () => {
    expect(new RuleSettings(metas, validateConfig({}, 'c', metas.map((m) => m.id)), {}, '/p', '/p').forFile('scraping-residue', 'x.md').severity).toBe(def);
  });
  it('--rule beats overrides', () => {
    const cli = new RuleSettings(metas, config, { 'scraping-residue': { severity: 'warning' } }, '/p', '/p');
    expect(cli.forFile('scraping-residue', 'opinion/a.md').severity).toBe('warning');
    expect(cli.engine()['scraping-residue'].severity).toBe('warning');
  });
  it('runs an overridden rule at error and maps findings per file (drops off, never raises a lowered draft)', () => {
    expect(s.engine()['scraping-residue'].severity).toBe('error');
    const out = s.apply([
      finding({ file: 'news/a.md', severity: 'error' }),
      finding({ file: 'opinion/a.md', severity: 'error' }),
      finding({ file: 'wire/b.txt', severity: 'error' }),
      finding({ file: 'wire/c.txt', severity: 'warning' }),
    ]);
    expect(out.map((f) => [f.file, f.severity])).toEqual([['news/a.md', 'info'], ['wire/b.txt', 'error'], ['wire/c.txt', 'warning']]);
  });
  it('globs are relative to the config folder', () => {
    const sub = new RuleSettings(metas, config, {}, '/p', '/p/opinion');
    expect(sub.forFile('scraping-residue', 'a.md').severity).toBe('off');
    expect(sub.forFile('scraping-residue', '../news/a.md').severity).toBe('info');
  });
});

describe('config from the CLI', () => {
  const RESIDUE = 'Story.\n\nLeave a Reply\n';
  it('applies failOn from the config, and the CLI flag wins over it', () => {
    const dir = tree({ 'a.txt': RESIDUE, '.newscheckrc.yml': 'failOn: warning\n' });
    expect(cli(['a.txt'], { cwd: dir }).code).toBe(1);
    expect(cli(['a.txt', '--fail-on', 'error'], { cwd: dir }).code).toBe(0);
    expect(cli(['a.txt', '--no-config'], { cwd: dir }).code).toBe(0);
  });
  it('applies overrides by glob from a config in a parent folder', () => {
    const dir = tree({ 'news/a.txt': RESIDUE, 'opinion/b.txt': RESIDUE, 'newscheck.config.json': JSON.stringify({ rules: { 'scraping-residue': 'error' }, overrides: [{ files: 'opinion/**', rules: { 'scraping-residue': 'info' } }] }) });
    const r = cli(['.', '--format', 'line'], { cwd: dir });
    expect(r.stdout).toContain('news/a.txt:3:1: error scraping-residue');
    expect(r.stdout).toContain('opinion/b.txt:3:1: info scraping-residue');
    expect(r.code).toBe(1);
    const sub = cli(['.', '--format', 'line'], { cwd: join(dir, 'opinion') });
    expect(sub.stdout).toBe('b.txt:3:1: info scraping-residue ' + r.stdout.split('info scraping-residue ')[1]);
  });
  it('applies config ignore globs', () => {
    const dir = tree({ 'a.txt': RESIDUE, 'drafts/b.txt': RESIDUE, '.newscheckrc.yml': 'ignore: ["drafts/**"]\n' });
    expect(cli(['.', '--format', 'line'], { cwd: dir }).stdout.trim().split('\n')).toHaveLength(1);
    expect(cli(['.', '--format', 'line'], { cwd: join(dir, 'drafts') }).stdout).toBe('');
  });
  it('an invalid config is exit 2 with the file and key', () => {
    const dir = tree({ 'a.txt': RESIDUE, '.newscheckrc.yml': 'rules:\n  scraping-residu: error\n' });
    const r = cli(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`newscheck: invalid config ${join(dir, '.newscheckrc.yml')}: rules.scraping-residu: unknown rule "scraping-residu" (known: ${IDS.join(', ')})`);
  });
  it('--print-config shows the effective settings, per file with overrides', () => {
    const dir = tree({ '.newscheckrc.yml': 'failOn: warning\nrules:\n  scraping-residue: info\noverrides:\n  - files: "opinion/**"\n    rules: { scraping-residue: "off" }\n' });
    const all = JSON.parse(cli(['--print-config'], { cwd: dir }).stdout);
    expect(all.configFile).toBe(join(dir, '.newscheckrc.yml'));
    expect(all.failOn).toBe('warning');
    expect(all.rules['scraping-residue']).toEqual({ severity: 'info' });
    expect(Object.keys(all.rules)).toEqual(IDS);
    const op = JSON.parse(cli(['--print-config', 'opinion/x.md', '--fail-on', 'info'], { cwd: dir }).stdout);
    expect(op.rules['scraping-residue']).toEqual({ severity: 'off' });
    expect(op.failOn).toBe('info');
  });
});
