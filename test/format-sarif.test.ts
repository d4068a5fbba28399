// SARIF output: valid against the OASIS SARIF 2.1.0 schema, with rule metadata, levels, regions and related locations.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { sarif, fileUri } from '../src/format/sarif.js';
import { RULES } from '../src/rules/index.js';
import { cli, ROOT } from './helpers/cli.js';
import { CTX, finding, report } from './helpers/report.js';

// The schema is the OASIS SARIF 2.1.0 (rtm.5) JSON schema as shipped in the npm package @microsoft/jest-sarif (MIT).
const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
type Ctor<T> = new (o: object) => T;
const Ajv4 = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as Ctor<{ compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } }>;
// unicodeRegExp off: the published schema's "language" pattern has a stray `]` that only non-unicode regexps accept.
const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
((addFormats as unknown as { default?: (a: unknown) => void }).default ?? (addFormats as unknown as (a: unknown) => void))(ajv);
const validate = ajv.compile(schema);

const parse = (s: string) => JSON.parse(s) as Log;

describe('sarif formatter', () => {
  const related = { ...finding({ file: 'b.txt', line: 3, column: 2, endLine: 3, endColumn: 6, offset: 20, endOffset: 24, text: 'Kyiv' }), message: 'the other article says' };
  const f1 = finding({ severity: 'error', file: 'news/a b.md', doc: 'news/a b.md', line: 2, column: 7, endLine: 2, endColumn: 12, offset: 30, endOffset: 35, text: 'Mosco', related: [related], actual: 'x', expected: 'y' });
  const f2 = finding({ severity: 'info', rule: 'disable-directive', file: 'c.html', doc: 'c.html' });
  const log = parse(sarif(report([f1, f2], ['news/a b.md', 'c.html'], [{ file: 'bad.jsonl', line: 4, message: 'invalid JSON' }]), CTX));
  const run = log.runs[0];

  it('is valid SARIF 2.1.0', () => {
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });
  it('lists every registered rule with its metadata', () => {
    const ids = run.tool.driver.rules!.map((r) => r.id);
    expect(ids).toEqual([...RULES.map((r) => r.meta.id), 'disable-directive']);
    const first = run.tool.driver.rules![0];
    expect(first.shortDescription?.text).toBe(RULES[0].meta.description);
    expect(first.help?.text).toContain(RULES[0].meta.docs.fix);
    expect(first.defaultConfiguration?.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[RULES[0].meta.defaultSeverity]);
  });
  it('maps severities to levels and keeps the severity word', () => {
    expect(run.results!.map((r) => [r.level, r.properties?.severity])).toEqual([['error', 'error'], ['note', 'info']]);
    expect(run.results![1].ruleIndex).toBe(RULES.length);
  });
  it('gives regions in UTF-16 columns, end column exclusive, and related locations with messages', () => {
    expect(run.columnKind).toBe('utf16CodeUnits');
    const loc = run.results![0].locations![0].physicalLocation!;
    expect(loc.artifactLocation!.uri).toBe('news/a%20b.md');
    expect(loc.region).toMatchObject({ startLine: 2, startColumn: 7, endLine: 2, endColumn: 12, charOffset: 30, charLength: 5, snippet: { text: 'Mosco' } });
    const rel = run.results![0].relatedLocations![0];
    expect(rel).toMatchObject({ id: 1, message: { text: 'the other article says' }, physicalLocation: { artifactLocation: { uri: 'b.txt' }, region: { startLine: 3, startColumn: 2 } } });
    expect(run.results![1].relatedLocations).toBeUndefined();
  });
  it('reports input errors as tool notifications and marks the run unsuccessful', () => {
    expect(run.invocations![0].executionSuccessful).toBe(false);
    expect(run.invocations![0].toolExecutionNotifications![0]).toMatchObject({ level: 'error', message: { text: 'invalid JSON' } });
    const clean = parse(sarif(report([]), CTX));
    expect(clean.runs[0].invocations![0]).toEqual({ executionSuccessful: true });
    expect(validate(clean)).toBe(true);
  });
  it.each([
    ['a.md', 'a.md'],
    ['dir/x y#1.md', 'dir/x%20y%231.md'],
    ['/abs/p.md', 'file:///abs/p.md'],
  ])('uri of %s is %s', (file, uri) => expect(fileUri(file)).toBe(uri));
  it('the schema rejects a broken log (the check can fail)', () => {
    const broken = structuredClone(log) as unknown as { runs: Array<{ results: Array<{ level: string }> }> };
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });
});

describe('sarif from the CLI', () => {
  it('is valid for the fixture corpus', () => {
    const r = cli(['fixtures/corpus/', '--format', 'sarif']);
    const log = parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results!.length).toBeGreaterThan(0);
  });
});
