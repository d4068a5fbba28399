import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { cli, ROOT } from './helpers/cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nc-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('exit codes', () => {
  it('0 when nothing at or above --fail-on was found', () => {
    const dir = tmp({ 'a.txt': 'A clean sentence about a council vote.\n' });
    expect(cli(['a.txt'], { cwd: dir }).code).toBe(0);
  });
  it('1 when a finding reaches --fail-on, 0 below it', () => {
    const dir = tmp({ 'a.txt': 'Story.\n\nLeave a Reply\n' });
    expect(cli(['a.txt'], { cwd: dir }).code).toBe(0); // warning < error
    expect(cli(['a.txt', '--fail-on', 'warning'], { cwd: dir }).code).toBe(1);
    expect(cli(['a.txt', '--rule', 'scraping-residue=error'], { cwd: dir }).code).toBe(1);
    expect(cli(['a.txt', '--rule', 'scraping-residue=off', '--fail-on', 'info'], { cwd: dir }).code).toBe(0);
  });
  it('1 over --max-warnings', () => {
    const dir = tmp({ 'a.txt': 'Story.\n\nLeave a Reply\n\nPost a Comment\n' });
    expect(cli(['a.txt', '--max-warnings', '2'], { cwd: dir }).code).toBe(0);
    expect(cli(['a.txt', '--max-warnings', '1'], { cwd: dir }).code).toBe(1);
  });
  it('2 when an input cannot be read, and the other inputs are still checked', () => {
    const dir = tmp({ 'a.txt': 'Story.\n\nLeave a Reply\n' });
    const r = cli(['a.txt', 'missing.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.findings).toHaveLength(1);
    expect(report.inputErrors).toEqual([{ file: 'missing.txt', message: 'no such file or directory' }]);
    expect(r.stderr).toContain('missing.txt: no such file or directory');
  });
  it('2 on usage errors, with a one-line message', () => {
    const dir = tmp({ 'a.txt': 'x' });
    const bad = cli(['a.txt', '--date', '2025-02-30'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('newscheck: --date expects a calendar date YYYY-MM-DD, got "2025-02-30"');
    expect(cli(['a.txt', '--rule', 'nope=error'], { cwd: dir }).code).toBe(2);
    expect(cli(['a.txt', '--format', 'xml'], { cwd: dir }).code).toBe(2);
  });
  it('--output writes the report and keeps the exit code', () => {
    const dir = tmp({ 'a.txt': 'Story.\n\nLeave a Reply\n' });
    const r = cli(['a.txt', '--fail-on', 'warning', '--format', 'json', '--output', 'out.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).summary.findings).toBe(1);
  });
});

describe('input from stdin', () => {
  it('reads - with --stdin-filename', () => {
    const r = cli(['-', '--stdin-filename', 'piped.txt', '--format', 'json'], { input: 'Text.\n\nPost a Comment\n' });
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { file: string; line: number }) => [f.file, f.line])).toEqual([['piped.txt', 3]]);
  });
});

describe('rules command', () => {
  it('lists rules and explains one', () => {
    const list = cli(['rules']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^scraping-residue\s+warning\s+/m);
    const one = cli(['rules', 'scraping-residue']);
    expect(one.stdout).toContain('What it catches:');
    expect(one.stdout).toContain('How to fix:');
    expect(cli(['rules', 'no-such-rule']).code).toBe(2);
  });
  it('--version and --help', () => {
    expect(cli(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
  });
});

describe('JSON report', () => {
  it('validates against schema/report.schema.json on the seeds', () => {
    const r = cli(['seeds/', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const ok = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(report.documents).toHaveLength(5);
  });
  it('every finding text equals the file slice at its offsets', () => {
    const r = cli(['seeds/', 'fixtures/corpus/', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      if (f.file.endsWith('.html') || f.file.endsWith('.jsonl') || f.file.endsWith('.json')) continue; // decoded text
      const src = readFileSync(join(ROOT, f.file), 'utf8').replace(/^\uFEFF/, '');
      expect(src.slice(f.offset, f.endOffset)).toBe(f.text);
    }
  });
});

describe('terminal output', () => {
  it('neutralises control characters and escape sequences from articles', () => {
    const dir = tmp({ 'a.txt': 'Story.\n\nLeave a Reply\n<div class="x\u001b[2J\u001b[31m">\n' });
    const r = cli(['a.txt'], { cwd: dir });
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('␛[2J');
  });
  it('colours only when asked', () => {
    const dir = tmp({ 'a.txt': 'Story.\n\nLeave a Reply\n' });
    expect(cli(['a.txt'], { cwd: dir }).stdout).not.toContain('\u001b[');
    expect(cli(['a.txt'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(cli(['a.txt', '--no-color'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});
