// Suppressions: every comment form (used, unused, unknown rule), config entries, and the CLI end to end.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineIndex } from '../src/core/lines.js';
import type { Finding } from '../src/core/types.js';
import { applySuppressions, parseDirectives, type ConfigSuppressionRule } from '../src/post/suppress.js';
import { cli } from './helpers/cli.js';
import { finding } from './helpers/report.js';

const KNOWN = ['scraping-residue', 'elapsed-time'];

/** Findings of `rule` on each line of `src` that holds `marker`, as the engine would place them. */
function findingsAt(src: string, marker: string, rule = 'scraping-residue'): Finding[] {
  const lines = new LineIndex(src);
  const out: Finding[] = [];
  for (let i = src.indexOf(marker); i >= 0; i = src.indexOf(marker, i + 1)) {
    const a = lines.position(i);
    out.push(finding({ rule, file: 'a.md', doc: 'a.md', offset: i, endOffset: i + marker.length, line: a.line, column: a.column, endLine: a.line, endColumn: a.column + marker.length, text: marker }));
  }
  return out;
}

function run(src: string, findings: Finding[], reportUnused = true, config: ConfigSuppressionRule[] = []) {
  return applySuppressions({ findings, sources: new Map([['a.md', src]]), docOf: (f) => f, knownRules: KNOWN, config, reportUnused });
}

const summary = (fs: Finding[]) => fs.map((f) => `${f.line} ${f.rule} ${f.severity}${f.rule === 'disable-directive' ? ` ${f.message}` : ''}`);

describe('parseDirectives', () => {
  it.each([
    ['<!-- newscheck-disable-next-line scraping-residue -- a sponsor line we keep -->', 'disable-next-line', ['scraping-residue'], 'a sponsor line we keep'],
    ['<!--newscheck-disable-line scraping-residue, elapsed-time-->', 'disable-line', ['scraping-residue', 'elapsed-time'], undefined],
    ['<!-- newscheck-disable -->', 'disable', [], undefined],
    ['<!-- newscheck-enable scraping-residue -->', 'enable', ['scraping-residue'], undefined],
    ['<!-- newscheck-disable-next-line -- why not -->', 'disable-next-line', [], 'why not'],
  ])('%s', (src, kind, rules, reason) => {
    const { directives, problems } = parseDirectives(src);
    expect(problems).toEqual([]);
    expect(directives).toHaveLength(1);
    expect(directives[0]).toMatchObject({ kind, rules, offset: 0, endOffset: src.length });
    expect(directives[0].reason).toBe(reason);
  });
  it('ignores ordinary comments and flags misspelt directives', () => {
    const { directives, problems } = parseDirectives('<!-- a note -->\n<!-- newscheck-disabel-next-line x -->');
    expect(directives).toEqual([]);
    expect(problems.map((p) => p.severity)).toEqual(['error']);
  });
});

describe('applySuppressions', () => {
  it.each([
    // [source, lines of findings left, summary of everything reported]
    ['<!-- newscheck-disable-next-line scraping-residue -->\nX\nX\n', ['3 scraping-residue warning']],
    ['<!-- newscheck-disable-next-line -->\nX\n', []],
    ['X <!-- newscheck-disable-line scraping-residue -->\nX\n', ['2 scraping-residue warning']],
    ['X\n<!-- newscheck-disable scraping-residue -->\nX\nX\n<!-- newscheck-enable scraping-residue -->\nX\n', ['1 scraping-residue warning', '6 scraping-residue warning']],
    ['X\n<!-- newscheck-disable -->\nX\n<!-- newscheck-enable -->\nX\n', ['1 scraping-residue warning', '5 scraping-residue warning']],
    ['<!-- newscheck-disable -->\nX\nX\n', []],
    ['<!-- newscheck-disable-next-line elapsed-time -->\nX\n', ['2 scraping-residue warning', '1 disable-directive warning Unused newscheck-disable-next-line comment: no "elapsed-time" finding to suppress.']],
    ['<!-- newscheck-disable-next-line scraping-residue, elapsed-time -->\nX\n', ['1 disable-directive warning Unused newscheck-disable-next-line comment: no "elapsed-time" finding to suppress.']],
    ['<!-- newscheck-disable-next-line -->\n\nX\n', ['3 scraping-residue warning', '1 disable-directive warning Unused newscheck-disable-next-line comment: nothing to suppress.']],
    ['<!-- newscheck-disable-next-line scraping-residu -->\nX\n', ['2 scraping-residue warning', '1 disable-directive error Unknown rule "scraping-residu" in newscheck-disable-next-line comment (see `newscheck rules`).']],
    ['X\n<!-- newscheck-enable -->\n', ['1 scraping-residue warning', '2 disable-directive warning newscheck-enable comment without a newscheck-disable before it.']],
  ])('%j', (src, expected) => {
    expect(summary(run(src, findingsAt(src, 'X')).findings)).toEqual(expected);
  });
  it('reports unused comments only when asked, unknown rules always', () => {
    const unused = '<!-- newscheck-disable-next-line -->\n\nX\n';
    expect(summary(run(unused, findingsAt(unused, 'X'), false).findings)).toEqual(['3 scraping-residue warning']);
    const unknown = '<!-- newscheck-disable nope -->\nX\n';
    expect(summary(run(unknown, findingsAt(unknown, 'X'), false).findings)).toEqual(['2 scraping-residue warning', '1 disable-directive error Unknown rule "nope" in newscheck-disable comment (see `newscheck rules`).']);
  });
  it('places directive problems exactly on the comment', () => {
    const src = 'Text.\n  <!-- newscheck-disable-line nope -->\n';
    const [p] = run(src, []).findings;
    expect(p).toMatchObject({ line: 2, column: 3, text: src.slice(p.offset, p.endOffset) });
    expect(p.text).toBe('<!-- newscheck-disable-line nope -->');
  });
  it('config suppressions match by file, rule and exact text, and unused ones are named', () => {
    const src = 'X\nY\n';
    const fs = [...findingsAt(src, 'X'), ...findingsAt(src, 'Y')];
    const config: ConfigSuppressionRule[] = [
      { matches: (f) => f === 'a.md', rule: 'scraping-residue', text: ' X ', label: 'suppressions[0]' },
      { matches: (f) => f === 'b.md', rule: 'scraping-residue', label: 'suppressions[1]' },
    ];
    const r = run(src, fs, true, config);
    expect(summary(r.findings)).toEqual(['2 scraping-residue warning']);
    expect(r.unusedConfig).toEqual(['suppressions[1]']);
    expect(r.suppressed).toBe(1);
  });
});

describe('suppressions from the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nc-suppress-'));
  writeFileSync(join(dir, 'a.md'), 'Story.\n\n<!-- newscheck-disable-next-line scraping-residue -- kept on purpose -->\nLeave a Reply\n\nPost a Comment\n');
  writeFileSync(join(dir, 'b.html'), '<p>Story.</p>\n<!-- newscheck-disable scraping-residue -->\n<p>Leave a Reply</p>\n<!-- newscheck-enable -->\n<p>Post a Comment</p>\n<!-- newscheck-disable-next-line scraping-residue -->\n<p>Fine text.</p>\n');
  writeFileSync(join(dir, 'c.txt'), 'Story.\n\nLeave a Reply\n\nPost a Comment\n');
  writeFileSync(join(dir, '.newscheckrc.yml'), 'suppressions:\n  - files: "*.txt"\n    rule: scraping-residue\n    text: Leave a Reply\n    reason: quoted widget\n');
  it('suppresses in Markdown and HTML comments and by config entries for plain text', () => {
    const r = cli(['.', '--format', 'line'], { cwd: dir });
    expect(r.stdout).toBe(
      'a.md:6:1: warning scraping-residue Scraping residue (comment widget): "Post a Comment" is page furniture, not article text.\n' +
        'b.html:5:4: warning scraping-residue Scraping residue (comment widget): "Post a Comment" is page furniture, not article text.\n' +
        'c.txt:5:1: warning scraping-residue Scraping residue (comment widget): "Post a Comment" is page furniture, not article text.\n',
    );
  });
  it('--report-unused-disables reports the comment that suppressed nothing', () => {
    const r = cli(['.', '--format', 'line', '--report-unused-disables', '--max-warnings', '3'], { cwd: dir });
    expect(r.stdout).toContain('b.html:6:1: warning disable-directive Unused newscheck-disable-next-line comment: no "scraping-residue" finding to suppress.');
    expect(r.code).toBe(1); // 4 warnings > 3
  });
});
