// Every registered rule documents itself and has a table test.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/rules/index.js';
import { ROOT } from './helpers/cli.js';

describe('rule registry', () => {
  it('has unique ids in kebab-case', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
  });
  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s is documented and has a table test', (id, rule) => {
    const { docs } = rule.meta;
    for (const field of [rule.meta.description, docs.catches, docs.why, docs.fix, docs.example.text, docs.example.message]) {
      expect(field.trim().length).toBeGreaterThan(10);
    }
    const testFile = join(ROOT, 'test/rules', `${id}.test.ts`);
    expect(existsSync(testFile)).toBe(true);
    const src = readFileSync(testFile, 'utf8');
    expect(src).toMatch(/valid:\s*\[/);
    expect(src).toMatch(/invalid:\s*\[/);
  });
});
