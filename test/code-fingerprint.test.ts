import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint } from '../src/cli/code-fingerprint.js';

const root = mkdtempSync(join(tmpdir(), 'newscheck-fingerprint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('codeFingerprint (part of the cache keys)', () => {
  it('changes when a compiled file changes, not when other files do', () => {
    const dir = join(root, 'dist') + '/';
    mkdirSync(join(dir, 'rules'), { recursive: true });
    writeFileSync(join(dir, 'engine.js'), 'export const a = 1;\n');
    writeFileSync(join(dir, 'rules', 'rule.js'), 'export const b = 1;\n');
    writeFileSync(join(dir, 'engine.d.ts'), 'export declare const a: number;\n');
    const first = codeFingerprint(dir);
    expect(codeFingerprint(dir)).toBe(first);
    writeFileSync(join(dir, 'engine.d.ts'), 'export declare const a: 1;\n');
    expect(codeFingerprint(dir)).toBe(first);
    writeFileSync(join(dir, 'rules', 'rule.js'), 'export const b = 2;\n');
    const second = codeFingerprint(dir);
    expect(second).not.toBe(first);
    writeFileSync(join(dir, 'rules', 'new-rule.js'), 'export const c = 1;\n');
    expect(codeFingerprint(dir)).not.toBe(second);
  });
});
