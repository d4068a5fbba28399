// GitHub workflow annotations: command per severity, escaping of data and properties.
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../src/format/github.js';
import { CTX, finding, report } from './helpers/report.js';

describe('escaping', () => {
  it.each([
    ['plain', 'plain', 'plain'],
    ['50% off', '50%25 off', '50%25 off'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['x: y, z', 'x: y, z', 'x%3A y%2C z'],
    ['%0A', '%250A', '%250A'],
  ])('%j -> data %j, property %j', (s, data, prop) => {
    expect(escapeData(s)).toBe(data);
    expect(escapeProperty(s)).toBe(prop);
  });
});

describe('github formatter', () => {
  it.each([
    ['error', '::error '],
    ['warning', '::warning '],
    ['info', '::notice '],
  ] as const)('%s findings become %s annotations that name the severity', (severity, cmd) => {
    const out = github(report([finding({ severity })]), CTX);
    expect(out.startsWith(cmd)).toBe(true);
    expect(out).toContain(`title=newscheck ${severity} (scraping-residue)::${severity}: Residue.`);
  });
  it('writes positions and escapes file names and multi-line messages', () => {
    const f = finding({ file: 'news/a,b:c.md', line: 4, column: 2, endLine: 5, endColumn: 3, message: 'one\ntwo 100%', related: [{ ...finding({ file: 'o.txt', line: 9, column: 1, text: 'x' }), message: 'see' }] });
    const out = github(report([f]), CTX);
    expect(out).toBe('::warning file=news/a%2Cb%3Ac.md,line=4,col=2,endLine=5,endColumn=3,title=newscheck warning (scraping-residue)::warning: one%0Atwo 100%25%0A  o.txt:9:1 see: "x"\n');
    expect(out.split('\n')).toHaveLength(2); // one annotation line + final newline
  });
  it('reports input errors as error annotations', () => {
    const out = github(report([], [], [{ file: 'w.jsonl', line: 2, message: 'bad line' }]), CTX);
    expect(out).toBe('::error file=w.jsonl,line=2,title=newscheck input error::error: bad line\n');
  });
});
