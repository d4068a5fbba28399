// JUnit XML: one test case per document, one failure element listing its findings with severity.
import { describe, expect, it } from 'vitest';
import { junit, xml } from '../src/format/junit.js';
import { CTX, finding, report } from './helpers/report.js';

describe('xml escaping', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<div class="x">', '&lt;div class=&quot;x&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007', 'bell\ufffd'],
    ['tab\tnl\n', 'tab\tnl\n'],
  ])('%j', (s, out) => expect(xml(s)).toBe(out));
});

describe('junit formatter', () => {
  const out = junit(
    report(
      [finding({ doc: 'a.md', severity: 'warning', line: 2, message: 'W <1>' }), finding({ doc: 'a.md', severity: 'error', line: 5, rule: 'elapsed-time', message: 'E' })],
      ['a.md', 'b.txt'],
      [{ file: 'w.jsonl', line: 3, message: 'bad & broken' }],
    ),
    CTX,
  );
  it('has one test case per document plus one per input error', () => {
    expect(out.match(/<testcase /g)).toHaveLength(3);
    expect(out).toContain('<testsuites name="newscheck" tests="3" failures="1" errors="1">');
    expect(out).toContain('<testcase classname="b.txt" name="b.txt"/>');
  });
  it('lists findings with severity in one failure typed by the worst severity', () => {
    expect(out.match(/<failure /g)).toHaveLength(1);
    expect(out).toContain('<failure type="error" message="2 findings (worst: error)">2:1 warning scraping-residue W &lt;1&gt;\n5:1 error elapsed-time E</failure>');
  });
  it('reports input errors as <error>', () => {
    expect(out).toContain('<error type="input" message="bad &amp; broken">error w.jsonl:3: bad &amp; broken</error>');
  });
  it('is well-formed enough: every opened element is closed', () => {
    for (const tag of ['testsuites', 'testsuite', 'failure', 'error']) {
      expect(out.match(new RegExp(`<${tag}[ >]`, 'g'))?.length).toBe(out.match(new RegExp(`</${tag}>`, 'g'))?.length);
    }
  });
});
