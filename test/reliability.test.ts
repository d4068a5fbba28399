// Reliability: deterministic output (runs, file order, concurrency), interrupted runs, output safety, atomic --output.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDocument } from '../src/core/document.js';
import type { Document } from '../src/core/types.js';
import { checkDocuments } from '../src/engine.js';
import { tag } from '../src/extract/nlp.js';
import { sanitizeForTerminal, oneLine } from '../src/format/sanitize.js';
import { stylish } from '../src/format/stylish.js';
import { line } from '../src/format/line.js';
import { cli, ROOT } from './helpers/cli.js';
import { fixtureCorpus } from './helpers/corpus.js';
import { testKb } from './helpers/kb.js';
import { CTX, finding, report } from './helpers/report.js';

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nc-rel-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}


describe('determinism', () => {
  const base = ['--format', 'json', '--no-config', '--no-progress', '--date', '2025-05-11'];
  it('byte-identical JSON across runs, path orders and --concurrency 1 vs 2', () => {
    const runs = [
      cli(['seeds', 'fixtures/corpus', ...base, '-j', '1']),
      cli(['seeds', 'fixtures/corpus', ...base, '-j', '2']),
      cli(['fixtures/corpus', 'seeds', ...base, '-j', '2']),
      cli(['fixtures/corpus/wire.jsonl', 'fixtures/corpus', 'seeds/', ...base, '-j', '1']),
      cli(['seeds', 'fixtures/corpus', ...base, '-j', '1']),
    ];
    expect(JSON.parse(runs[0].stdout).documents.length).toBeGreaterThan(5);
    for (const r of runs.slice(1)) {
      expect(r.code).toBe(runs[0].code);
      expect(r.stdout).toBe(runs[0].stdout);
    }
  }, 60_000);

  it('the engine gives the same findings whatever order the documents come in (one process)', () => {
    const docs = fixtureCorpus();
    const reindex = (list: Document[]) => list.map((d, i) => makeDocument({ ...d, index: i }));
    const key = (ds: Document[]) => {
      const r = checkDocuments(reindex(ds), { kb: testKb(), toolVersion: 'test', referenceDate: '2025-05-11' });
      return r.findings.map((f) => JSON.stringify(f)).sort();
    };
    const forward = key(docs);
    expect(key([...docs].reverse())).toEqual(forward);
    expect(key([...docs.slice(3), ...docs.slice(0, 3)])).toEqual(forward);
  }, 60_000);

  it("the NLP tokens of a text do not depend on what the process read before", () => {
    const paragraphs = fixtureCorpus().flatMap((d) => d.text.split(/\n\s*\n/)).filter((p) => p.trim().length > 20);
    expect(paragraphs.length).toBeGreaterThan(30);
    const forward = paragraphs.map((p) => JSON.stringify(tag(p)));
    const reverse = [...paragraphs].reverse().map((p) => JSON.stringify(tag(p))).reverse();
    const changed = forward.filter((f, i) => f !== reverse[i]).length;
    expect(changed).toBe(0);
  }, 60_000);
});

describe('interrupted runs', () => {
  it('SIGPIPE: `newscheck big | head -1` exits at once, without a stack trace', () => {
    const dir = tmp({ 'big.txt': 'Story.\n\nLeave a Reply\n\n'.repeat(4000) });
    const t0 = Date.now();
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${join(ROOT, 'bin/newscheck.js')}" big.txt --no-config | head -1; echo "status \${PIPESTATUS[0]}" >&2`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    });
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.stdout).toBe('big.txt\n');
    expect(r.stderr).toBe('status 0\n');
  }, 30_000);

  it('SIGINT while waiting for standard input ends the run at once, without a stack trace', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/newscheck.js'), '-', '--no-config'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.write('Story.\n'); // the writer stays open: the CLI is still reading
    await new Promise((r) => setTimeout(r, 700));
    const t0 = Date.now();
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
    expect(Date.now() - t0).toBeLessThan(2000);
    expect([code, signal]).toEqual([null, 'SIGINT']);
    expect(stderr).toBe('');
  }, 10_000);

  it('standard input from a slow writer is read to its end (no EAGAIN)', () => {
    const r = spawnSync('bash', ['-c', `(sleep 0.5; printf 'Story.\\n\\nLeave a Reply\\n') | "${process.execPath}" "${join(ROOT, 'bin/newscheck.js')}" - --format json --no-config`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).findings.map((f: { text: string }) => f.text)).toEqual(['Leave a Reply']);
  });
});

describe('output safety', () => {
  it.each([
    ['ESC sequences', 'a\u001b[2Jb\u001b]0;owned\u0007c', 'a␛[2Jb␛]0;owned␇c'],
    ['C1 CSI', 'a\u009b31mb', 'a\ufffd31mb'],
    ['DEL and NUL', 'a\u007f\u0000b', 'a␡␀b'],
    ['bidi overrides (Trojan Source)', 'a\u202ecba\u2066x\u2069', 'a\ufffdcba\ufffdx\ufffd'],
    ['line separators', 'a\u2028b\u2029c', 'a\ufffdb\ufffdc'],
    ['plain text with accents and emoji is kept', 'Erdoğan “said” 😀 — ok', 'Erdoğan “said” 😀 — ok'],
  ])('sanitizeForTerminal: %s', (_name, input, out) => expect(sanitizeForTerminal(input)).toBe(out));

  it('oneLine keeps a message on one line', () => expect(oneLine('a\r\nb\nc\rd\te')).toBe('a b c d e'));

  it('stylish and line neutralise controls in file names, messages and related-location texts', () => {
    const evil = '\u001b[31mred\u001b[0m\n\u001b[2J';
    const f = finding({ file: `x${evil}.txt`, message: `m${evil}`, related: [{ ...finding({ file: `y${evil}.txt` }), message: `r${evil}`, text: `t${evil}` }] });
    for (const out of [stylish(report([f]), CTX), line(report([f]), CTX)]) {
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(out).toContain('␛[31mred');
    }
  });

  it('a file name with escape codes is neutralised on the terminal and on stderr', () => {
    const dir = tmp({ 'evil\u001b[2J.txt': 'Story.\n\nLeave a Reply\n', 'empty\u001b[31m.txt': '' });
    const r = cli(['.', '--no-config'], { cwd: dir });
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('evil␛[2J.txt');
    const j = cli(['.', '--no-config', '--format', 'line'], { cwd: dir });
    expect(j.stderr).toBe('newscheck: empty␛[31m.txt: empty file\n');
  });

  it('a JSONL id like a path is only a label: nothing is read or written there', () => {
    const dir = tmp({ 'x.jsonl': '{"id":"../../../etc/passwd","text":"Story.\\n\\nLeave a Reply"}\n{"id":"/tmp/nc-owned","text":"x"}\n' });
    const r = cli(['x.jsonl', '--format', 'json', '--no-config', '--cache'], { cwd: dir });
    const rep = JSON.parse(r.stdout);
    expect(rep.documents.map((d: { file: string; id: string }) => [d.file, d.id])).toEqual([
      ['x.jsonl', 'x.jsonl#../../../etc/passwd'],
      ['x.jsonl', 'x.jsonl#/tmp/nc-owned'],
    ]);
    expect(rep.findings[0].file).toBe('x.jsonl');
    expect(existsSync('/tmp/nc-owned')).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['.newscheck-cache', 'x.jsonl']);
  });
});

describe('--output is atomic', () => {
  it('writes the whole report and leaves no temp file', () => {
    const dir = tmp({ 'a.txt': 'Story.\n\nLeave a Reply\n' });
    const r = cli(['a.txt', '--format', 'json', '--no-config', '-o', 'out.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).summary.findings).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'out.json']);
  });
  it.each([
    ['into a missing folder', 'no/out.json', 'no such folder'],
    ['over a folder', 'taken', 'is a directory'],
  ])('%s: one line naming the file, exit code 2, nothing left behind', (_name, target, why) => {
    const dir = tmp({ 'a.txt': 'Story.\n' });
    mkdirSync(join(dir, 'taken'));
    const r = cli(['a.txt', '--no-config', '-o', target], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`newscheck: cannot write ${join(dir, target)}: ${why}\n`);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'taken']);
  });
});
