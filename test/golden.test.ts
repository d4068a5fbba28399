// Golden tests: the exact CLI output for the fixture corpus. Regenerate with UPDATE_GOLDEN=1 npm test.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cli, ROOT } from './helpers/cli.js';

const cases: Array<[string, string[]]> = [
  ['stylish.txt', ['fixtures/corpus/']],
  ['json.json', ['fixtures/corpus/', '--format', 'json']],
];

describe('golden output for fixtures/corpus', () => {
  it.each(cases)('%s', (name, args) => {
    const r = cli(args);
    expect(r.code).toBe(2); // the fixture corpus holds a broken JSONL line on purpose
    const path = join(ROOT, 'test/golden', name);
    const actual = r.stdout.replace(/"version": "\d+\.\d+\.\d+"/, '"version": "X"');
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, actual);
    }
    expect(existsSync(path), `${name} missing: run UPDATE_GOLDEN=1 npm test`).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
