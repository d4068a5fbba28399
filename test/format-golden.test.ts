// Golden outputs of the CI formats for fixtures/corpus. Regenerate with UPDATE_GOLDEN=1 npm test.
// SARIF rule metadata comes from the rule registry and is tested in format-sarif.test.ts, so the golden
// keeps only the rule ids (it does not churn when a rule's documentation changes).
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cli, ROOT } from './helpers/cli.js';

function stableSarif(text: string): string {
  const log = JSON.parse(text);
  const driver = log.runs[0].tool.driver;
  driver.version = driver.semanticVersion = 'X';
  driver.rules = driver.rules.map((r: { id: string }) => r.id);
  return JSON.stringify(log, null, 2) + '\n';
}

const cases: Array<[string, string, (s: string) => string]> = [
  ['sarif.json', 'sarif', stableSarif],
  ['github.txt', 'github', (s) => s],
  ['junit.xml', 'junit', (s) => s],
  ['line.txt', 'line', (s) => s],
];

describe('golden CI formats for fixtures/corpus', () => {
  it.each(cases)('%s', (name, format, normalise) => {
    const r = cli(['fixtures/corpus/', '--format', format]);
    expect(r.code).toBe(2); // the fixture corpus holds a broken JSONL line on purpose
    const actual = normalise(r.stdout);
    const path = join(ROOT, 'test/golden', name);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, actual);
    }
    expect(existsSync(path), `${name} missing: run UPDATE_GOLDEN=1 npm test`).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
