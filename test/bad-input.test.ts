// Bad inputs through the CLI: each is one line naming the file (and line), in every format, the run goes on, exit code 2.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cli, ROOT } from './helpers/cli.js';

type Content = string | Uint8Array;

function tmp(files: Record<string, Content>, links: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'nc-bad-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  for (const [name, target] of Object.entries(links)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    symlinkSync(target, join(dir, name));
  }
  return dir;
}

const GOOD = 'Story.\n\nLeave a Reply\n';

/** Each bad input: its files, the paths to pass, and the exact `file[:line]: message` lines expected. */
const CASES: Array<{ name: string; files: Record<string, Content>; links?: Record<string, string>; args: string[]; errors: string[] }> = [
  { name: 'missing path', files: {}, args: ['missing.txt'], errors: ['missing.txt: no such file or directory'] },
  { name: 'glob matching nothing', files: {}, args: ['news/*.md'], errors: ['news/*.md: no files match this pattern'] },
  { name: 'empty file', files: { 'empty.txt': '' }, args: ['empty.txt'], errors: ['empty.txt: empty file'] },
  { name: 'whitespace only', files: { 'blank.txt': '  \n\t\r\n' }, args: ['blank.txt'], errors: ['blank.txt: no text (only whitespace)'] },
  { name: 'binary file', files: { 'zip.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14]) }, args: ['zip.txt'], errors: ['zip.txt: binary file (NUL or control bytes), skipped'] },
  { name: 'mostly control bytes', files: { 'ctl.md': new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 0x61))) }, args: ['ctl.md'], errors: ['ctl.md: binary file (NUL or control bytes), skipped'] },
  { name: 'invalid UTF-8', files: { 'latin1.txt': new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' story.\n')]) }, args: ['latin1.txt'], errors: ['latin1.txt: invalid UTF-8 (bytes replaced with U+FFFD)'] },
  {
    name: 'JSONL with a broken line and a record without text',
    files: { 'wire.jsonl': '{"text":"a"}\n{"text": broken}\n{"title":"no body"}\n{"text":"d"}\n' },
    args: ['wire.jsonl'],
    errors: ['wire.jsonl:2: invalid JSON at column 10: unexpected "b" (expected a value)', 'wire.jsonl:3: record has no text (expected a string field text, body, content)'],
  },
  {
    name: 'JSON array with a record without text',
    files: { 'recs.json': '[\n {"id": 1, "text": "a"},\n {"id": 2, "body": 7},\n {"id": 3, "text": "c"}\n]\n' },
    args: ['recs.json'],
    errors: ['recs.json:3: record 1: record has no text (expected a string field text, body, content)'],
  },
  { name: 'JSON that is not JSON', files: { 'x.json': '{"text": "a",\n' }, args: ['x.json'], errors: ['x.json:2: invalid JSON at column 1: unexpected end of JSON (expected a key)'] },
  { name: 'JSONL with an impossible date', files: { 'd.jsonl': '{"text":"a","date":"2025-02-30"}\n' }, args: ['d.jsonl'], errors: ['d.jsonl:1: invalid date "2025-02-30"'] },
  {
    name: 'invalid YAML front matter',
    files: { 'yaml.md': '---\ntitle: [unclosed\n---\nBody.\n' },
    args: ['yaml.md'],
    errors: ['yaml.md:3: invalid YAML front matter: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  },
  { name: 'impossible front-matter date', files: { 'feb.md': '---\ntitle: T\ndate: 2025-02-30\n---\nBody.\n' }, args: ['feb.md'], errors: ['feb.md:3: invalid date in front matter: "2025-02-30"'] },
  { name: 'front matter that is not a mapping', files: { 'list.md': '---\n- a\n- b\n---\nBody.\n' }, args: ['list.md'], errors: ['list.md:2: front matter is not a YAML mapping'] },
  {
    name: 'directory symlink loop',
    files: { 'tree/a.txt': 'A story.\n' },
    links: { 'tree/sub/up': '..' },
    args: ['tree'],
    errors: ['tree/sub/up: symbolic link loop (links to an enclosing folder), not followed'],
  },
  { name: 'broken symlink to an article', files: { 'ok.txt': 'x\n' }, links: { 'gone.txt': 'nowhere.txt', 'gone.lock': 'nowhere' }, args: ['.'], errors: ['gone.txt: broken symbolic link'] },
  {
    name: 'file over --max-file-size',
    files: { 'big.txt': 'word '.repeat(4000) },
    args: ['big.txt', '--max-file-size', '0.01'],
    errors: ['big.txt: file too large (19.5 KiB; the limit is 10.2 KiB, see --max-file-size), skipped'],
  },
];

describe('each bad input: exact message, the rest still checked, exit code 2', () => {
  it.each(CASES)('$name', ({ files, links, args, errors }) => {
    const dir = tmp({ ...files, 'good.txt': GOOD }, links);
    const r = cli([...args, 'good.txt', '--format', 'json', '--no-config'], { cwd: dir });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.inputErrors.map((e: { file: string; line?: number; message: string }) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`)).toEqual(errors);
    expect(report.findings.filter((f: { file: string }) => f.file === 'good.txt')).toHaveLength(1);
    expect(r.stderr).toBe(errors.map((e) => `newscheck: ${e}\n`).join(''));
  });

  it('a clean run of the same good file exits 1 (findings) or 0, not 2', () => {
    const dir = tmp({ 'good.txt': GOOD });
    expect(cli(['good.txt', '--no-config'], { cwd: dir }).code).toBe(0);
    expect(cli(['good.txt', '--no-config', '--fail-on', 'warning'], { cwd: dir }).code).toBe(1);
  });

  it('still reads the records around a bad one, with positions in the file', () => {
    const dir = tmp({ 'wire.jsonl': '{"text": broken}\n{"id":"b","text":"Story.\\n\\nLeave a Reply"}\n' });
    const report = JSON.parse(cli(['wire.jsonl', '--format', 'json', '--no-config'], { cwd: dir }).stdout);
    expect(report.findings.map((f: { file: string; line: number; text: string }) => [f.file, f.line, f.text])).toEqual([['wire.jsonl', 2, 'Leave a Reply']]);
  });

  it('keeps positions right after invalid UTF-8', () => {
    const bytes = new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from('.\n\nLeave a Reply\n')]);
    const dir = tmp({ 'latin1.txt': bytes });
    const report = JSON.parse(cli(['latin1.txt', '--format', 'json', '--no-config'], { cwd: dir }).stdout);
    expect(report.findings.map((f: { line: number; column: number; text: string }) => [f.line, f.column, f.text])).toEqual([[3, 1, 'Leave a Reply']]);
  });

  it('terminates on two links back into the same tree (exponential for a naive walk) and lists each file once', () => {
    const dir = tmp({ 'tree/real/x.txt': GOOD }, { 'tree/alias': 'real', 'tree/real/up': '..', 'tree/y.txt': 'real/x.txt' });
    const t0 = Date.now();
    const r = cli(['tree', '--format', 'json', '--no-config'], { cwd: dir });
    expect(Date.now() - t0).toBeLessThan(10_000);
    const report = JSON.parse(r.stdout);
    expect(report.documents.map((d: { file: string }) => d.file)).toEqual(['tree/real/x.txt']);
    expect(report.inputErrors).toEqual([{ file: 'tree/real/up', message: 'symbolic link loop (links to an enclosing folder), not followed' }]);
  });

  it('follows a link to a folder outside the tree once', () => {
    const dir = tmp({ 'outside/b.txt': GOOD, 'tree/a.txt': GOOD }, { 'tree/more': '../outside' });
    const report = JSON.parse(cli(['tree', '--format', 'json', '--no-config'], { cwd: dir }).stdout);
    expect(report.documents.map((d: { file: string }) => d.file)).toEqual(['tree/a.txt', 'tree/more/b.txt']);
    expect(report.inputErrors).toEqual([]);
  });
});

describe('unreadable file (permissions)', () => {
  // Root reads everything: run the CLI as an unprivileged user when we are root, else as ourselves.
  const asRoot = process.getuid?.() === 0;
  it('is reported as "cannot read file: permission denied"', () => {
    const dir = tmp({ 'secret.txt': 'text\n', 'good.txt': GOOD });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'good.txt'), 0o644);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/newscheck.js'), 'secret.txt', 'good.txt', '--format', 'json', '--no-config', '-j', '1', '--no-progress'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).inputErrors).toEqual([{ file: 'secret.txt', message: 'cannot read file: permission denied' }]);
  });
});

describe('usage errors: one line on stderr, exit code 2', () => {
  const dir = tmp({ 'a.txt': GOOD });
  it.each([
    [['--date', 'yesterday'], 'newscheck: --date expects a calendar date YYYY-MM-DD, got "yesterday"'],
    [['--date', '2025-02-30'], 'newscheck: --date expects a calendar date YYYY-MM-DD, got "2025-02-30"'],
    [['--max-file-size', '0'], 'newscheck: --max-file-size expects a number of MiB above 0 and at most 500, got "0"'],
    [['--max-file-size', '4096'], 'newscheck: --max-file-size expects a number of MiB above 0 and at most 500, got "4096"'],
    [['--kb', join(ROOT, 'fixtures/kb/bad-feb30.yaml')], `newscheck: ${join(ROOT, 'fixtures/kb/bad-feb30.yaml')}: events[0].date: invalid calendar date "2023-02-30"`],
    [['--kb', join(ROOT, 'fixtures/kb/bad-ref.json')], `newscheck: ${join(ROOT, 'fixtures/kb/bad-ref.json')}: offices[0].holders[0].person: unknown person "no-such-person"`],
  ])('%j', (args, message) => {
    const r = cli(['a.txt', '--no-config', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.stdout).toBe('');
  });

  it('a config file with an unknown key', () => {
    const d = tmp({ 'a.txt': GOOD, '.newscheckrc.yml': 'failOn: warning\nbogusKey: 1\n' });
    const r = cli(['a.txt'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`newscheck: invalid config ${join(d, '.newscheckrc.yml')}: bogusKey: unknown key\n`);
  });
});

describe('input errors appear in every output format', () => {
  const dir = tmp({ 'good.txt': GOOD, 'empty.txt': '', 'wire.jsonl': '{"text":"a"}\n{"text": broken}\n', 'feb.md': '---\ndate: 2025-02-30\n---\nBody.\n' });
  const args = ['good.txt', 'empty.txt', 'missing.txt', 'wire.jsonl', 'feb.md', '--no-config'];
  const expected = [
    { file: 'missing.txt', message: 'no such file or directory' },
    { file: 'empty.txt', message: 'empty file' },
    { file: 'feb.md', line: 2, message: 'invalid date in front matter: "2025-02-30"' },
    { file: 'wire.jsonl', line: 2, message: 'invalid JSON at column 10: unexpected "b" (expected a value)' },
  ];
  const oneLine = (e: { file: string; line?: number; message: string }) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`;
  const run = (format: string) => {
    const r = cli([...args, '--format', format], { cwd: dir });
    expect(r.code).toBe(2);
    return r;
  };

  it('json: inputErrors[]', () => expect(JSON.parse(run('json').stdout).inputErrors).toEqual(expected));
  it('stylish: an "input errors" block, one line each', () => {
    const out = run('stylish').stdout;
    for (const e of expected) expect(out).toContain(`  error  ${oneLine(e)}\n`);
    expect(out).toContain('4 input errors');
  });
  it('sarif: invocations[0].toolExecutionNotifications', () => {
    const sarif = JSON.parse(run('sarif').stdout);
    const inv = sarif.runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications.map((n: { message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => [n.locations[0].physicalLocation.artifactLocation.uri, n.message.text])).toEqual(
      expected.map((e) => [e.file, e.message]),
    );
  });
  it('github: an ::error annotation each', () => {
    const out = run('github').stdout;
    for (const e of expected) expect(out).toContain(`::error file=${e.file}${e.line ? `,line=${e.line}` : ''},title=newscheck input error::error: ${e.message}\n`);
  });
  it('junit: an <error> each', () => {
    const out = run('junit').stdout;
    for (const e of expected) expect(out).toContain(`<error type="input" message="${e.message.replace(/"/g, '&quot;')}">`);
  });
  it('line and every machine format: one line each on stderr', () => {
    for (const format of ['line', 'json', 'sarif', 'github', 'junit']) {
      expect(run(format).stderr).toBe(expected.map((e) => `newscheck: ${oneLine(e)}\n`).join(''));
    }
  });
});
