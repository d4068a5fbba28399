// The executable shim runs the one-file bundle only when it is at least as new as the compiled modules.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SHIM = fileURLToPath(new URL('../bin/newscheck.js', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fake install: the real shim, and a main.js and main.bundle.js that say which one ran. */
function install(bundleAge: 'newer' | 'older' | 'missing' | 'older than one module'): string {
  const root = mkdtempSync(join(tmpdir(), 'newscheck-shim-'));
  dirs.push(root);
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{"type":"module"}');
  copyFileSync(SHIM, join(root, 'bin', 'newscheck.js'));
  const fake = (who: string) => `export async function main() { process.stdout.write(${JSON.stringify(who)}); return 3; }\n`;
  writeFileSync(join(root, 'dist', 'cli', 'main.js'), fake('modules'));
  utimesSync(join(root, 'dist', 'cli', 'main.js'), 2_000_000, 2_000_000);
  // another compiled module, rewritten after the bundle when `tsc -w` recompiles one file
  mkdirSync(join(root, 'dist', 'rules'));
  writeFileSync(join(root, 'dist', 'rules', 'some-rule.js'), 'export {};\n');
  const ruleTime = bundleAge === 'older than one module' ? 2_000_200 : 1_000_000;
  utimesSync(join(root, 'dist', 'rules', 'some-rule.js'), ruleTime, ruleTime);
  if (bundleAge !== 'missing') {
    writeFileSync(join(root, 'dist', 'cli', 'main.bundle.js'), fake('bundle'));
    const t = bundleAge === 'older' ? 1_999_900 : 2_000_100;
    utimesSync(join(root, 'dist', 'cli', 'main.bundle.js'), t, t);
  }
  return root;
}

describe('bin/newscheck.js', () => {
  it.each([
    ['newer', 'bundle'],
    ['older', 'modules'],
    ['missing', 'modules'],
    ['older than one module', 'modules'],
  ] as const)('bundle %s than the modules: runs the %s, with its exit code', (age, expected) => {
    const root = install(age);
    const r = spawnSync(process.execPath, [join(root, 'bin', 'newscheck.js')], { encoding: 'utf8' });
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(3);
  });
});
