// Baseline: keys survive edits elsewhere, multiset matching, stale entries, and the CLI round trip.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../src/core/types.js';
import { applyBaseline, contextHash, makeBaseline, parseBaseline, serializeBaseline } from '../src/post/baseline.js';
import { cli } from './helpers/cli.js';
import { finding } from './helpers/report.js';

function at(src: string, text: string, nth = 0, file = 'a.txt'): Finding {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = src.indexOf(text, i + 1);
  return finding({ file, doc: file, offset: i, endOffset: i + text.length, text, line: src.slice(0, i).split('\n').length });
}

const keys = (src: string) => ({ sourceOf: () => src, keyOf: (f: string) => f });

describe('contextHash', () => {
  const base = 'Intro paragraph.\n\nThe bridge opened. 0 Comments here.\n';
  const h = contextHash(base, at(base, '0 Comments'));
  it.each([
    ['an edit on another line', 'A new first paragraph.\n\nIntro paragraph, edited.\n\nThe bridge opened. 0 Comments here.\n', true],
    ['whitespace reflow', 'Intro paragraph.\n\nThe  bridge opened.   0 Comments here.\r\n', true],
    ['an edit next to the finding', 'Intro paragraph.\n\nThe bridge closed. 0 Comments here.\n', false],
  ])('%s keeps the hash: %s', (_, edited, same) => {
    expect(contextHash(edited, at(edited, '0 Comments')) === h).toBe(same);
  });
});

describe('applyBaseline', () => {
  const src = 'A.\n0 Comments\nB.\n0 Comments\n';
  const b = makeBaseline([at(src, '0 Comments', 0), at(src, '0 Comments', 1)], keys(src));
  it('hides recorded findings, as many as were recorded', () => {
    const now = 'A.\n0 Comments\nB.\n0 Comments\nC.\n0 Comments\n';
    const r = applyBaseline([0, 1, 2].map((n) => at(now, '0 Comments', n)), b, { ...keys(now), checkedFiles: new Set(['a.txt']) });
    expect(r.hidden).toBe(2);
    expect(r.findings.map((f) => f.line)).toEqual([6]); // the new one, told apart by its context
    expect(r.stale).toEqual([]);
  });
  it('lists fixed findings as stale, only for files checked in this run', () => {
    const now = 'A.\n0 Comments\nB.\n';
    const r = applyBaseline([at(now, '0 Comments')], b, { ...keys(now), checkedFiles: new Set(['a.txt']) });
    expect(r.findings).toEqual([]);
    expect(r.stale).toHaveLength(1);
    expect(r.pruned.entries).toHaveLength(1);
    const other = applyBaseline([], b, { ...keys(now), checkedFiles: new Set(['b.txt']) });
    expect(other.stale).toEqual([]);
    expect(other.pruned.entries).toHaveLength(2);
  });
  it('does not hide a different rule or file with the same text', () => {
    const r = applyBaseline([finding({ ...at(src, '0 Comments'), rule: 'elapsed-time' }), at(src, '0 Comments', 0, 'b.txt')], b, { ...keys(src), checkedFiles: new Set(['a.txt', 'b.txt']) });
    expect(r.findings).toHaveLength(2);
  });
  it('round-trips through its file format and rejects other JSON', () => {
    expect(parseBaseline(serializeBaseline(b))).toEqual(b);
    expect(() => parseBaseline('{"version": 1, "entries": []}')).toThrow(/not a newscheck baseline/);
    expect(() => parseBaseline('{"version": 1, "tool": "newscheck", "entries": [{"rule": 1}]}')).toThrow(/entries\[0\]/);
  });
});

describe('baseline from the CLI', () => {
  const article = 'The harbour bridge opened on Thursday.\n\nLeave a Reply\n\nPost a Comment\n';
  it('write, edit above, still hidden; new finding reported; fix one, stale; prune', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nc-baseline-'));
    writeFileSync(join(dir, 'a.md'), article);
    writeFileSync(join(dir, 'b.txt'), 'Other story.\n\n0 Comments\n');
    const w = cli(['.', '--fail-on', 'warning', '--write-baseline', 'nc-baseline.json', '--format', 'line'], { cwd: dir });
    expect(w.stdout).toBe('');
    expect(w.code).toBe(0);
    expect(w.stderr).toContain('wrote baseline nc-baseline.json with 3 entries');
    expect(parseBaseline(readFileSync(join(dir, 'nc-baseline.json'), 'utf8')).entries.map((e) => [e.file, e.text])).toEqual([
      ['a.md', 'Leave a Reply'],
      ['a.md', 'Post a Comment'],
      ['b.txt', '0 Comments'],
    ]);

    // Edit above the findings: new paragraphs move them down; they stay hidden.
    writeFileSync(join(dir, 'a.md'), 'A new lead paragraph.\n\nAnd another one.\n\n' + article + '\nShare this:\n');
    const e = cli(['.', '--fail-on', 'warning', '--baseline', 'nc-baseline.json', '--format', 'line'], { cwd: dir });
    expect(e.stdout).toBe('a.md:11:1: warning scraping-residue Scraping residue (sharing widget): "Share this:" is page furniture, not article text.\n');
    expect(e.code).toBe(1);

    // Fix one finding: its entry is stale, listed on stderr; the exit code is unaffected.
    writeFileSync(join(dir, 'a.md'), article.replace('Leave a Reply\n\n', ''));
    const s = cli(['.', '--fail-on', 'warning', '--baseline', 'nc-baseline.json'], { cwd: dir });
    expect(s.code).toBe(0);
    expect(s.stderr).toContain('1 stale entry');
    expect(s.stderr).toContain('a.md:3 scraping-residue "Leave a Reply"');

    // Checking only b.txt does not call a.md's entries stale.
    expect(cli(['b.txt', '--baseline', 'nc-baseline.json'], { cwd: dir }).stderr).not.toContain('stale');

    const p = cli(['.', '--baseline', 'nc-baseline.json', '--prune-baseline'], { cwd: dir });
    expect(p.stderr).toContain('pruned 1 stale entry');
    expect(parseBaseline(readFileSync(join(dir, 'nc-baseline.json'), 'utf8')).entries.map((x) => x.text)).toEqual(['Post a Comment', '0 Comments']);
    expect(cli(['.', '--baseline', 'nc-baseline.json'], { cwd: dir }).stderr).toBe('');
  });
  it('a missing or broken baseline is exit 2; --prune-baseline needs a baseline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nc-baseline-'));
    writeFileSync(join(dir, 'a.md'), article);
    writeFileSync(join(dir, 'bad.json'), '[]');
    expect(cli(['a.md', '--baseline', 'none.json'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read baseline') });
    expect(cli(['a.md', '--baseline', 'bad.json'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('invalid baseline') });
    expect(cli(['a.md', '--prune-baseline'], { cwd: dir }).code).toBe(2);
  });
});
